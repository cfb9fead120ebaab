import { describe, expect, it } from 'vitest'
import { wordBoundaryCache } from './phrase-bounds'
import { mineFormulas } from './mine-formulas'

/** The words of a text as the miner cuts it. */
function words(text: string): string[] {
  const marks = wordBoundaryCache(() => text)(0)
  const out: string[] = []
  let start = 0
  for (let k = 1; k <= text.length; k++)
    if (marks[k]) {
      out.push(text.slice(start, k))
      start = k
    }
  return out
}

describe('wordBoundaryCache', () => {
  it('keeps a party’s one-character form with a masked partner: 中〈X〉 is one word', () => {
    expect(words('政治互信是中\ue000关系最重要的特征')).toContain('中\ue000')
    expect(words('\ue000中关系')).toContain('\ue000中')
  })

  it('keeps 第 with its numeral, Arabic or Chinese, spaced or not', () => {
    for (const [text, word] of [
      ['《联合国宪章》第25条', '第25'],
      ['《联合国宪章》第二十五条', '第二十五'],
      ['《公约》第 24 次缔约方大会', '第 24'],
    ] as const)
      expect(words(text).some((w) => w.startsWith(word))).toBe(true)
  })

  it('leaves a 中 without a partner, and a numeral without 第, to jieba', () => {
    expect(words('中国和平发展')).toContain('中国')
    expect(words('中方与\ue000方')).toContain('中方')
    expect(words('双方第一次会晤')[0]).toBe('双方')
  })
})

describe('mineFormulas with compounds', () => {
  it('never ends a formula on 中 before a masked partner, or on 第', () => {
    const docs = [
      ['政治互信是中\ue000全面战略伙伴关系的基础。', '根据联合国安理会第2231号决议和《联合国宪章》第25条。'],
      ['政治互信是中\ue000全面战略伙伴关系的基础。', '根据联合国安理会第2231号决议和《联合国宪章》第二十五条。'],
    ].map((texts, d) => ({ id: d + 1, clauses: texts.map((text, c) => ({ id: d * 10 + c + 1, text })) }))
    const keys = mineFormulas(docs).map((f) => f.key)
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.some((key) => key.endsWith('中') || key.endsWith('第'))).toBe(false)
  })
})
