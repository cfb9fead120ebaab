import { describe, expect, it } from 'vitest'
import { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { compareStatements, DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { compareQuery, parseCompareQuery } from './compare'
import { rowShown, rowStatus, statusCounts, type RowFilter } from '@/lib/vocab/row-status'

describe('parseCompareQuery', () => {
  it('returns the options and the view', () => {
    expect(parseCompareQuery({ granularity: 'char', view: 'changes', row: '12' })).toEqual({
      ok: true,
      options: { ...DEFAULT_COMPARE_OPTIONS, granularity: 'char' },
      view: { rows: 'changes', row: 12, formulas: false },
    })
  })

  it('returns one sentence for a bad view or row', () => {
    expect(parseCompareQuery({ view: 'some' })).toMatchObject({
      ok: false,
      error:
        'Invalid view: use "changes" (differences only), "paired" (rows with a counterpart), "changed" (changed pairs only), "unsure" (unsure pairs and clauses left apart) or "all".',
    })
    expect(parseCompareQuery({ formulas: 'yes' })).toMatchObject({ ok: false, error: 'Invalid formulas: use 1 (mark formulas) or 0.' })
    expect(parseCompareQuery({ row: '-1' })).toMatchObject({ ok: false, error: 'Invalid row: use a row number, 1 or more.' })
    expect(parseCompareQuery({ threshold: '2' })).toMatchObject({ ok: false, error: expect.stringContaining('threshold') })
  })
})

describe('compareQuery', () => {
  it('returns the shortest link, defaults left out', () => {
    expect(compareQuery(DEFAULT_COMPARE_OPTIONS)).toBe('')
    expect(compareQuery(DEFAULT_COMPARE_OPTIONS, { rows: 'all', row: null, formulas: false })).toBe('')
    expect(compareQuery({ ...DEFAULT_COMPARE_OPTIONS, mask: false }, { rows: 'changes', row: 7, formulas: false })).toBe(
      '?mask=0&view=changes&row=7',
    )
    expect(compareQuery(DEFAULT_COMPARE_OPTIONS, { rows: 'changed', row: null, formulas: true })).toBe('?view=changed&formulas=1')
  })
})

describe('rowShown (issue 17)', () => {
  const result = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN), DEFAULT_COMPARE_OPTIONS)
  const shown = (filter: RowFilter) => result.rows.filter((row) => rowShown(filter, row))

  it('returns every row for all, all but the identical ones for changes', () => {
    expect(shown('all')).toHaveLength(result.rows.length)
    expect(shown('changes').every((row) => rowStatus(row) !== 'identical')).toBe(true)
    expect(shown('changes')).toHaveLength(result.rows.length - statusCounts(result.rows).identical)
  })

  it('hides the clauses with no counterpart for paired, and keeps only pairs that differ for changed', () => {
    const counts = statusCounts(result.rows)
    expect(shown('paired')).toHaveLength(result.rows.length - counts['a-only'] - counts['b-only'])
    expect(shown('changed').every((row) => row.a.length > 0 && row.b.length > 0 && row.ops.some((op) => op.op !== 'equal'))).toBe(true)
    expect(shown('changed').length).toBeGreaterThanOrEqual(counts.changed)
    expect(shown('changed').length).toBeLessThan(shown('paired').length)
  })

  it('keeps only the pairs marked unsure for unsure', () => {
    expect(shown('unsure').length).toBeGreaterThan(0)
    expect(shown('unsure')).toEqual(result.rows.filter((row) => row.unsure))
    expect(shown('unsure').every((row) => row.a.length > 0 && row.b.length > 0)).toBe(true)
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
