/**
 * What comparing two statements or collating several would refuse, found
 * with one query of their versions before the work: the services check it
 * first, and the proxy asks it before a comparison's or collation's page
 * renders, so that the page's status (404, 422) says it.
 */
import { MAX_COLLATED, MIN_COLLATED } from '@/lib/collate/collate-statements'
import { languageMismatch, languageName } from '@/lib/compare/language'
import type { Db } from '@/lib/db/client'
import { statementVersions, type StatementVersion } from '@/lib/db/statements'
import { getEnv } from '@/lib/env'
import { refusal } from '@/lib/limits'
import { CannotCollateError, CannotCompareError, noSuchStatement, ServiceError } from './errors'

/**
 * The versions of two statements that can be compared, read in one query;
 * otherwise throws what comparing them would: ServiceError 'not-found' naming
 * the missing slug(s), or CannotCompareError (one statement named twice, over
 * `maxClauses` together, or in two languages). The proxy asks this before a comparison's page renders,
 * so that the page's status says it.
 */
export async function pairVersions(
  db: Db,
  slugA: string,
  slugB: string,
  maxClauses = getEnv().limits.maxCompareClauses,
): Promise<[StatementVersion, StatementVersion]> {
  const [versionA, versionB] = await statementVersions(db, [slugA, slugB])
  if (!versionA || !versionB) throw noSuchStatement([versionA ? null : slugA, versionB ? null : slugB])
  // (a statement beside itself is a page of rows that all say "same": a shared link to it is a slip, said as one)
  if (versionA.slug === versionB.slug)
    throw new CannotCompareError(
      'A and B are the same statement: there is nothing to set side by side. Choose another statement to compare it with.',
      versionA,
      versionB,
    )
  const clauses = versionA.clauseCount + versionB.clauseCount
  if (clauses > maxClauses) throw new CannotCompareError(refusal.compareClauses(clauses, maxClauses), versionA, versionB)
  const mismatch = languageMismatch(versionA, versionB)
  if (mismatch) throw new CannotCompareError(mismatch, versionA, versionB)
  return [versionA, versionB]
}

/**
 * The versions of statements that can be collated, read in one query;
 * otherwise throws what collating them would: ServiceError 'invalid' (fewer
 * than 3, more than 20 or repeated slugs), 'not-found' naming the missing
 * ones, 'cannot-compare' (mixed languages, or over `maxClauses` together).
 * The proxy asks this before a collation's page renders, so that the page's status says it.
 */
export async function collationVersions(
  db: Db,
  slugs: readonly string[],
  maxClauses = getEnv().limits.maxCollateClauses,
): Promise<StatementVersion[]> {
  const problem = slugProblem(slugs)
  if (problem) throw new ServiceError('invalid', problem)
  const versions = await statementVersions(db, slugs)
  const missing = slugs.filter((_, k) => !versions[k])
  if (missing.length) throw noSuchStatement(missing)
  const found = versions.map((v) => v as NonNullable<typeof v>)
  const languages = [...new Set(found.map((v) => v.language))]
  if (languages.length > 1)
    throw new CannotCollateError(
      `These statements are in ${languages.map(languageName).join(' and ')}: a collation is of statements in one language.`,
      found,
    )
  const clauses = found.reduce((sum, v) => sum + v.clauseCount, 0)
  // 422 like a comparison over its limit: nothing is wrong with the request's size, the statements are too large to collate
  if (clauses > maxClauses) throw new CannotCollateError(refusal.collateClauses(clauses, maxClauses), found)
  return found
}

/** What is wrong with a list of slugs to collate, or null. */
export function slugProblem(slugs: readonly string[]): string | null {
  if (slugs.length < MIN_COLLATED) return `A collation needs at least ${MIN_COLLATED} statements; for two, compare them.`
  if (slugs.length > MAX_COLLATED) return `A collation takes at most ${MAX_COLLATED} statements, not ${slugs.length}.`
  const seen = new Set<string>()
  for (const slug of slugs) {
    if (seen.has(slug)) return `The statement "${slug}" is named twice.`
    seen.add(slug)
  }
  return null
}
