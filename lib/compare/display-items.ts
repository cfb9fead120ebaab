/**
 * The comparison as the page lays it out: rows in display order, a moved row
 * shown twice (at its place in A and, as a counterpart, at its place in B),
 * and a section heading wherever A's or B's section changes, so both
 * statements keep their sections (一, 二 / 政治合作 …).
 */
import type { CompareResult, CompareRow, CompareSection } from './types'
import { rowShown, rowStatus, type RowFilter, type RowStatus } from '@/lib/vocab/row-status'
import { rowAnchor } from '@/lib/vocab/links'
import { printedSectionName } from '@/lib/vocab/section-name'

export type DisplayItem =
  | { type: 'section'; key: string; a: CompareSection | null; b: CompareSection | null }
  /** place: 'both' for an ordinary row; 'a' / 'b' for a moved row at its place in A / in B */
  | { type: 'row'; key: string; row: CompareRow; place: 'both' | 'a' | 'b'; anchor: string }
  /** rows a view does not show, folded into one line: their indexes, anchors and statuses, in order */
  | { type: 'fold'; key: string; rows: number[]; anchors: string[]; statuses: RowStatus[]; anchor: string }

export function displayItems(result: Pick<CompareResult, 'a' | 'b' | 'rows'>): DisplayItem[] {
  const placed = placeMovedInB(result.rows)
  const items: DisplayItem[] = []
  let sectionA = -1
  let sectionB = -1
  for (const { row, place } of placed) {
    const showsA = place !== 'b' && row.a.length > 0
    const showsB = place !== 'a' && row.b.length > 0
    const nextA = showsA ? (row.a[0]?.section ?? sectionA) : sectionA
    const nextB = showsB ? (row.b[0]?.section ?? sectionB) : sectionB
    const changedA = nextA !== sectionA
    const changedB = nextB !== sectionB
    if (changedA || changedB) {
      const a = changedA ? (result.a.sections[nextA] ?? null) : null
      const b = changedB ? (result.b.sections[nextB] ?? null) : null
      // a preamble (no label, no heading) needs no heading of its own
      if ((a && (a.label || a.heading)) || (b && (b.label || b.heading)))
        items.push({ type: 'section', key: `s-${rowAnchor(row, place)}`, a, b })
    }
    sectionA = nextA
    sectionB = nextB
    items.push({ type: 'row', key: rowAnchor(row, place), row, place, anchor: rowAnchor(row, place) })
  }
  return items
}

/**
 * The items with each run of rows the view does not show folded into one
 * item; a section left with nothing but folds keeps its heading. The row
 * `keep` (the row a shared link points at) is shown whatever the view, so
 * that the link never lands on a fold.
 * @example foldRows(displayItems(result), 'changes') // the differences-only view
 */
export function foldRows(items: readonly DisplayItem[], filter: RowFilter, keep: number | null = null): DisplayItem[] {
  const out: DisplayItem[] = []
  for (const item of items) {
    if (item.type !== 'row' || item.row.index === keep || rowShown(filter, item.row)) {
      out.push(item)
      continue
    }
    const last = out.at(-1)
    const status = rowStatus(item.row)
    if (last?.type === 'fold') {
      last.rows.push(item.row.index)
      last.anchors.push(item.anchor)
      last.statuses.push(status)
    } else {
      out.push({
        type: 'fold',
        key: `fold-${item.anchor}`,
        rows: [item.row.index],
        anchors: [item.anchor],
        statuses: [status],
        anchor: item.anchor,
      })
    }
  }
  return out
}

/** The differences-only view: runs of identical rows folded. */
export const foldIdentical = (items: readonly DisplayItem[]) => foldRows(items, 'changes')

/**
 * Rows in display order with each moved row's B side inserted where its B
 * clause stands: before the first row that shows a later clause of B.
 */
function placeMovedInB(rows: readonly CompareRow[]): { row: CompareRow; place: 'both' | 'a' | 'b' }[] {
  const out: { row: CompareRow; place: 'both' | 'a' | 'b' }[] = rows.map((row) => ({ row, place: row.moved ? 'a' : 'both' }))
  const moved = rows.filter((row) => row.moved).sort((x, y) => (x.b[0]?.position ?? 0) - (y.b[0]?.position ?? 0))
  for (const row of moved) {
    const position = row.b[0]?.position ?? 0
    const at = out.findIndex((item) => item.place !== 'a' && (item.row.b[0]?.position ?? -1) > position)
    out.splice(at < 0 ? out.length : at, 0, { row, place: 'b' })
  }
  return out
}

const DIGITS = '一二三四五六七八九'

/** The value of a Chinese numeral from 一 to 九十九 (一, 十二, 二十, 三十五), or null. */
export function chineseNumeral(label: string): number | null {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(label)
  if (!match || label === '') return null
  const [, tens = '', ten = '', units = ''] = match
  if (!ten) return tens && !units ? DIGITS.indexOf(tens) + 1 : null
  return (tens ? DIGITS.indexOf(tens) + 1 : 1) * 10 + (units ? DIGITS.indexOf(units) + 1 : 0)
}

/**
 * A section as a reader names it: with a heading, as the statement prints it
 * ("IV. Conclusion", "二、政治合作", "Annex II · Statement on …", "Principles"),
 * as the statement page does; a number alone as "Section IV", and a Chinese
 * numeral alone by its value too ("Section 1 (一)": a bare 一 in a heading's
 * bold reads as a dash); a label that names itself ("Annex II", "Part 3") as it is.
 */
export function sectionTitle(section: CompareSection | null): string {
  if (!section) return ''
  if (section.heading) return printedSectionName(section.label, section.heading)
  if (!section.label) return ''
  if (/^\p{L}{2,}\s/u.test(section.label)) return section.label
  const value = chineseNumeral(section.label)
  return value !== null ? `Section ${value} (${section.label})` : `Section ${section.label}`
}

/** Whether two sections read the same (one heading serves both sides). */
export const sameSection = (a: CompareSection | null, b: CompareSection | null) => sectionTitle(a) === sectionTitle(b)

export interface OutlineEntry {
  /** the anchor of the section's heading row */
  anchor: string
  /** "Section 一" (both statements), "B: Section 二" (only B's section begins here), "A: Section 二 · B: Section 三" */
  label: string
  /** the rows holding the section's clauses, as r5–r20 (for two sections beginning together, each's: "r5–r20 · r7–r31") */
  rows: string
  /** each statement's section with its own rows, where two different sections begin together; else the entry as one */
  parts: { label: string; rows: string }[]
}

/**
 * The comparison's sections in page order, each with the anchor of its
 * heading row and the rows its clauses are in: an outline to jump through a
 * long comparison. A statement's section runs from its first clause's row to
 * its last's, whatever the other statement's sections do in between (the two
 * interleave); a moved clause, whose row stands at the other statement's
 * place, counts only for a section with no clause in order.
 */
export function sectionOutline(items: readonly DisplayItem[], result: Pick<CompareResult, 'a' | 'b' | 'rows'>): OutlineEntry[] {
  // spans of the rows in order, and of all rows: a moved row stands where the other statement has it, so it
  // counts only for a section that has no row in order (a moved row had stretched one to "r4–r154": walkthrough)
  const spans = { a: new Map<number, [number, number]>(), b: new Map<number, [number, number]>() }
  const ordered = { a: new Map<number, [number, number]>(), b: new Map<number, [number, number]>() }
  const widen = (map: Map<number, [number, number]>, section: number, at: number) => {
    const span = map.get(section)
    map.set(section, span ? [Math.min(span[0], at), Math.max(span[1], at)] : [at, at])
  }
  for (const row of result.rows)
    for (const side of ['a', 'b'] as const)
      for (const clause of row[side]) {
        widen(spans[side], clause.section, row.index)
        if (!row.moved) widen(ordered[side], clause.section, row.index)
      }
  const rowsOf = (side: 'a' | 'b', section: CompareSection | null): [number, number] | undefined => {
    if (!section) return undefined
    const at = result[side].sections.indexOf(section)
    return ordered[side].get(at) ?? spans[side].get(at)
  }
  const written = (span: [number, number] | undefined) => (!span ? '' : span[0] === span[1] ? `r${span[0]}` : `r${span[0]}–r${span[1]}`)
  const outline: OutlineEntry[] = []
  for (const item of items) {
    if (item.type !== 'section') continue
    const a = rowsOf('a', item.a)
    const b = rowsOf('b', item.b)
    if (item.a && item.b && sameSection(item.a, item.b)) {
      const both = a && b ? ([Math.min(a[0], b[0]), Math.max(a[1], b[1])] as [number, number]) : (a ?? b)
      const label = sectionTitle(item.a)
      outline.push({ anchor: item.key, label, rows: written(both), parts: [{ label, rows: written(both) }] })
    } else {
      // the two statements' sections often begin at different rows: say whose section begins here, each with its own rows
      const parts = [
        item.a ? { label: `A: ${sectionTitle(item.a)}`, rows: written(a) } : null,
        item.b ? { label: `B: ${sectionTitle(item.b)}`, rows: written(b) } : null,
      ].filter((part) => part !== null)
      outline.push({
        anchor: item.key,
        label: parts.map((part) => part.label).join(' · '),
        rows: parts
          .map((part) => part.rows)
          .filter(Boolean)
          .join(' · '),
        parts,
      })
    }
  }
  return outline
}
