import { describe, expect, it } from 'vitest'
import { groupFamilies } from './group-families'
import type { Link } from './pair-links'

const link = (s: number, c: number, t: number, d: number, score: number): Link => ({
  from: { statement: s, clause: c },
  to: { statement: t, clause: d },
  score,
})
const names = (families: ReturnType<typeof groupFamilies>) =>
  families
    .filter((f) => f.length > 1)
    .map((f) => f.map((r) => `${'ABC'[r.statement]}${r.clause + 1}`).join(' '))
    .sort()

describe('groupFamilies', () => {
  it('joins links transitively into one family per sentence', () => {
    const families = groupFamilies([2, 2, 2], [link(0, 0, 1, 0, 0.9), link(1, 0, 2, 0, 0.8), link(0, 1, 2, 1, 0.7)], [])
    expect(names(families)).toEqual(['A1 B1 C1', 'A2 C2'])
    expect(families.flat()).toHaveLength(6)
  })

  it('lets the stronger link win when a weaker chain would put two clauses of one statement together', () => {
    // A1–C1 is strong; B1 links to C1 (strong) and, weakly, A2 to B1: A2 stays out
    const families = groupFamilies([2, 1, 1], [link(0, 0, 2, 0, 0.9), link(1, 0, 2, 0, 0.8), link(0, 1, 1, 0, 0.4)], [])
    expect(names(families)).toEqual(['A1 B1 C1'])
  })

  it('keeps a split together only where the aligner joined the clauses', () => {
    const links = [link(0, 0, 1, 0, 0.8), link(0, 1, 1, 0, 0.8)]
    expect(names(groupFamilies([2, 1], links, [{ statement: 0, clauses: [0, 1] }]))).toEqual(['A1 A2 B1'])
    expect(names(groupFamilies([2, 1], links, []))).toEqual(['A1 B1'])
  })
})

describe('the sure bar', () => {
  it('joins a link under the bar only when a third statement confirms it, and reads the bar per link when given one for each', () => {
    const weak = [link(0, 0, 1, 0, 0.22)]
    expect(names(groupFamilies([1, 1], weak, [], { sure: 0.25 }))).toEqual([])
    // confirmed by C, which both link to
    expect(names(groupFamilies([1, 1, 1], [...weak, link(0, 0, 2, 0, 0.5), link(1, 0, 2, 0, 0.5)], [], { sure: 0.25 }))).toEqual([
      'A1 B1 C1',
    ])
    // a link of long clauses, whose bar is lower (lib/compare/sure-link, LONG_CLAUSE_BAR), joins on its own
    expect(names(groupFamilies([1, 1], weak, [], { sure: () => 0.2 }))).toEqual(['A1 B1'])
    expect(names(groupFamilies([1, 1], weak, [], { sure: (l) => (l.from.clause === 0 ? 0.25 : 0.2) }))).toEqual([])
  })
})

describe('edge cases', () => {
  it('leaves every clause alone without links', () => {
    expect(groupFamilies([3, 0, 1], [], [])).toHaveLength(4)
  })
})
