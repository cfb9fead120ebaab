import { describe, expect, it } from 'vitest'
import { linksOfRows, scoreLinks } from './score-links'

describe('linksOfRows', () => {
  it('counts a merged row as one link per clause pair', () => {
    expect(
      linksOfRows([
        { a: [3], b: [4, 5] },
        { a: [], b: [6] },
      ]),
    ).toEqual([
      { a: 3, b: 4 },
      { a: 3, b: 5 },
    ])
  })
})

describe('scoreLinks', () => {
  it('gives precision, recall and F1 of the links, with the wrong and the missed ones', () => {
    const score = scoreLinks(
      [
        { a: 1, b: 1 },
        { a: 2, b: 3 },
      ],
      [
        { a: 1, b: 1 },
        { a: 2, b: 2 },
      ],
    )
    expect(score).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, wrong: [{ a: 2, b: 3 }], missed: [{ a: 2, b: 2 }] })
  })

  it('gives half credit to a merge that is half right', () => {
    const score = scoreLinks(linksOfRows([{ a: [3], b: [4, 5] }]), [{ a: 3, b: 4 }])
    expect([score.precision, score.recall]).toEqual([0.5, 1])
  })

  it('allows the possible links without requiring them (Och & Ney 2003)', () => {
    const predicted = [
      { a: 1, b: 1 },
      { a: 2, b: 2 },
      { a: 4, b: 4 },
    ]
    const score = scoreLinks(
      predicted,
      [{ a: 1, b: 1 }],
      [
        { a: 2, b: 2 },
        { a: 3, b: 3 },
      ],
    )
    expect(score).toMatchObject({ precision: 2 / 3, recall: 1, allowed: [{ a: 2, b: 2 }], wrong: [{ a: 4, b: 4 }], missed: [] })
  })

  describe('edge cases', () => {
    it('scores an empty prediction against an empty gold as perfect', () => {
      expect(scoreLinks([], []).f1).toBe(1)
    })
  })
})
