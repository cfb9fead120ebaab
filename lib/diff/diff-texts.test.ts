import { describe, expect, it } from 'vitest'
import { applyPartyMask, buildPartyMask } from '@/lib/parties/party-mask'
import { normalizeForComparison } from '@/lib/text/normalize'
import { diffTexts, type DiffSide } from './diff-texts'
import { tokenize } from './tokenize'
import type { DiffOp, Granularity } from './types'

const side = (text: string, parties?: string[]): DiffSide => {
  const normalized = normalizeForComparison(text)
  return { original: text, comparable: parties ? applyPartyMask(normalized, buildPartyMask(parties)) : normalized }
}

/** A row as the reader sees it: equal text plain, <del>A only</del>, <ins>B only</ins>, {A|B} for masked names. */
function render(ops: DiffOp[]): string {
  return ops
    .map((op) => {
      if (op.op === 'delete') return `<del>${op.a}</del>`
      if (op.op === 'insert') return `<ins>${op.b}</ins>`
      return op.a === op.b ? op.a : `{${op.a}|${op.b}}`
    })
    .join('')
}

const diff = (a: DiffSide, b: DiffSide, granularity: Granularity = 'word') => render(diffTexts(a, b, { granularity, timeoutMs: 1000 }))

describe('tokenize', () => {
  it('cuts Chinese into jieba’s words, which keep 构建 and 共同体 whole, and covers the text exactly', () => {
    const text = '推动构建人类命运共同体，2019年'
    const words = tokenize(text, 'word').map((t) => t.text)
    expect(words.slice(0, 5)).toEqual(['推动', '构建', '人类', '命运', '共同体'])
    expect(words.join('')).toBe(text)
    // Intl.Segmenter's words, kept to measure against: 构|建, 共同|体
    expect(tokenize(text, 'word', 'zh', 'icu').map((t) => t.text)).toEqual(expect.arrayContaining(['构', '建', '共同', '体']))
  })

  it('leaves text without Chinese to Intl.Segmenter', () => {
    expect(tokenize('The U.S. and Japan', 'word').map((t) => t.text)).toEqual(['The', ' ', 'U.S', '.', ' ', 'and', ' ', 'Japan'])
  })
})

describe('diffTexts', () => {
  it('shows an inserted word inside a formula', () => {
    expect(diff(side('为实现国家统一所作的一切努力'), side('为实现国家和平统一所作的一切努力'))).toBe(
      '为实现国家<ins>和平</ins>统一所作的一切努力',
    )
  })

  it('shows a replaced word as a deletion and an insertion', () => {
    expect(diff(side('支持中方为维护新疆安全'), side('支持中方为维护国家安全'))).toBe('支持中方为维护<del>新疆</del><ins>国家</ins>安全')
  })

  it('treats counterpart names as equal under the party mask, showing both', () => {
    expect(diff(side('吉方坚定奉行一个中国原则', ['china', 'kyrgyzstan']), side('塔方坚定奉行一个中国原则', ['china', 'tajikistan']))).toBe(
      '{吉|塔}方坚定奉行一个中国原则',
    )
  })

  it('does not match a masked name to another party’s name in a different phrase between two rewordings (a review: 吉 of 吉方认为 as 塔 of 中塔关系)', () => {
    const kg = side('吉方认为习近平主席提出的构建人类命运共同体具有划时代和历史意义。', ['china', 'kyrgyzstan'])
    const tj = side('双方将发展中塔关系置于各自外交政策的优先方向，致力于发展全天候友谊，构建人类命运共同体。', ['china', 'tajikistan'])
    const shown = diff(kg, tj)
    expect(shown).not.toContain('{吉|塔}')
    expect(shown).toMatch(/^<del>吉方认为习近平主席提出<\/del><ins>双方将发展中塔关系置于各自外交政策<\/ins>/)
    // the wording both share stays shared
    expect(shown).toContain('构建人类命运共同体<del>')
    // a name as long as the change around it stays matched: 和 → 同 before 吉尔吉斯斯坦 / 塔吉克斯坦
    expect(
      diff(
        side('倡议和吉尔吉斯斯坦《2018－2040年国家发展战略》', ['china', 'kyrgyzstan']),
        side('倡议同塔吉克斯坦“2030年前国家发展战略”', ['china', 'tajikistan']),
      ),
    ).toContain('<del>和</del><ins>同</ins>{吉尔吉斯斯坦|塔吉克斯坦}')
    // a word printed in another width is the same word, however short (review: G7 / Ｇ７)
    expect(diff(side('双方加强G7框架内合作'), side('双方深化Ｇ７机制下合作'))).toContain('{G7|Ｇ７}')
  })

  it('does not show the same words deleted and inserted when a name is masked on one side only', () => {
    // Kyrgyzstan is the counterpart in B (masked) but a third country in A (as written)
    expect(
      diff(side('支持吉尔吉斯共和国举办峰会', ['china', 'kazakhstan']), side('支持吉尔吉斯共和国举办峰会', ['china', 'kyrgyzstan'])),
    ).toBe('支持吉尔吉斯共和国举办峰会')
  })

  it('diffs by character when asked', () => {
    expect(diff(side('以下简称'), side('以下称'), 'char')).toBe('以下<del>简</del>称')
  })

  it('partitions each side’s original text exactly, spaces and full-width forms included', () => {
    const a = '于 2019 年 6 月 12 日访问（二）'
    const b = '于2019年6月15日访问(二)'
    const ops = diffTexts(side(a), side(b))
    expect(
      ops
        .filter((op) => op.op !== 'insert')
        .map((op) => op.a)
        .join(''),
    ).toBe(a)
    expect(
      ops
        .filter((op) => op.op !== 'delete')
        .map((op) => op.b)
        .join(''),
    ).toBe(b)
  })

  describe('edge cases', () => {
    it('diffs against an empty text', () => {
      expect(diff(side(''), side('双方'))).toBe('<ins>双方</ins>')
    })

    it('falls back to replacing the whole text when the diff takes too long', () => {
      const a = Array.from({ length: 3000 }, (_, i) => `甲${i}`).join('')
      const b = Array.from({ length: 3000 }, (_, i) => `${i}乙`).join('')
      const ops = diffTexts(side(a), side(b), { granularity: 'char', timeoutMs: 0 })
      expect(ops.map((op) => op.op)).toEqual(['delete', 'insert'])
    })
  })
})
