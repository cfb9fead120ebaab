/**
 * A seeded pseudo-random generator for synthetic inputs: mulberry32 (Tommy
 * Ettinger's 32-bit generator), small and fast, so that every run of a
 * benchmark or a load test measures the same texts.
 */

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [0, n). */
export function randomInt(rnd: Random, n: number): number {
  return Math.floor(rnd() * n)
}

/** One element of a non-empty list. */
export function pickOne<T>(rnd: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pickOne: the list is empty')
  return items[randomInt(rnd, items.length)] as T
}
