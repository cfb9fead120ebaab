import { describe, expect, it } from 'vitest'
import { longestIncreasing, orderFamilies } from './order-families'

describe('orderFamilies', () => {
  it('keeps the first statement as the frame and puts new families before their successor', () => {
    const { order, moved } = orderFamilies([
      [1, 2, 3],
      [1, 4, 3],
    ])
    expect(order).toEqual([1, 2, 4, 3])
    expect(moved.map((m) => [...m])).toEqual([[], []])
  })

  it('puts the rows only some statements have in the order of the statements, at the top as well', () => {
    // each statement opens with its own preamble (10s, 20s, 30s), then the shared 1 and 2,
    // then its own closing
    const { order, moved } = orderFamilies([
      [10, 11, 1, 2, 12],
      [20, 1, 21, 2, 22],
      [30, 31, 1, 2, 32],
    ])
    expect(order).toEqual([10, 11, 20, 30, 31, 1, 21, 2, 12, 22, 32])
    expect(moved.every((m) => m.size === 0)).toBe(true)
  })

  it('marks a family a statement has out of the table order as moved', () => {
    const { order, moved } = orderFamilies([
      [1, 2, 3, 4],
      [1, 3, 4, 2],
    ])
    expect(order).toEqual([1, 2, 3, 4])
    expect([...(moved[1] as Set<number>)]).toEqual([2])
  })
})

describe('longestIncreasing', () => {
  it('returns the indices of a longest increasing run', () => {
    expect(longestIncreasing([3, 1, 2, 5, 4, 6])).toEqual([1, 2, 4, 5])
    expect(longestIncreasing([])).toEqual([])
  })
})
