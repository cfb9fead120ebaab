import { describe, expect, it } from 'vitest'
import { wrapUnits } from './wrap-units'

describe('wrapUnits', () => {
  it('keeps a word whole with its apostrophe, hyphens, closing punctuation and spaces', () => {
    expect(wrapUnits('Russia’s people-to-people ties, “free and open”.')).toEqual([
      'Russia’s ',
      'people-to-people ',
      'ties, ',
      '“free ',
      'and ',
      'open”.',
    ])
  })

  it('keeps abbreviations, numbers, a masked name’s possessive and straight quotes whole', () => {
    expect(wrapUnits('the U.S.–ROK 2.5% of 1,000 \ue000’s "peace"')).toEqual([
      'the ',
      'U.S.–',
      'ROK ',
      '2.5% ',
      'of ',
      '1,000 ',
      '\ue000’s ',
      '"peace"',
    ])
  })

  it('breaks between ideographs, keeping closing punctuation with the one before it', () => {
    expect(wrapUnits('实现国家统一。“台独”')).toEqual(['实', '现', '国', '家', '统', '一。', '“台', '独”'])
  })

  it('loses no character of real text', () => {
    for (const text of [
      'The two Presidents reaffirm — as they did in 2021 — the U.S.–ROK Alliance’s role.',
      '吉方（吉尔吉斯共和国）坚定奉行一个中国原则，反对任何形式的“台湾独立”。',
      '  spaces  and\ttabs ',
    ])
      expect(wrapUnits(text).join('')).toBe(text)
  })
})
