import { describe, expect, it } from 'vitest'
import { parseSearchQuery, searchQueryString, searchTermProblem } from './search'

describe('search query', () => {
  it('reads a search from URL parameters, collapsing spaces in the phrase', () => {
    expect(parseSearchQuery({ q: '  和平  统一 ', party: 'tajikistan', year: '2019', page: '2' })).toEqual({
      ok: true,
      query: { q: '和平 统一', party: 'tajikistan', year: 2019, page: 2, perPage: 20 },
    })
  })

  it('names the parameter it cannot read', () => {
    expect(parseSearchQuery({ q: '统一', year: '19' })).toMatchObject({
      ok: false,
      error: 'Invalid year: use a year of four digits, such as 2019.',
    })
    expect(parseSearchQuery({ kind: 'memo' })).toMatchObject({ ok: false, error: expect.stringContaining('Invalid kind') })
    expect(parseSearchQuery({ perPage: '1000' })).toMatchObject({ ok: false, error: expect.stringContaining('Invalid perPage') })
    expect(parseSearchQuery({ q: '统'.repeat(101) })).toMatchObject({ ok: false, error: expect.stringContaining('Invalid q') })
  })

  it('refuses a one-character term with a reason, accepts two', () => {
    expect(searchTermProblem('统')).toBe('Type at least 2 characters to search.')
    expect(searchTermProblem('统一')).toBeNull()
  })

  it('writes the shortest URL for the same search, which parses back to it', () => {
    const query = { q: '一带一路', kind: 'joint-statement' as const, page: 1, perPage: 20 }
    expect(searchQueryString(query)).toBe('?q=%E4%B8%80%E5%B8%A6%E4%B8%80%E8%B7%AF&kind=joint-statement')
    const back = parseSearchQuery(Object.fromEntries(new URLSearchParams(searchQueryString(query))))
    expect(back).toEqual({ ok: true, query })
  })
})
