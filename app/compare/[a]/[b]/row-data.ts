/**
 * What the compare page's rows need in the browser, and nothing more: the
 * rows are a client component, so the page carries them once as HTML and
 * once as this data (not as HTML and again as a server component tree, which
 * was three times their size). Everything worked out on the server — a
 * row's status, its "why" sentence, a section's title, a formula mark's
 * place in the clause body — travels as its result; no clause text travels
 * twice (a clause is its diff pieces, an equal piece a bare string).
 */
import { sameSection, sectionTitle, type DisplayItem } from '@/lib/compare/display-items'
import { explainRow } from '@/lib/compare/explain-row'
import type { CompareResult, CompareRow, Piece, RowClause } from '@/lib/compare/types'
import type { FormulaMark } from '@/lib/formulas/overlay'
import { rowStatus, type RowStatus } from '@/lib/vocab/row-status'
import { marksOnBody } from '@/app/_components/formula-text'

import type { RowPiece } from './row-pieces'

/**
 * A clause: its number (1-based, as the statement page numbers it, #c<n>),
 * its enumeration label, its pieces, and the formulas in its body (after the
 * label) when the view marks them. A tuple: a page carries hundreds.
 */
export type RowDataClause = [n: number, label: string | null, pieces: RowPiece[], marks?: FormulaMark[]]

export type RowDataItem =
  | { type: 'section'; key: string; both: string | null; a: string | null; b: string | null }
  | { type: 'fold'; key: string; rows: number[]; anchors: string[]; statuses: RowStatus[]; anchor: string }
  | {
      type: 'row'
      /** the row's number; its anchor is rowAnchor(row, place) */
      index: number
      place: 'both' | 'a' | 'b'
      status: RowStatus
      /** "94% · pair" */
      summary: string
      /** why the aligner formed the row (lib/compare/explain-row) */
      why: string
      a: RowDataClause[]
      b: RowDataClause[]
    }

export interface RowData {
  slugs: { a: string; b: string }
  /** the statements' language, as HTML's lang attribute spells it */
  lang: string
  items: RowDataItem[]
}

const RULE_LABELS: Record<CompareRow['rule'], string> = {
  pair: 'pair',
  merge: 'merge',
  attach: 'pair + joined',
  'best-match': 'best match',
  move: 'moved',
  single: 'no counterpart',
}

function piece({ op, text, masked }: Piece): RowPiece {
  if (op === 'delete' || op === 'insert') return [text, op]
  return masked ? [text, 'masked'] : text
}

/** Neighbouring equal pieces as one string (the word diff leaves them apart). */
function mergeEqual(pieces: RowPiece[]): RowPiece[] {
  const merged: RowPiece[] = []
  for (const p of pieces) {
    const last = merged.at(-1)
    if (typeof p === 'string' && typeof last === 'string') merged[merged.length - 1] = last + p
    else merged.push(p)
  }
  return merged
}

function clause(c: RowClause, marks: ReadonlyMap<number, FormulaMark[]>): RowDataClause {
  const body = marksOnBody(marks.get(c.id), c.text, c.label)
  const pieces = mergeEqual(c.pieces.map(piece))
  return body?.length ? [c.position + 1, c.label, pieces, body] : [c.position + 1, c.label, pieces]
}

export function rowData(
  result: Pick<CompareResult, 'a' | 'b' | 'options'>,
  items: readonly DisplayItem[],
  marks: ReadonlyMap<number, FormulaMark[]>,
): RowData {
  return {
    slugs: { a: result.a.slug, b: result.b.slug },
    // statements of different languages are never compared
    lang: result.a.language === 'en' ? 'en' : 'zh-Hans',
    items: items.map((item): RowDataItem => {
      if (item.type === 'fold') return item
      if (item.type === 'section') {
        const both = item.a && item.b && sameSection(item.a, item.b) ? sectionTitle(item.a) : null
        return {
          type: 'section',
          key: item.key,
          both,
          a: both || !item.a ? null : sectionTitle(item.a),
          b: both || !item.b ? null : sectionTitle(item.b),
        }
      }
      const { row } = item
      const paired = row.a.length > 0 && row.b.length > 0
      return {
        type: 'row',
        index: row.index,
        place: item.place,
        status: rowStatus(row),
        summary: `${paired ? `${Math.round(row.score * 100)}% · ` : ''}${RULE_LABELS[row.rule]}`,
        why: explainRow(row, result.options),
        a: row.a.map((c) => clause(c, marks)),
        b: row.b.map((c) => clause(c, marks)),
      }
    }),
  }
}
