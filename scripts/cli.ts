/**
 * Tongwen's command line, a thin shell over lib/: see lib/cli/run-cli.ts.
 *   npm run cli -- import <files or folders…> [--dry-run]
 *   npm run cli -- list [--json] [--page N] [--per-page N] [--all] [--query <text>] [--kind …] [--party …] [--year …] [--language …]
 *   npm run cli -- compare <a> <b> [--json] [--threshold 0.25] [--granularity word|char] [--no-mask]
 */
import { runCli } from '@/lib/cli/run-cli'

/** A progress bar on stderr when it is a terminal: redrawn in place, cleared when done. */
function progress(done: number, total: number, label: string): void {
  if (!process.stderr.isTTY) return
  const width = 24
  const filled = total ? Math.round((done / total) * width) : width
  const line =
    done >= total
      ? ''
      : `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`.slice(0, (process.stderr.columns || 80) - 1)
  process.stderr.write(`\r\x1b[K${line}`)
}

// lines printed while the bar is up clear it first, so the bar stays on the last line
const clearBar = () => process.stderr.isTTY && process.stderr.write('\r\x1b[K')

runCli(process.argv.slice(2), {
  out: (line) => {
    clearBar()
    process.stdout.write(`${line}\n`)
  },
  err: (line) => {
    clearBar()
    process.stderr.write(`${line}\n`)
  },
  progress,
}).then(exitWhenWritten, (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  exitWhenWritten(1)
})

/**
 * Exits once everything written has been handed to the reader: process.exit
 * alone drops output still queued for a pipe whose reader is slower than the
 * command (`npm run -s cli -- list --json --all | grep …` lost statements).
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code
  let pending = 2
  const done = () => {
    if (--pending === 0) process.exit(code)
  }
  process.stdout.write('', done)
  process.stderr.write('', done)
}
