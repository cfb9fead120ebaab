import { describe, expect, it } from 'vitest'
import { suggestPairs } from './suggest-pairs'

const s = (slug: string, title: string, date: string, partyCodes: string[]) => ({ slug, title, date, partyCodes })

describe('suggestPairs', () => {
  it('suggests the same formula with another partner before the same partners a year on', () => {
    const statements = [
      s('kg', '中华人民共和国和吉尔吉斯共和国联合声明', '2019-06-13', ['china', 'kyrgyzstan']),
      s('tj', '中华人民共和国和塔吉克斯坦共和国联合声明', '2019-06-15', ['china', 'tajikistan']),
      s('g7a', 'G7 Leaders’ Statement', '2022-05-08', ['g7']),
      s('g7b', 'G7 Leaders’ Statement', '2022-09-23', ['g7']),
    ]
    expect(suggestPairs(statements).map(([a, b]) => `${a.slug}/${b.slug}`)).toEqual(['kg/tj', 'g7a/g7b'])
  })
})
