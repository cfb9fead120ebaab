/** Statements as JSON for machines: GET /api/statements and `cli list --json` print the same items. */
import type { StatementDetail, StatementSummary } from '@/lib/db/statements'

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

/** One statement with its sections and clauses, as GET /api/statements/[slug] gives it: parties by English name, with their codes. */
export function statementJson(statement: StatementDetail) {
  const { id: _id, ...rest } = statement
  return { ...rest, parties: statement.parties.map((p) => p.nameEn), partyCodes: statement.parties.map((p) => p.code) }
}
