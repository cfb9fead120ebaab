/**
 * Comparing two statements in the database: the one use case behind the
 * compare page, its preview image, the compare API and exports, and
 * `cli compare`. Bounded before a clause is loaded: two statements over
 * TONGWEN_MAX_COMPARE_CLAUSES together are refused on their stored counts,
 * so a comparison costs a bounded amount whatever the statements' size.
 */
import { compareStatements } from '@/lib/compare/compare-statements'
import { languageMismatch } from '@/lib/compare/language'
import type { CompareOptions, CompareResult } from '@/lib/compare/types'
import type { Db } from '@/lib/db/client'
import { formulaMarks } from '@/lib/db/formulas'
import { getStatement, statementSizes, toCompareStatement, type StatementDetail } from '@/lib/db/statements'
import { comparisonMarks, type FormulaMark } from '@/lib/formulas/overlay'
import { refusal } from '@/lib/limits'
import { ServiceError } from './errors'

/** Two statements aligned and diffed. */
export interface PairComparison {
  a: StatementDetail
  b: StatementDetail
  result: CompareResult
}

/**
 * Two statements that exist but cannot be compared (their languages differ,
 * or together they are too large), with their titles for the page that says so.
 */
export class CannotCompareError extends ServiceError {
  override name = 'CannotCompareError'
  constructor(
    message: string,
    readonly a: { slug: string; title: string },
    readonly b: { slug: string; title: string },
  ) {
    super('cannot-compare', message)
  }
}

/**
 * The comparison of two statements under `options`. Throws ServiceError
 * 'not-found' naming the missing slug(s), or CannotCompareError.
 */
export async function comparePair(
  db: Db,
  slugA: string,
  slugB: string,
  options: CompareOptions,
  { maxClauses }: { maxClauses: number },
): Promise<PairComparison> {
  const [sizeA, sizeB] = await statementSizes(db, [slugA, slugB])
  if (!sizeA || !sizeB) throw notFound([sizeA ? null : slugA, sizeB ? null : slugB])
  const clauses = sizeA.clauseCount + sizeB.clauseCount
  if (clauses > maxClauses) throw new CannotCompareError(refusal.compareClauses(clauses, maxClauses), sizeA, sizeB)
  const [a, b] = await Promise.all([getStatement(db, slugA), getStatement(db, slugB)])
  // deleted between the two reads
  if (!a || !b) throw notFound([a ? null : slugA, b ? null : slugB])
  const [ca, cb] = [toCompareStatement(a), toCompareStatement(b)]
  const mismatch = languageMismatch(ca, cb)
  if (mismatch) throw new CannotCompareError(mismatch, a, b)
  return { a, b, result: compareStatements(ca, cb, options) }
}

/** The formulas to underline in a comparison: those other statements use too. */
export async function pairFormulaMarks(db: Db, slugA: string, slugB: string): Promise<Map<number, FormulaMark[]>> {
  const [marksA, marksB] = await Promise.all([formulaMarks(db, [slugA]), formulaMarks(db, [slugB])])
  return comparisonMarks(marksA, marksB, slugA === slugB)
}

function notFound(slugs: readonly (string | null)[]): ServiceError {
  const missing = slugs.filter((slug): slug is string => slug !== null)
  return new ServiceError('not-found', `No statement with the slug ${[...new Set(missing)].map((s) => `"${s}"`).join(' or ')}.`)
}
