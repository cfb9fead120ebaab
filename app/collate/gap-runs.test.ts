import { describe, expect, it } from 'vitest'
import { foldRows, gapRuns, type FamilyData } from './family-data'

/** Families numbered from 1, each with cells only in the statements named by their letters (A = 0). */
const families = (...rows: string[]): FamilyData[] =>
  rows.map((has, k) => ({
    i: k + 1,
    w: 1,
    b: 0,
    c: ['A', 'B', 'C'].map((letter) => (has.includes(letter) ? { c: [] } : null)) as FamilyData['c'],
  }))

describe('gapRuns', () => {
  it('keys each run of two or more families the focus lacks by its first, with how many follow and the last', () => {
    const rows = families('ABC', 'A', 'AC', 'A', 'BC', 'A', 'A', 'AB')
    // focus B: f2–f4 lack it (two more after f2), f6–f7 (one more after f6)
    expect([...gapRuns(rows, 1)]).toEqual([
      [2, { more: 2, last: 4 }],
      [6, { more: 1, last: 7 }],
    ])
  })

  it('leaves a single gap alone and closes a run that reaches the end', () => {
    const rows = families('ABC', 'B', 'ABC', 'B', 'B', 'B')
    expect([...gapRuns(rows, 0)]).toEqual([[4, { more: 2, last: 6 }]])
    expect(gapRuns(rows, 1).size).toBe(0)
  })

  it('reads the numbers of the families shown, which a filter leaves with holes', () => {
    const rows = families('A', 'A', 'A').map((family, k) => ({ ...family, i: [3, 9, 12][k] as number }))
    expect([...gapRuns(rows, 2)]).toEqual([[3, { more: 2, last: 12 }]])
    expect(gapRuns([], 0).size).toBe(0)
  })
})

describe('foldRows', () => {
  const rows = families('ABC', 'A', 'A', 'A', 'AB', 'A', 'A', 'B')
  it('shows each run’s first row with its key, folds the rest of it, and nothing outside', () => {
    // focus B: f2–f4 and f6–f7 lack it
    expect(foldRows(rows, 1, new Set())).toEqual([
      { folded: false },
      { run: { more: 2, last: 4, key: '1:2-4', open: false }, folded: false },
      { folded: true },
      { folded: true },
      { folded: false },
      { run: { more: 1, last: 7, key: '1:6-7', open: false }, folded: false },
      { folded: true },
      { folded: false },
    ])
  })

  it('unfolds the runs opened, by focus and extent, and only those', () => {
    const folded = (opened: string[]) => foldRows(rows, 1, new Set(opened)).map((row) => row.folded)
    expect(folded(['1:2-4'])).toEqual([false, false, false, false, false, false, true, false])
    // a run of another focus, or one that a filter made longer or shorter, is not this one
    expect(folded(['0:2-4', '1:2-3'])).toEqual([false, false, true, true, false, false, true, false])
    expect(foldRows(rows, 1, new Set(['1:2-4']))[1]?.run?.open).toBe(true)
  })
})
