import { describe, expect, it } from 'vitest'
import { mapIdentity } from '@/lib/text/mapped-text'
import { segmentBody, splitClauses } from './segment-body'

const clauses = (text: string) => splitClauses(mapIdentity(text), 0).map((c) => c.text)
const paragraph = (text: string, short = false) => ({ text: mapIdentity(text), short })

describe('splitClauses', () => {
  it('splits at 。！？ and keeps a closing quote with its sentence', () => {
    expect(clauses('中国人讲：“志之所趋，无远弗届。”各国人民对美好生活的向往，谁都无法阻挡。')).toEqual([
      '中国人讲：“志之所趋，无远弗届。”',
      '各国人民对美好生活的向往，谁都无法阻挡。',
    ])
  })

  it('splits at ； where it separates two commitments long enough to stand alone', () => {
    expect(clauses('（一）充分发挥战略安全磋商机制作用，巩固国家安全领域信任；保持双方在重大国家安全问题上的密切沟通。')).toEqual([
      '（一）充分发挥战略安全磋商机制作用，巩固国家安全领域信任；',
      '保持双方在重大国家安全问题上的密切沟通。',
    ])
    expect(clauses('——高度的政治互信；')).toEqual(['——高度的政治互信；'])
  })

  it('keeps a sentence quoted inside another one whole', () => {
    expect(clauses('他说：“我们来了。我们还会再来。”大家鼓掌。')).toEqual(['他说：“我们来了。我们还会再来。”', '大家鼓掌。'])
  })

  it('keeps an English run-in label with the sentence it heads, in Title Case or, in a list item, as a short noun phrase', () => {
    const en = (text: string, listItem = true) => splitClauses(mapIdentity(text), 0, 'en', listItem).map((c) => c.text)
    expect(en('Working Groups. Nine groups have met. Each reports yearly.')).toEqual([
      'Working Groups. Nine groups have met.',
      'Each reports yearly.',
    ])
    expect(en('Undersea capabilities. The partners will work on them. They met twice.')).toEqual([
      'Undersea capabilities. The partners will work on them.',
      'They met twice.',
    ])
    // a short sentence with a subject or an auxiliary is a sentence of its own
    expect(en('We agree. The partners will work on them.')).toEqual(['We agree.', 'The partners will work on them.'])
    expect(en('Progress is steady. The partners will work on them.')).toHaveLength(2)
    // only a list item opens with its topic so: a paragraph's short first sentence is a sentence (review)
    expect(en('Progress continues. The partners will work on it.', false)).toHaveLength(2)
    expect(en('Working Groups. Nine groups have met.', false)).toHaveLength(1)
  })

  it('records the enumeration that opens the paragraph on its first clause only', () => {
    const parts = splitClauses(mapIdentity('第一，我们要坚持共商共建共享。中国将不断扩大对外开放。'), 3)
    expect(parts.map((c) => [c.label, c.paragraph])).toEqual([
      ['第一，', 3],
      [null, 3],
    ])
  })
})

describe('segmentBody', () => {
  it('opens a section at a numeral line and a sub-section at a named heading', () => {
    const sections = segmentBody([
      paragraph('双方声明如下：'),
      paragraph('一', true),
      paragraph('双方将加强合作。'),
      paragraph('政治合作', true),
      paragraph('双方将保持高层交往。'),
    ])
    expect(sections.map((s) => [s.level, s.label, s.heading, s.clauses.length])).toEqual([
      [0, null, null, 1],
      [1, '一', null, 1],
      [2, null, '政治合作', 1],
    ])
  })

  it('keeps a heading with no clauses of its own before the heading it stands over (U.S.–EU TTC statement, 2022-12-05)', () => {
    const en = (text: string, heading = false) => ({ text: mapIdentity(text), short: true, heading })
    const sections = segmentBody(
      [
        en('I. Introduction', true),
        en('The Trade and Technology Council met for the third time.'),
        en('II. Key Outcomes of the Third TTC Ministerial', true),
        en('A. Digital Infrastructure and Connectivity', true),
        en('Joint Initiatives with Jamaica and Kenya', true),
        en('The United States and the European Union are supporting secure connectivity.'),
        en('Future Secure Connectivity Projects', true),
        en('We recognize the importance of secure networks.'),
        en('Annex I', true),
        en('Statement on Investment Screening', true),
        en('Openness to investment is vital.'),
        en('December 5, 2022'),
        en(''),
      ],
      'en',
    )
    expect(sections.map((s) => [s.level, s.label, s.heading, s.clauses.length])).toEqual([
      [1, 'I', 'Introduction', 1],
      [
        1,
        'II',
        'Key Outcomes of the Third TTC Ministerial › A. Digital Infrastructure and Connectivity › Joint Initiatives with Jamaica and Kenya',
        1,
      ],
      [2, null, 'Future Secure Connectivity Projects', 1],
      // an annex is numbered as a part is; the date after the last clause heads nothing
      [1, 'Annex I', 'Statement on Investment Screening', 1],
    ])
  })

  it('gives the nearest number to the heading an outer one stands over', () => {
    const en = (text: string) => ({ text: mapIdentity(text), short: true, heading: true })
    const sections = segmentBody(
      [en('I. Overview'), en('II. Key Outcomes'), en('Digital Infrastructure'), { text: mapIdentity('We met.'), short: true }],
      'en',
    )
    expect(sections.map((s) => [s.label, s.heading])).toEqual([['II', 'I Overview › Key Outcomes › Digital Infrastructure']])
  })

  it('gives a bare numeral with no clauses of its own to the heading under it', () => {
    const sections = segmentBody([paragraph('一', true), paragraph('政治合作', true), paragraph('双方将保持高层交往。')])
    expect(sections.map((s) => [s.level, s.label, s.heading, s.clauses.length])).toEqual([[1, '一', '政治合作', 1]])
  })

  it('does not take a short last line of text for a heading', () => {
    const sections = segmentBody([paragraph('双方将加强合作。'), paragraph('谢谢大家', true)])
    expect(sections).toHaveLength(1)
    expect(sections[0]?.clauses.map((c) => c.text)).toEqual(['双方将加强合作。', '谢谢大家'])
  })
})
