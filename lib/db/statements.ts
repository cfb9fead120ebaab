/**
 * Reading statements. Every query is built by Prisma, so every value is a
 * bound parameter.
 */
import { createHash } from 'node:crypto'
import type { CompareStatement } from '@/lib/compare/types'
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '@/lib/url/statement-list'
import type { Prisma } from '@/lib/generated/prisma/client'
import { containsText, type Db } from './client'
import { HOME_PARTY_CODES } from '@/lib/parties/gazetteer'

export interface PartySummary {
  code: string
  nameEn: string
  nameZh: string
}

export interface StatementSummary {
  slug: string
  title: string
  subtitle: string | null
  kind: string
  date: string | null
  place: string | null
  speaker: string | null
  language: string
  parties: PartySummary[]
  clauseCount: number
}

export interface StatementNote {
  kind: 'repair' | 'doubt'
  message: string
}

export interface StatementDetail extends StatementSummary {
  id: number
  notes: StatementNote[]
  sourceName: string
  sections: {
    id: number
    position: number
    level: number
    label: string | null
    heading: string | null
    clauses: { id: number; position: number; paragraph: number; label: string | null; text: string }[]
  }[]
}

const summarySelect = {
  slug: true,
  title: true,
  subtitle: true,
  kind: true,
  date: true,
  place: true,
  speaker: true,
  language: true,
  clauseCount: true,
  parties: { orderBy: { position: 'asc' }, select: { party: { select: { code: true, nameEn: true, nameZh: true } } } },
} as const

type SummaryRow = Omit<StatementSummary, 'parties'> & { parties: { party: PartySummary }[] }

function toSummary(row: SummaryRow): StatementSummary {
  return { ...row, parties: row.parties.map((p) => p.party) }
}

export interface StatementFilter {
  /** text the title or the slug contains */
  q?: string
  kind?: string
  /** party code */
  party?: string
  year?: number
  language?: string
}

export interface StatementPageOptions extends StatementFilter {
  /** 1-based; default 1 */
  page?: number
  /** default DEFAULT_PER_PAGE, at most MAX_PER_PAGE */
  perPage?: number
}

/** One page of the list and how many statements match in all (a page past the last has no items). */
export interface StatementPage {
  items: StatementSummary[]
  total: number
  page: number
  perPage: number
}

// The list's order: date (undated last), then title, then id so that pages never overlap.
// The date comes first so that @@index([date]) (or @@index([kind, date]) when a kind is
// chosen, or the date range of a year) narrows and orders the rows.
const LIST_ORDER = [
  { date: { sort: 'asc', nulls: 'last' } },
  { title: 'asc' },
  { id: 'asc' },
] as const satisfies Prisma.StatementOrderByWithRelationInput[]

function statementWhere(db: Db, filter: StatementFilter): Prisma.StatementWhereInput {
  const q = filter.q?.trim()
  return {
    // LIKE '%q%' cannot use an index: a full scan of Statement, which is cheap at 10,000 rows.
    // (Prisma does not escape LIKE's % and _ on SQLite: in q they match any text, as in a pattern.)
    ...(q ? { OR: [{ title: containsText(db, q) }, { slug: { contains: q.toLowerCase() } }] } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.party ? { parties: { some: { party: { code: filter.party } } } } : {}),
    // a range on the ISO date, so the date index applies (a prefix match would not)
    ...(filter.year ? { date: { gte: `${filter.year}-01-01`, lte: `${filter.year}-12-31` } } : {}),
    ...(filter.language ? { language: filter.language } : {}),
  }
}

function checkPaging(page: number, perPage: number): void {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`listStatements: page must be a whole number, 1 or more (got ${page}).`)
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new RangeError(`listStatements: perPage must be a whole number from 1 to ${MAX_PER_PAGE} (got ${perPage}).`)
  }
}

/**
 * One page of the statements matching a filter, oldest first (undated last),
 * and the number that match: for the list page, the API and the CLI. Nothing
 * here reads the whole corpus; callers that need every statement page through
 * it with `eachStatement`.
 * @example listStatements(db, { kind: 'speech', year: 2019, page: 2, perPage: 20 })
 */
export async function listStatements(db: Db, options: StatementPageOptions = {}): Promise<StatementPage> {
  const { page = 1, perPage = DEFAULT_PER_PAGE, ...filter } = options
  checkPaging(page, perPage)
  const where = statementWhere(db, filter)
  const [total, rows] = await Promise.all([
    db.statement.count({ where }),
    db.statement.findMany({ where, select: summarySelect, orderBy: [...LIST_ORDER], skip: (page - 1) * perPage, take: perPage }),
  ])
  return { items: rows.map(toSummary), total, page, perPage }
}

/**
 * Every statement matching a filter, in list order, read `batch` at a time so
 * that memory stays bounded (for `cli list --all`).
 */
export async function* eachStatement(db: Db, filter: StatementFilter = {}, batch = MAX_PER_PAGE): AsyncGenerator<StatementSummary> {
  checkPaging(1, batch)
  const where = statementWhere(db, filter)
  for (let skip = 0; ; skip += batch) {
    const rows = await db.statement.findMany({ where, select: summarySelect, orderBy: [...LIST_ORDER], skip, take: batch })
    for (const row of rows) yield toSummary(row)
    if (rows.length < batch) return
  }
}

/** The `limit` most recent statements, newest first (undated last). */
export async function recentStatements(db: Db, limit: number, filter: StatementFilter = {}): Promise<StatementSummary[]> {
  const rows = await db.statement.findMany({
    where: statementWhere(db, filter),
    select: summarySelect,
    orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: limit,
  })
  return rows.map(toSummary)
}

/** The statements with these slugs, in the order asked; unknown slugs are left out. */
export async function getStatementSummaries(db: Db, slugs: readonly string[]): Promise<StatementSummary[]> {
  if (slugs.length === 0) return []
  const rows = await db.statement.findMany({ where: { slug: { in: [...new Set(slugs)] } }, select: summarySelect })
  const bySlug = new Map(rows.map((row) => [row.slug, toSummary(row)]))
  return slugs.flatMap((slug) => bySlug.get(slug) ?? [])
}

/** How many clauses the statement `slug` has (what its parts are counted from), or null when there is none: one indexed query. */
export async function statementClauseCount(db: Db, slug: string): Promise<number | null> {
  return (await db.statement.findUnique({ where: { slug }, select: { clauseCount: true } }))?.clauseCount ?? null
}

/** How many of a statement's choices to compare with are the same parties' other statements, whenever they are dated. */
const SAME_PARTIES = 10

/**
 * Statements to compare one with: first the other statements of the same
 * parties (two or more, or a grouping alone: the G7's), those of these parties
 * alone first, each nearest in date, at most SAME_PARTIES of them — the
 * U.S.–ROK statement of 2021 for that of 2022, a year and fifty joint
 * statements apart (walkthrough: it was not offered); then those of its kind
 * and language nearest to it in date, then, when fewer than `limit`, those of
 * other kinds. Eight queries of at most `limit` rows each (the same parties'
 * filtered by their parties, the others by date alone). "The same parties"
 * may be among others: a declaration of the SCO's members counts for a
 * statement of China and Russia.
 */
export async function nearbyStatements(
  db: Db,
  of: { slug: string; kind: string; date: string | null; language: string; parties?: readonly { code: string }[] },
  limit = 50,
): Promise<StatementSummary[]> {
  const codes = (of.parties ?? []).map((p) => p.code)
  // a home government alone (China's speeches, the White House's fact sheets) has too many to offer them all first
  const ownParties = codes.length >= 2 || (codes.length === 1 && !HOME_PARTY_CODES.includes(codes[0] as string))
  // the statements of `where` nearest before and after it (the most recent, for an undated one), `take` each way
  const around = async (where: Prisma.StatementWhereInput, take = limit) => {
    const base = { ...where, language: of.language, slug: { not: of.slug } }
    if (!of.date)
      return db.statement.findMany({
        where: base,
        select: summarySelect,
        orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
        take,
      })
    const [before, after] = await Promise.all([
      db.statement.findMany({
        where: { ...base, date: { lte: of.date } },
        select: summarySelect,
        orderBy: [{ date: 'desc' }, { id: 'desc' }],
        take,
      }),
      db.statement.findMany({
        where: { ...base, OR: [{ date: { gt: of.date } }, { date: null }] },
        select: summarySelect,
        orderBy: [...LIST_ORDER],
        take,
      }),
    ])
    return [...before, ...after]
  }
  const withAll = codes.map((code) => ({ parties: { some: { party: { code } } } }))
  const sameParties = ownParties ? around({ AND: withAll }, SAME_PARTIES) : Promise.resolve([])
  // …and those of these parties alone, asked apart, so that many statements with others besides nearer in date
  // (the SCO's or BRICS's declarations beside China–Russia's) cannot push them out of the nearest few
  const theseAlone = ownParties
    ? around({ AND: [...withAll, { parties: { every: { party: { code: { in: codes } } } } }] }, SAME_PARTIES)
    : Promise.resolve([])
  const [alone, partners, same, other] = await Promise.all([
    theseAlone,
    sameParties,
    around({ kind: of.kind }),
    around({ kind: { not: of.kind } }),
  ])
  const days = (date: string | null) => (date && of.date ? Math.abs(Date.parse(date) - Date.parse(of.date)) : Number.MAX_SAFE_INTEGER)
  const nearest = (rows: SummaryRow[]) => rows.map(toSummary).sort((x, y) => days(x.date) - days(y.date))
  // the same parties alone before those with others besides (the 2021 U.S.–ROK statement before the IPEF's and a
  // 36-state declaration that the U.S. and the ROK are among: walkthrough), each nearest in date; the nearest of
  // `partners` with these parties alone are among `alone` already, and come once
  const both = [...nearest(alone), ...nearest(partners)]
  const first = both.filter((s, k) => both.findIndex((t) => t.slug === s.slug) === k).slice(0, Math.min(SAME_PARTIES, limit))
  const taken = new Set(first.map((s) => s.slug))
  const rest = [...nearest(same), ...nearest(other)].filter((s) => !taken.has(s.slug))
  const sameKind = rest.filter((s) => s.kind === of.kind)
  return [...first, ...sameKind, ...rest.filter((s) => s.kind !== of.kind)].slice(0, limit)
}

/** Every party, by English name: a short list (one per country), for the list's filter. */
export async function listParties(db: Db): Promise<PartySummary[]> {
  return db.party.findMany({
    // parties of a statement only (a database from before unused ones were deleted may keep some)
    where: { statements: { some: {} } },
    select: { code: true, nameEn: true, nameZh: true },
    orderBy: { nameEn: 'asc' },
  })
}

/**
 * One statement with its sections and clauses, or null when no statement has
 * this slug. With `clauses`, only the clauses at positions [from, to) and the
 * sections that have some of them (a part of a long statement's page).
 */
export async function getStatement(db: Db, slug: string, clauses?: { from: number; to: number }): Promise<StatementDetail | null> {
  const row = await db.statement.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
      id: true,
      notes: true,
      source: { select: { name: true } },
      sections: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          position: true,
          level: true,
          label: true,
          heading: true,
          clauses: {
            ...(clauses ? { where: { position: { gte: clauses.from, lt: clauses.to } } } : {}),
            orderBy: { position: 'asc' },
            select: { id: true, position: true, paragraph: true, label: true, text: true },
          },
        },
      },
    },
  })
  if (!row) return null
  const { source, notes, ...rest } = row
  const sections = clauses ? row.sections.filter((section) => section.clauses.length > 0) : row.sections
  return { ...toSummary(rest), id: row.id, sections, sourceName: source.name, notes: parseNotes(notes) }
}

function parseNotes(json: string): StatementNote[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? (value as StatementNote[]) : []
  } catch {
    return []
  }
}

export function toCompareStatement(statement: StatementDetail): CompareStatement {
  return {
    slug: statement.slug,
    title: statement.title,
    language: statement.language,
    parties: statement.parties.map((p) => p.code),
    sections: statement.sections.map(({ level, label, heading }) => ({ level, label, heading })),
    clauses: statement.sections.flatMap((section, s) =>
      section.clauses.map((clause) => ({ id: clause.id, position: clause.position, text: clause.text, label: clause.label, section: s })),
    ),
  }
}

/** How many statements there are. */
export async function countStatements(db: Db): Promise<number> {
  return db.statement.count()
}

/** What a comparison needs to know of a statement before loading its clauses. */
export interface StatementVersion {
  slug: string
  title: string
  language: string
  clauseCount: number
  /**
   * A digest of everything a page about the statement shows: its row (ids
   * are never reused, and clauses are never changed after their insert, so
   * the same file deleted and imported again is a new version), its text
   * (the content hash) and every field an edit can change. Equal versions
   * mean an equal statement, so a result kept under a version is never stale.
   */
  version: string
}

/**
 * Each statement's size, language and version (one small query), or null
 * when there is none: what a comparison would have to align, known before any
 * clause is loaded.
 */
export async function statementVersions(db: Db, slugs: readonly string[]): Promise<(StatementVersion | null)[]> {
  const rows = await db.statement.findMany({
    where: { slug: { in: [...new Set(slugs)] } },
    select: { ...summarySelect, id: true, contentHash: true, notes: true },
  })
  const bySlug = new Map(
    rows.map(({ parties, ...row }) => {
      const fields = JSON.stringify({ ...row, parties: parties.map((p) => p.party) })
      const version = createHash('sha256').update(fields).digest('base64url').slice(0, 22)
      return [row.slug, { slug: row.slug, title: row.title, language: row.language, clauseCount: row.clauseCount, version }]
    }),
  )
  return slugs.map((slug) => bySlug.get(slug) ?? null)
}
