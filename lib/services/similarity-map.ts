/**
 * The corpus map: the overall similarity of every pair of statements in a
 * selection (the most recent MAP_LIMIT statements, or those of a kind or a
 * party), ordered by kind and date. Each pair is computed once and kept in
 * PairSimilarity (an edit of a statement's parties drops its pairs); after an import
 * the default selection's new pairs are computed at once (warmSimilarityMap),
 * so views only read.
 */
import type { Prisma } from '@/lib/generated/prisma/client'
import { STATEMENT_KINDS } from '@/lib/vocab/statement-kinds'
import type { Db } from '@/lib/db/client'
import { pairKey, pairSimilarities } from './pair-similarity'
import type { StatementSummary } from '@/lib/db/statements'

/** Statements on the map at most: the square has this many rows and columns. */
export const MAP_LIMIT = 40

export interface MapFilter {
  kind?: string
  /** party code */
  party?: string
}

/** A statement on the map: its summary without the subtitle and clause count, with its id. */
export type MapStatement = Omit<StatementSummary, 'subtitle'> & { id: number }

export interface SimilarityMap {
  statements: MapStatement[]
  /**
   * similarity[i][j] for statements i and j: null on the diagonal, for
   * statements in different languages, and for pairs too large to compare
   * (more clauses together than the comparison limit, TONGWEN_MAX_COMPARE_CLAUSES)
   */
  similarity: (number | null)[][]
  /** how many statements match the filter (the map shows the MAP_LIMIT most recent) */
  matching: number
  /** pairs computed for this view (0 when everything was cached) */
  computed: number
}

const KIND_ORDER: readonly string[] = STATEMENT_KINDS

function where(filter: MapFilter): Prisma.StatementWhereInput {
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.party ? { parties: { some: { party: { code: filter.party } } } } : {}),
  }
}

/** The map for a selection, computing (and keeping) the pairs no view has needed yet. */
export async function getSimilarityMap(db: Db, filter: MapFilter = {}): Promise<SimilarityMap> {
  const [matching, recent] = await Promise.all([
    db.statement.count({ where: where(filter) }),
    db.statement.findMany({
      where: where(filter),
      orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: MAP_LIMIT,
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        date: true,
        place: true,
        speaker: true,
        language: true,
        parties: { orderBy: { position: 'asc' }, select: { party: { select: { code: true, nameEn: true, nameZh: true } } } },
        _count: { select: { clauses: true } },
      },
    }),
  ])
  const statements: MapStatement[] = recent
    .map(({ _count, ...s }) => ({ ...s, clauseCount: _count.clauses, parties: s.parties.map((p) => p.party) }))
    .sort((x, y) => kindRank(x.kind) - kindRank(y.kind) || (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.id - y.id)
  const ids = statements.map((s) => s.id)
  const all = ids.flatMap((x, i) => ids.slice(i + 1).map((y) => [x, y] as const))
  const { similarities, computed } = await pairSimilarities(db, statements, all)
  // null on the diagonal, and where comparablePair says no
  const similarity = ids.map((x) => ids.map((y) => similarities.get(pairKey(x, y)) ?? null))
  return { statements, similarity, matching, computed }
}

/** Computes the default map's missing pairs now (after an import), so that views only read. */
export async function warmSimilarityMap(db: Db): Promise<number> {
  return (await getSimilarityMap(db)).computed
}

const kindRank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length)
