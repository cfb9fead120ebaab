/**
 * What the compare page's rows need in the browser, and nothing more: the
 * rows are a client component, so the page carries them once as HTML and
 * once as this data (not as HTML and again as a server component tree, which
 * was three times their size). Everything worked out on the server — a
 * row's status, a section's title, a formula mark's place in the clause
 * body — travels as its result; no clause text travels twice (a clause is
 * its diff pieces, an equal piece a bare string). A row's "why" travels as
 * its figures, in whole percent as the sentence shows them, and the browser
 * writes the sentence (lib/compare/explain-row), a tenth of its length.
 */
import { sameSection, sectionTitle, type DisplayItem } from '@/lib/compare/display-items'
import { roundsToBar, type RowReason } from '@/lib/compare/explain-row'
import type { CompareResult, Piece, RowClause } from '@/lib/compare/types'
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
  | {
      type: 'section'
      key: string
      both: string | null
      a: string | null
      b: string | null
      /**
       * the section still in force on a side where none begins here: the headings stay in view as one bar, each new
       * one over the last, so each says both sides' (a reader found a B heading hiding A's, but for a clipped word)
       */
      heldA?: string
      heldB?: string
    }
  | { type: 'fold'; key: string; rows: number[]; anchors: string[]; statuses: RowStatus[]; anchor: string }
  | {
      type: 'row'
      /** the row's number; its anchor is rowAnchor(row, place) */
      index: number
      place: 'both' | 'a' | 'b'
      status: RowStatus
      /** why the aligner formed the row, for rowSummary and explainRow (with the row's clauses) */
      reason: RowDataReason
      a: RowDataClause[]
      b: RowDataClause[]
    }

/** A row's reason without its clauses (the row has them), its figures rounded to whole percent. */
export type RowDataReason = Omit<RowReason, 'a' | 'b'>

export interface RowData {
  slugs: { a: string; b: string }
  /** the comparison's threshold, which the reasons quote */
  threshold: number
  /** the score below which a pair is unsure (lib/compare/sure-link), which an unsure row's reason quotes */
  sureBar: number
  /** the statements' language, as HTML's lang attribute spells it */
  lang: string
  items: RowDataItem[]
}

function piece({ op, text, masked }: Piece): RowPiece {
  if (op === 'delete' || op === 'insert') return [text, op === 'delete' ? '-' : '+']
  return masked ? [text, '='] : text
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

/** A similarity in whole percent, as the reasons print it: Math.round(x * 100) of it is unchanged. */
const percent = (x: number) => Math.round(x * 100) / 100

function reason(row: CompareResult['rows'][number], near: (score: number) => boolean): RowDataReason {
  const { rule, kind, score, context, attached, partScores, best, unsure, rival, apart } = row
  return {
    rule,
    kind,
    // as it is when it rounds to a bar its reason quotes (the threshold, the sure bar): it is then printed to a tenth
    score: near(score) ? score : percent(score),
    ...(context === undefined ? {} : { context: percent(context) }),
    ...(attached ? { attached } : {}),
    ...(partScores ? { partScores: partScores.map(percent) } : {}),
    // as it is when it rounds to the threshold, which its reason then prints to a tenth
    ...(best ? { best: { ...best, score: near(best.score) ? best.score : percent(best.score) } } : {}),
    // as it is when it rounds to the sure bar its reason quotes
    ...(apart
      ? {
          apart: {
            ...apart,
            score: near(apart.score) ? apart.score : percent(apart.score),
            rival: { ...apart.rival, score: percent(apart.rival.score) },
          },
        }
      : {}),
    // the rival is only quoted for an unsure pair: the others carry nothing they do not show
    ...(unsure ? { unsure, ...(rival ? { rival: { ...rival, score: percent(rival.score) } } : {}) } : {}),
  }
}

export function rowData(
  result: Pick<CompareResult, 'a' | 'b' | 'options' | 'sureBar' | 'longClauseBar'>,
  items: readonly DisplayItem[],
  marks: ReadonlyMap<number, FormulaMark[]>,
): RowData {
  const bars = [result.options.threshold, result.sureBar, ...(result.longClauseBar ? [result.longClauseBar.bar] : [])]
  const near = (score: number) => bars.some((bar) => roundsToBar(score, bar))
  // each side's section in force, as the rows go
  const current: { a: string | null; b: string | null } = { a: null, b: null }
  return {
    slugs: { a: result.a.slug, b: result.b.slug },
    threshold: percent(result.options.threshold),
    sureBar: percent(result.sureBar),
    // statements of different languages are never compared
    lang: result.a.language === 'en' ? 'en' : 'zh-Hans',
    items: items.map((item): RowDataItem => {
      if (item.type === 'fold') return item
      if (item.type === 'section') {
        const both = item.a && item.b && sameSection(item.a, item.b) ? sectionTitle(item.a) : null
        const section: RowDataItem = {
          type: 'section',
          key: item.key,
          both,
          a: both || !item.a ? null : sectionTitle(item.a),
          b: both || !item.b ? null : sectionTitle(item.b),
        }
        if (!both && !item.a && current.a) section.heldA = current.a
        if (!both && !item.b && current.b) section.heldB = current.b
        if (item.a) current.a = sectionTitle(item.a)
        if (item.b) current.b = sectionTitle(item.b)
        return section
      }
      const { row } = item
      return {
        type: 'row',
        index: row.index,
        place: item.place,
        status: rowStatus(row),
        reason: reason(row, near),
        a: row.a.map((c) => clause(c, marks)),
        b: row.b.map((c) => clause(c, marks)),
      }
    }),
  }
}
