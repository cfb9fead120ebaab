/** What a command writes to: its output, its errors, and on a terminal a progress bar. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
  /** on a terminal: a progress bar, redrawn in place (done of total, the item at hand) */
  progress?(done: number, total: number, label: string): void
}
