/**
 * Pairs worth comparing: statements whose titles are the same formula once the
 * counterpart names are masked ("中华人民共和国和吉尔吉斯共和国关于进一步深化全面
 * 战略伙伴关系的联合声明" / "…塔吉克斯坦共和国…"): those with another partner
 * first, then successive editions with the same partners, most recent first.
 *
 * Grouping is linear in the statements given, but callers give it a bounded
 * window (SUGGESTION_WINDOW most recent), never the whole corpus: a page must
 * not read 10,000 statements to suggest three pairs, and the pairs a reader
 * wants suggested are recent ones anyway.
 */
import { applyPartyMask, buildPartyMask } from '@/lib/parties/party-mask'
import { normalizeForComparison } from '@/lib/text/normalize'

/** How many of the most recent statements the home page looks for pairs in. */
export const SUGGESTION_WINDOW = 200

export interface PairCandidate {
  slug: string
  title: string
  date: string | null
  partyCodes: string[]
}

export function suggestPairs<T extends PairCandidate>(statements: readonly T[], limit = 3): [T, T][] {
  const groups = new Map<string, T[]>()
  for (const statement of statements) {
    const key = applyPartyMask(normalizeForComparison(statement.title), buildPartyMask(statement.partyCodes)).text
    groups.set(key, [...(groups.get(key) ?? []), statement])
  }
  const pairs: [T, T][] = []
  for (const group of groups.values()) {
    const sorted = [...group].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''))
    for (let k = 0; k + 1 < sorted.length; k++) pairs.push([sorted[k] as T, sorted[k + 1] as T])
  }
  // the same formula with another partner first (the reason to compare), then the same partners a year on
  const samePartners = ([x, y]: [T, T]) => [...x.partyCodes].sort().join() === [...y.partyCodes].sort().join()
  return pairs
    .sort((x, y) => Number(samePartners(x)) - Number(samePartners(y)) || (y[1].date ?? '').localeCompare(x[1].date ?? ''))
    .slice(0, limit)
}
