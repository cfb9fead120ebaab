/**
 * The length of the longest common subsequence of two sequences, by the
 * bit-parallel algorithm of Allison & Dix (1986) in Hyyrö's formulation (2004):
 * one pass over B with a bit vector over A's positions, 32 positions to a
 * machine word, so O(⌈|A|/32⌉·|B|) word operations. Exact, and the same
 * whichever sequence comes first.
 * @example lcsLength([...'国家统一'], [...'国家和平统一']) // 4
 */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const words = Math.ceil(a.length / 32)
  // for each symbol of A, the bit mask of the positions where it occurs
  const masks = new Map<string, Uint32Array>()
  a.forEach((symbol, k) => {
    let mask = masks.get(symbol)
    if (!mask) masks.set(symbol, (mask = new Uint32Array(words)))
    mask[k >>> 5] = (mask[k >>> 5] as number) | (1 << (k & 31))
  })
  const v = new Uint32Array(words).fill(0xffffffff)
  const none = new Uint32Array(words)
  for (const symbol of b) {
    const match = masks.get(symbol) ?? none
    // V ← (V + (V & M)) | (V & ~M), with the carry of the addition across words
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
  for (let k = 0; k < a.length; k++) if ((v[k >>> 5] as number) & (1 << (k & 31))) ones++
  return a.length - ones
}
