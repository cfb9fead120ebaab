/**
 * The overall similarity of pairs of statements (the share of wording they
 * have in common, as a comparison's title gives it): each pair compared once
 * and kept in PairSimilarity (an edit of a statement's parties drops its
 * pairs), so that the map, the suggested pairs and a statement's siblings only
 * read what an earlier view computed. Each is kept with the comparison's
 * version (lib/compare/version): one an older release computed is dropped
 * when the database is prepared, and computed again when a view asks for it.
 */
import { pairSimilaritiesOffThread } from '@/lib/worker/off-thread'
import type { CompareStatement } from '@/lib/compare/types'
import type { Db } from '@/lib/db/client'
import { insertRows } from '@/lib/db/insert-rows'
import { getEnv } from '@/lib/env'
import { COMPARISON_VERSION } from '@/lib/compare/version'

/** What deciding whether two statements can be compared needs of each. */
export interface SimilarityStatement {
  id: number
  language: string
  clauseCount: number
}

/**
 * How the pairs computed are kept: 'await' writes them before answering (the
 * map, warmed after each import); 'background' answers first and writes when
 * the database lets it (a page a reader waits for, which must not wait for an
 * import's transaction to end).
 */
export type Keep = 'await' | 'background'

/** A pair's key, the same whichever statement comes first. */
export const pairKey = (x: number, y: number) => (x < y ? `${x}-${y}` : `${y}-${x}`)

/**
 * Whether a pair has a similarity: statements in different languages are not
 * compared (see languageMismatch), nor pairs the comparison page would refuse
 * as too large (TONGWEN_MAX_COMPARE_CLAUSES).
 */
export function comparablePair(
  x: SimilarityStatement,
  y: SimilarityStatement,
  maxCompareClauses = getEnv().limits.maxCompareClauses,
): boolean {
  return x.id !== y.id && x.language === y.language && x.clauseCount + y.clauseCount <= maxCompareClauses
}

/**
 * The similarity of each comparable pair of `pairs` (statement ids), by
 * pairKey: read where an earlier view kept it, computed and kept otherwise (see Keep).
 * `computed` counts the pairs compared now.
 */
export async function pairSimilarities(
  db: Db,
  statements: readonly SimilarityStatement[],
  pairs: readonly (readonly [number, number])[],
  keep: Keep = 'await',
): Promise<{ similarities: Map<string, number>; computed: number }> {
  const byId = new Map(statements.map((s) => [s.id, s]))
  // the limit read once, not per pair (the map asks for 780)
  const { maxCompareClauses } = getEnv().limits
  const wanted = pairs.filter(([x, y]) => {
    const a = byId.get(x)
    const b = byId.get(y)
    return a !== undefined && b !== undefined && comparablePair(a, b, maxCompareClauses)
  })
  const ids = [...new Set(wanted.flat())]
  const known =
    wanted.length === 0
      ? []
      : await db.pairSimilarity.findMany({
          // one an older release computed is not read: prepareDatabase drops it (dropStaleSimilarities)
          where: { aId: { in: ids }, bId: { in: ids }, version: COMPARISON_VERSION },
          select: { aId: true, bId: true, similarity: true },
        })
  const similarities = new Map(known.map((p) => [pairKey(p.aId, p.bId), p.similarity]))
  const missing = [
    ...new Map(
      wanted.filter(([x, y]) => !similarities.has(pairKey(x, y))).map(([x, y]) => [pairKey(x, y), x < y ? [x, y] : [y, x]]),
    ).values(),
  ] as [number, number][]
  if (missing.length) for (const [pair, value] of await computePairs(db, missing, keep)) similarities.set(pair, value)
  return { similarities, computed: missing.length }
}

async function computePairs(db: Db, pairs: readonly [number, number][], keep: Keep): Promise<Map<string, number>> {
  const ids = [...new Set(pairs.flat())]
  const rows = await db.statement.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      title: true,
      language: true,
      parties: { orderBy: { position: 'asc' }, select: { party: { select: { code: true } } } },
      sections: {
        orderBy: { position: 'asc' },
        select: {
          level: true,
          label: true,
          heading: true,
          clauses: { orderBy: { position: 'asc' }, select: { id: true, position: true, text: true, label: true } },
        },
      },
    },
  })
  const statements: CompareStatement[] = rows.map((s) => ({
    slug: s.slug,
    title: s.title,
    language: s.language,
    parties: s.parties.map((p) => p.party.code),
    sections: s.sections.map(({ level, label, heading }) => ({ level, label, heading })),
    clauses: s.sections.flatMap((section, k) => section.clauses.map((c) => ({ ...c, section: k }))),
  }))
  const at = new Map(rows.map((s, k) => [s.id, k]))
  // compared on a compute thread when there are many: readers are answered meanwhile
  const similarities = await pairSimilaritiesOffThread(
    statements,
    pairs.map(([x, y]) => [at.get(x) as number, at.get(y) as number]),
  )
  const values = new Map<string, number>(pairs.map(([x, y], k) => [pairKey(x, y), similarities[k] as number]))
  const kept = insertRows(
    db,
    'PairSimilarity',
    ['aId', 'bId', 'similarity', 'version'],
    pairs.map(([x, y]) => [x, y, values.get(pairKey(x, y)) as number, COMPARISON_VERSION]),
    // one an older release computed (an old process, or a database not prepared since: npm run db:deploy) is replaced
    { replaceOlder: { key: ['aId', 'bId'], version: 'version' } },
  )
  if (keep === 'await') await kept
  // a page's reader does not wait for the write (on SQLite it waits for an import's transaction): kept if it can be, else computed again
  else kept.catch(() => undefined)
  return values
}

/**
 * Drops the similarities a release with another comparison (COMPARISON_VERSION)
 * computed, so that the map and the suggestions never show an older aligner's
 * figures beside this one's comparisons; returns how many were dropped.
 */
export async function dropStaleSimilarities(db: Db): Promise<number> {
  const { count } = await db.pairSimilarity.deleteMany({ where: { version: { not: COMPARISON_VERSION } } })
  return count
}
