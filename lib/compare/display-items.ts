/**
 * The comparison as the page lays it out: rows in display order, a moved row
 * shown twice (at its place in A and, as a counterpart, at its place in B),
 * and a section heading wherever A's or B's section changes, so both
 * statements keep their sections (一, 二 / 政治合作 …).
 */
import type { CompareResult, CompareRow, CompareSection } from './types'
import { rowStatus } from './view'

export type DisplayItem =
  | { type: 'section'; key: string; a: CompareSection | null; b: CompareSection | null }
  /** place: 'both' for an ordinary row; 'a' / 'b' for a moved row at its place in A / in B */
  | { type: 'row'; key: string; row: CompareRow; place: 'both' | 'a' | 'b'; anchor: string }
  /** identical rows folded away in the differences-only view: their indexes, in order */
  | { type: 'fold'; key: string; rows: number[]; anchor: string }

/** The anchor of a row, and of a moved row's place in B. */
export const rowAnchor = (row: Pick<CompareRow, 'index'>, place: 'both' | 'a' | 'b' = 'both') => (place === 'b' ? `r${row.index}-b` : `r${row.index}`)

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
      if ((a && (a.label || a.heading)) || (b && (b.label || b.heading))) items.push({ type: 'section', key: `s-${rowAnchor(row, place)}`, a, b })
    }
    sectionA = nextA
    sectionB = nextB
    items.push({ type: 'row', key: rowAnchor(row, place), row, place, anchor: rowAnchor(row, place) })
  }
  return items
}

/**
 * The items with each run of identical rows folded into one item (the
 * differences-only view); a section left with nothing but folds keeps its heading.
 */
export function foldIdentical(items: readonly DisplayItem[]): DisplayItem[] {
  const out: DisplayItem[] = []
  for (const item of items) {
    if (item.type !== 'row' || rowStatus(item.row) !== 'identical') {
      out.push(item)
      continue
    }
    const last = out.at(-1)
    if (last?.type === 'fold') last.rows.push(item.row.index)
    else out.push({ type: 'fold', key: `fold-${item.anchor}`, rows: [item.row.index], anchor: item.anchor })
  }
  return out
}

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

/** "一", "政治合作", "一 · 政治合作". */
export function sectionLabel(section: CompareSection | null): string {
  if (!section) return ''
  return [section.label, section.heading].filter(Boolean).join(' · ')
}
