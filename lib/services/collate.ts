/**
 * Collating a family of statements in the database: the one use case behind
 * the collate page, its preview image, the collate API and its exports, and
 * `cli collate`. Bounded before a clause is loaded: 3 to 20 statements, all
 * of one language, at most TONGWEN_MAX_COLLATE_CLAUSES clauses together, on
 * their stored counts. Results are kept per process under the statements'
 * versions and the options, like comparisons, so a kept result is never stale;
 * each is counted against TONGWEN_KEEP_COMPARISONS as twice its clauses (the
 * table's cells, and the statements it carries), as a comparison row holds two.
 */
import { createHash } from 'node:crypto'
import { collateInWorkers } from '@/lib/worker/collate-in-workers'
import { MIN_COLLATED } from '@/lib/collate/collate-statements'
import type { CollateOptions, CollationResult } from '@/lib/collate/types'
import type { Db } from '@/lib/db/client'
import { getStatement, statementVersions, toCompareStatement, type StatementDetail } from '@/lib/db/statements'
import { getEnv } from '@/lib/env'
import { KeptResults } from '@/lib/kept-results'
import { noSuchStatement } from './errors'
import { collationVersions, slugProblem } from './pre-checks'

/** A family of statements collated. */
export interface Collation {
  statements: StatementDetail[]
  result: CollationResult
  /** names this result: the statements' versions, the options and the collator's version (for ETags) */
  version: string
}

/** Bumped when the collator or its result's shape changes. */
const COLLATION_VERSION = 4

let kept: KeptResults<Collation> | null = null

function keptCollations(rows: number): KeptResults<Collation> {
  if (kept?.budget !== rows) kept = new KeptResults<Collation>(rows)
  return kept
}

/**
 * The collation of the statements named by `slugs` (in that order; the first
 * is the frame the others' moves are marked against). Throws ServiceError:
 * 'invalid' for fewer than 3, more than 20 or repeated slugs, 'not-found'
 * naming the missing ones, 'cannot-compare' for mixed languages or over the clause limit.
 */
export async function collate(
  db: Db,
  slugs: readonly string[],
  options: CollateOptions,
  { maxClauses = getEnv().limits.maxCollateClauses, keep = getEnv().keptComparisonRows }: { maxClauses?: number; keep?: number } = {},
): Promise<Collation> {
  const found = await collationVersions(db, slugs, maxClauses)
  const clauses = found.reduce((sum, v) => sum + v.clauseCount, 0)
  const key = [
    COLLATION_VERSION,
    ...found.flatMap((v) => [v.slug, v.version]),
    options.threshold,
    options.granularity,
    options.mask ? 1 : 0,
  ].join('\n')
  const store = keep > 0 ? keptCollations(keep) : null
  const hit = store?.get(key)
  if (hit) return hit
  const statements = await Promise.all(slugs.map((slug) => getStatement(db, slug)))
  const gone = slugs.filter((_, k) => !statements[k])
  if (gone.length) throw notFound(gone)
  const details = statements as StatementDetail[]
  const result = await collateInWorkers(details.map(toCompareStatement), options)
  const collation = { statements: details, result, version: createHash('sha256').update(key).digest('base64url').slice(0, 22) }
  if (store) {
    const now = await statementVersions(db, slugs)
    if (now.every((v, k) => v?.version === found[k]?.version)) store.set(key, collation, 2 * clauses)
  }
  return collation
}

export { slugProblem } from './pre-checks'

/**
 * What is wrong with a picker's picks of fewer statements than a collation
 * needs, and which of them exist: a slug no statement has is named first
 * (walkthrough: /collate?s=x,y only said a collation needs three).
 */
export async function pickProblem(
  db: Db,
  slugs: readonly string[],
  /** the reader is still picking (turning the picker's pages): too few is no problem yet */
  { picking = false }: { picking?: boolean } = {},
): Promise<{ problem: string | null; found: string[] }> {
  if (slugs.length === 0) return { problem: null, found: [] }
  const versions = await statementVersions(db, slugs)
  const missing = slugs.filter((_, k) => !versions[k])
  const count = picking && slugs.length < MIN_COLLATED ? null : slugProblem(slugs)
  const problem = [missing.length ? noSuchStatement(missing).message : null, count].filter(Boolean).join(' ')
  return { problem: problem || null, found: slugs.filter((_, k) => versions[k]) }
}

const notFound = noSuchStatement
