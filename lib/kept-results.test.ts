import { describe, expect, it } from 'vitest'
import { KeptResults } from './kept-results'

describe('KeptResults', () => {
  it('keeps within its budget, dropping the least recently used first', () => {
    const kept = new KeptResults<string>(10)
    kept.set('a', 'A', 4)
    kept.set('b', 'B', 4)
    expect(kept.get('a')).toBe('A') // a is now the most recently used
    kept.set('c', 'C', 4)
    expect(kept.get('b')).toBeUndefined()
    expect([kept.get('a'), kept.get('c')]).toEqual(['A', 'C'])
    expect(kept.totalWeight).toBe(8)
  })

  it('never keeps a value heavier than the whole budget, and a budget of 0 keeps nothing', () => {
    const kept = new KeptResults<string>(10)
    kept.set('big', 'X', 11)
    expect(kept.size).toBe(0)
    const none = new KeptResults<string>(0)
    none.set('a', 'A', 1)
    expect(none.get('a')).toBeUndefined()
  })

  it('replaces a value under the same key without counting it twice', () => {
    const kept = new KeptResults<string>(10)
    kept.set('a', 'A', 6)
    kept.set('a', 'A2', 6)
    expect(kept.get('a')).toBe('A2')
    expect(kept.totalWeight).toBe(6)
  })
})
