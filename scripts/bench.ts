/**
 * `npm run bench [-- --json] [-- --only <id>]`: how long the pipeline takes on
 * the bundled corpus and on synthetic pairs 4× and 16× its size, against
 * baselines measured in the same run. Each benchmark runs in a process of its
 * own so that its peak memory is its own. `--json` prints
 * [{name, median_ms, baseline_median_ms?, ratio?, peak_mb?}].
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { diffWords } from 'diff'
import { alignClausesExhaustive } from '@/lib/align/align-exhaustive'
import { createDiceScorer } from '@/lib/align/dice-scorer'
import { comparableClause, joinComparables, maskFor, type ComparableClause } from '@/lib/compare/comparable'
import { clearComparisonCaches, compareStatements, DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { compareStatementFromParsed } from '@/lib/compare/from-parsed'
import type { CompareStatement } from '@/lib/compare/types'
import { DEFAULT_ALIGN_OPTIONS } from '@/lib/align/align-clauses'
import { diffTexts } from '@/lib/diff/diff-texts'
import { createDb } from '@/lib/db/client'
import { importText } from '@/lib/db/import'
import { applyMigrations } from '@/lib/db/migrations'
import { CORPUS_DIR } from '@/lib/db/setup'
import { parseStatements } from '@/lib/ingest/parse-statements'
import type { ParsedStatement } from '@/lib/ingest/types'
import { formatResults, runBenchmark, type Benchmark, type BenchResult } from './bench/harness'
import { scaleStatement } from './bench/synthetic'

const CORPUS_FILE = path.join(CORPUS_DIR, 'xinhua-2019-06-xi-state-visits.txt')

function bundled(text: string): ParsedStatement[] {
  const parsed = parseStatements(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.statements
}

function corpus() {
  const text = readFileSync(CORPUS_FILE, 'utf8')
  const statements = bundled(text)
  const compare = statements.map((s, k) => compareStatementFromParsed(s, `s${k + 1}`))
  return { text, statements, kyrgyzstan: compare[4] as CompareStatement, tajikistan: compare[7] as CompareStatement, all: compare }
}

/**
 * The first aligner (an O(n·m) dynamic programme, no index, no moves) with the
 * same normalisation and diff: what "align + diff" cost before issue 3.
 */
function firstAligner(a: CompareStatement, b: CompareStatement): number {
  const ca = a.clauses.map((c) => comparableClause(c.text, c.label, maskFor(a.parties, true)))
  const cb = b.clauses.map((c) => comparableClause(c.text, c.label, maskFor(b.parties, true)))
  const scorer = createDiceScorer(
    ca.map((c) => c.comparable.text),
    cb.map((c) => c.comparable.text),
    { weighting: 'none' },
  )
  const rows = alignClausesExhaustive(ca.length, cb.length, scorer, { threshold: 0.3, mergePenalty: DEFAULT_ALIGN_OPTIONS.mergePenalty })
  let ops = 0
  for (const row of rows) {
    if (!row.a.length || !row.b.length) continue
    ops += diffTexts(joinComparables(row.a.map((i) => ca[i] as ComparableClause)), joinComparables(row.b.map((j) => cb[j] as ComparableClause))).length
  }
  return ops
}

function synthetic(scale: number): Benchmark {
  return {
    id: `synthetic-${scale}x`,
    name: `align + diff, synthetic pair ${scale}× the real one`,
    setup: () => {
      const { kyrgyzstan, tajikistan, all } = corpus()
      const filler = all.filter((s) => s !== kyrgyzstan && s !== tajikistan).flatMap((s) => s.clauses.map((c) => c.text))
      const a = scaleStatement(kyrgyzstan, scale, filler, 11 * scale)
      const b = scaleStatement(tajikistan, scale, filler, 17 * scale)
      return {
        iterations: scale >= 16 ? 5 : 15,
        warmup: 1,
        run: () => compareStatements(a, b, DEFAULT_COMPARE_OPTIONS),
        baseline: { name: `the first aligner: O(n·m) dynamic programme over all pairs, same diff (${a.clauses.length} × ${b.clauses.length} clauses)`, run: () => firstAligner(a, b), iterations: scale >= 16 ? 1 : 3 },
      }
    },
  }
}

const BENCHMARKS: Benchmark[] = [
  { id: 'parse', name: 'parse the bundled file (8 releases, 89 KB)', setup: () => { const { text } = corpus(); return { run: () => bundled(text) } } },
  {
    id: 'import',
    name: 'import the bundled file into SQLite (parse + one transaction)',
    setup: async () => {
      const { text } = corpus()
      const dir = mkdtempSync(path.join(tmpdir(), 'tongwen-bench-'))
      const template = path.join(dir, 'template.db')
      await applyMigrations(`file:${template}`)
      let copy = 0
      return {
        iterations: 15,
        run: async () => {
          const file = path.join(dir, `run-${copy++}.db`)
          copyFileSync(template, file)
          const db = createDb(`file:${file}`)
          try {
            await importText(db, 'bundled.txt', text)
          } finally {
            await db.$disconnect()
          }
        },
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      }
    },
  },
  {
    id: 'real-pair-naive',
    name: 'align + diff China–Kyrgyzstan vs China–Tajikistan (docs 5 and 8)',
    setup: () => {
      const { statements, kyrgyzstan, tajikistan } = corpus()
      const text = (s: ParsedStatement) => s.sections.flatMap((x) => x.clauses.map((c) => c.text)).join('\n')
      const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
      const [ka, tb] = [text(statements[4] as ParsedStatement), text(statements[7] as ParsedStatement)]
      return {
        warmup: 20,
        run: () => compareStatements(kyrgyzstan, tajikistan, DEFAULT_COMPARE_OPTIONS),
        baseline: { name: 'naive: jsdiff diffWords (Intl.Segmenter) over the two whole texts', run: () => diffWords(ka, tb, { intlSegmenter: segmenter }) },
      }
    },
  },
  {
    id: 'real-pair',
    name: 'align + diff China–Kyrgyzstan vs China–Tajikistan, against the first aligner',
    setup: () => {
      const { kyrgyzstan, tajikistan } = corpus()
      return {
        iterations: 50,
        warmup: 20,
        run: () => compareStatements(kyrgyzstan, tajikistan, DEFAULT_COMPARE_OPTIONS),
        baseline: { name: 'the first aligner: O(n·m) dynamic programme over all pairs, same diff', run: () => firstAligner(kyrgyzstan, tajikistan) },
      }
    },
  },
  {
    id: 'real-pair-cold',
    name: 'the same, cold: segmentation and profile caches cleared before every run',
    setup: () => {
      const { kyrgyzstan, tajikistan } = corpus()
      return {
        iterations: 50,
        warmup: 20,
        run: () => {
          clearComparisonCaches()
          return compareStatements(kyrgyzstan, tajikistan, DEFAULT_COMPARE_OPTIONS)
        },
        baseline: {
          name: 'the first aligner, same diff, caches cleared before every run',
          run: () => {
            clearComparisonCaches()
            return firstAligner(kyrgyzstan, tajikistan)
          },
        },
      }
    },
  },
  synthetic(1),
  synthetic(4),
  synthetic(16),
]

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, only: { type: 'string' } } })
  if (values.only) {
    const benchmark = BENCHMARKS.find((b) => b.id === values.only)
    if (!benchmark) throw new Error(`No benchmark "${values.only}"; ids: ${BENCHMARKS.map((b) => b.id).join(', ')}`)
    process.stdout.write(`${JSON.stringify(await runBenchmark(benchmark))}\n`)
    return
  }
  const results: BenchResult[] = []
  for (const benchmark of BENCHMARKS) {
    if (!values.json) process.stderr.write(`  measuring: ${benchmark.name}\n`)
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, '--only', benchmark.id], { encoding: 'utf8', maxBuffer: 1 << 24 })
    if (child.status !== 0) throw new Error(`benchmark ${benchmark.id} failed:\n${child.stderr}`)
    results.push(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as BenchResult)
  }
  process.stdout.write(`${values.json ? JSON.stringify(results, null, 2) : formatResults(results)}\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
