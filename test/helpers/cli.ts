import { runCli } from '@/lib/cli/run-cli'
import { type CliIo } from '@/lib/cli/io'

interface Captured {
  code: number
  out: string
  err: string
}

/**
 * Runs a CLI command in-process against the database at `url` and keeps what
 * it printed; `withProgress` also gives it a progress reporter, as a terminal
 * would, and keeps the reports ("done/total").
 */
export async function runCliCaptured(url: string, args: readonly string[]): Promise<Captured>
export async function runCliCaptured(url: string, args: readonly string[], withProgress: true): Promise<Captured & { progress: string[] }>
export async function runCliCaptured(
  url: string,
  args: readonly string[],
  withProgress = false,
): Promise<Captured & { progress?: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const progress: string[] = []
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) }
  if (withProgress) io.progress = (done, total) => progress.push(`${done}/${total}`)
  const code = await runCli(args, io, url)
  return { code, out: out.join('\n'), err: err.join('\n'), ...(withProgress ? { progress } : {}) }
}
