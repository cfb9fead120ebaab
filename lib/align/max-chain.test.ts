import { describe, expect, it } from 'vitest'
import { maxChain, type Block } from './max-chain'

/** The reference: try every subset. */
function bruteForce(blocks: readonly Block[]): number {
  let best = 0
  for (let mask = 0; mask < 1 << blocks.length; mask++) {
    const chosen = blocks.filter((_, k) => mask & (1 << k)).sort((x, y) => x.a0 - y.a0)
    const ordered = chosen.every((block, k) => {
      const previous = chosen[k - 1]
      return !previous || (block.a0 >= previous.a0 + previous.da && block.b0 >= previous.b0 + previous.db)
    })
    if (ordered)
      best = Math.max(
        best,
        chosen.reduce((sum, block) => sum + block.gain, 0),
      )
  }
  return best
}

describe('maxChain', () => {
  it('finds the heaviest chain that keeps both orders, as trying every subset does', () => {
    let seed = 3
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 150; round++) {
      const blocks: Block[] = Array.from({ length: 1 + Math.floor(next() * 10) }, () => ({
        a0: Math.floor(next() * 8),
        da: 1 + Math.floor(next() * 2),
        b0: Math.floor(next() * 8),
        db: 1 + Math.floor(next() * 2),
        gain: Math.round(next() * 10),
      }))
      const chain = maxChain(blocks, 10)
      expect(chain.reduce((sum, block) => sum + block.gain, 0)).toBe(bruteForce(blocks))
      chain.forEach((block, k) => {
        const previous = chain[k - 1]
        if (previous) {
          expect(block.a0).toBeGreaterThanOrEqual(previous.a0 + previous.da)
          expect(block.b0).toBeGreaterThanOrEqual(previous.b0 + previous.db)
        }
      })
    }
  })

  describe('edge cases', () => {
    it('chooses nothing from nothing', () => {
      expect(maxChain([], 5)).toEqual([])
    })
  })
})
