/**
 * Reading statements. Every query is built by Prisma, so every value is a
 * bound parameter.
 */
import type { CompareStatement } from '@/lib/compare/types'
import type { Db } from './client'

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

export interface ListJsonItem {
  slug: string
  title: string
  kind: string
  date: string | null
  place: string | null
  parties: string[]
  speaker: string | null
  clauseCount: number
}

/** A statement as `cli list --json` and GET /api/statements print it; the date is YYYY-MM-DD. */
export function listJson(statements: readonly StatementSummary[]): ListJsonItem[] {
  return statements.map((s) => ({
    slug: s.slug,
    title: s.title,
    kind: s.kind,
    date: s.date,
    place: s.place,
    parties: s.parties.map((p) => p.nameEn),
    speaker: s.speaker,
    clauseCount: s.clauseCount,
  }))
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

type SummaryRow = {
  slug: string
  title: string
  subtitle: string | null
  kind: string
  date: string | null
  place: string | null
  speaker: string | null
  language: string
  clauseCount: number
  parties: { party: PartySummary }[]
}

function toSummary(row: SummaryRow): StatementSummary {
  return { ...row, parties: row.parties.map((p) => p.party) }
}

/** All statements, oldest first (undated ones last), for the list page, the API and the CLI. */
export async function listStatements(db: Db): Promise<StatementSummary[]> {
  const rows = await db.statement.findMany({
    select: summarySelect,
    orderBy: [{ date: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  })
  return rows.map(toSummary)
}

/** One statement with its sections and clauses, or null when no statement has this slug. */
export async function getStatement(db: Db, slug: string): Promise<StatementDetail | null> {
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
            orderBy: { position: 'asc' },
            select: { id: true, position: true, paragraph: true, label: true, text: true },
          },
        },
      },
    },
  })
  if (!row) return null
  const { source, notes, ...rest } = row
  return { ...toSummary(rest), id: row.id, sections: row.sections, sourceName: source.name, notes: parseNotes(notes) }
}

function parseNotes(json: string): StatementNote[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? (value as StatementNote[]) : []
  } catch {
    return []
  }
}

/** A statement in the shape the comparison takes, or null. */
export async function getCompareStatement(db: Db, slug: string): Promise<CompareStatement | null> {
  const statement = await getStatement(db, slug)
  return statement ? toCompareStatement(statement) : null
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
