import { describe, expect, it } from 'vitest'
import { groupFamilies, weakHolds } from './group-families'
import type { Link } from './pair-links'

const link = (s: number, c: number, t: number, d: number, score: number): Link => ({
  from: { statement: s, clause: c },
  to: { statement: t, clause: d },
  score,
})
const names = (families: ReturnType<typeof groupFamilies>) =>
  families
    .filter((f) => f.length > 1)
    .map((f) => f.map((r) => `${'ABCD'[r.statement]}${r.clause + 1}`).join(' '))
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

  it('does not let one pair of statements carry a join that two or more others do not make', () => {
    // B1–C1 and C1–D1 make a family B1 C1 D1; A1 links to B1 only, though A was aligned with C and D as well: one pair of
    // statements links it, two do not, so A1 stays out
    const links = [link(1, 0, 2, 0, 0.9), link(2, 0, 3, 0, 0.8), link(0, 0, 1, 0, 0.7)]
    expect(names(groupFamilies([1, 1, 1, 1], links, []))).toEqual(['B1 C1 D1'])
    // a second link, to D1, is a second pair of statements: it joins
    expect(names(groupFamilies([1, 1, 1, 1], [...links, link(0, 0, 3, 0, 0.3)], []))).toEqual(['A1 B1 C1 D1'])
    // a weak link below the bar joins nothing by itself but counts as a link
    expect(names(groupFamilies([1, 1, 1, 1], [...links, link(0, 0, 3, 0, 0.1)], [], { sure: 0.25 }))).toEqual(['A1 B1 C1 D1'])
    // one link against one pair without: joins (a missing link is weak evidence)
    expect(names(groupFamilies([1, 1, 1], [link(0, 0, 1, 0, 0.9), link(1, 0, 2, 0, 0.8)], []))).toEqual(['A1 B1 C1'])
  })

  it('counts a statement split across the two groups with all of its clauses', () => {
    // A1 B1 C1 D1 are one family, linked every way; A1 + A2 are one sentence against B1 (the aligner joined them), and
    // only B links A2. A2 joins: C and D are linked to A, by A1. Counted by A2 alone it would be one pair against two
    const clique = [
      link(0, 0, 1, 0, 0.9),
      link(0, 0, 2, 0, 0.9),
      link(0, 0, 3, 0, 0.9),
      link(1, 0, 2, 0, 0.8),
      link(1, 0, 3, 0, 0.8),
      link(2, 0, 3, 0, 0.8),
    ]
    const links = [...clique, link(0, 1, 1, 0, 0.5)]
    expect(names(groupFamilies([2, 1, 1, 1], links, [{ statement: 0, clauses: [0, 1] }]))).toEqual(['A1 A2 B1 C1 D1'])
  })

  it('takes links of equal score in the order tieBreak gives, whatever the order of the links', () => {
    // a chain A–B–C–D of equal links and nothing else: which end stays out depends on which link comes first
    const chain = [link(0, 0, 1, 0, 0.5), link(1, 0, 2, 0, 0.5), link(2, 0, 3, 0, 0.5)]
    const name = (l: Link) => `${'ABCD'[l.from.statement]}${'ABCD'[l.to.statement]}`
    const tieBreak = (p: Link, q: Link) => name(p).localeCompare(name(q))
    const forward = names(groupFamilies([1, 1, 1, 1], chain, [], { tieBreak }))
    expect(names(groupFamilies([1, 1, 1, 1], [...chain].reverse(), [], { tieBreak }))).toEqual(forward)
    expect(forward).toEqual(['A1 B1 C1'])
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

describe('weakHolds: the statements a family holds only by weak links (its unsure cells)', () => {
  const family = (...statements: number[]) => statements.map((statement) => ({ statement, clause: 0 }))
  const bar = () => 0.45

  it('marks a statement tied to the sure core only below the bar, with its best link to the core', () => {
    // A–B sure; C tied to A at 0.30 and to B at 0.22
    const links = [link(0, 0, 1, 0, 0.8), link(2, 0, 0, 0, 0.3), link(1, 0, 2, 0, 0.22)]
    expect([...weakHolds(family(0, 1, 2), links, bar)]).toEqual([[2, { score: 0.3, bar: 0.45 }]])
  })

  it('marks none when sure links tie every statement, however weak some other links are', () => {
    const links = [link(0, 0, 1, 0, 0.8), link(1, 0, 2, 0, 0.5), link(0, 0, 2, 0, 0.1)]
    expect(weakHolds(family(0, 1, 2), links, bar).size).toBe(0)
  })

  it('takes the largest sure group as the core, reads each link’s own bar, and holds a group by its link to the core', () => {
    // A–B–C sure, D–E sure, tied by C–D at 0.40: D and E are the weakly held ones
    const links = [link(0, 0, 1, 0, 0.9), link(1, 0, 2, 0, 0.8), link(3, 0, 4, 0, 0.9), link(2, 0, 3, 0, 0.4)]
    expect([...weakHolds(family(0, 1, 2, 3, 4), links, bar).keys()]).toEqual([3, 4])
    // E is held as D is, by C–D, the link between its group and the core (not by D–E, sure within its group)
    expect(weakHolds(family(0, 1, 2, 3, 4), links, bar).get(4)).toEqual({ score: 0.4, bar: 0.45 })
    // with a lower bar for C–D (long clauses), every statement is in the core
    expect(weakHolds(family(0, 1, 2, 3, 4), links, (l) => (l.score < 0.5 ? 0.2 : 0.45)).size).toBe(0)
  })

  it('has no core when two sure groups are as large, so that the statements’ order does not decide which is marked (review)', () => {
    // A–B and C–D sure, tied by B–C at 0.40: the doubt is the same for both sides
    const links = [link(0, 0, 1, 0, 0.9), link(2, 0, 3, 0, 0.9), link(1, 0, 2, 0, 0.4)]
    expect([...weakHolds(family(0, 1, 2, 3), links, bar)]).toEqual([
      [0, { score: 0.4, bar: 0.45 }],
      [1, { score: 0.4, bar: 0.45 }],
      [2, { score: 0.4, bar: 0.45 }],
      [3, { score: 0.4, bar: 0.45 }],
    ])
    // the same links with the statements numbered the other way round mark the same statements
    const flipped = links.map((l) => link(3 - l.from.statement, 0, 3 - l.to.statement, 0, l.score))
    expect(weakHolds(family(0, 1, 2, 3), flipped, bar).size).toBe(4)
  })

  it('marks every statement of a family that no sure link holds, and none of a clause alone', () => {
    const links = [link(0, 0, 1, 0, 0.3), link(1, 0, 2, 0, 0.35), link(0, 0, 2, 0, 0.2)]
    expect([...weakHolds(family(0, 1, 2), links, bar)]).toEqual([
      [0, { score: 0.3, bar: 0.45 }],
      [1, { score: 0.35, bar: 0.45 }],
      [2, { score: 0.35, bar: 0.45 }],
    ])
    expect(weakHolds(family(0), [], bar).size).toBe(0)
  })
})
