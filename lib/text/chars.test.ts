import { describe, expect, it } from 'vitest'
import { textLang } from './chars'

describe('textLang', () => {
  it('tags text with an ideograph as Chinese and other text as English', () => {
    expect(textLang('中华人民共和国和吉尔吉斯共和国联合声明')).toBe('zh-Hans')
    expect(textLang('United States-Republic of Korea Leaders’ Joint Statement')).toBe('en')
    expect(textLang('A: Section 2 (二)')).toBe('zh-Hans')
    expect(textLang('A: The Linchpin for Peace')).toBe('en')
    expect(textLang(null)).toBe('en')
  })
})
