/**
 * `npm run bench [-- --json] [-- --no-pages] [-- --only <id>]`: how long the pipeline takes on
 * the bundled corpus and on synthetic pairs 4× and 16× its size, and how formula
 * mining grows from the bundled corpus to synthetic ones 10× and 100× its size, what
 * mining in shards costs against mining in one piece (lib/formulas/sharded), how long
 * a collation of 10 and of 20 statements takes (on two threads, against one),
 * against baselines measured in the same run. Each benchmark runs in a process of its
 * own so that its peak memory is its own. Then what the pages weigh, served
 * from a production build (scripts/bench/page-weights.ts; `--no-pages` skips
 * it). `--json` prints {benchmarks: [{name, median_ms, baseline_median_ms?,
 * ratio?, peak_mb?}], pageWeights: [{page, path, htmlBytes, payloadBytes, gzipBytes}]}.
 *
 * `--scale N` instead imports N synthetic statements into a fresh database of
 * each engine and times the page queries on it (see scripts/bench/scale.ts).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { diffWords } from 'diff'
import { alignClausesExhaustive } from '@/lib/align/align-exhaustive'
import { createDiceScorer } from '@/lib/align/dice-scorer'
import { comparableClause, joinComparables, maskFor, type ComparableClause } from '@/lib/text/comparable'
import { clearComparisonCaches, compareStatements, DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { compareStatementFromParsed } from '@/lib/compare/from-parsed'
import type { CompareStatement } from '@/lib/compare/types'
import { DEFAULT_ALIGN_OPTIONS } from '@/lib/align/align-clauses'
import { collateStatements, DEFAULT_COLLATE_OPTIONS } from '@/lib/collate/collate-statements'
import { SHARD_CHARACTERS } from '@/lib/formulas/shard-size'
import { diffTexts } from '@/lib/diff/diff-texts'
import { CORPUS_DIR } from '@/lib/collections/bundled'
import { parseStatements } from '@/lib/ingest/parse-statements'
import type { ParsedStatement } from '@/lib/ingest/types'
import { combineResults, formatResults, runBenchmark, type Benchmark, type BenchResult, type Measured } from './bench/harness'
import { scaleCorpus, scaleStatement } from './bench/synthetic'
import type { UnstoredStatement } from '@/lib/formulas/records'
import type { FormulaSourceStatement } from '@/lib/formulas/types'
import { chineseNames, PARTIES } from '@/lib/parties/gazetteer'

const CORPUS_FILE = path.join(CORPUS_DIR, 'xinhua-2019-06-xi-state-visits.txt')

/**
 * The compute threads, loaded only by the benchmarks that use them: what a
 * module loads stays resident, and each benchmark's peak memory should be of
 * its own work (so the database modules are loaded where they are used, too).
 */
async function workers() {
  const [offThread, pool] = await Promise.all([import('@/lib/worker/off-thread'), import('@/lib/worker/thread-pool')])
  return { ...offThread, stopComputeThreads: pool.stopComputeThreads }
}

/** The formula miner and what feeds it, loaded only by the benchmarks that mine. */
async function miner() {
  const [records, sharded, mine] = await Promise.all([
    import('@/lib/formulas/records'),
    import('@/lib/formulas/sharded'),
    import('@/lib/formulas/mine-formulas'),
  ])
  return {
    formulaRecords: records.formulaRecords,
    numberedSources: records.numberedSources,
    sourceCharacters: records.sourceCharacters,
    shardsOf: sharded.shardsOf,
    DEFAULT_MINING_OPTIONS: mine.DEFAULT_MINING_OPTIONS,
  }
}
type Miner = Awaited<ReturnType<typeof miner>>

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
    ops += diffTexts(
      joinComparables(row.a.map((i) => ca[i] as ComparableClause)),
      joinComparables(row.b.map((j) => cb[j] as ComparableClause)),
    ).length
  }
  return ops
}

/** A run with the comparison's caches (segmentation, profiles) cleared first: what a first reader waits. */
const cold =
  <T>(run: () => T) =>
  (): T => {
    clearComparisonCaches()
    return run()
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
        baseline: {
          name: `the first aligner: O(n·m) dynamic programme over all pairs, same diff (${a.clauses.length} × ${b.clauses.length} clauses)`,
          run: () => firstAligner(a, b),
          iterations: scale >= 16 ? 1 : 3,
        },
      }
    },
  }
}

/**
 * A family of `count` statements of 100 clauses each, as a collation gets
 * them: copies of China–Kyrgyzstan and China–Tajikistan (alternately), each
 * perturbed its own way (scripts/bench/synthetic.ts), cut to 100 clauses.
 */
function family(count: number): CompareStatement[] {
  const { kyrgyzstan, tajikistan, all } = corpus()
  const filler = all.filter((s) => s !== kyrgyzstan && s !== tajikistan).flatMap((s) => s.clauses.map((c) => c.text))
  return Array.from({ length: count }, (_, k) => {
    const scaled = scaleStatement(k % 2 ? tajikistan : kyrgyzstan, 2, filler, 101 + k)
    return { ...scaled, slug: `family-${k + 1}`, clauses: scaled.clauses.slice(0, 100) }
  })
}

function collation(count: number): Benchmark {
  return {
    id: `collate-${count}`,
    name: `collate ${count} statements of 100 clauses, as the server does (its pairwise alignments on two threads; target ${count <= 10 ? '300 ms' : '1 s'})`,
    setup: async () => {
      const { collateInWorkers } = await import('@/lib/worker/collate-in-workers')
      const statements = family(count)
      return {
        iterations: count <= 10 ? 9 : 5,
        warmup: 1,
        run: () => collateInWorkers(statements, DEFAULT_COLLATE_OPTIONS),
        baseline: {
          name: `the same collation on one thread (${(count * (count - 1)) / 2} pairwise alignments, then the families)`,
          run: () => collateStatements(statements, DEFAULT_COLLATE_OPTIONS),
          iterations: count <= 10 ? 5 : 3,
        },
      }
    },
  }
}

/** The bundled statements as the formula builder reads them from the database. */
const formulaSources = (
  { numberedSources }: Miner,
  statements: readonly (Omit<UnstoredStatement, 'clauses'> & { clauses: readonly string[] })[],
) => numberedSources(statements.map((s) => ({ ...s, clauses: s.clauses.map((text) => ({ text })) })))

function bundledSources(kit: Miner): FormulaSourceStatement[] {
  return formulaSources(
    kit,
    corpus().statements.map((s) => ({
      parties: s.parties,
      kind: s.kind,
      date: s.date,
      clauses: s.sections.flatMap((x) => x.clauses.map((c) => c.text)),
    })),
  )
}

/**
 * The naive way to find recurring phrases: every substring of 6 to 30
 * characters of every clause in a hash map of the statements it occurs in.
 * It finds only the repeats up to 30 characters, and no variants.
 */
function naiveNgramIndex(statements: readonly FormulaSourceStatement[]): number {
  const seen = new Map<string, number>()
  let recurring = 0
  for (const statement of statements) {
    for (const { text } of statement.clauses) {
      for (let from = 0; from + 6 <= text.length; from++) {
        for (let to = from + 6; to <= Math.min(text.length, from + 30); to++) {
          const gram = text.slice(from, to)
          const first = seen.get(gram)
          if (first === undefined) seen.set(gram, statement.id)
          else if (first !== statement.id && first !== -1) {
            seen.set(gram, -1)
            recurring++
          }
        }
      }
    }
  }
  return recurring
}

/**
 * Text from a web page of k× the paragraphs, against 1× in the same process:
 * the ratio shows how extraction grows (linear: about k; quadratic: about k²). Issue 18.
 */
function extraction(scale: number): Benchmark {
  const page = (n: number) =>
    `<!doctype html><html><body><article>${'<div><p>The two sides agreed to deepen their cooperation in trade and investment.</p></div>'.repeat(n)}</article></body></html>`
  return {
    id: `html-${scale}x`,
    name: `text from a web page of ${100 * scale} paragraphs`,
    setup: async () => {
      const { htmlText } = await import('@/lib/formats/html-text')
      const [one, many] = [page(100), page(100 * scale)]
      return {
        iterations: scale >= 100 ? 3 : 10,
        run: () => htmlText(many),
        baseline: {
          name: `growth: the page of 100 paragraphs in the same process (ratio = time at ${scale}× / time at 1×: linear is about ${scale})`,
          run: () => htmlText(one),
          iterations: 10,
        },
      }
    },
  }
}

/** The bundled corpus grown k× with other partners' names (scripts/bench/synthetic.ts), as the formula builder reads it. */
function scaledSources(kit: Miner, scale: number): FormulaSourceStatement[] {
  const { statements } = corpus()
  const countries = PARTIES.filter((p) => p.code !== 'china').map((p) => ({ code: p.code, names: chineseNames(p), abbr: p.abbr }))
  return formulaSources(
    kit,
    scaleCorpus(
      statements.map((s) => ({ parties: s.parties, clauses: s.sections.flatMap((x) => x.clauses.map((c) => c.text)) })),
      scale,
      countries,
      42,
    ),
  )
}

/** The longest the event loop stalls (a reader's request waits) while `work` runs, in ms. */
async function longestStall(work: () => Promise<unknown>): Promise<Measured> {
  const delay = monitorEventLoopDelay({ resolution: 2 })
  delay.enable()
  // the first tick only starts the clock: a stall before it would not be recorded
  await new Promise((resolve) => setTimeout(resolve, 10))
  await work()
  // one more turn, so that a stall at the very end is recorded
  await new Promise((resolve) => setTimeout(resolve, 5))
  delay.disable()
  return { measured_ms: delay.max / 1e6 }
}

/**
 * What readers of the server wait while the formulas of a corpus k× the
 * bundled one are mined, as after an import or an edit: the longest stall of
 * the event loop, mining on a compute thread against mining on the server's
 * own thread, in the same process (issue 18).
 */
function stallWhileMining(scale: number): Benchmark {
  return {
    id: `stall-formulas-${scale}x`,
    name: `readers' longest wait while formulas are mined, corpus ${scale}× the bundled one, on a compute thread`,
    setup: async () => {
      const [{ formulaRecordsOffThread, stopComputeThreads }, kit] = await Promise.all([workers(), miner()])
      const { formulaRecords } = kit
      const scaled = scaledSources(kit, scale)
      return {
        iterations: 5,
        warmup: 1,
        run: () => longestStall(() => formulaRecordsOffThread(scaled, true)),
        baseline: {
          name: "readers' longest wait while the same corpus is mined on the server's own thread (as before issue 18's change)",
          run: () => longestStall(async () => formulaRecords(scaled)),
          iterations: 5,
        },
        cleanup: () => stopComputeThreads(),
      }
    },
  }
}

function mining(scale: number): Benchmark {
  return {
    id: `formulas-${scale}x`,
    // at 100× one run is seconds and hundreds of megabytes: one run per process, so that each peak is its own
    processes: scale >= 100 ? 3 : 1,
    name: scale === 1 ? 'mine formulas, bundled corpus (8 statements, 89 KB)' : `mine formulas, synthetic corpus ${scale}× the bundled one`,
    setup: async () => {
      const kit = await miner()
      const { formulaRecords } = kit
      const sources = bundledSources(kit)
      if (scale === 1) {
        return {
          iterations: 15,
          run: () => formulaRecords(sources),
          baseline: {
            name: 'naive n-gram index: every substring of 6–30 characters in a hash map (finds less: no longer phrases, no variants)',
            run: () => naiveNgramIndex(sources),
            iterations: 5,
          },
        }
      }
      const scaled = scaledSources(kit, scale)
      const characters = scaled.reduce((n, s) => n + s.clauses.reduce((m, c) => m + c.text.length, 0), 0)
      return {
        iterations: scale >= 100 ? 1 : 5,
        warmup: scale >= 100 ? 0 : 1,
        run: () => formulaRecords(scaled),
        baseline: {
          name: `growth: the bundled corpus mined in the same process (ratio = time at k× / time at 1×; the ${scale}× corpus has ${scaled.length} statements, ${(characters / 1e6).toFixed(2)} M characters)`,
          run: () => formulaRecords(sources),
          iterations: 5,
        },
      }
    },
  }
}

/**
 * Mining the corpus k× the bundled one in shards (lib/formulas/sharded: shards
 * of SHARD_CHARACTERS on the compute threads, then every candidate counted),
 * as a full mining past FULL_MINING_LIMIT does, against the whole-corpus
 * miner on the same corpus. The sharded mining runs first, so that the peak
 * reported for it is its own (the baseline's peak is of both).
 */
function shardedMining(scale: number): Benchmark {
  return {
    id: `formulas-${scale}x-sharded`,
    name: `mine formulas in shards of ${(SHARD_CHARACTERS / 1e6).toFixed(0)} M characters on the compute threads, synthetic corpus ${scale}× the bundled one`,
    setup: async () => {
      const [{ shardedFormulaRecordsOffThread, stopComputeThreads }, kit] = await Promise.all([workers(), miner()])
      const { formulaRecords, shardsOf, DEFAULT_MINING_OPTIONS } = kit
      const scaled = scaledSources(kit, scale)
      return {
        iterations: 1,
        warmup: 0,
        run: () => shardedFormulaRecordsOffThread(scaled, DEFAULT_MINING_OPTIONS),
        baseline: {
          name: `the whole-corpus miner on the same corpus, in one piece (${shardsOf(scaled, SHARD_CHARACTERS).length} shards against one)`,
          run: () => formulaRecords(scaled),
          iterations: 1,
        },
        cleanup: () => stopComputeThreads(),
      }
    },
  }
}

/**
 * The scale benchmark's synthetic statements (lib/scale/synthetic-corpus: each
 * of the bundled statements varied, about fifty times over at 10,000), the
 * first `count` of them, mined in shards and then in one piece. This corpus is
 * made of near-copies, so nearly every phrase recurs: its uses per statement
 * grow with it (the baseline's name says how many the run found), and at
 * 10,000 statements the set alone would not fit in 2 GB whichever way it is mined.
 */
function shardedScale(count: number): Benchmark {
  return {
    id: `formulas-synthetic-${count}-sharded`,
    name: `mine formulas in shards of ${(SHARD_CHARACTERS / 1e6).toFixed(0)} M characters on the compute threads, the first ${count.toLocaleString('en')} statements of the scale benchmark's synthetic corpus`,
    setup: async () => {
      const [{ bundledTemplates }, { syntheticStatements }, { shardedFormulaRecordsOffThread, stopComputeThreads }, kit] =
        await Promise.all([import('./bench/scale'), import('@/lib/scale/synthetic-corpus'), workers(), miner()])
      const { formulaRecords, numberedSources, sourceCharacters, shardsOf, DEFAULT_MINING_OPTIONS } = kit
      const sources = numberedSources(
        [...syntheticStatements(bundledTemplates(), { count })].map(({ statement }) => ({
          ...statement,
          clauses: statement.sections.flatMap((section) => section.clauses),
        })),
      )
      let found = { formulas: 0, uses: 0 }
      return {
        iterations: 1,
        warmup: 0,
        run: async () => {
          const records = await shardedFormulaRecordsOffThread(sources, DEFAULT_MINING_OPTIONS)
          found = { formulas: records.length, uses: records.reduce((n, r) => n + r.occurrenceCount, 0) }
        },
        baseline: {
          // read after the run: what the sharded mining found
          get name() {
            return `the whole-corpus miner on the same ${(sourceCharacters(sources) / 1e6).toFixed(1)} M characters, in one piece (${shardsOf(sources, SHARD_CHARACTERS).length} shards against one; the sharded mining found ${found.formulas.toLocaleString('en')} formulas, ${found.uses.toLocaleString('en')} uses, ${Math.round(found.uses / count)} a statement)`
          },
          run: () => formulaRecords(sources),
          iterations: 1,
        },
        cleanup: () => stopComputeThreads(),
      }
    },
  }
}

const BENCHMARKS: Benchmark[] = [
  {
    id: 'parse',
    name: 'parse the bundled file (8 releases, 89 KB)',
    setup: () => {
      const { text } = corpus()
      return { run: () => bundled(text) }
    },
  },
  {
    id: 'import',
    name: 'import the bundled file into SQLite (parse + one transaction)',
    setup: async () => {
      const { text } = corpus()
      // loaded here, not at the top: Prisma and its engine would otherwise sit in every benchmark's process and count in its peak
      const [{ applyMigrations }, { createDb }, { importText }] = await Promise.all([
        import('@/lib/db/migrations'),
        import('@/lib/db/client'),
        import('@/lib/services/import-file'),
      ])
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
        baseline: {
          name: 'naive: jsdiff diffWords (Intl.Segmenter) over the two whole texts',
          run: () => diffWords(ka, tb, { intlSegmenter: segmenter }),
        },
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
        baseline: {
          name: 'the first aligner: O(n·m) dynamic programme over all pairs, same diff',
          run: () => firstAligner(kyrgyzstan, tajikistan),
        },
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
        run: cold(() => compareStatements(kyrgyzstan, tajikistan, DEFAULT_COMPARE_OPTIONS)),
        baseline: {
          name: 'the first aligner, same diff, caches cleared before every run',
          run: cold(() => firstAligner(kyrgyzstan, tajikistan)),
        },
      }
    },
  },
  {
    id: 'real-pair-words',
    name: 'the same, cold, with the diff on jieba’s Chinese words (the default), against Intl.Segmenter’s',
    setup: () => {
      const { kyrgyzstan, tajikistan } = corpus()
      return {
        iterations: 50,
        warmup: 20,
        run: cold(() => compareStatements(kyrgyzstan, tajikistan, DEFAULT_COMPARE_OPTIONS, { chineseWords: 'jieba' })),
        baseline: {
          name: 'the same with Intl.Segmenter’s words, as before issue 12',
          run: cold(() => compareStatements(kyrgyzstan, tajikistan, DEFAULT_COMPARE_OPTIONS, { chineseWords: 'icu' })),
        },
      }
    },
  },
  synthetic(1),
  synthetic(4),
  synthetic(16),
  collation(10),
  collation(20),
  mining(1),
  mining(10),
  mining(100),
  shardedMining(100),
  shardedScale(2000),
  stallWhileMining(10),
  extraction(10),
  extraction(100),
]

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      // the scale benchmark (scripts/bench/scale-command.ts)
      scale: { type: 'string' },
      engine: { type: 'string' },
      runs: { type: 'string' },
      child: { type: 'boolean', default: false },
      // the page weights need a production build and a server: leave them out
      'no-pages': { type: 'boolean', default: false },
    },
  })
  if (values.scale !== undefined) {
    const { scaleCommand } = await import('./bench/scale-command')
    return scaleCommand({ ...values, scale: values.scale })
  }
  if (values.only) {
    const benchmark = BENCHMARKS.find((b) => b.id === values.only)
    if (!benchmark) throw new Error(`No benchmark "${values.only}"; ids: ${BENCHMARKS.map((b) => b.id).join(', ')}`)
    process.stdout.write(`${JSON.stringify(await runBenchmark(benchmark))}\n`)
    return
  }
  const results: BenchResult[] = []
  for (const benchmark of BENCHMARKS) {
    if (!values.json) process.stderr.write(`  measuring: ${benchmark.name}\n`)
    const runs: BenchResult[] = []
    for (let run = 0; run < (benchmark.processes ?? 1); run++) {
      // a heap limit above Node's default (about 4 GB here), so that the whole-corpus miner's baseline on the largest corpus is measured, not cut short
      const child = spawnSync(
        process.execPath,
        ['--max-old-space-size=8192', ...process.execArgv, process.argv[1] as string, '--only', benchmark.id],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        },
      )
      if (child.status !== 0) throw new Error(`benchmark ${benchmark.id} failed:\n${child.stderr}`)
      runs.push(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as BenchResult)
    }
    const combined = combineResults(runs)
    if (runs.length > 1) combined.name += ` [${runs.length} processes: median time, highest peak]`
    results.push(combined)
  }
  if (!values.json) process.stdout.write(`${formatResults(results)}\n`)
  if (!values.json && !values['no-pages']) process.stderr.write('  measuring: page weights (production build, bundled collections)\n')
  const { formatPageWeights, measurePageWeights } = await import('./bench/page-weights')
  const pages = values['no-pages'] ? [] : await measurePageWeights()
  if (!values.json) {
    if (pages.length) process.stdout.write(`\n${formatPageWeights(pages)}\n`)
    return
  }
  process.stdout.write(`${JSON.stringify({ benchmarks: results, pageWeights: pages }, null, 2)}\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
