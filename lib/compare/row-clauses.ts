/**
 * One side of a diffed row, clause by clause: the diff of several clauses
 * joined is cut at the clause boundaries, so that each clause is shown (and
 * anchored) on its own with its part of the diff. Shared by the pair view
 * and the collation.
 */
import type { DiffOp } from '@/lib/diff/types'
import { normalizeForComparison } from '@/lib/text/normalize'
import { foldEveryCharacter } from '@/lib/text/script-fold'
import type { CompareClause, Piece, RowClause } from './types'

/**
 * Whether an equal span prints differently for a reason the reader is shown:
 * a counterpart's name (吉方 / 塔方, Yoon / Kishida), which comparison masks.
 * Letter case, width, spacing and script are compared away too, but are no
 * name: "the" against "The" had been dotted as "a partner's name"
 * (walkthrough), and so had 後 against 后.
 */
export const namesApart = (a: string, b: string) => comparedPiece(a) !== comparedPiece(b)

/** A piece as comparison read it: normalised, without spaces, in Simplified characters (後 in a Traditional text is 后, no name). */
const comparedPiece = (text: string) => foldEveryCharacter(normalizeForComparison(text).text.replace(/\s/gu, ''))

/**
 * Cuts one side's spans at clause boundaries, so that each clause of a merged
 * row is shown (and anchored) on its own with its part of the diff. With
 * `otherSide`, the other side's own wording is kept too, as pieces where it
 * would stand (at the end of the clause before it): a collation's cell shows
 * the base's wording it lacks.
 */
export function rowClauses(
  clauses: readonly CompareClause[],
  ops: readonly DiffOp[],
  side: 'a' | 'b',
  bounds: readonly number[],
  { otherSide = false }: { otherSide?: boolean } = {},
): RowClause[] {
  const result: RowClause[] = clauses.map((clause) => ({
    id: clause.id,
    position: clause.position,
    text: clause.text,
    label: clause.label,
    section: clause.section,
    pieces: [],
  }))
  let offset = 0
  for (const op of ops) {
    if (op.op === (side === 'a' ? 'insert' : 'delete')) {
      if (otherSide)
        result[clauseAt(bounds, Math.max(0, offset - 1))]?.pieces.push({ op: op.op, text: side === 'a' ? op.b : op.a, masked: false })
      continue
    }
    const text = side === 'a' ? op.a : op.b
    const masked = op.op === 'equal' && op.a !== op.b && namesApart(op.a, op.b)
    let from = 0
    while (from < text.length) {
      const k = clauseAt(bounds, offset + from)
      const clauseEnd = (bounds[k + 1] as number) - offset
      const to = Math.min(text.length, clauseEnd)
      const piece: Piece = { op: op.op, text: text.slice(from, to), masked }
      result[k]?.pieces.push(piece)
      from = to
    }
    offset += text.length
  }
  // the space joining two English sentences (joinComparables) is no part of either clause as printed; it is trimmed
  // where it ends the clause's pieces, not skipped: the base's wording a cell lacks may follow it (". including")
  for (const clause of result) {
    const last = clause.pieces.at(-1)
    if (last && clause.pieces.length && /\s$/u.test(last.text)) {
      last.text = last.text.trimEnd()
      if (!last.text) clause.pieces.pop()
    }
  }
  return result
}

function clauseAt(bounds: readonly number[], offset: number): number {
  let k = 0
  while (k + 2 < bounds.length && offset >= (bounds[k + 1] as number)) k++
  return k
}
