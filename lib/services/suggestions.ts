/**
 * Statements worth reading together: the pairs the list suggests, the
 * statement a statement's page preselects to compare with, and its siblings
 * to collate. Titles and metadata propose them (lib/compare/suggest-pairs:
 * the same title formula with another partner; the same kind, other partners,
 * close in time); their wording decides: a suggestion shares at least
 * MIN_SHARED_WORDING of it, and siblings come most similar first. Titles alone
 * had suggested "United States–European Commission vs United States–New
 * Zealand", two joint statements with 0% of their wording in common.
 */
import { suggestPairs, type PairCandidate } from '@/lib/compare/suggest-pairs'
import type { Db } from '@/lib/db/client'
import { pairKey, pairSimilarities, type SimilarityStatement } from './pair-similarity'

/**
 * The least share of wording a suggested pair has in common. Of the 780 pairs
 * of the 40 most recent bundled statements (the corpus map), 14 share 5% or
 * more and 706 share none: a pair above it has far more in common than two
 * statements taken at random.
 */
export const MIN_SHARED_WORDING = 0.05

/**
 * How many proposed pairs one view compares at most (each once: they are
 * kept), so that a page never compares without bound.
 */
export const MAX_EXAMINED = 12

type Candidate = PairCandidate & { language: string; clauseCount: number }

/** The pairs of `statements` that titles propose and wording confirms, best first (suggestPairs' order), at most `limit`. */
export async function suggestedPairs<T extends Candidate>(db: Db, statements: readonly T[], limit = 3): Promise<[T, T][]> {
  const proposed = suggestPairs(statements, Infinity).slice(0, MAX_EXAMINED)
  const shared = await sharedWording(
    db,
    proposed.map(([x, y]) => [x, y] as const),
  )
  return proposed.filter(([x, y]) => (shared.get(x.slug, y.slug) ?? 0) >= MIN_SHARED_WORDING).slice(0, limit)
}

/**
 * What a statement's page offers with it, from its neighbours (nearest in
 * date first), each pair compared once for both:
 * - `partner`, preselected to compare with: the first statement that titles
 *   propose (suggestPairs) and wording confirms, if any;
 * - `siblings`, to collate with it: of its kind and language, with other
 *   partners, sharing at least MIN_SHARED_WORDING with it, most similar first,
 *   at most `limit`.
 */
export async function statementSuggestions<T extends Candidate & { kind: string }>(
  db: Db,
  statement: T,
  neighbours: readonly T[],
  limit: number,
): Promise<{ partner: T | null; siblings: T[] }> {
  const titled = suggestPairs([statement, ...neighbours], Infinity)
    .filter(([x, y]) => x.slug === statement.slug || y.slug === statement.slug)
    .map(([x, y]) => (x.slug === statement.slug ? y : x))
    .slice(0, MAX_EXAMINED)
  const partners = (s: T) => [...s.partyCodes].sort().join(' ')
  const kin = neighbours
    .filter((s) => s.kind === statement.kind && s.language === statement.language && partners(s) !== partners(statement))
    .slice(0, MAX_EXAMINED)
  const others = [...new Map([...titled, ...kin].map((s) => [s.slug, s])).values()]
  const shared = await sharedWording(
    db,
    others.map((other) => [statement, other] as const),
  )
  const share = (s: T) => shared.get(statement.slug, s.slug) ?? 0
  return {
    partner: titled.find((other) => share(other) >= MIN_SHARED_WORDING) ?? null,
    siblings: kin
      .filter((s) => share(s) >= MIN_SHARED_WORDING)
      .sort((x, y) => share(y) - share(x))
      .slice(0, limit),
  }
}

/** The share of wording each pair has in common (by slugs), where the two can be compared. */
async function sharedWording(
  db: Db,
  pairs: readonly (readonly [Candidate, Candidate])[],
): Promise<{ get: (x: string, y: string) => number | undefined }> {
  const slugs = [...new Set(pairs.flatMap(([x, y]) => [x.slug, y.slug]))]
  const rows = slugs.length ? await db.statement.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }) : []
  const id = new Map(rows.map((row) => [row.slug, row.id]))
  const bySlug = new Map(pairs.flatMap(([x, y]) => [x, y]).map((s) => [s.slug, s]))
  const statements: SimilarityStatement[] = rows.map((row) => {
    const s = bySlug.get(row.slug) as Candidate
    return { id: row.id, language: s.language, clauseCount: s.clauseCount }
  })
  const known = pairs.flatMap(([x, y]) => {
    const a = id.get(x.slug)
    const b = id.get(y.slug)
    return a === undefined || b === undefined ? [] : [[a, b] as const]
  })
  // a reader's page: the pairs computed are kept without making the reader wait for the write
  const { similarities } = await pairSimilarities(db, statements, known, 'background')
  return {
    get: (x, y) => {
      const a = id.get(x)
      const b = id.get(y)
      return a === undefined || b === undefined ? undefined : similarities.get(pairKey(a, b))
    },
  }
}
