/** A statement's identity: the same text imported twice is one statement. */
import { createHash } from 'node:crypto'
import { normalizeForComparison } from '@/lib/text/normalize'
import type { ParsedStatement } from './types'

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Identity of a statement's content: title and clause texts in comparison form. */
export function contentHash(statement: ParsedStatement): string {
  const body = statement.sections.flatMap((s) => s.clauses.map((c) => normalizeForComparison(c.text).text))
  return sha256([normalizeForComparison(statement.title).text, statement.kind, ...body].join('\n'))
}
