import { describe, expect, it } from 'vitest'
import { barsInWords, LONG_CLAUSE_BAR, longClauseBar, pairBar, SURE_LINK, sureBarMeaning } from './sure-link'

const LONG = '双方将继续在涉及国家主权、安全和领土完整等核心利益问题上相互坚定支持，共同维护两国和地区的安全与稳定，推动合作。'
const SHORT = '双方支持构建开放型世界经济。'

describe('the sure bar by clause length', () => {
  it('gives Chinese pairs of long clauses a bar of their own, and English none', () => {
    expect(longClauseBar(false)).toEqual(LONG_CLAUSE_BAR.zh)
    expect(longClauseBar(true)).toBeUndefined()
    const long = LONG_CLAUSE_BAR.zh as { from: number; bar: number }
    expect(long.bar).toBeLessThan(SURE_LINK.zh)
    expect(pairBar(SURE_LINK.zh, long, [LONG, LONG])).toBe(long.bar)
    // one short clause in the pair (or in a merged row) and the language's bar holds
    expect(pairBar(SURE_LINK.zh, long, [LONG, SHORT])).toBe(SURE_LINK.zh)
    expect(pairBar(SURE_LINK.zh, long, [SHORT, LONG, LONG])).toBe(SURE_LINK.zh)
    expect(pairBar(SURE_LINK.en, undefined, [LONG, LONG])).toBe(SURE_LINK.en)
  })

  it('counts characters of content, not punctuation: a clause just under the length by its letters is short', () => {
    const long = { from: 10, bar: 0.2 }
    expect(pairBar(0.25, long, ['一二三四五六七八九十', '一二三四五六七八九十'])).toBe(0.2)
    expect(pairBar(0.25, long, ['一二三四五，六七八九。', '一二三四五六七八九十'])).toBe(0.25)
  })

  it('says both bars where a language has two, and one where it has one', () => {
    expect(barsInWords({ sureBar: 0.25, longClauseBar: { from: 46, bar: 0.2 } }, 'similar')).toBe(
      '25% similar, or 20% for pairs of clauses of 46 characters or more',
    )
    expect(barsInWords({ sureBar: 0.45 }, 'alike')).toBe('45% alike')
    expect(sureBarMeaning(25, 'Chinese', { from: 46, bar: 0.2 })).toBe(
      'less than 25% alike (the bar for Chinese statements), or less than 20% when each of its clauses has 46 characters or more: in comparisons checked by hand, pairs at or above these bars were right 95 times in 100 or more, those below less often',
    )
    expect(sureBarMeaning(45)).toBe(
      'less than 45% alike: in comparisons checked by hand, pairs at least 45% alike were right 95 times in 100 or more, those less alike less often',
    )
  })
})
