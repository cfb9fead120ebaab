import { describe, expect, it } from 'vitest'
import { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { compareStatements, DEFAULT_COMPARE_OPTIONS } from './compare-statements'
import { compareQuery, parseCompareQuery, rowStatus, statusCounts } from './view'

describe('parseCompareQuery', () => {
  it('returns the options and the view', () => {
    expect(parseCompareQuery({ granularity: 'char', view: 'changes', row: '12' })).toEqual({
      ok: true,
      options: { ...DEFAULT_COMPARE_OPTIONS, granularity: 'char' },
      view: { changesOnly: true, row: 12 },
    })
  })

  it('returns one sentence for a bad view or row', () => {
    expect(parseCompareQuery({ view: 'some' })).toEqual({ ok: false, error: 'Invalid view: use "changes" (differences only) or "all".' })
    expect(parseCompareQuery({ row: '-1' })).toEqual({ ok: false, error: 'Invalid row: use a row number, 1 or more.' })
    expect(parseCompareQuery({ threshold: '2' })).toMatchObject({ ok: false, error: expect.stringContaining('threshold') })
  })
})

describe('compareQuery', () => {
  it('returns the shortest link, defaults left out', () => {
    expect(compareQuery(DEFAULT_COMPARE_OPTIONS)).toBe('')
    expect(compareQuery(DEFAULT_COMPARE_OPTIONS, { changesOnly: false, row: null })).toBe('')
    expect(compareQuery({ ...DEFAULT_COMPARE_OPTIONS, mask: false }, { changesOnly: true, row: 7 })).toBe('?mask=0&view=changes&row=7')
  })
})

describe('rowStatus', () => {
  const result = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN), DEFAULT_COMPARE_OPTIONS)

  it('returns a status for every row that partitions them', () => {
    const counts = statusCounts(result.rows)
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(result.rows.length)
    expect(counts.moved).toBe(result.counts.moved)
    expect(counts['a-only']).toBe(result.counts['a-only'])
  })

  it('calls the one-China row changed and a row without counterpart a-only or b-only', () => {
    const oneChina = result.rows.find((row) => row.a.some((c) => c.text.includes('实现国家统一')))
    expect(oneChina && rowStatus(oneChina)).toBe('changed')
    expect(result.rows.filter((row) => row.b.length === 0 && !row.moved).every((row) => rowStatus(row) === 'a-only')).toBe(true)
  })
})
