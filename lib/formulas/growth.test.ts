import { describe, expect, it } from 'vitest'
import { corpusYears, formulaGrowth } from './growth'

const st = (date: string | null, language = 'en') => ({ date, language })

describe('a formula’s growth', () => {
  // four English statements in 2021, five in 2022; two Chinese ones in 2019 only
  const corpus = corpusYears([
    ...['2021-01-02', '2021-03-04', '2021-05-06', '2021-07-08'].map((d) => st(d)),
    ...['2022-01-02', '2022-02-03', '2022-03-04', '2022-04-05', '2022-05-06'].map((d) => st(d)),
    st('2019-06-13', 'zh'),
    st('2019-06-15', 'zh'),
    st(null),
  ])

  it('is the change in the share of its language’s statements, latest year against the year before, in points', () => {
    // 1 of 4 in 2021 (25%), 3 of 5 in 2022 (60%)
    expect(formulaGrowth([st('2021-03-04'), st('2022-01-02'), st('2022-02-03'), st('2022-04-05')], corpus)).toBe(35)
    // 2 of 4, then 1 of 5: falling
    expect(formulaGrowth([st('2021-01-02'), st('2021-05-06'), st('2022-05-06')], corpus)).toBe(-30)
    // shares, not counts: 2 of 4 and 2.5 of 5 would be level
    expect(formulaGrowth([st('2021-01-02'), st('2021-03-04'), st('2022-01-02'), st('2022-02-03')], corpus)).toBe(-10)
  })

  it('is null where the collection does not cover two successive years of the language', () => {
    expect(formulaGrowth([st('2019-06-13', 'zh'), st('2019-06-15', 'zh')], corpus)).toBeNull()
    expect(formulaGrowth([], corpus)).toBeNull()
  })

  it('counts dated statements only', () => {
    expect(corpus.byLanguage.get('en')).toEqual(
      new Map([
        [2021, 4],
        [2022, 5],
      ]),
    )
    expect(corpus.latest.get('zh')).toBe(2019)
  })
})
