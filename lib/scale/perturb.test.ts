import { describe, expect, it } from 'vitest'
import { chineseNames, findPartyByCode } from '@/lib/parties/gazetteer'
import { editText, hanAlphabet, swapCountry } from './perturb'
import { createRandom } from './random'

const country = (code: string) => {
  const party = findPartyByCode(code)
  if (!party) throw new Error(code)
  return { names: chineseNames(party), abbr: party.abbr, people: party.people }
}

describe('swapCountry', () => {
  it('returns the text with the other country’s names, compounds and leaders', () => {
    const swap = swapCountry(country('kyrgyzstan'), country('tajikistan'))
    expect(swap('应吉尔吉斯共和国总统热恩别科夫邀请，吉方支持中吉合作，吉尔吉斯斯坦')).toBe(
      '应塔吉克斯坦共和国总统埃莫马利·拉赫蒙邀请，塔方支持中塔合作，塔吉克斯坦',
    )
  })

  it('returns a name it wrote in untouched (俄罗斯 → 白俄罗斯 is not rewritten again)', () => {
    expect(swapCountry(country('russia'), country('belarus'))('中华人民共和国和俄罗斯联邦，俄罗斯，中俄，俄方')).toBe(
      '中华人民共和国和白俄罗斯共和国，白俄罗斯，中白，白方',
    )
  })

  it('keeps the leaders’ names when the other country has none in the gazetteer', () => {
    expect(swapCountry(country('kyrgyzstan'), country('tuvalu'))('热恩别科夫总统')).toBe('热恩别科夫总统')
  })
})

describe('editText', () => {
  it('returns the same edits for the same seed, drawn from the alphabet', () => {
    const text = '双方一致认为，进一步深化全面战略伙伴关系符合两国和两国人民的根本利益。'
    const alphabet = hanAlphabet([text])
    expect(editText(text, 2, createRandom(5), alphabet)).toBe(editText(text, 2, createRandom(5), alphabet))
    expect(editText(text, 2, createRandom(5), alphabet)).not.toBe(text)
  })
})

describe('edge cases', () => {
  it('returns a text of four characters or fewer unedited', () => {
    expect(editText('双方', 3, createRandom(1), ['合'])).toBe('双方')
  })
})
