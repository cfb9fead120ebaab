import { describe, expect, it } from 'vitest'
import { collateRest, parseCollateQuery } from './collate'

describe('parseCollateQuery', () => {
  it('reads the statements and the view, and writes the view back as it was read', () => {
    const parsed = parseCollateQuery({ s: 'a,b,c', focus: '3', show: 'some', q: '和平' })
    expect(parsed).toMatchObject({ ok: true, slugs: ['a', 'b', 'c'], view: { focus: 2, show: 'some', q: '和平' } })
    if (parsed.ok) expect(collateRest(parsed.options, parsed.view)).toBe('&show=some&q=%E5%92%8C%E5%B9%B3&focus=3')
  })

  it('refuses a focus past the last statement, naming the range (walkthrough: focus=9 of three showed the third)', () => {
    expect(parseCollateQuery({ s: 'a,b,c', focus: '4' })).toEqual({
      ok: false,
      field: 'focus',
      hint: "a statement's number, 1 to 3",
      error: "Invalid focus: use a statement's number, 1 to 3.",
    })
    expect(parseCollateQuery({ s: ['a', 'b', 'c', 'd'], focus: '4' })).toMatchObject({ ok: true, view: { focus: 3 } })
    // before any statement is picked the picker shows, which has no columns to check against
    expect(parseCollateQuery({ focus: '4' })).toMatchObject({ ok: true })
  })
})
