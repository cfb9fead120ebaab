/**
 * `npm run bench -- --scale N`: a corpus of N synthetic statements (lib/scale)
 * imported through the importer into a fresh database of each engine, then
 * the latency of what the pages ask of it. One engine per process (see
 * scripts/bench.ts), so each peak memory is its own.
 *
 * The formulas are deferred while the corpus is imported (saveStatements with
 * `formulas: 'defer'`), then the statements are folded into the set mined from
 * the bundled corpus when the database was prepared (lib/db/formula-fold-in),
 * and single statements are imported as a user would, their formulas folded
 * in. Mining ten thousand statements in full is not measured here.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { DEFAULT_PER_PAGE } from '@/lib/url/statement-list'
import { createDb, type Db } from '@/lib/db/client'
import { formulaSources, getFormula, getFormulaBuild, listFormulas } from '@/lib/db/formulas'
import { foldInFormulas } from '@/lib/db/formula-fold-in'
import { median } from './harness'
import { CONCORDANCE_PAGE } from '@/lib/url/formulas'
import { saveStatements } from '@/lib/services/save-statements'
import { searchClauses } from '@/lib/db/search'
import { corpusFiles, prepareDatabase } from '@/lib/services/prepare-database'
import { listStatements } from '@/lib/db/statements'
import { parseStatements } from '@/lib/ingest/parse-statements'
import type { ParsedStatement } from '@/lib/ingest/types'
import { DEFAULT_SEARCH_PER_PAGE } from '@/lib/url/search'
import { syntheticFiles } from '@/lib/scale/synthetic-corpus'
import { scratchDatabase, type Engine } from './scale-database'
import { comparePair, pairFormulaMarks } from '@/lib/services/compare-pair'

export interface ScaleOptions {
  engine: Engine
  /** synthetic statements to import */
  count: number
  /** timed runs of each query (default 50) */
  runs?: number
  seed?: number
  /** statements to a file, each file one transaction (default 100) */
  perFile?: number
  pgUrl?: string
  /** progress lines go here (stderr) */
  log?: (line: string) => void
}

export interface LatencyRow {
  id:
    | 'list'
    | 'compare'
    | 'search'
    | 'search-short'
    | 'formula-list'
    | 'formula-list-language'
    | 'formula-list-other-language'
    | 'formula'
    | 'formula-common'
  name: string
  runs: number
  median_ms: number
  p95_ms: number
  /** the median the row should stay under */
  target_ms?: number
}

export interface ScaleResult {
  engine: Engine
  database: string
  statements: number
  bundled: number
  perFile: number
  import: { seconds: number; statements_per_s: number; mb: number; mb_per_s: number; target_statements_per_s: number }
  queries: LatencyRow[]
  formulas: { count: number; from_statements: number; deferred: true }
  /** importing one statement more, its formulas folded in (lib/formulas/fold-in), against the same import with the formulas left alone */
  foldIn: { runs: number; median_ms: number; deferred_median_ms: number; ratio: number; folded_in: number; target_ms: number }
  /** the statements imported with their formulas deferred, folded into the set afterwards, FOLD_BATCH to a transaction */
  foldAll: { statements: number; seconds: number; occurrences: number }
  database_mb: number | null
  peak_mb: number
}

/** Import throughput the scale benchmark expects, and the median every page query should stay under. */
export const IMPORT_TARGET = 50
export const LATENCY_TARGET_MS = 100
/** Statements on a page of the list: the home page's default. */
export const PER_PAGE = DEFAULT_PER_PAGE

/** Phrases of the bundled corpus, so of the synthetic one too. */
export const SEARCH_TERMS = [
  '一带一路',
  '全面战略伙伴关系',
  '恐怖主义',
  '核不扩散',
  '人类命运共同体',
  '上海合作组织',
  '睦邻友好',
  '可持续发展',
]
const SHORT_SEARCH_TERMS = ['主权', '和平', '能源', '气候']

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits

/** The bundled statements: the templates of the synthetic corpus. */
export function bundledTemplates(root = process.cwd()): ParsedStatement[] {
  return corpusFiles(root).flatMap((file) => {
    const parsed = parseStatements(readFileSync(file, 'utf8'))
    if (!parsed.ok) throw new Error(`${path.basename(file)}: ${parsed.error}`)
    return parsed.statements
  })
}

/**
 * Imports `count` synthetic statements into `db` (already prepared), a file of
 * `perFile` at a time, formulas deferred; returns the slugs in import order and
 * the time spent in the importer.
 */
export async function importSynthetic(
  db: Db,
  options: { count: number; seed?: number; perFile?: number; log?: (line: string) => void },
): Promise<{ slugs: string[]; seconds: number; bytes: number }> {
  const slugs: string[] = []
  let seconds = 0
  let bytes = 0
  let lastLog = performance.now()
  for (const file of syntheticFiles(bundledTemplates(), {
    count: options.count,
    seed: options.seed ?? 1,
    perFile: options.perFile ?? 100,
  })) {
    const started = performance.now()
    const report = await saveStatements(db, file.name, file.text, file.statements, { formulas: 'defer' })
    seconds += (performance.now() - started) / 1000
    bytes += Buffer.byteLength(file.text)
    if (report.imported.length !== file.statements.length)
      throw new Error(
        `${file.name}: ${report.present.length} of its statements were already present; the synthetic corpus should be distinct — this is a bug`,
      )
    slugs.push(...report.imported)
    if (options.log && performance.now() - lastLog > 5000) {
      lastLog = performance.now()
      options.log(`  imported ${slugs.length} of ${options.count} (${Math.round(slugs.length / seconds)} statements/s)`)
    }
  }
  return { slugs, seconds, bytes }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number
}

/** Median and 95th percentile of `runs` calls, each with its own input (after a few warm-up calls). */
async function latency(runs: number, call: (k: number) => Promise<unknown>): Promise<{ median_ms: number; p95_ms: number }> {
  for (let k = 0; k < Math.min(3, runs); k++) await call(runs + k)
  const times: number[] = []
  for (let k = 0; k < runs; k++) {
    const started = performance.now()
    await call(k)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { median_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)) }
}

/**
 * What the compare page does for its first reader (app/compare/[a]/[b]/load-comparison.ts):
 * the comparison through the service with nothing kept, and the formulas to underline.
 */
async function loadComparison(db: Db, slugA: string, slugB: string) {
  const [{ result }, marks] = await Promise.all([
    comparePair(db, slugA, slugB, DEFAULT_COMPARE_OPTIONS, { keep: 0 }),
    pairFormulaMarks(db, slugA, slugB),
  ])
  return { result, marks }
}

/** The latencies of the page queries on a filled database; `slugs` are the synthetic statements in import order. */
export async function measureQueries(db: Db, slugs: readonly string[], runs: number, templates: number): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = []
  const { total } = await listStatements(db, { page: 1, perPage: PER_PAGE })
  const pages = Math.max(1, Math.ceil(total / PER_PAGE))
  rows.push({
    id: 'list',
    name: `list page: listStatements, ${PER_PAGE} a page of ${total}, pages spread`,
    runs,
    target_ms: LATENCY_TARGET_MS,
    ...(await latency(runs, (k) => listStatements(db, { page: 1 + ((k * 7919) % pages), perPage: PER_PAGE }))),
  })
  // two statements made from the same template (k and k + templates): what a reader compares
  const span = Math.max(1, slugs.length - templates)
  const pair = (k: number): [string, string] => {
    const a = (k * 7919) % span
    return [slugs[a] as string, slugs[Math.min(slugs.length - 1, a + templates)] as string]
  }
  rows.push({
    id: 'compare',
    name: 'compare: both statements, formula marks, align + diff (load-comparison.ts), pairs spread',
    runs,
    target_ms: LATENCY_TARGET_MS,
    ...(await latency(runs, (k) => loadComparison(db, ...pair(k)))),
  })
  // terms of three characters or more use the trigram index; two-character terms use the
  // trigram index's vocabulary on SQLite and an index of two-character runs on PostgreSQL
  for (const [kind, terms] of [
    ['index', SEARCH_TERMS],
    ['short', SHORT_SEARCH_TERMS],
  ] as const) {
    rows.push({
      id: kind === 'index' ? 'search' : 'search-short',
      name:
        kind === 'index'
          ? `search: searchClauses, ${SEARCH_TERMS.length} terms of 4–7 characters, pages 1–3`
          : `search: searchClauses, ${SHORT_SEARCH_TERMS.length} terms of 2 characters (SQLite: trigram vocabulary, PostgreSQL: bigram index), pages 1–3`,
      runs,
      target_ms: LATENCY_TARGET_MS,
      ...(await latency(runs, (k) =>
        searchClauses(db, {
          q: terms[k % terms.length] as string,
          page: 1 + (Math.floor(k / terms.length) % 3),
          perPage: DEFAULT_SEARCH_PER_PAGE,
        }),
      )),
    })
  }
  const formulas = (await listFormulas(db, { limit: 1000 })).formulas
  const listed = await listFormulas(db, {})
  const formulaPages = Math.max(1, Math.ceil(listed.total / 100))
  rows.push({
    id: 'formula-list',
    name: `formula list: listFormulas, 100 a page of ${listed.total}`,
    runs,
    ...(await latency(runs, (k) => listFormulas(db, { offset: ((k * 31) % formulaPages) * 100, limit: 100 }))),
  })
  // by language (?language=, a column of each formula): the synthetic statements' (Chinese) and English, the bundled collection's
  for (const [id, language] of [
    ['formula-list-language', 'zh'],
    ['formula-list-other-language', 'en'],
  ] as const)
    rows.push({
      id,
      name: `formula list: listFormulas, language=${language}, 100 a page`,
      runs,
      ...(await latency(runs, (k) => listFormulas(db, { language, offset: ((k * 31) % formulaPages) * 100, limit: 100 }))),
    })
  if (formulas.length) {
    rows.push({
      id: 'formula',
      name: 'formula lookup: getFormula (concordance), formulas spread',
      runs,
      ...(await latency(runs, (k) => getFormula(db, (formulas[(k * 7919) % formulas.length] as { id: string }).id))),
    })
    // the most widely used formula's concordance, its pages in turn: a page is what its page and the API read
    const common = formulas[0] as { id: string; text: string; occurrenceCount: number }
    const pages = Math.max(1, Math.ceil(common.occurrenceCount / CONCORDANCE_PAGE))
    rows.push({
      id: 'formula-common',
      name: `formula page: the most used formula's concordance, ${CONCORDANCE_PAGE} a page of ${common.occurrenceCount} (${pages} page${pages === 1 ? '' : 's'})`,
      runs,
      ...(await latency(runs, (k) => getFormula(db, common.id, { page: 1 + (k % pages) }))),
    })
  }
  return rows
}

/** Statements folded in per transaction when the synthetic corpus is folded in at once. */
const FOLD_BATCH = 500

/**
 * Folds every statement the set does not cover yet into it (lib/db/formula-fold-in),
 * FOLD_BATCH to a transaction: what the imports with their formulas deferred left to do.
 */
async function foldInDeferred(db: Db): Promise<ScaleResult['foldAll']> {
  const started = performance.now()
  let statements = 0
  for (;;) {
    const done = await db.$transaction(
      async (tx) => {
        const build = await getFormulaBuild(tx)
        if (!build) throw new Error('no formula set to fold the synthetic statements into; this is a bug')
        const batch = await formulaSources(tx, { after: build.throughStatementId, take: FOLD_BATCH })
        if (batch.length) await foldInFormulas(tx, build, batch)
        return batch.length
      },
      { timeout: 600_000 },
    )
    statements += done
    if (done < FOLD_BATCH) break
  }
  const build = await getFormulaBuild(db)
  return { statements, seconds: round((performance.now() - started) / 1000, 1), occurrences: build?.occurrenceCount ?? 0 }
}

/** The time an import of one statement may take with its formulas brought up to date (issue 13). */
export const FOLD_IN_TARGET_MS = 2000
const FOLD_IN_RUNS = 7

/**
 * Imports single statements into the large corpus as a user would, one file
 * each: with the formulas brought up to date (the corpus is past
 * FULL_MINING_LIMIT, so they are folded in), and, as the baseline, with them
 * deferred; alternating, so that both see the same corpus and the same noise.
 */
async function measureFoldIn(db: Db, seed: number): Promise<ScaleResult['foldIn']> {
  const files = [...syntheticFiles(bundledTemplates(), { count: 2 * FOLD_IN_RUNS, seed: seed + 7919, perFile: 1 })]
  const folded: number[] = []
  const deferred: number[] = []
  for (const [k, file] of files.entries()) {
    const started = performance.now()
    const report = await saveStatements(db, file.name, file.text, file.statements, k % 2 ? { formulas: 'defer' } : {})
    ;(k % 2 ? deferred : folded).push(performance.now() - started)
    if (report.imported.length !== 1)
      throw new Error(`${file.name} was already present; the synthetic statements should be distinct — this is a bug`)
  }
  const build = await getFormulaBuild(db)
  const median_ms = round(median(folded))
  const deferred_median_ms = round(median(deferred))
  return {
    runs: FOLD_IN_RUNS,
    median_ms,
    deferred_median_ms,
    ratio: round(median_ms / deferred_median_ms, 1),
    folded_in: build?.foldedIn ?? 0,
    target_ms: FOLD_IN_TARGET_MS,
  }
}

/** The whole benchmark on one engine: fresh database, bundled corpus, N synthetic statements, queries. */
export async function runScale(options: ScaleOptions): Promise<ScaleResult> {
  const log = options.log ?? (() => {})
  const scratch = await scratchDatabase(options.engine, options.pgUrl)
  const db = createDb(scratch.url)
  try {
    log(`  ${scratch.label}: migrating and importing the bundled corpus`)
    const { seeded } = await prepareDatabase(db, scratch.url)
    const bundled = seeded?.imported.length ?? 0
    log(`  importing ${options.count} synthetic statements (formulas deferred)`)
    const { slugs, seconds, bytes } = await importSynthetic(db, { count: options.count, seed: options.seed, perFile: options.perFile, log })
    log(`  folding the ${options.count} statements into the formula set`)
    const foldAll = await foldInDeferred(db)
    log('  measuring the page queries')
    const queries = await measureQueries(db, slugs, options.runs ?? 50, bundledTemplates().length)
    log('  importing single statements, their formulas folded in')
    const foldIn = await measureFoldIn(db, options.seed ?? 1)
    const build = await getFormulaBuild(db)
    const size = scratch.size()
    return {
      engine: options.engine,
      database: scratch.label,
      statements: options.count,
      bundled,
      perFile: options.perFile ?? 100,
      import: {
        seconds: round(seconds),
        statements_per_s: round(options.count / seconds, 1),
        mb: round(bytes / 1e6),
        mb_per_s: round(bytes / 1e6 / seconds),
        target_statements_per_s: IMPORT_TARGET,
      },
      queries,
      formulas: { count: build?.formulaCount ?? 0, from_statements: build?.statementCount ?? 0, deferred: true },
      foldIn,
      foldAll,
      database_mb: size === null ? null : round(size / 1e6, 1),
      peak_mb: round(process.resourceUsage().maxRSS / 1024, 1),
    }
  } finally {
    await db.$disconnect()
    await scratch.cleanup()
  }
}
