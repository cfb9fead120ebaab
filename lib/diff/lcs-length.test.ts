import { diffArrays } from 'diff'
import { describe, expect, it } from 'vitest'
import { lcsLength } from './lcs-length'

/** The reference: Myers' shortest edit script, via jsdiff. */
const reference = (a: string[], b: string[]) => diffArrays(a, b).reduce((n, c) => n + (c.added || c.removed ? 0 : c.count), 0)

describe('lcsLength', () => {
  it('counts the characters two texts share in order', () => {
    expect(lcsLength([...'国家统一'], [...'国家和平统一'])).toBe(4)
    expect(lcsLength([...'新疆安全'], [...'国家安全'])).toBe(2)
  })

  it('agrees with Myers’ diff on random texts of every length, across word boundaries', () => {
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 200; round++) {
      const alphabet = [...'双方合作加强安全发展']
      const make = () => Array.from({ length: Math.floor(next() * 150) }, () => alphabet[Math.floor(next() * alphabet.length)] as string)
      const a = make()
      const b = make()
      expect(lcsLength(a, b)).toBe(reference(a, b))
      expect(lcsLength(b, a)).toBe(lcsLength(a, b))
    }
  })

  describe('edge cases', () => {
    it('is 0 when either text is empty', () => {
      expect(lcsLength([], [...'双方'])).toBe(0)
      expect(lcsLength([...'双方'], [])).toBe(0)
    })
  })
})
