import { describe, expect, it } from 'vitest'
import { CONTEXT_YEARS, formulaHistory, type HistoryStatement } from './history'

const china = { code: 'china', name: 'China' }
const party = (code: string) => ({ code, name: code[0]?.toUpperCase() + code.slice(1) })
const use = (slug: string, date: string | null, partner: string, occurrences = 1): HistoryStatement => ({
  slug,
  title: slug,
  date,
  parties: [china, party(partner)],
  occurrences,
})

describe('a formula’s history', () => {
  const history = formulaHistory(
    [
      use('c', '2021-05-01', 'kazakhstan', 2),
      use('a', '2019-06-13', 'kyrgyzstan'),
      use('b', '2019-06-15', 'tajikistan'),
      use('d', '2021-09-01', 'kyrgyzstan'),
      use('e', null, 'uzbekistan'),
    ],
    new Map([
      [2019, 8],
      [2020, 3],
      [2021, 4],
    ]),
  )

  it('runs from its first use to its latest, a year without a use included, in a collection of those years', () => {
    expect(history.first?.slug).toBe('a')
    expect(history.latest?.slug).toBe('d')
    expect(history.years).toEqual([
      { year: 2019, statements: 2, occurrences: 2, corpusStatements: 8, share: 0.25 },
      { year: 2020, statements: 0, occurrences: 0, corpusStatements: 3, share: 0 },
      { year: 2021, statements: 2, occurrences: 3, corpusStatements: 4, share: 0.5 },
    ])
    expect(history.undated).toBe(1)
  })

  it('runs over the collection’s years: those before its first use show when it entered, those after its latest that it was dropped', () => {
    const entered = formulaHistory(
      [use('b', '2021-03-01', 'kazakhstan'), use('c', '2021-04-01', 'kyrgyzstan')],
      new Map([
        [2018, 0],
        [2019, 5],
        [2021, 4],
        [2022, 6],
      ]),
    )
    expect(entered.years).toEqual([
      { year: 2019, statements: 0, occurrences: 0, corpusStatements: 5, share: 0 },
      { year: 2020, statements: 0, occurrences: 0, corpusStatements: 0, share: 0 },
      { year: 2021, statements: 2, occurrences: 2, corpusStatements: 4, share: 0.5 },
      { year: 2022, statements: 0, occurrences: 0, corpusStatements: 6, share: 0 },
    ])
  })

  it(`looks at most ${CONTEXT_YEARS} years beyond its uses, so that a stray old or future date does not stretch every history`, () => {
    const stray = formulaHistory(
      [use('b', '2021-03-01', 'kazakhstan')],
      new Map([
        [1, 1],
        [2017, 2],
        [2015, 3],
        [2026, 1],
        [2027, 1],
        [9999, 1],
      ]),
    )
    expect(stray.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
  })

  it('counts the statements of each party, most first, with their first and latest use', () => {
    expect(history.partners.map((p) => [p.name, p.statements, p.first, p.latest])).toEqual([
      ['China', 5, '2019-06-13', '2021-09-01'],
      ['Kyrgyzstan', 2, '2019-06-13', '2021-09-01'],
      ['Kazakhstan', 1, '2021-05-01', '2021-05-01'],
      ['Tajikistan', 1, '2019-06-15', '2019-06-15'],
      ['Uzbekistan', 1, null, null],
    ])
  })

  it('has no years when no statement that uses it is dated', () => {
    const undated = formulaHistory([use('x', null, 'kyrgyzstan'), use('y', null, 'tajikistan')], new Map())
    expect(undated).toMatchObject({ first: null, latest: null, years: [], undated: 2 })
  })
})
