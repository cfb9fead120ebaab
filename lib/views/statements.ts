/** Statements as JSON for machines: GET /api/statements and `cli list --json` print the same items. */
import type { StatementSummary } from '@/lib/db/statements'

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
