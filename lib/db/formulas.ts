/**
 * Formulas in the database: replaced as a whole inside an import's
 * transaction (lib/services/rebuild-formulas), and read by the formula pages, the underlines, the API and the
 * CLI. Every query is built by Prisma, so every value is a bound parameter.
 */
import type { FormulaRecord, FormulaSourceStatement } from '@/lib/formulas/types'
import type { FormulaMark } from '@/lib/formulas/overlay'
import { keywordInContext } from '@/lib/text/keyword-in-context'
import { normalizeForComparison } from '@/lib/text/normalize'
import type { Prisma } from '@/lib/generated/prisma/client'
import { containsText, type Db } from './client'
import { insertRows } from './insert-rows'
import { MINER_VERSION } from '@/lib/formulas/version'
import { MAX_COLLATED } from '@/lib/collate/collate-statements'
import { CONCORDANCE_PAGE, type FormulaKind, type FormulaSort } from '@/lib/url/formulas'

type Tx = Prisma.TransactionClient

export interface FormulaBuildState {
  statementCount: number
  formulaCount: number
  occurrenceCount: number
  builtAt: Date
  durationMs: number
  /** the miner that made the set (MINER_VERSION): a set from an older one is mined again on start */
  minerVersion: number
  /** statements imported since, whose uses of these formulas were added without mining again (lib/formulas/fold-in) */
  foldedIn: number
  /** the highest statement id the set includes, mined or folded in (0 when not known) */
  throughStatementId: number
  /** the highest statement id of the last full mining: the statements after it that the set includes were folded in */
  minedThroughStatementId: number
  /** characters of clause text in the statements the set covers, mined or folded in */
  characters: number
  /** the shards the last full mining was done in (lib/formulas/sharded); 0: in one piece */
  shards: number
}

/** The columns of an Occurrence row as they are written (replaceFormulas, lib/db/formula-fold-in). */
export const OCCURRENCE_COLUMNS = ['formulaId', 'variant', 'statementId', 'clauseId', 'start', 'end'] as const

/**
 * The corpus as the formula miner reads it (lib/formulas/records), in the
 * order statements were imported; or only statement `id`, or the statements
 * after the id `after` (the first `take` of them).
 */
export async function formulaSources(
  tx: Tx,
  { id, after, take }: { id?: number; after?: number; take?: number } = {},
): Promise<FormulaSourceStatement[]> {
  const statements = await tx.statement.findMany({
    ...(id !== undefined ? { where: { id } } : after !== undefined ? { where: { id: { gt: after } } } : {}),
    ...(take !== undefined ? { take } : {}),
    orderBy: { id: 'asc' },
    select: {
      id: true,
      date: true,
      kind: true,
      language: true,
      parties: { orderBy: { position: 'asc' }, select: { party: { select: { code: true } } } },
      clauses: { orderBy: { position: 'asc' }, select: { id: true, text: true, label: true } },
    },
  })
  return statements.map((s) => ({ ...s, parties: s.parties.map((p) => p.party.code) }))
}

/**
 * Replaces every formula row with `records` and notes the build. Call it in
 * the transaction that changed the statements, so that readers see the old
 * set or the new one, never a mix.
 */
export async function replaceFormulas(
  tx: Tx,
  records: readonly FormulaRecord[],
  build: { statementCount: number; started: number; throughStatementId: number; characters: number; shards?: number },
): Promise<FormulaBuildState> {
  await tx.occurrence.deleteMany()
  await tx.formulaVariant.deleteMany()
  await tx.formula.deleteMany()
  const familySizes = new Map<string, number>()
  for (const r of records) familySizes.set(r.familyId, (familySizes.get(r.familyId) ?? 0) + 1)
  const ranked = records.map((r, rank) => [r, rank] as const)
  ranked.sort(([a], [b]) => Number(b.familyId === b.id) - Number(a.familyId === a.id))
  await insertRows(
    tx,
    'Formula',
    [
      'id',
      'key',
      'text',
      'length',
      'statementCount',
      'occurrenceCount',
      'variantCount',
      'firstDate',
      'lastDate',
      'growth',
      'kinds',
      'rank',
      'familyId',
      'parentId',
      'head',
      'familySize',
      'kind',
    ],
    // heads first: a member's row names its head's, which must be there when its batch is written
    ranked.map(([r, rank]) => [
      r.id,
      r.key,
      r.text,
      r.length,
      r.statementCount,
      r.occurrenceCount,
      r.variants.length,
      r.firstDate,
      r.lastDate,
      r.growth,
      r.kinds.join(' '),
      rank,
      r.familyId,
      r.parentId,
      r.familyId === r.id,
      familySizes.get(r.familyId) ?? 1,
      r.kind,
    ]),
  )
  await insertRows(
    tx,
    'FormulaVariant',
    ['formulaId', 'position', 'pattern', 'text', 'occurrenceCount', 'statementCount'],
    records.flatMap((r) => r.variants.map((v, position) => [r.id, position, v.pattern, v.text, v.occurrences, v.statements])),
  )
  const occurrenceCount = await insertRows(tx, 'Occurrence', OCCURRENCE_COLUMNS, occurrenceValues(records))
  // each formula's language, for the list's filter: that of the statements using it (all of one), read from its first use, as the migration
  // that added the column filled it in (one index seek a formula, on the occurrences' formula and statement)
  await tx.$executeRaw`UPDATE "Formula" SET "language" = COALESCE((SELECT s."language" FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId"
    WHERE o."formulaId" = "Formula"."id" ORDER BY o."statementId" LIMIT 1), '')`
  const state = {
    statementCount: build.statementCount,
    // names are kept too, but they are not formulas
    formulaCount: records.filter((r) => r.kind === 'formula').length,
    occurrenceCount,
    builtAt: new Date(),
    durationMs: Math.round(performance.now() - build.started),
    minerVersion: MINER_VERSION,
    foldedIn: 0,
    throughStatementId: build.throughStatementId,
    minedThroughStatementId: build.throughStatementId,
    characters: build.characters,
    shards: build.shards ?? 0,
  }
  await tx.formulaBuild.upsert({ where: { id: 1 }, create: { id: 1, ...state }, update: state })
  return state
}

/** Every occurrence as a row of values, made as they are written: a large corpus has millions. */
function* occurrenceValues(records: readonly FormulaRecord[]): Generator<unknown[]> {
  for (const r of records) {
    const o = r.occurrences
    for (let k = 0; k < r.occurrenceCount; k++) yield [r.id, o.variant[k], o.document[k], o.clause[k], o.start[k], o.end[k]]
  }
}

/** When and from how many statements the formulas were mined; null before the first build. */
export async function getFormulaBuild(db: Db | Tx): Promise<FormulaBuildState | null> {
  return db.formulaBuild.findUnique({
    where: { id: 1 },
    select: {
      statementCount: true,
      formulaCount: true,
      occurrenceCount: true,
      builtAt: true,
      durationMs: true,
      minerVersion: true,
      foldedIn: true,
      throughStatementId: true,
      minedThroughStatementId: true,
      characters: true,
      shards: true,
    },
  })
}

export interface FormulaFilter {
  /** text the formula (any variant) contains */
  query?: string
  /** slug of a statement the formula occurs in */
  statement?: string
  /** used in at least this many statements */
  minStatements?: number
  /** used in statements of this language (a formula's uses are all of one) */
  language?: 'zh' | 'en'
  /** the order (lib/url/formulas): most widely used first by default */
  sort?: FormulaSort
  /** formulas (the default) or names */
  kind?: FormulaKind
  offset?: number
  limit?: number
}

export interface FormulaSummary {
  id: string
  text: string
  length: number
  statementCount: number
  occurrenceCount: number
  variantCount: number
  firstDate: string | null
  lastDate: string | null
  growth: number | null
  kinds: string[]
  variants: { text: string; statementCount: number }[]
  /** formulas in its family, itself included (lib/formulas/families) */
  familySize: number
  /** a formula or a name (listed apart, never underlined) */
  kind: string
  /** a head's first members, most widely used first (the list shows them under it); [] for a formula alone */
  members: FormulaMember[]
}

export interface FormulaMember {
  id: string
  text: string
  statementCount: number
}

/** Members shown under their head in the list; the formula's page has them all. */
export const MEMBERS_LISTED = 5

/**
 * Each order with the list's own order as the last tie-breaker, so that a
 * page is the same on every request; undated formulas and those without a
 * growth come last.
 */
const ORDERS: Record<FormulaSort, Prisma.FormulaOrderByWithRelationInput[]> = {
  used: [{ rank: 'asc' }],
  newest: [{ firstDate: { sort: 'desc', nulls: 'last' } }, { rank: 'asc' }],
  oldest: [{ firstDate: { sort: 'asc', nulls: 'last' } }, { rank: 'asc' }],
  growth: [{ growth: { sort: 'desc', nulls: 'last' } }, { rank: 'asc' }],
}

/**
 * The list is of families: their heads, each matching when it or one of its
 * members does (a head is in every statement its members are in, and as
 * widely used as its family).
 */
function where(db: Db, filter: FormulaFilter): Prisma.FormulaWhereInput {
  const and: Prisma.FormulaWhereInput[] = [{ head: true, kind: filter.kind ?? 'formula' }]
  const query = filter.query?.trim()
  if (query) {
    const compared = normalizeForComparison(query).text
    const matches: Prisma.FormulaWhereInput = {
      variants: { some: { OR: [{ text: containsText(db, query) }, { pattern: containsText(db, compared) }] } },
    }
    and.push({ OR: [matches, { members: { some: matches } }] })
  }
  if (filter.statement) {
    const inStatement: Prisma.FormulaWhereInput = { occurrences: { some: { statement: { slug: filter.statement } } } }
    and.push({ OR: [inStatement, { members: { some: inStatement } }] })
  }
  if (filter.minStatements && filter.minStatements > 1) and.push({ statementCount: { gte: filter.minStatements } })
  // a family is of one language, its head's (set when the formulas are written)
  if (filter.language) and.push({ language: filter.language })
  return { AND: and }
}

/** The columns of a formula that the list and the concordance both show. */
const formulaFields = {
  id: true,
  text: true,
  length: true,
  statementCount: true,
  occurrenceCount: true,
  variantCount: true,
  firstDate: true,
  lastDate: true,
  growth: true,
  kinds: true,
  familySize: true,
  kind: true,
} as const satisfies Prisma.FormulaSelect

/** Formula families matching the filter (their heads, with their first members), most widely used first, and how many match in all. */
export async function listFormulas(db: Db, filter: FormulaFilter = {}): Promise<{ total: number; formulas: FormulaSummary[] }> {
  const [total, rows] = await Promise.all([
    db.formula.count({ where: where(db, filter) }),
    db.formula.findMany({
      where: where(db, filter),
      orderBy: ORDERS[filter.sort ?? 'used'],
      skip: filter.offset ?? 0,
      take: filter.limit ?? 100,
      select: formulaFields,
    }),
  ])
  // the variants of a page of up to 1,000 formulas, a few hundred ids a query: a relation loaded in one
  // query would bind every id, past what SQLite allows in one statement
  const variants = new Map<string, { text: string; statementCount: number }[]>()
  for (let from = 0; from < rows.length; from += VARIANT_BATCH) {
    const batch = await db.formulaVariant.findMany({
      where: { formulaId: { in: rows.slice(from, from + VARIANT_BATCH).map((row) => row.id) } },
      orderBy: [{ formulaId: 'asc' }, { position: 'asc' }],
      select: { formulaId: true, text: true, statementCount: true },
    })
    for (const { formulaId, ...variant } of batch) variants.set(formulaId, [...(variants.get(formulaId) ?? []), variant])
  }
  const families = rows.filter((row) => row.familySize > 1).map((row) => row.id)
  const members = new Map<string, FormulaMember[]>()
  for (let from = 0; from < families.length; from += VARIANT_BATCH) {
    const batch = await db.formula.findMany({
      where: { familyId: { in: families.slice(from, from + VARIANT_BATCH) }, head: false },
      orderBy: { rank: 'asc' },
      select: { familyId: true, id: true, text: true, statementCount: true },
    })
    for (const { familyId, ...member } of batch) {
      const list = members.get(familyId) ?? []
      if (list.length < MEMBERS_LISTED) members.set(familyId, [...list, member])
    }
  }
  return {
    total,
    formulas: rows.map((row) => ({
      ...row,
      kinds: row.kinds.split(' ').filter(Boolean),
      variants: variants.get(row.id) ?? [],
      members: members.get(row.id) ?? [],
    })),
  }
}

/** Formula ids bound in one query for their variants. */
const VARIANT_BATCH = 400

export interface ConcordanceLine {
  statement: { slug: string; title: string; date: string | null; kind: string }
  clause: { id: number; position: number }
  variant: number
  left: string
  match: string
  right: string
}

export interface FormulaDetail extends FormulaSummary {
  variants: { position: number; text: string; statementCount: number; occurrenceCount: number }[]
  /** one page of the concordance (see `concordance`), oldest statement first */
  occurrences: ConcordanceLine[]
  /** which page of the concordance `occurrences` is; `total` is every occurrence */
  concordance: { page: number; perPage: number; total: number }
  /** the slugs of the first statements that use it, oldest first (at most `userLimit`) */
  users: string[]
  /** every member of a head's family, most widely used first, each with the formula it is built on */
  members: (FormulaMember & { parentId: string | null })[]
  /** for a member: its family's head and the formula it is built on; null for a head */
  family: { head: FormulaMember; parent: FormulaMember | null } | null
}

const memberFields = { id: true, text: true, statementCount: true } as const satisfies Prisma.FormulaSelect

/** Units of context on either side of an occurrence in the concordance. */
export const CONTEXT_WIDTH = 24

export interface ConcordanceRequest {
  /** 1-based */
  page?: number
  /** occurrences a page; Infinity for all of them */
  perPage?: number
  /** how many of the statements that use it to name in `users` (default: as many as one collation takes) */
  userLimit?: number
}

/** How many occurrences the formula (or name) with this id has, the total its concordance pages through; null when there is none. */
export async function formulaOccurrenceCount(db: Db, id: string): Promise<number | null> {
  return (await db.formula.findUnique({ where: { id }, select: { occurrenceCount: true } }))?.occurrenceCount ?? null
}

/** A formula with its variants and a page of its occurrences in keyword-in-context form, or null. */
export async function getFormula(db: Db, id: string, request: ConcordanceRequest = {}): Promise<FormulaDetail | null> {
  const perPage = request.perPage ?? CONCORDANCE_PAGE
  // all of it is one page
  const page = Number.isFinite(perPage) ? (request.page ?? 1) : 1
  const paging = Number.isFinite(perPage) ? { skip: (page - 1) * perPage, take: perPage } : {}
  const usersQuery = db.statement.findMany({
    where: { occurrences: { some: { formulaId: id } } },
    orderBy: [{ date: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    take: request.userLimit ?? MAX_COLLATED,
    select: { slug: true },
  })
  const row = await db.formula.findUnique({
    where: { id },
    select: {
      ...formulaFields,
      variants: { orderBy: { position: 'asc' }, select: { position: true, text: true, statementCount: true, occurrenceCount: true } },
      occurrences: {
        orderBy: [
          { statement: { date: { sort: 'asc', nulls: 'last' } } },
          { statementId: 'asc' },
          { clause: { position: 'asc' } },
          { start: 'asc' },
        ],
        ...paging,
        select: {
          variant: true,
          start: true,
          end: true,
          statement: { select: { slug: true, title: true, date: true, kind: true } },
          clause: { select: { id: true, position: true, text: true } },
        },
      },
      head: true,
      parentId: true,
      family: { select: memberFields },
      members: { where: { head: false }, orderBy: { rank: 'asc' }, select: { ...memberFields, parentId: true } },
    },
  })
  if (!row) return null
  const { head, parentId, family, members, ...rest } = row
  const [parent, users] = await Promise.all([
    parentId && parentId !== family.id ? db.formula.findUnique({ where: { id: parentId }, select: memberFields }) : null,
    usersQuery,
  ])
  return {
    ...rest,
    concordance: { page, perPage: Number.isFinite(perPage) ? perPage : row.occurrenceCount, total: row.occurrenceCount },
    users: users.map((user) => user.slug),
    members,
    family: head ? null : { head: family, parent: parentId === family.id ? family : parent },
    kinds: row.kinds.split(' ').filter(Boolean),
    occurrences: row.occurrences.map((o) => ({
      statement: o.statement,
      clause: { id: o.clause.id, position: o.clause.position },
      variant: o.variant,
      ...keywordInContext(o.clause.text, o.start, o.end, CONTEXT_WIDTH),
    })),
  }
}

/** The formula occurrences in these statements' clauses, by clause id, for underlining. */
export async function formulaMarks(
  db: Db,
  statementSlugs: readonly string[],
  /** only the clauses at positions [from, to) (a part of a long statement's page) */
  clauses?: { from: number; to: number },
): Promise<Map<number, FormulaMark[]>> {
  const rows = await db.occurrence.findMany({
    where: {
      // names are not underlined: they are not formulas
      formula: { kind: 'formula' },
      statement: { slug: { in: [...statementSlugs] } },
      ...(clauses ? { clause: { position: { gte: clauses.from, lt: clauses.to } } } : {}),
    },
    select: {
      clauseId: true,
      start: true,
      end: true,
      statement: { select: { date: true } },
      formula: { select: { id: true, statementCount: true, firstDate: true } },
    },
  })
  const marks = new Map<number, FormulaMark[]>()
  for (const row of rows) {
    let list = marks.get(row.clauseId)
    if (!list) marks.set(row.clauseId, (list = []))
    const mark: FormulaMark = { start: row.start, end: row.end, formulaId: row.formula.id, statements: row.formula.statementCount }
    // a formula's first use: no statement of the collection used it before this one
    if (row.statement.date !== null && row.statement.date === row.formula.firstDate) mark.first = true
    list.push(mark)
  }
  return marks
}
