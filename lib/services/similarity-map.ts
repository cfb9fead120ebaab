/**
 * The corpus map: the overall similarity of every pair of statements in a
 * selection (the most recent MAP_LIMIT statements, or those of a kind or a
 * party), ordered by kind and date. Each pair is computed once and kept in
 * PairSimilarity (an edit of a statement's parties drops its pairs); after an import
 * the default selection's new pairs are computed at once (warmSimilarityMap),
 * so views only read.
 */
import { pairSimilaritiesOffThread } from '@/lib/worker/off-thread'
import type { CompareStatement } from '@/lib/compare/types'
import type { Prisma } from '@/lib/generated/prisma/client'
import { STATEMENT_KINDS } from '@/lib/vocab/statement-kinds'
import type { Db } from '@/lib/db/client'
import { insertRows } from '@/lib/db/insert-rows'
import { getEnv } from '@/lib/env'
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
  const language = new Map(statements.map((s) => [s.id, s.language]))
  const clauses = new Map(statements.map((s) => [s.id, s.clauseCount]))
  const { maxCompareClauses } = getEnv().limits
  const known = await db.pairSimilarity.findMany({
    where: { aId: { in: ids }, bId: { in: ids } },
    select: { aId: true, bId: true, similarity: true },
  })
  const pairs = new Map(known.map((p) => [`${p.aId}-${p.bId}`, p.similarity]))
  const missing: [number, number][] = []
  // statements in different languages are not compared (see languageMismatch), nor pairs the comparison page would refuse as too large
  const comparable = (x: number, y: number) =>
    language.get(x) === language.get(y) && (clauses.get(x) ?? 0) + (clauses.get(y) ?? 0) <= maxCompareClauses
  for (const [i, x] of ids.entries())
    for (const y of ids.slice(i + 1)) if (!pairs.has(key(x, y)) && comparable(x, y)) missing.push(x < y ? [x, y] : [y, x])
  if (missing.length) for (const [pair, value] of await computePairs(db, missing)) pairs.set(pair, value)
  const similarity = ids.map((x) => ids.map((y) => (x === y || !comparable(x, y) ? null : (pairs.get(key(x, y)) ?? null))))
  return { statements, similarity, matching, computed: missing.length }
}

/** Computes the default map's missing pairs now (after an import), so that views only read. */
export async function warmSimilarityMap(db: Db): Promise<number> {
  return (await getSimilarityMap(db)).computed
}

const kindRank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length)
const key = (x: number, y: number) => (x < y ? `${x}-${y}` : `${y}-${x}`)

async function computePairs(db: Db, pairs: readonly [number, number][]): Promise<Map<string, number>> {
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
  const values = new Map<string, number>(pairs.map(([x, y], k) => [key(x, y), similarities[k] as number]))
  await insertRows(
    db,
    'PairSimilarity',
    ['aId', 'bId', 'similarity'],
    pairs.map(([x, y]) => [x, y, values.get(key(x, y)) as number]),
    { skipExisting: true },
  )
  return values
}
