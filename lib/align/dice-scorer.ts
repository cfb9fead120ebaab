/**
 * Character-bigram Dice similarity (Dice 1945; the usual measure for short
 * Chinese texts, where words are not delimited): 2·|A ∩ B| / (|A| + |B|) over
 * the multisets of adjacent letter/digit pairs. Punctuation and spacing carry no
 * weight. Joined clauses are scored on the sum of their bigram counts, so a
 * merge is judged on the similarity of the joined text, not on its parts.
 *
 * Bigrams are interned to integers and each profile is a sorted array, so
 * intersections are linear merges; shared counts of single clauses are cached,
 * which also gives a cheap upper bound for merges (|A1+A2 ∩ B| ≤ |A1 ∩ B| + |A2 ∩ B|).
 */
import { contentCharacters } from '@/lib/text/normalize'
import type { ClauseScorer } from './types'

/** A bigram multiset: ids ascending, with their counts. */
export interface Profile {
  ids: Int32Array
  counts: Int32Array
  size: number
}

/** Bigram profile of a text's letters and digits (a single character counts as itself). */
export function bigramProfile(text: string, intern: Map<string, number> = new Map()): Profile {
  const chars = contentCharacters(text)
  const grams = chars.length === 1 ? [chars[0] as string] : chars.slice(1).map((ch, k) => (chars[k] as string) + ch)
  const tally = new Map<number, number>()
  for (const gram of grams) {
    let id = intern.get(gram)
    if (id === undefined) {
      id = intern.size
      intern.set(gram, id)
    }
    tally.set(id, (tally.get(id) ?? 0) + 1)
  }
  const ids = Int32Array.from([...tally.keys()].sort((x, y) => x - y))
  const counts = Int32Array.from(ids, (id) => tally.get(id) as number)
  return { ids, counts, size: grams.length }
}

/** |A ∩ B| as multisets. */
export function sharedCount(a: Profile, b: Profile): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number
    const y = b.ids[j] as number
    if (x === y) shared += Math.min(a.counts[i++] as number, b.counts[j++] as number)
    else if (x < y) i++
    else j++
  }
  return shared
}

/** The multiset sum of profiles. */
export function sumProfiles(profiles: readonly Profile[]): Profile {
  if (profiles.length === 1) return profiles[0] as Profile
  const tally = new Map<number, number>()
  let size = 0
  for (const profile of profiles) {
    size += profile.size
    profile.ids.forEach((id, k) => tally.set(id, (tally.get(id) ?? 0) + (profile.counts[k] as number)))
  }
  const ids = Int32Array.from([...tally.keys()].sort((x, y) => x - y))
  return { ids, counts: Int32Array.from(ids, (id) => tally.get(id) as number), size }
}

/** Dice similarity of two profiles, in [0, 1]. */
export function diceOf(a: Profile, b: Profile): number {
  const total = a.size + b.size
  return total === 0 ? 0 : (2 * sharedCount(a, b)) / total
}

/**
 * A scorer over two lists of comparison texts.
 * @example createDiceScorer(['国家统一'], ['国家和平统一']).score([0], [0]) // 0.5
 */
export function createDiceScorer(a: readonly string[], b: readonly string[]): ClauseScorer {
  const intern = new Map<string, number>()
  const profiles = { a: a.map((t) => bigramProfile(t, intern)), b: b.map((t) => bigramProfile(t, intern)) }
  const m = b.length
  const shared = new Float64Array(a.length * m).fill(-1)
  const pairShared = (i: number, j: number) => {
    const k = i * m + j
    if ((shared[k] as number) < 0) shared[k] = sharedCount(profiles.a[i] as Profile, profiles.b[j] as Profile)
    return shared[k] as number
  }
  const sizeOf = (side: 'a' | 'b', indices: readonly number[]) => indices.reduce((n, i) => n + (profiles[side][i] as Profile).size, 0)
  return {
    score(ai, bi) {
      const total = sizeOf('a', ai) + sizeOf('b', bi)
      if (total === 0) return 0
      if (ai.length === 1 && bi.length === 1) return (2 * pairShared(ai[0] as number, bi[0] as number)) / total
      const joinedA = sumProfiles(ai.map((i) => profiles.a[i] as Profile))
      const joinedB = sumProfiles(bi.map((j) => profiles.b[j] as Profile))
      return (2 * sharedCount(joinedA, joinedB)) / total
    },
    bound(ai, bi) {
      const total = sizeOf('a', ai) + sizeOf('b', bi)
      if (total === 0) return 0
      let sum = 0
      for (const i of ai) for (const j of bi) sum += pairShared(i, j)
      return Math.min(1, (2 * sum) / total)
    },
    weight: (side, index) => Math.max(1, (profiles[side][index] as Profile).size),
  }
}
