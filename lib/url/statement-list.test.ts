import { describe, expect, it } from 'vitest'
import { DEFAULT_STATEMENT_LIST_QUERY, lastPage, parseStatementListQuery, selectionOf, statementListQueryString } from './statement-list'
import { KG_SLUG as KG } from '@/test/helpers/corpus'

describe('parseStatementListQuery', () => {
  it('returns the defaults for an empty query, and for empty fields of a submitted form', () => {
    expect(parseStatementListQuery({})).toEqual({ ok: true, query: DEFAULT_STATEMENT_LIST_QUERY })
    expect(parseStatementListQuery({ q: ' ', kind: '', party: '', year: '', language: '' })).toEqual({
      ok: true,
      query: DEFAULT_STATEMENT_LIST_QUERY,
    })
  })

  it('returns the selection, trimmed, and the picks', () => {
    expect(
      parseStatementListQuery({
        q: ' 联合声明 ',
        kind: 'speech',
        party: 'russia',
        year: '2019',
        language: 'zh',
        page: '2',
        perPage: '20',
        a: KG,
      }),
    ).toEqual({
      ok: true,
      query: { q: '联合声明', kind: 'speech', party: 'russia', year: 2019, language: 'zh', page: 2, perPage: 20, a: KG },
    })
  })

  it('reads a party by any name the gazetteer knows, as its code, and refuses one it does not know (walkthrough: party=China was a 400)', () => {
    for (const name of ['China', 'china', '中国', 'the People’s Republic of China', "People's Republic of China"])
      expect(parseStatementListQuery({ party: name })).toMatchObject({ ok: true, query: { party: 'china' } })
    expect(parseStatementListQuery({ party: 'ROK' })).toMatchObject({ ok: true, query: { party: 'south-korea' } })
    // a code the gazetteer lacks is one the database may have (an imported statement's unknown party): the filter decides
    expect(parseStatementListQuery({ party: 'narnia' })).toMatchObject({ ok: true, query: { party: 'narnia' } })
    expect(parseStatementListQuery({ party: 'Narnia & Co' })).toMatchObject({
      ok: false,
      error: 'Invalid party: use a party code or name, such as russia, Kyrgyzstan or 吉尔吉斯斯坦.',
    })
  })

  it('returns one sentence naming a bad value', () => {
    expect(parseStatementListQuery({ page: 'abc' })).toMatchObject({ ok: false, error: 'Invalid page: use a page number, 1 or more.' })
    expect(parseStatementListQuery({ page: '0' })).toMatchObject({ ok: false, error: 'Invalid page: use a page number, 1 or more.' })
    expect(parseStatementListQuery({ perPage: '100000' })).toMatchObject({
      ok: false,
      error: 'Invalid perPage: use a whole number from 1 to 200.',
    })
    expect(parseStatementListQuery({ kind: 'novel' })).toMatchObject({
      ok: false,
      error: 'Invalid kind: use one of joint-statement, joint-declaration, communique, statement, fact-sheet, speech.',
    })
    expect(parseStatementListQuery({ year: '19' })).toMatchObject({
      ok: false,
      error: 'Invalid year: use a year of four digits, such as 2019.',
    })
    expect(parseStatementListQuery({ language: 'fr' })).toMatchObject({ ok: false, error: 'Invalid language: use zh or en.' })
    expect(parseStatementListQuery({ a: '../etc' })).toMatchObject({ ok: false })
  })

  it('reads the statements ticked to collate, each once, at most 20', () => {
    expect(parseStatementListQuery({ c: `${KG},x,${KG}` })).toMatchObject({ ok: true, query: { c: [KG, 'x'] } })
    expect(parseStatementListQuery({ c: Array.from({ length: 21 }, (_, k) => `s${k}`).join(',') })).toMatchObject({
      ok: false,
      error: 'Invalid c: use up to 20 statement slugs separated by commas.',
    })
    expect(parseStatementListQuery({ c: 'a,,b' })).toMatchObject({ ok: false })
    expect(selectionOf({ ...DEFAULT_STATEMENT_LIST_QUERY, c: [KG] })).toEqual(DEFAULT_STATEMENT_LIST_QUERY)
  })
})

describe('statementListQueryString', () => {
  it('returns the shortest query for a view, defaults left out and the picks last', () => {
    expect(statementListQueryString(DEFAULT_STATEMENT_LIST_QUERY)).toBe('')
    expect(statementListQueryString({ ...DEFAULT_STATEMENT_LIST_QUERY, b: 'x', kind: 'speech', page: 2, a: KG })).toBe(
      `?kind=speech&page=2&a=${KG}&b=x`,
    )
  })

  it('round-trips through parseStatementListQuery', () => {
    const view = {
      q: '联合 声明',
      kind: 'joint-statement' as const,
      party: 'kyrgyzstan',
      year: 2019,
      language: 'en' as const,
      page: 4,
      perPage: 10,
      a: KG,
      b: 'b-slug',
      c: [KG, 'b-slug', 'third'],
      deleted: 'gone',
    }
    expect(parseStatementListQuery(Object.fromEntries(new URLSearchParams(statementListQueryString(view))))).toEqual({
      ok: true,
      query: view,
    })
  })
})

describe('selectionOf', () => {
  it('returns the selection without the picks and the notice', () => {
    expect(selectionOf({ ...DEFAULT_STATEMENT_LIST_QUERY, kind: 'speech', a: KG, b: 'x', deleted: 'y' })).toEqual({
      ...DEFAULT_STATEMENT_LIST_QUERY,
      kind: 'speech',
    })
  })
})

describe('lastPage', () => {
  it('returns the number of the last page, 1 for an empty list', () => {
    expect([lastPage(0, 50), lastPage(8, 50), lastPage(50, 50), lastPage(51, 50), lastPage(10000, 200)]).toEqual([1, 1, 1, 2, 50])
  })
})
