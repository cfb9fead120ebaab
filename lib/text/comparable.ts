/**
 * The comparison form of a clause: its text without the enumeration label,
 * normalised, and with the counterpart names masked when the mask is on.
 */
import { applyPartyMask, buildPartyMask, type PartyMask } from '@/lib/parties/party-mask'
import type { MappedText } from './mapped-text'
import { normalizeForComparison } from './normalize'

export interface ComparableClause {
  /** the clause body as printed (label removed) */
  body: string
  comparable: MappedText
}

export function comparableClause(text: string, label: string | null, mask: PartyMask | null): ComparableClause {
  const body = label && text.startsWith(label) ? text.slice(label.length) : text
  const normalized = normalizeForComparison(body)
  return { body, comparable: mask ? applyPartyMask(normalized, mask) : normalized }
}

/** The mask for a statement's parties, or null when masking is off. */
export function maskFor(parties: readonly string[], enabled: boolean): PartyMask | null {
  return enabled ? buildPartyMask(parties) : null
}

/** Joins the comparison forms of several clauses, mapped onto their joined bodies. */
export function joinComparables(clauses: readonly ComparableClause[]): { original: string; comparable: MappedText; bounds: number[] } {
  if (clauses.length === 1) {
    const [clause] = clauses as [ComparableClause]
    return { original: clause.body, comparable: clause.comparable, bounds: [0, clause.body.length] }
  }
  const start: number[] = []
  const end: number[] = []
  const texts: string[] = []
  const bounds: number[] = []
  let offset = 0
  for (const clause of clauses) {
    bounds.push(offset)
    texts.push(clause.comparable.text)
    for (let k = 0; k < clause.comparable.text.length; k++) {
      start.push((clause.comparable.start[k] as number) + offset)
      end.push((clause.comparable.end[k] as number) + offset)
    }
    offset += clause.body.length
  }
  bounds.push(offset)
  return { original: clauses.map((c) => c.body).join(''), comparable: { text: texts.join(''), start, end }, bounds }
}
