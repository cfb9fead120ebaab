/**
 * Where the comparison crosses a section boundary on either side, so the page
 * can keep the statements' sections (一, 二 / 政治合作 …) between the rows.
 */
import type { CompareResult, CompareRow, CompareSection } from './types'

export type DisplayItem =
  | { type: 'section'; key: string; a: CompareSection | null; b: CompareSection | null }
  | { type: 'row'; key: string; row: CompareRow }

/** The rows in display order with a section item wherever A's or B's section changes. */
export function withSectionBreaks(result: Pick<CompareResult, 'a' | 'b' | 'rows'>): DisplayItem[] {
  const items: DisplayItem[] = []
  let sectionA = -1
  let sectionB = -1
  for (const row of result.rows) {
    const nextA = row.a[0]?.section ?? sectionA
    const nextB = row.b[0]?.section ?? sectionB
    const changedA = nextA !== sectionA && nextA >= 0
    const changedB = nextB !== sectionB && nextB >= 0
    if (changedA || changedB) {
      const a = changedA ? (result.a.sections[nextA] ?? null) : null
      const b = changedB ? (result.b.sections[nextB] ?? null) : null
      // a preamble (level 0, no label) needs no heading of its own
      if ((a && (a.label || a.heading)) || (b && (b.label || b.heading))) items.push({ type: 'section', key: `s${row.index}`, a, b })
    }
    sectionA = nextA
    sectionB = nextB
    items.push({ type: 'row', key: `r${row.index}`, row })
  }
  return items
}

/** "一", "政治合作", "一 · 政治合作". */
export function sectionLabel(section: CompareSection | null): string {
  if (!section) return ''
  return [section.label, section.heading].filter(Boolean).join(' · ')
}
