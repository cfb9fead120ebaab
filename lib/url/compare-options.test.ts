import { describe, expect, it } from 'vitest'
import { compareOptionsQuery, parseCompareOptions } from './compare-options'

describe('parseCompareOptions', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseCompareOptions({})).toEqual({ ok: true, options: { threshold: 0.25, granularity: 'word', mask: true } })
  })

  it('reads threshold, granularity and mask', () => {
    expect(parseCompareOptions({ threshold: '0.5', granularity: 'char', mask: '0' })).toEqual({
      ok: true,
      options: { threshold: 0.5, granularity: 'char', mask: false },
    })
  })

  it('explains a bad value in one sentence', () => {
    expect(parseCompareOptions({ threshold: 'abc' })).toMatchObject({
      ok: false,
      error: 'Invalid threshold: use a number between 0 and 1.',
    })
    expect(parseCompareOptions({ granularity: 'line' })).toMatchObject({ ok: false, error: 'Invalid granularity: use "word" or "char".' })
  })
})

describe('compareOptionsQuery', () => {
  it('leaves defaults out of the URL, so the plain link is the default view', () => {
    expect(compareOptionsQuery({ threshold: 0.25, granularity: 'word', mask: true })).toBe('')
    expect(compareOptionsQuery({ threshold: 0.4, granularity: 'char', mask: false })).toBe('?threshold=0.4&granularity=char&mask=0')
  })
})
