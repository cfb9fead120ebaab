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

/**
 * What goes between two clauses joined: a space between sentences
 * ("…with Jordan. The meeting…", "…by 5%. The…"), nothing where a script
 * writes none, Chinese or Japanese on either side of the join
 * ("…合作。双方…"), or where a side already has the space.
 */
export function clauseSeparator(before: string, after: string): string {
  const unspaced = /[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u
  const last = before.at(-1)
  const first = after[0]
  return last === undefined || first === undefined || unspaced.test(last) || unspaced.test(first) ? '' : ' '
}

/**
 * Joins the comparison forms of several clauses, mapped onto their joined
 * bodies, with a space between English sentences (clauseSeparator). A clause's
 * bounds include the space after it.
 */
export function joinComparables(clauses: readonly ComparableClause[]): { original: string; comparable: MappedText; bounds: number[] } {
  if (clauses.length === 1) {
    const [clause] = clauses as [ComparableClause]
    return { original: clause.body, comparable: clause.comparable, bounds: [0, clause.body.length] }
  }
  const start: number[] = []
  const end: number[] = []
  const texts: string[] = []
  const bodies: string[] = []
  const bounds: number[] = []
  let offset = 0
  clauses.forEach((clause, k) => {
    bounds.push(offset)
    texts.push(clause.comparable.text)
    for (let i = 0; i < clause.comparable.text.length; i++) {
      start.push((clause.comparable.start[i] as number) + offset)
      end.push((clause.comparable.end[i] as number) + offset)
    }
    const next = clauses[k + 1]
    const separator = next ? clauseSeparator(clause.body, next.body) : ''
    bodies.push(clause.body + separator)
    offset += clause.body.length
    if (separator) {
      texts.push(separator)
      start.push(offset)
      end.push(offset + separator.length)
      offset += separator.length
    }
  })
  bounds.push(offset)
  return { original: bodies.join(''), comparable: { text: texts.join(''), start, end }, bounds }
}
