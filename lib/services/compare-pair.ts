/**
 * Comparing two statements in the database: the one use case behind the
 * compare page, its preview image, the compare API and exports, and
 * `cli compare`. Bounded before a clause is loaded: two statements over
 * TONGWEN_MAX_COMPARE_CLAUSES together are refused on their stored counts,
 * so a comparison costs a bounded amount whatever the statements' size.
 */
import { createHash } from 'node:crypto'
import { compareStatements } from '@/lib/compare/compare-statements'
import { COMPARISON_VERSION } from '@/lib/compare/version'
import type { CompareOptions, CompareResult } from '@/lib/compare/types'
import type { Db } from '@/lib/db/client'
import { formulaMarks } from '@/lib/db/formulas'
import { getStatement, statementVersions, toCompareStatement, type StatementDetail, type StatementVersion } from '@/lib/db/statements'
import { comparisonMarks, type FormulaMark } from '@/lib/formulas/overlay'
import { getEnv } from '@/lib/env'
import { noSuchStatement } from './errors'
import { pairVersions } from './pre-checks'
import { KeptResults } from '@/lib/kept-results'

/** Two statements aligned and diffed. */
export interface PairComparison {
  a: StatementDetail
  b: StatementDetail
  result: CompareResult
  /** names this result: both statements' versions, the options and the aligner's version (for validators such as ETags) */
  version: string
}

/**
 * Two statements that exist but cannot be compared (their languages differ,
 * or together they are too large), with their titles for the page that says so.
 */
export { CannotCompareError } from './errors'

/** Comparisons kept for the next reader, per process (TONGWEN_KEEP_COMPARISONS rows; see lib/kept-results.ts). */
let kept: KeptResults<PairComparison> | null = null

function keptComparisons(rows: number): KeptResults<PairComparison> {
  if (kept?.budget !== rows) kept = new KeptResults<PairComparison>(rows)
  return kept
}

/** Everything a comparison's result depends on: both statements' versions, the options, and the aligner's own version. */
function comparisonKey(a: StatementVersion, b: StatementVersion, options: CompareOptions): string {
  return [COMPARISON_VERSION, a.slug, a.version, b.slug, b.version, options.threshold, options.granularity, options.mask ? 1 : 0].join('\n')
}

/**
 * The comparison of two statements under `options`, kept for the next reader
 * (up to `keep` rows of comparisons in all; 0 keeps none). The result is
 * shared by every reader: treat it as read-only. Throws ServiceError 'not-found' naming the missing
 * slug(s), or CannotCompareError.
 */
export async function comparePair(
  db: Db,
  slugA: string,
  slugB: string,
  options: CompareOptions,
  { maxClauses = getEnv().limits.maxCompareClauses, keep = getEnv().keptComparisonRows }: { maxClauses?: number; keep?: number } = {},
): Promise<PairComparison> {
  const [versionA, versionB] = await pairVersions(db, slugA, slugB, maxClauses)
  const store = keep > 0 ? keptComparisons(keep) : null
  const key = comparisonKey(versionA, versionB, options)
  const found = store?.get(key)
  if (found) return found
  const [a, b] = await Promise.all([getStatement(db, slugA), getStatement(db, slugB)])
  // deleted between the two reads
  if (!a || !b) throw noSuchStatement([a ? null : slugA, b ? null : slugB])
  const result = compareStatements(toCompareStatement(a), toCompareStatement(b), options)
  const comparison = { a, b, result, version: createHash('sha256').update(key).digest('base64url').slice(0, 22) }
  if (store) {
    // kept only when neither statement changed while it was read, so that the key names what was compared
    const [nowA, nowB] = await statementVersions(db, [slugA, slugB])
    if (nowA?.version === versionA.version && nowB?.version === versionB.version) store.set(key, comparison, comparison.result.rows.length)
  }
  return comparison
}

/** The formulas to underline in a comparison: those other statements use too. */
export async function pairFormulaMarks(db: Db, slugA: string, slugB: string): Promise<Map<number, FormulaMark[]>> {
  const [marksA, marksB] = await Promise.all([formulaMarks(db, [slugA]), formulaMarks(db, [slugB])])
  return comparisonMarks(marksA, marksB, slugA === slugB)
}

/** A formula an earlier statement used and a later one of the same parties does not. */
export interface DroppedFormula {
  id: string
  text: string
  statementCount: number
}

/**
 * The formulas the earlier of two statements of the same parties uses and the
 * later one does not (US–ROK 2021 against US–ROK 2022), most widely used
 * first — whatever statements of theirs came in between; null unless the two
 * are statements of the same parties of different days (different parties,
 * the same date, or an undated one).
 */
export async function droppedFormulas(
  db: Db,
  a: Pick<StatementDetail, 'slug' | 'date' | 'parties'>,
  b: Pick<StatementDetail, 'slug' | 'date' | 'parties'>,
): Promise<{ earlier: string; later: string; formulas: DroppedFormula[] } | null> {
  const parties = (s: typeof a) => [...new Set(s.parties.map((p) => p.code))].sort().join(' ')
  if (!a.date || !b.date || a.date === b.date || a.parties.length === 0 || parties(a) !== parties(b)) return null
  const [earlier, later] = a.date < b.date ? [a, b] : [b, a]
  const used = (slug: string) =>
    db.occurrence.findMany({
      where: { statement: { slug }, formula: { kind: 'formula' } },
      distinct: ['formulaId'],
      select: { formulaId: true },
    })
  const [before, after] = await Promise.all([used(earlier.slug), used(later.slug)])
  const kept = new Set(after.map((o) => o.formulaId))
  const ids = before.map((o) => o.formulaId).filter((id) => !kept.has(id))
  const formulas: (DroppedFormula & { rank: number })[] = []
  // a few hundred ids a query: SQLite binds at most 32,766 values in one statement
  for (let from = 0; from < ids.length; from += 400)
    formulas.push(
      ...(await db.formula.findMany({
        where: { id: { in: ids.slice(from, from + 400) } },
        select: { id: true, text: true, statementCount: true, rank: true },
      })),
    )
  formulas.sort((x, y) => y.statementCount - x.statementCount || x.rank - y.rank)
  return {
    earlier: earlier.slug,
    later: later.slug,
    formulas: formulas.map(({ id, text, statementCount }) => ({ id, text, statementCount })),
  }
}
