/**
 * Which families a collation view shows: by presence (in every statement, in
 * some, in only one), only those worded differently, and only those where
 * some statement's wording contains a text — with, for each family, the
 * statements whose wording contains it ("which partners got 和平统一?").
 */
import { searchFold as fold } from '@/lib/text/search-fold'
import { presenceClass } from './collate-statements'
import { cellText } from './cell-text'
import type { CollationResult, Family } from './types'

export interface FamilyFilter {
  show: 'any' | 'all' | 'some' | 'one'
  differing: boolean
  q: string
}

export interface ShownFamily {
  family: Family
  /** per statement: whether its cell contains the searched text (all false without one) */
  hits: boolean[]
}

/**
 * The families the filter keeps, in the table's order.
 * @example filterFamilies(result, { show: 'some', differing: false, q: '和平统一' }).map((s) => s.hits)
 */
export function filterFamilies(result: CollationResult, filter: FamilyFilter): ShownFamily[] {
  const needle = fold(filter.q.trim())
  const total = result.statements.length
  const english = result.statements.every((s) => s.language === 'en')
  const shown: ShownFamily[] = []
  for (const family of result.families) {
    if (filter.show !== 'any' && presenceClass(family.presence, total) !== filter.show) continue
    if (filter.differing && family.variants < 2) continue
    const hits = family.cells.map((cell) => (needle && cell ? fold(cellText(cell, english)).includes(needle) : false))
    if (needle && !hits.some(Boolean)) continue
    shown.push({ family, hits })
  }
  return shown
}
