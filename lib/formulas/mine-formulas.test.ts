import { describe, expect, it } from 'vitest'
import { comparableClause } from '@/lib/text/comparable'
import { buildPartyMask } from '@/lib/parties/party-mask'
import { corpusStatements, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { plainFormula } from './label'
import { lengthOf, mineFormulas } from './mine-formulas'
import type { MinedFormula } from './types'

/** Documents of clauses, numbered in order. */
function mine(documents: string[][]) {
  let id = 0
  return mineFormulas(documents.map((clauses, d) => ({ id: d + 1, clauses: clauses.map((text) => ({ id: ++id, text })) })))
}

const documentsOf = (formula: MinedFormula) => [...new Set(formula.occurrences.document)]

describe('lengthOf', () => {
  it("counts a formula as the length rule does: ideographs and a quoted term's quotes, or English words as a reader counts them", () => {
    expect(lengthOf('坚定奉行一个中国原则')).toBe(10)
    expect(lengthOf('“一带一路”')).toBe(6)
    expect(lengthOf('free and open Indo-Pacific')).toBe(4)
  })
})

describe('mineFormulas', () => {
  it('returns a phrase found in two statements, with where it occurs', () => {
    const [formula, ...rest] = mine([['双方坚定奉行一个中国原则。'], ['我们坚定奉行一个中国原则，'], ['无关的句子在这里出现。']])
    expect(rest).toEqual([])
    expect(formula?.key).toBe('坚定奉行一个中国原则')
    expect(documentsOf(formula as MinedFormula)).toEqual([1, 2])
    expect(Array.from(formula?.occurrences.start ?? [])).toEqual([2, 2])
    expect(Array.from(formula?.occurrences.end ?? [])).toEqual([12, 12])
  })

  it('ignores a phrase repeated within one statement only', () => {
    expect(mine([['坚定奉行一个中国原则。', '坚定奉行一个中国原则。'], ['别的内容完全不同啊。']])).toEqual([])
  })

  it('keeps two wordings of one phrase together as variants', () => {
    const [formula] = mine([['支持中国政府为实现国家统一所作的一切努力。'], ['支持中国政府为实现国家和平统一所作的一切努力。']])
    expect(formula?.variants.map((v) => v.pattern)).toEqual([
      '支持中国政府为实现国家统一所作的一切努力',
      '支持中国政府为实现国家和平统一所作的一切努力',
    ])
    expect(Array.from(formula?.occurrences.variant ?? [])).toEqual([0, 1])
  })

  it('drops a phrase that only occurs inside a longer formula in the same statements', () => {
    const found = mine([['推动构建人类命运共同体。'], ['推动构建人类命运共同体！']]).map((f) => f.key)
    expect(found).toEqual(['推动构建人类命运共同体'])
  })

  it('keeps the shorter phrase when it is used in more statements than the longer one', () => {
    const found = mine([['推动构建人类命运共同体。'], ['推动构建人类命运共同体！'], ['人类命运共同体理念。']]).map(
      (f) => `${f.key}:${f.documents}`,
    )
    expect(found).toEqual(['人类命运共同体:3', '推动构建人类命运共同体:2'])
  })

  it('drops a phrase that runs over a comma and stops inside the next part, and keeps one that ends where a part ends', () => {
    const cut = mine([
      ['各方坚定维护以联合国为核心的国际体系，坚定维护多边主义。'],
      ['我们坚定维护以联合国为中心的国际体系，坚定维护多边贸易体制。'],
    ])
    expect(cut.map((f) => f.key)).not.toContain('国际体系，坚定维护多边')
    const whole = mine([
      ['各方坚定维护以联合国为核心的国际体系，坚定维护多边主义。'],
      ['我们坚定维护以联合国为中心的国际体系，坚定维护多边主义。'],
    ])
    expect(whole.map((f) => f.key)).toContain('国际体系，坚定维护多边主义')
  })

  it('does not make a formula with variants that is cut short, and leaves its parts as phrases of their own (not trimmed back)', () => {
    // the two wordings run on to 并将继续深化 | 各领域合作 / 经贸合作: a verb whose object follows, past a comma
    const found = mine([
      ['支持中国政府为实现国家统一所作的一切努力，并将继续深化各领域合作。'],
      ['支持中国政府为实现国家和平统一所作的一切努力，并将继续深化经贸合作。'],
    ])
    expect(found.flatMap((f) => f.variants.map((v) => v.pattern)).some((p) => p.endsWith('深化'))).toBe(false)
    // its parts are not absorbed into it: the part before the variable wording is mined as a phrase of its own (here cut
    // where the two wordings part, 国家 | 统一 / 和平统一: a variant formula that runs on is dropped, not trimmed back to its comma)
    expect(found.some((f) => f.key.startsWith('支持中国政府'))).toBe(true)
  })

  it('does not make a formula with variants that begins inside a frame opened before it (以 … | …为), as a phrase of one wording is not', () => {
    // both wordings begin after 以 and hold its 为: the formula would begin 盟和 | 支持…, inside 以东盟和…为重点 / 以非盟和…为重点
    const found = mine([
      ['双方愿以东盟和支持中国政府为实现国家统一所作的一切努力为重点。'],
      ['各方将以非盟和支持中国政府为实现国家和平统一所作的一切努力为重点。'],
    ])
    expect(found.filter((f) => f.variants.length > 1)).toEqual([])
    expect(found.flatMap((f) => f.variants.map((v) => v.pattern)).some((p) => p.startsWith('盟和'))).toBe(false)
  })

  describe('edge cases', () => {
    it('returns nothing for an empty corpus', () => {
      expect(mine([])).toEqual([])
      expect(mine([[], ['']])).toEqual([])
    })

    it('does not make a formula of punctuation, numbers or a party placeholder', () => {
      expect(mine([['2019年6月13日，\uE000方：'], ['2019年6月13日，\uE000方：']])).toEqual([])
    })

    it('counts Latin-script phrases in words, with no function word at either end', () => {
      const found = mine([
        ['We support the peaceful reunification and the dialogue.'],
        ['They support the peaceful reunification, as before.'],
      ]).map((f) => f.key)
      expect(found).toEqual(['support the peaceful reunification'])
    })

    it('drops an English phrase whose complement follows it wherever it is used (open-ended)', () => {
      const found = mine([
        ['We support the peaceful reunification of the country.'],
        ['They support the peaceful reunification of Korea.'],
      ]).map((f) => f.key)
      expect(found).toEqual([])
    })

    it('drops an English phrase that one preposition or conjunction precedes in nearly all its statements (the tail of a longer phrase)', () => {
      const found = mine([['We will act as soon as possible.'], ['They will respond as soon as possible.']]).map((f) => f.key)
      expect(found).toEqual([])
    })

    it('reads the English word next to a phrase by its stem, and any number as one: a phrase after one verb in its forms, or after an amount, is part of a longer one', () => {
      const found = mine([
        ['We impose costs on Russia now.'],
        ['They imposed costs on Russia today.'],
        ['We are imposing costs on Russia again.'],
        ['We give $50 million in new funding here.'],
        ['They add $1.2 million in new funding there.'],
      ]).map((f) => f.key)
      expect(found).not.toContain('costs on Russia')
      expect(found).not.toContain('million in new funding')
    })

    it('keeps an English phrase that a preposition precedes in only some statements, or that "to" precedes', () => {
      const found = mine([
        ['We deliver doses of safe and effective vaccines.'],
        ['We share safe and effective vaccines.'],
        ['We ship millions of safe and effective vaccines.'],
        ['We act to tackle the climate crisis together.'],
        ['They pledge to tackle the climate crisis now.'],
      ]).map((f) => f.key)
      expect(found).toEqual(expect.arrayContaining(['safe and effective vaccines', 'tackle the climate crisis']))
    })

    it('does not count a use that is the start of a longer word', () => {
      // "small and medium" begins "small and medium-sized" in the first statement: only the second uses the phrase itself
      const found = mine([['They help small and medium-sized firms.'], ['We help small and medium, large and small.']]).map((f) => f.key)
      expect(found).toEqual([])
    })

    it('never cuts inside a hyphenated word (Indo-Pacific is one word)', () => {
      const found = mine([
        ['We stand for a free and open Indo-Pacific region.'],
        ['They work toward a free and open Indo-Pacific that is resilient.'],
      ]).map((f) => f.key)
      expect(found).toEqual(['free and open Indo-Pacific'])
    })

    it('cuts Chinese on jieba’s words: never inside a name such as 中国政府', () => {
      const found = mine([
        ['各方支持两岸关系和平发展和中国政府的努力。'],
        ['双方支持两岸关系和平发展和中国政府的立场。'],
        ['我们支持两岸关系和平发展和中国统一大业。'],
      ]).map((f) => f.key)
      expect(found).toContain('支持两岸关系和平发展')
      expect(found.filter((key) => key.endsWith('和中国'))).toEqual([])
    })

    it('handles characters outside the Basic Multilingual Plane', () => {
      const found = mine([['𠀀𠀁坚定奉行一个中国原则'], ['𠀀𠀁坚定奉行一个中国原则']]).map((f) => f.key)
      expect(found).toEqual(['𠀀𠀁坚定奉行一个中国原则'])
    })
  })
})

describe('mineFormulas on the bundled corpus', () => {
  const statements = corpusStatements()
  const formulas = mineFormulas(
    statements.map((statement, d) => {
      const mask = buildPartyMask(statement.parties)
      return {
        id: d + 1,
        clauses: statement.sections
          .flatMap((s) => s.clauses)
          .map((c, k) => ({ id: (d + 1) * 1000 + k, text: comparableClause(c.text, c.label, mask).comparable.text })),
      }
    }),
  )
  const find = (text: string) => formulas.filter((f) => f.variants.some((v) => v.pattern.includes(text)))

  it('finds 坚定奉行一个中国原则 in the Kyrgyzstan and Tajikistan statements', () => {
    const [formula, ...more] = find('坚定奉行一个中国原则')
    expect(more).toEqual([])
    expect(documentsOf(formula as MinedFormula)).toEqual([KYRGYZSTAN, TAJIKISTAN])
    expect(plainFormula(formula?.key ?? '')).toMatch(/^〈X〉方坚定奉行一个中国原则/)
  })

  it('reports the one-China clause with its variants 国家统一 / 国家和平统一', () => {
    const [formula] = find('实现国家和平统一')
    expect(formula?.variants.map((v) => v.pattern.match(/实现国家.{0,2}统一/)?.[0])).toEqual(['实现国家统一', '实现国家和平统一'])
    expect(documentsOf(formula as MinedFormula)).toEqual([KYRGYZSTAN, TAJIKISTAN])
  })

  it('finds the formulas a reader of these statements knows', () => {
    const statementsOf = (key: string) => formulas.find((f) => f.key === key)?.documents
    expect(statementsOf('人类命运共同体')).toBe(6)
    expect(statementsOf('“三股势力”')).toBe(3)
    expect(statementsOf('维护以联合国为核心的国际体系')).toBe(4)
    expect(find('不参加任何损害对方主权、安全和领土完整的联盟或集团').map(documentsOf)).toEqual([[KYRGYZSTAN, TAJIKISTAN]])
  })

  it('gives no formula that is only punctuation, numbers or a party name', () => {
    for (const formula of formulas) {
      for (const variant of formula.variants) {
        expect(variant.pattern.replace(/[\p{P}\p{N}\s\uE000-\uE0FF方]/gu, '').length, variant.pattern).toBeGreaterThanOrEqual(4)
      }
    }
  })

  it('lists the most widely used formulas first', () => {
    const counts = formulas.map((f) => f.documents)
    expect(counts).toEqual([...counts].sort((x, y) => y - x))
    expect(formulas[0]?.documents).toBeGreaterThanOrEqual(6)
  })
})
