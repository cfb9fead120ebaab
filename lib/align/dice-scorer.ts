/**
 * Character-bigram Dice similarity (Dice 1945; the usual measure for short
 * Chinese texts, where words are not delimited): 2·|A ∩ B| / (|A| + |B|) over
 * the multisets of adjacent letter/digit pairs. Punctuation and spacing carry no
 * weight. Joined clauses are scored on the sum of their bigram counts, so a
 * merge is judged on the similarity of the joined text, not on its parts.
 */
import { contentCharacters } from '@/lib/text/normalize'
import type { ClauseScorer } from './types'

type Profile = Map<string, number>

/** Bigram counts of a text's letters and digits (a single character counts as itself). */
export function bigramProfile(text: string): Profile {
  const chars = contentCharacters(text)
  const profile: Profile = new Map()
  if (chars.length === 1) profile.set(chars[0] as string, 1)
  for (let i = 0; i + 1 < chars.length; i++) {
    const key = (chars[i] as string) + (chars[i + 1] as string)
    profile.set(key, (profile.get(key) ?? 0) + 1)
  }
  return profile
}

function size(profile: Profile): number {
  let n = 0
  for (const count of profile.values()) n += count
  return n
}

function sum(profiles: readonly Profile[]): Profile {
  if (profiles.length === 1) return profiles[0] as Profile
  const total: Profile = new Map()
  for (const profile of profiles) for (const [key, count] of profile) total.set(key, (total.get(key) ?? 0) + count)
  return total
}

/** Dice similarity of two profiles, in [0, 1]. */
export function diceOf(a: Profile, b: Profile): number {
  const total = size(a) + size(b)
  if (total === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const [key, count] of small) shared += Math.min(count, large.get(key) ?? 0)
  return (2 * shared) / total
}

/**
 * A scorer over two lists of comparison texts.
 * @example createDiceScorer(['国家统一'], ['国家和平统一']).score([0], [0]) // 0.5
 */
export function createDiceScorer(a: readonly string[], b: readonly string[]): ClauseScorer {
  const profiles = { a: a.map(bigramProfile), b: b.map(bigramProfile) }
  const sizes = { a: profiles.a.map(size), b: profiles.b.map(size) }
  const pick = (side: 'a' | 'b', indices: readonly number[]) => indices.map((i) => profiles[side][i] as Profile)
  return {
    score: (ai, bi) => diceOf(sum(pick('a', ai)), sum(pick('b', bi))),
    weight: (side, index) => Math.max(1, sizes[side][index] ?? 0),
  }
}
