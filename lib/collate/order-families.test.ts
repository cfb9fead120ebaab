import { describe, expect, it } from 'vitest'
import { longestIncreasing, orderFamilies } from './order-families'

describe('orderFamilies', () => {
  it('keeps the first statement as the frame and puts new families after their predecessor', () => {
    const { order, moved } = orderFamilies([
      [1, 2, 3],
      [1, 4, 3],
    ])
    expect(order).toEqual([1, 4, 2, 3])
    expect(moved.map((m) => [...m])).toEqual([[], []])
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
