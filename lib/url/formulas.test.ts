import { describe, expect, it } from 'vitest'
import {
  CONCORDANCE_PAGE,
  concordanceQueryString,
  DEFAULT_FORMULA_QUERY,
  formulaQueryString,
  parseConcordanceQuery,
  parseFormulaQuery,
} from './formulas'

describe('parseFormulaQuery', () => {
  it('returns the defaults for an empty query', () => {
    expect(parseFormulaQuery({})).toEqual({ ok: true, query: DEFAULT_FORMULA_QUERY })
  })

  it('returns the filter, trimmed', () => {
    expect(
      parseFormulaQuery({
        q: ' 一个中国 ',
        statement: '2019-06-13-china-kyrgyzstan-joint-statement',
        language: 'zh',
        minDocs: '3',
        page: '2',
      }),
    ).toEqual({
      ok: true,
      query: {
        q: '一个中国',
        statement: '2019-06-13-china-kyrgyzstan-joint-statement',
        language: 'zh',
        minDocs: 3,
        sort: 'used',
        kind: 'formula',
        page: 2,
        limit: 100,
      },
    })
  })

  it('returns one sentence naming a bad value', () => {
    expect(parseFormulaQuery({ minDocs: '1' })).toMatchObject({
      ok: false,
      error: 'Invalid minDocs: use a whole number of statements, 2 or more.',
    })
    expect(parseFormulaQuery({ page: '0' })).toMatchObject({ ok: false, error: 'Invalid page: use a page number, 1 or more.' })
    expect(parseFormulaQuery({ statement: '../etc' })).toMatchObject({ ok: false })
    expect(parseFormulaQuery({ language: 'fr' })).toMatchObject({ ok: false, error: 'Invalid language: use zh or en.' })
  })
})

describe('formulaQueryString', () => {
  it('returns the shortest query for a filter, defaults left out', () => {
    expect(formulaQueryString(DEFAULT_FORMULA_QUERY)).toBe('')
    expect(formulaQueryString({ ...DEFAULT_FORMULA_QUERY, q: '统一', minDocs: 3 })).toBe('?q=%E7%BB%9F%E4%B8%80&minDocs=3')
  })

  it('round-trips through parseFormulaQuery', () => {
    const query = { ...DEFAULT_FORMULA_QUERY, q: '联合国 核心', statement: 'a-b', language: 'en' as const, page: 4 }
    const parsed = parseFormulaQuery(Object.fromEntries(new URLSearchParams(formulaQueryString(query))))
    expect(parsed).toEqual({ ok: true, query })
  })
})

describe('parseConcordanceQuery', () => {
  it('reads the page and the number a page, with defaults', () => {
    expect(parseConcordanceQuery({})).toEqual({ ok: true, query: { page: 1, limit: CONCORDANCE_PAGE } })
    expect(parseConcordanceQuery({ page: '3', limit: '50', other: 'x' })).toEqual({ ok: true, query: { page: 3, limit: 50 } })
  })

  it('refuses a page or a limit it cannot use, in one line', () => {
    expect(parseConcordanceQuery({ page: '0' })).toMatchObject({ ok: false, error: 'Invalid page: use a page number, 1 or more.' })
    expect(parseConcordanceQuery({ limit: '1001' })).toMatchObject({
      ok: false,
      error: 'Invalid limit: use a whole number from 1 to 1000.',
    })
  })

  it('writes page 1 as the formula’s own link', () => {
    expect(concordanceQueryString(1)).toBe('')
    expect(concordanceQueryString(2)).toBe('?page=2')
  })
})
