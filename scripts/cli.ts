/**
 * Tongwen's command line, a thin shell over lib/: see lib/cli/run-cli.ts.
 *   npm run cli -- import <file>…
 *   npm run cli -- list [--json]
 *   npm run cli -- compare <a> <b> [--json] [--threshold 0.25] [--granularity word|char] [--no-mask]
 */
import { runCli } from '@/lib/cli/run-cli'

runCli(process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
