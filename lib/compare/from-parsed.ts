/**
 * A parsed statement as the comparison needs it, without a database: clause ids
 * are positions. Used by the benchmark, the evaluation and tests.
 */
import type { ParsedStatement } from '@/lib/ingest/types'
import type { CompareStatement } from './types'

export function compareStatementFromParsed(parsed: ParsedStatement, slug: string): CompareStatement {
  let position = 0
  return {
    slug,
    title: parsed.title,
    language: parsed.language,
    parties: parsed.parties,
    sections: parsed.sections.map(({ level, label, heading }) => ({ level, label, heading })),
    clauses: parsed.sections.flatMap((section, s) =>
      section.clauses.map((clause) => {
        const p = position++
        return { id: p, position: p, text: clause.text, label: clause.label, section: s }
      }),
    ),
  }
}
