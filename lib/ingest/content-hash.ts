/** A statement's identity: the same text imported twice is one statement. */
import { createHash } from 'node:crypto'
import { normalizeForComparison } from '@/lib/text/normalize'
import type { ParsedStatement } from './types'

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * Identity of a statement's content: title and clause texts in comparison
 * form, in the script they are printed in (a Traditional copy of a statement
 * is the same text in another form, which lib/services/same-text finds, not
 * the same import).
 */
export function contentHash(statement: ParsedStatement): string {
  const compared = (text: string) => normalizeForComparison(text, { script: false }).text
  const body = statement.sections.flatMap((s) => s.clauses.map((c) => compared(c.text)))
  return sha256([compared(statement.title), statement.kind, ...body].join('\n'))
}
