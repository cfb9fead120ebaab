import { describe, expect, it } from 'vitest'
import { lcpArray, suffixArray } from './suffix-array'

function naive(text: number[]): number[] {
  return text
    .map((_, i) => i)
    .sort((x, y) => {
      for (let k = 0; ; k++) {
        if (x + k >= text.length) return -1
        if (y + k >= text.length) return 1
        if (text[x + k] !== text[y + k]) return (text[x + k] as number) - (text[y + k] as number)
      }
    })
}

describe('suffixArray', () => {
  it('sorts the suffixes as a naive sort does, on random and repetitive texts', () => {
    let seed = 5
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 100; round++) {
      const sigma = 1 + Math.floor(next() * 4)
      const text = Array.from({ length: Math.floor(next() * 60) }, () => Math.floor(next() * sigma))
      const sa = suffixArray(Int32Array.from(text), sigma)
      expect(Array.from(sa)).toEqual(naive(text))
      const lcp = lcpArray(Int32Array.from(text), sa)
      for (let k = 1; k < text.length; k++) {
        const [a, b] = [sa[k - 1] as number, sa[k] as number]
        let h = 0
        while (a + h < text.length && b + h < text.length && text[a + h] === text[b + h]) h++
        expect(lcp[k]).toBe(h)
      }
    }
  })

  describe('edge cases', () => {
    it('handles the empty text and a run of one symbol', () => {
      expect(Array.from(suffixArray(new Int32Array(0), 1))).toEqual([])
      expect(Array.from(suffixArray(Int32Array.from([0, 0, 0]), 1))).toEqual([2, 1, 0])
    })
  })
})
