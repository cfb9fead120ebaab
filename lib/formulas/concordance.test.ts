import { describe, expect, it } from 'vitest'
import { variantDiff } from './concordance'
import { keywordInContext } from '@/lib/text/keyword-in-context'
import { formulaSegments, plainFormula } from './label'

describe('keywordInContext', () => {
  it('returns the occurrence with its context cut by an ellipsis', () => {
    expect(keywordInContext('双方坚定奉行一个中国原则，支持中方。', 2, 12, 1)).toEqual({
      left: '…方',
      match: '坚定奉行一个中国原则',
      right: '，…',
    })
  })

  it('returns the whole clause when it is shorter than the context', () => {
    expect(keywordInContext('双方坚定奉行一个中国原则。', 2, 12, 20)).toEqual({ left: '双方', match: '坚定奉行一个中国原则', right: '。' })
  })
})

describe('variantDiff', () => {
  it('returns the characters a variant adds to the main one', () => {
    const rendered = variantDiff('实现国家统一', '实现国家和平统一')
      .map((o) => (o.op === 'equal' ? o.a : o.op === 'insert' ? `<ins>${o.b}</ins>` : `<del>${o.a}</del>`))
      .join('')
    expect(rendered).toBe('实现国家<ins>和平</ins>统一')
  })
})

describe('plainFormula', () => {
  it('returns counterpart slots as 〈X〉 and 〈X人名〉', () => {
    expect(plainFormula('\uE000方支持\uE010总统')).toBe('〈X〉方支持〈X人名〉总统')
    expect(plainFormula('中\uE000\uE001三国')).toBe('中〈X〉〈Y〉三国')
  })

  it('returns segments for a page to render', () => {
    expect(formulaSegments('\uE000方坚定')).toEqual([
      { type: 'party', role: 'country', name: 'X' },
      { type: 'text', text: '方坚定' },
    ])
  })
})
