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
    // a number no statement can have is said against the statements given too (a review: "1 to 20" of three)
    expect(parseCollateQuery({ s: 'a,b,c', focus: '0' })).toMatchObject({ ok: false, hint: "a statement's number, 1 to 3" })
    expect(parseCollateQuery({ s: 'a,b,c', focus: 'abc' })).toMatchObject({ ok: false, hint: "a statement's number, 1 to 3" })
  })

  it('says a slug that is too long or oddly spelled is that, not that there are too many (a review)', () => {
    expect(parseCollateQuery({ s: `${'x'.repeat(2000)},b,c` })).toMatchObject({
      ok: false,
      field: 's',
      hint: 'statement slugs of at most 200 letters, digits, dots, hyphens or underscores, separated by commas',
    })
    expect(parseCollateQuery({ s: Array.from({ length: 41 }, (_, k) => `s${k}`).join(',') })).toMatchObject({
      ok: false,
      hint: 'up to 20 statement slugs separated by commas',
    })
  })
})
