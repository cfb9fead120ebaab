/**
 * A small benchmark harness: warm up, time repeated runs of a task, then of
 * its baseline; report medians, their ratio and each one's peak resident
 * memory. Each benchmark runs in a process of its own (see scripts/bench.ts),
 * so a peak belongs to that benchmark alone.
 */
import { performance } from 'node:perf_hooks'

export interface Benchmark {
  /** a short stable id, for --only */
  id: string
  name: string
  /** prepares the inputs (not timed); returns the work to time */
  setup: () => Promise<Task> | Task
  /**
   * run the benchmark in this many processes, one after another, and report
   * the median of their medians and the highest of their peaks: for work so
   * large that each run's peak memory must be its own
   */
  processes?: number
}

/** What a run resolves to when the time to report is not its own duration (for example the longest stall of the event loop while it ran). */
export interface Measured {
  measured_ms: number
}

const isMeasured = (value: unknown): value is Measured =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Measured>).measured_ms === 'number'

export interface Task {
  /** the work; timed, unless it resolves to a Measured time of its own */
  run: () => unknown | Promise<unknown>
  /** the same work done another way, measured in the same run */
  baseline?: { name: string; run: () => unknown | Promise<unknown>; iterations?: number }
  /** repetitions after warm-up (default 25) */
  iterations?: number
  /** runs before measuring (default 3) */
  warmup?: number
  cleanup?: () => unknown | Promise<unknown>
}

export interface BenchResult {
  name: string
  median_ms: number
  baseline?: string
  baseline_median_ms?: number
  /** median / baseline median: below 1 is faster than the baseline */
  ratio?: number
  /** peak resident memory of the process after the measured runs, in MB */
  peak_mb: number
  baseline_peak_mb?: number
  iterations: number
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now()
  const out = await run()
  return isMeasured(out) ? out.measured_ms : performance.now() - start
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits
const peakMb = () => round(process.resourceUsage().maxRSS / 1024, 1)

async function measure(run: () => unknown | Promise<unknown>, iterations: number, warmup: number): Promise<number> {
  for (let k = 0; k < warmup; k++) await run()
  const times: number[] = []
  for (let k = 0; k < iterations; k++) times.push(await time(run))
  return median(times)
}

export async function runBenchmark(benchmark: Benchmark): Promise<BenchResult> {
  const task = await benchmark.setup()
  const { iterations = 25, warmup = 3 } = task
  try {
    const result: BenchResult = {
      name: benchmark.name,
      median_ms: round(await measure(task.run, iterations, warmup)),
      peak_mb: peakMb(),
      iterations,
    }
    if (task.baseline) {
      const baselineIterations = task.baseline.iterations ?? iterations
      result.baseline = task.baseline.name
      result.baseline_median_ms = round(await measure(task.baseline.run, baselineIterations, Math.min(warmup, baselineIterations)))
      result.baseline_peak_mb = peakMb()
      result.ratio = round(result.median_ms / result.baseline_median_ms)
    }
    return result
  } finally {
    await task.cleanup?.()
  }
}

/** Runs of one benchmark in several processes as one result: median times, highest peaks. */
export function combineResults(runs: readonly BenchResult[]): BenchResult {
  const [first] = runs
  if (!first) throw new Error('combineResults needs at least one result; this is a bug')
  const result: BenchResult = {
    ...first,
    median_ms: round(median(runs.map((r) => r.median_ms))),
    peak_mb: Math.max(...runs.map((r) => r.peak_mb)),
    iterations: runs.reduce((n, r) => n + r.iterations, 0),
  }
  if (first.baseline_median_ms !== undefined) {
    result.baseline_median_ms = round(median(runs.map((r) => r.baseline_median_ms as number)))
    result.baseline_peak_mb = Math.max(...runs.map((r) => r.baseline_peak_mb as number))
    result.ratio = round(result.median_ms / result.baseline_median_ms)
  }
  return result
}

export function formatResults(results: readonly BenchResult[]): string {
  const header = ['benchmark', 'median', 'peak RSS', 'baseline median', 'ratio']
  const rows = results.map((r) => [
    r.name,
    `${r.median_ms.toFixed(2)} ms`,
    `${r.peak_mb.toFixed(0)} MB`,
    r.baseline_median_ms === undefined ? '' : `${r.baseline_median_ms.toFixed(2)} ms`,
    r.ratio === undefined ? '' : `${r.ratio.toFixed(3)}×`,
  ])
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] as string).length)))
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ')
  const baselines = [...new Set(results.flatMap((r) => (r.baseline ? [r.baseline] : [])))]
  return [
    line(header),
    ...rows.map(line),
    '',
    'median of repeated runs; ratio = median / baseline median (below 1: faster than the baseline);',
    "peak RSS = the benchmark process's resident memory at its highest (each benchmark runs in a process of its own and loads only the modules it uses: Node, tsx and those are about 120 MB, and jieba's dictionary another 60 MB once a Chinese text is compared).",
    ...baselines.map((b, k) => `baseline ${k + 1}: ${b}`),
  ].join('\n')
}
