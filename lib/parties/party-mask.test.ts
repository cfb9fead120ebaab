import { describe, expect, it } from 'vitest'
import { originalRange } from '@/lib/text/mapped-text'
import { normalizeForComparison } from '@/lib/text/normalize'
import { applyPartyMask, buildPartyMask } from './party-mask'

const masked = (text: string, parties: string[]) => applyPartyMask(normalizeForComparison(text), buildPartyMask(parties))
const P = '\uE000'
const L = '\uE010'

describe('applyPartyMask', () => {
  it('makes the Kyrgyz and Tajik forms of a formula equal', () => {
    const kyrgyz = masked('吉方坚定奉行一个中国原则，中吉全面战略伙伴关系', ['china', 'kyrgyzstan'])
    const tajik = masked('塔方坚定奉行一个中国原则，中塔全面战略伙伴关系', ['china', 'tajikistan'])
    expect(kyrgyz.text).toBe(tajik.text)
    expect(kyrgyz.text).toBe(`${P}方坚定奉行一个中国原则,中${P}全面战略伙伴关系`)
  })

  it('masks full names, short names and leaders, longest first', () => {
    expect(masked('吉尔吉斯共和国总统索隆拜·热恩别科夫和吉尔吉斯斯坦人民', ['china', 'kyrgyzstan']).text).toBe(`${P}总统${L}和${P}人民`)
  })

  it('does not mask China, nor the abbreviation outside its compounds', () => {
    expect(masked('中方欢迎塔吉克斯坦的阿斯塔纳进程', ['china', 'tajikistan']).text).toBe(`中方欢迎${P}的阿斯塔纳进程`)
  })

  it('maps a placeholder back to the whole name it replaced', () => {
    const text = '应吉尔吉斯共和国总统邀请'
    const m = masked(text, ['china', 'kyrgyzstan'])
    const [from, to] = originalRange(m, 1, 2)
    expect(text.slice(from, to)).toBe('吉尔吉斯共和国')
  })

  it('keeps the partners of a trilateral statement apart', () => {
    expect(masked('俄方和蒙方', ['china', 'russia', 'mongolia']).text).toBe(`${P}方和\uE001方`)
  })
})

describe('buildPartyMask in English', () => {
  const mask = (text: string, parties: string[]) => applyPartyMask(normalizeForComparison(text), buildPartyMask(parties)).text

  it('masks the counterpart’s names, its side and its president, as whole words', () => {
    expect(mask('The Kyrgyz side supports the Kyrgyz Republic and Kyrgyzstan.', ['china', 'kyrgyzstan'])).toBe(
      'the \uE000 side supports the \uE000 and \uE000.',
    )
    expect(mask('The Tajik side thanks President Emomali Rahmon.', ['china', 'tajikistan'])).toBe('the \uE000 side thanks \uE010.')
  })

  it('takes a partner’s leader with any office for the same counterpart: President Yoon and Prime Minister Kishida (issue 11)', () => {
    const korea = mask('President Biden and President Yoon reaffirm the Alliance.', ['united-states', 'south-korea'])
    const japan = mask('President Biden and Prime Minister Kishida reaffirm the Alliance.', ['japan', 'united-states'])
    expect(korea).toBe(japan)
    expect(korea).toBe('president biden and \uE010 reaffirm the alliance.')
  })

  it('masks a leader however the release spells the name: family name first, a particle with a space, a royal title (walkthrough)', () => {
    expect(mask('Prime Minister KISHIDA Fumio welcomed it.', ['japan', 'united-states'])).toBe('\uE010 welcomed it.')
    expect(mask('Prime Minister Fumio Kishida welcomed it.', ['japan', 'united-states'])).toBe('\uE010 welcomed it.')
    expect(mask('President Al Sisi and President al-Sisi', ['united-states', 'egypt'])).toBe('\uE010 and \uE010')
    const jordan = mask('President Biden and His Majesty King Abdullah II met.', ['united-states', 'jordan'])
    expect(jordan).toBe('president biden and \uE010 met.')
    expect(mask('President Biden and President Al Sisi met.', ['united-states', 'egypt'])).toBe(jordan)
  })

  it('makes the same formula of the same words with different partners', () => {
    const kg = mask('The Kyrgyz side firmly adheres to the one-China principle', ['china', 'kyrgyzstan'])
    const tj = mask('The Tajik side firmly adheres to the one-China principle', ['china', 'tajikistan'])
    expect(kg).toBe(tj)
  })

  it('leaves China and words that only contain a name alone', () => {
    expect(mask("The People's Republic of China and Kyrgyzstanis", ['china', 'kyrgyzstan'])).toBe(
      "the people's republic of china and kyrgyzstanis",
    )
  })
})
