/**
 * The length of the longest common subsequence of two sequences, by the
 * bit-parallel algorithm of Allison & Dix (1986) in Hyyrö's formulation (2004):
 * one pass over B with a bit vector over A's positions, 32 positions to a
 * machine word, so O(⌈|A|/32⌉·|B|) word operations. Exact, and the same
 * whichever sequence comes first.
 * @example lcsLength([...'国家统一'], [...'国家和平统一']) // 4
 */
export function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  return lcsAgainst(lcsMasks(a), b)
}

/** A sequence read for lcsAgainst: for each of its symbols, the bit mask of the positions where it occurs. */
export interface LcsMasks<T> {
  length: number
  masks: Map<T, Uint32Array>
}

/** The masks of A, to measure it against many sequences without reading it again. */
export function lcsMasks<T>(a: readonly T[]): LcsMasks<T> {
  const words = Math.ceil(a.length / 32)
  const masks = new Map<T, Uint32Array>()
  a.forEach((symbol, k) => {
    let mask = masks.get(symbol)
    if (!mask) masks.set(symbol, (mask = new Uint32Array(words)))
    mask[k >>> 5] = (mask[k >>> 5] as number) | (1 << (k & 31))
  })
  return { length: a.length, masks }
}

/** lcsLength of the sequence `a` was read from and `b`. */
export function lcsAgainst<T>({ length, masks }: LcsMasks<T>, b: readonly T[]): number {
  if (length === 0 || b.length === 0) return 0
  const words = Math.ceil(length / 32)
  const v = new Uint32Array(words).fill(0xffffffff)
  for (const symbol of b) {
    const match = masks.get(symbol)
    // V ← (V + (V & M)) | (V & ~M), with the carry of the addition across words; a symbol A lacks leaves V as it is
    if (!match) continue
    let carry = 0
    for (let w = 0; w < words; w++) {
      const vw = v[w] as number
      const u = (vw & (match[w] as number)) >>> 0
      const sum = vw + u + carry
      carry = sum > 0xffffffff ? 1 : 0
      v[w] = ((sum >>> 0) | (vw & ~(match[w] as number))) >>> 0
    }
  }
  let ones = 0
  for (let k = 0; k < length; k++) if ((v[k >>> 5] as number) & (1 << (k & 31))) ones++
  return length - ones
}
