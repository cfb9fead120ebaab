/**
 * `npm run bench -- --scale N [--engine sqlite,postgresql] [--runs 50] [--json]`:
 * runs the scale benchmark (./scale.ts) on each engine in a process of its
 * own — so each peak memory is its own — and prints their results side by
 * side. PostgreSQL is measured when TONGWEN_BENCH_PG_URL names a scratch
 * database (it is wiped).
 */
import { spawnSync } from 'node:child_process'
import { defaultEngines, ENGINES, type Engine } from './scale-database'
import { runScale, type ScaleResult } from './scale'

export interface ScaleCommandOptions {
  scale: string
  engine?: string
  runs?: string
  json: boolean
  /** set in the per-engine process: measure the one engine and print its result as JSON */
  child: boolean
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} takes a positive whole number (got "${value}").`)
  return n
}

export async function scaleCommand(options: ScaleCommandOptions): Promise<void> {
  const count = positiveInteger(options.scale, '--scale')
  const runs = options.runs === undefined ? 50 : positiveInteger(options.runs, '--runs')
  const pgUrl = process.env.TONGWEN_BENCH_PG_URL || undefined
  const engines = options.engine ? options.engine.split(',').map((e) => e.trim()) : defaultEngines(pgUrl)
  const unknown = engines.filter((e) => !ENGINES.includes(e as Engine))
  if (unknown.length) throw new Error(`Unknown engine ${unknown.join(', ')}: use ${ENGINES.join(' or ')}.`)
  if (options.child) {
    const result = await runScale({ engine: engines[0] as Engine, count, runs, pgUrl, log: (line) => process.stderr.write(`${line}\n`) })
    process.stdout.write(`${JSON.stringify(result)}\n`)
    return
  }
  const results: ScaleResult[] = []
  for (const engine of engines) {
    if (!options.json) process.stderr.write(`scale benchmark on ${engine}: ${count} synthetic statements\n`)
    const args = [
      ...process.execArgv,
      process.argv[1] as string,
      '--scale',
      String(count),
      '--runs',
      String(runs),
      '--engine',
      engine,
      '--child',
    ]
    const child = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', options.json ? 'pipe' : 'inherit'],
      maxBuffer: 1 << 24,
    })
    if (child.status !== 0)
      throw new Error(`the scale benchmark on ${engine} failed${child.stderr ? `:\n${child.stderr}` : ' (see above)'}`)
    results.push(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as ScaleResult)
  }
  process.stdout.write(`${options.json ? JSON.stringify(results, null, 2) : formatScale(results)}\n`)
}

const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED')

/** The results as a table, with the targets beside the figures. */
function formatScale(results: readonly ScaleResult[]): string {
  const lines: string[] = []
  for (const r of results) {
    lines.push(
      `${r.engine}: ${r.statements} synthetic statements (+${r.bundled} bundled), ${r.perFile} to a file (one transaction each) — ${r.database}`,
    )
    const imp = r.import
    lines.push(
      `  import          ${imp.statements_per_s.toFixed(1)} statements/s, ${imp.mb_per_s.toFixed(2)} MB/s of text (${imp.mb.toFixed(1)} MB in ${imp.seconds.toFixed(1)} s)   target ≥ ${imp.target_statements_per_s}/s: ${mark(imp.statements_per_s >= imp.target_statements_per_s)}`,
    )
    const width = Math.max(...r.queries.map((q) => q.name.length))
    lines.push(`  ${'query'.padEnd(width)}  ${'median'.padStart(10)}  ${'p95'.padStart(10)}  target`)
    for (const q of r.queries) {
      const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10)
      const target = q.target_ms === undefined ? '' : `< ${q.target_ms} ms: ${mark(q.median_ms < q.target_ms)}`
      lines.push(`  ${q.name.padEnd(width)}  ${ms(q.median_ms)}  ${ms(q.p95_ms)}  ${target}`)
    }
    lines.push(
      `  formulas: deferred while the ${r.statements} statements are imported; the set measured is the one mined from ${r.formulas.from_statements} statements (${r.formulas.count} formulas), with them folded in`,
    )
    lines.push(
      `  fold the ${r.foldAll.statements} statements into the formula set afterwards: ${r.foldAll.seconds.toFixed(1)} s (${r.foldAll.occurrences} occurrences in all; not a mining: no new formula is found)`,
    )
    const f = r.foldIn
    lines.push(
      `  import one statement more, formulas ${f.folded_in ? 'folded in' : 'mined in full (the corpus is under the fold-in limit)'}: ${f.median_ms.toFixed(0)} ms (median of ${f.runs}; the same import with formulas deferred ${f.deferred_median_ms.toFixed(0)} ms, ratio ${f.ratio.toFixed(1)}; ${f.folded_in} folded in)   target < ${f.target_ms} ms: ${mark(f.median_ms < f.target_ms)}`,
    )
    lines.push(
      `  database ${r.database_mb === null ? 'size not read' : `${r.database_mb} MB`}; peak RSS ${r.peak_mb.toFixed(0)} MB (this engine's process: generation, import and queries)`,
    )
    lines.push('')
  }
  lines.push(
    `medians and 95th percentiles of ${results[0]?.queries[0]?.runs ?? 0} runs each, every run on another page, pair or formula, after 3 warm-up runs.`,
  )
  return lines.join('\n')
}
