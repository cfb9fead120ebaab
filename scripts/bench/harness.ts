/**
 * A small benchmark harness: warm up, then time alternating runs of a task and
 * its baseline (so that machine noise falls on both alike), report medians,
 * their ratio and the process's peak resident memory.
 */
import { performance } from 'node:perf_hooks'

export interface Benchmark {
  name: string
  /** the work measured */
  run: () => unknown | Promise<unknown>
  /** the same work done the naive way, measured in the same run */
  baseline?: { name: string; run: () => unknown | Promise<unknown> }
  /** repetitions after warm-up (default 25) */
  iterations?: number
  /** runs before measuring (default 3) */
  warmup?: number
}

export interface BenchResult {
  name: string
  median_ms: number
  baseline?: string
  baseline_median_ms?: number
  /** median / baseline median: below 1 is faster than the baseline */
  ratio?: number
  /** the process's peak resident set size so far, in MB */
  peak_mb: number
  iterations: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits

export async function runBenchmark(benchmark: Benchmark): Promise<BenchResult> {
  const { iterations = 25, warmup = 3 } = benchmark
  for (let k = 0; k < warmup; k++) {
    await benchmark.run()
    if (benchmark.baseline) await benchmark.baseline.run()
  }
  const ours: number[] = []
  const theirs: number[] = []
  for (let k = 0; k < iterations; k++) {
    ours.push(await time(benchmark.run))
    if (benchmark.baseline) theirs.push(await time(benchmark.baseline.run))
  }
  const result: BenchResult = {
    name: benchmark.name,
    median_ms: round(median(ours)),
    peak_mb: round(process.resourceUsage().maxRSS / 1024, 1),
    iterations,
  }
  if (benchmark.baseline) {
    result.baseline = benchmark.baseline.name
    result.baseline_median_ms = round(median(theirs))
    result.ratio = round(result.median_ms / result.baseline_median_ms)
  }
  return result
}

export function formatResults(results: readonly BenchResult[]): string {
  const header = ['benchmark', 'median', 'baseline median', 'ratio', 'peak RSS']
  const rows = results.map((r) => [
    r.name,
    `${r.median_ms.toFixed(2)} ms`,
    r.baseline_median_ms === undefined ? '' : `${r.baseline_median_ms.toFixed(2)} ms`,
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    `${r.peak_mb.toFixed(0)} MB`,
  ])
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] as string).length)))
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ')
  const notes = results.filter((r) => r.baseline).map((r) => `  ${r.name}: baseline is ${r.baseline}`)
  return [line(header), ...rows.map(line), '', 'ratio = median / baseline median (below 1 is faster than the baseline); peak RSS is the whole process so far.', ...notes].join('\n')
}
