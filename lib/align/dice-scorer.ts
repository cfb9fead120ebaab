/**
 * Character-bigram Dice similarity (Dice 1945; the usual measure for short
 * Chinese texts, where words are not delimited): 2·|A ∩ B| / (|A| + |B|) over
 * the multisets of adjacent letter/digit pairs. Punctuation and spacing carry no
 * weight. With `idf` weighting each bigram counts ln(1 + N/df), N the number of
 * clauses of both texts and df the number containing the bigram (Spärck Jones
 * 1972), so the formula words every clause has (双方, 合作, 加强) count for less
 * than the words that say what a clause is about (本币结算, 气象卫星). Joined clauses are scored on the sum of their bigram counts, so a
 * merge is judged on the similarity of the joined text, not on its parts.
 *
 * Bigrams are interned to integers and each profile is a sorted array, so
 * intersections are linear merges; shared counts of single clauses are cached,
 * which also gives a cheap upper bound for merges (|A1+A2 ∩ B| ≤ |A1 ∩ B| + |A2 ∩ B|).
 *
 * Candidate pairs come from an inverted index of B's bigrams (the blocking
 * step of record linkage): a clause is only compared with clauses it shares a
 * bigram with, and bigrams found in a large share of clauses (双方, 合作) are
 * left out of the lookup, so the work grows with the text, not with n·m.
 */
import { englishStem } from '@/lib/text/english-stem'
import type { CandidatePair, ClauseScorer } from './types'
import { CONTENT_CHAR } from '@/lib/text/normalize'
import { ENGLISH_STOPWORDS } from '@/lib/text/english-stopwords'
import { ENGLISH_IN_ORDER } from './in-order'
import { lcsAgainst, lcsMasks, type LcsMasks } from '@/lib/diff/lcs-length'

/** A bigram multiset: ids ascending, with their counts. */
export interface Profile {
  ids: Int32Array
  counts: Int32Array
  size: number
}

/**
 * Bigram ids are shared by every scorer of the process, so a clause's profile
 * can be remembered: statements are compared again and again, and their
 * clauses repeat stock phrases. Both tables are bounded and cleared together.
 */
const sharedIntern = new Map<number, number>()
const profileCache = new Map<string, Profile>()
const PROFILE_CACHE_LIMIT = 50_000

/** English clauses' words in order (wordSequence), remembered as the profiles are and cleared with them. */
const sequenceCache = new Map<string, string[]>()

/** Forgets every remembered profile (for measurements of a cold start). */
export function clearProfileCache(): void {
  profileCache.clear()
  sharedIntern.clear()
  sequenceCache.clear()
}

function cachedSequence(text: string): string[] {
  let sequence = sequenceCache.get(text)
  if (!sequence) {
    sequenceCache.set(text, (sequence = wordSequence(text)))
  }
  return sequence
}

/** A clause's profile over the process-wide feature ids, remembered: character bigrams, or for English words. */
function cachedProfile(text: string, features: 'bigrams' | 'words' = 'bigrams'): Profile {
  const key = features === 'words' ? `\u0000w${text}` : text
  let profile = profileCache.get(key)
  if (!profile) {
    profile = features === 'words' ? wordProfile(text, wordIntern) : bigramProfile(text, sharedIntern)
    profileCache.set(key, profile)
  }
  return profile
}

/**
 * Makes room for `texts` more profiles before a scorer makes any: the tables
 * are cleared between scorers, never while one is being built, whose profiles
 * must all use the same ids (issue 16's review: a clear half-way through gave
 * two identical clauses different ids and a score of 0).
 */
function makeRoom(texts: number): void {
  if (profileCache.size + texts > PROFILE_CACHE_LIMIT || sharedIntern.size >= 1 << 22 || wordIntern.size >= 1 << 22) {
    profileCache.clear()
    sharedIntern.clear()
    wordIntern.clear()
    sequenceCache.clear()
  }
}

/** Word ids, apart from the bigram ids: a scorer uses one kind of feature for both texts. */
const wordIntern = new Map<string, number>()

/**
 * An English clause's profile: its words, lower-cased and stemmed (Porter 1980,
 * via the stemmer package), function words left out, and each pair of
 * neighbouring content words (so "extended deterrence" counts for more than
 * "extended" and "deterrence" apart). Character bigrams are no measure for
 * English: every English sentence shares "th", "he" and "an" with every other.
 */
export function wordProfile(text: string, intern: Map<string, number> = new Map()): Profile {
  const stems = englishWords(text).map((word) => (ENGLISH_STOPWORDS.has(word) ? '' : englishStem(word)))
  const features: string[] = []
  stems.forEach((stem, k) => {
    if (!stem) return
    features.push(stem)
    const next = stems[k + 1]
    if (next) features.push(`${stem} ${next}`)
  })
  const raw = new Int32Array(features.length)
  features.forEach((feature, k) => {
    let id = intern.get(feature)
    if (id === undefined) {
      id = intern.size
      intern.set(feature, id)
    }
    raw[k] = id
  })
  return profileOf(raw)
}

type Sequences = { a: string[][]; b: string[][] }

/**
 * An English clause's words in order, lower-cased, content words stemmed as in
 * wordProfile and function words as they stand, for the words two clauses
 * share in order (DiceOptions.inOrder).
 * @example wordSequence('The leaders committed to work') // ['the', 'leader', 'commit', 'to', 'work']
 */
export function wordSequence(text: string): string[] {
  return englishWords(text).map((word) => (ENGLISH_STOPWORDS.has(word) ? word : englishStem(word)))
}

/** An English text's words, lower-cased, a possessive's 's dropped. */
function englishWords(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(/[\p{L}\p{N}\p{Co}]+(?:['’][\p{L}]+)?/gu), (match) => match[0].replace(/['’]s$/, ''))
}

/** Bigram profile of a text's letters and digits (a single character counts as itself). */
export function bigramProfile(text: string, intern: Map<number, number> = new Map()): Profile {
  const points = contentCodePoints(text)
  const count = points.length === 1 ? 1 : Math.max(0, points.length - 1)
  const raw = new Int32Array(count)
  for (let k = 0; k < count; k++) {
    // a bigram as one number: 0x110000 code points fit twice in a double's 53 bits
    const gram = points.length === 1 ? (points[0] as number) : (points[k] as number) * 0x110000 + (points[k + 1] as number) + 0x110000
    let id = intern.get(gram)
    if (id === undefined) {
      id = intern.size
      intern.set(gram, id)
    }
    raw[k] = id
  }
  return profileOf(raw)
}

/** A profile from feature ids in any order: sorted, each id once with its count. */
function profileOf(raw: Int32Array): Profile {
  raw.sort()
  const ids: number[] = []
  const counts: number[] = []
  for (let k = 0; k < raw.length; k++) {
    if (k > 0 && raw[k] === raw[k - 1]) counts[counts.length - 1] = (counts.at(-1) as number) + 1
    else {
      ids.push(raw[k] as number)
      counts.push(1)
    }
  }
  return { ids: Int32Array.from(ids), counts: Int32Array.from(counts), size: raw.length }
}

/** The code points of a text's letters and digits (ideographs without a regular expression). */
function contentCodePoints(text: string): number[] {
  const points: number[] = []
  for (let k = 0; k < text.length; k++) {
    const point = text.codePointAt(k) as number
    if (point > 0xffff) k++
    if (
      (point >= 0x4e00 && point <= 0x9fff) ||
      (point >= 0x30 && point <= 0x39) ||
      (point >= 0x61 && point <= 0x7a) ||
      (point > 0x7f && CONTENT_CHAR.test(String.fromCodePoint(point)))
    ) {
      points.push(point)
    }
  }
  return points
}

/** |A ∩ B| as multisets, each bigram counting its weight (1 without weights). */
export function sharedCount(a: Profile, b: Profile, weights?: Float64Array): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number
    const y = b.ids[j] as number
    if (x === y) shared += Math.min(a.counts[i++] as number, b.counts[j++] as number) * (weights ? (weights[x] as number) : 1)
    else if (x < y) i++
    else j++
  }
  return shared
}

/**
 * An inverted index of clauses' profiles as flat arrays: the clauses that
 * have feature f, and their counts of it, are clause[start[f] … start[f + 1])
 * and count[…], in clause order; `size` is one past the highest feature id.
 */
function invertedIndex(profiles: readonly Profile[]): { size: number; start: Int32Array; clause: Int32Array; count: Int32Array } {
  let size = 0
  let entries = 0
  for (const profile of profiles) {
    if (profile.ids.length) size = Math.max(size, (profile.ids[profile.ids.length - 1] as number) + 1)
    entries += profile.ids.length
  }
  const start = new Int32Array(size + 1)
  for (const profile of profiles) for (const id of profile.ids) start[id + 1] = (start[id + 1] as number) + 1
  for (let id = 0; id < size; id++) start[id + 1] = (start[id + 1] as number) + (start[id] as number)
  const fill = start.slice(0, size)
  const clause = new Int32Array(entries)
  const count = new Int32Array(entries)
  profiles.forEach((profile, c) => {
    for (let k = 0; k < profile.ids.length; k++) {
      const at = fill[profile.ids[k] as number] as number
      fill[profile.ids[k] as number] = at + 1
      clause[at] = c
      count[at] = profile.counts[k] as number
    }
  })
  return { size, start, clause, count }
}

/**
 * sharedCount of every pair (i, j), at i·m + j, faster than pair by pair: B's clauses are
 * listed under each feature they have (an inverted index, as arrays), and each
 * clause of A adds its share to every clause of B under each of its own
 * features — so a pair costs only the features it shares, and most share few.
 * Every weight is a multiple of 2^-20 (idfWeights), so the sums are exact in
 * any order: the values are sharedCount's to the last bit.
 */
function eachShared(profilesA: readonly Profile[], profilesB: readonly Profile[], weights: Float64Array | undefined): Float64Array {
  const m = profilesB.length
  const { size, start, clause, count } = invertedIndex(profilesB)
  const shared = new Float64Array(profilesA.length * m)
  profilesA.forEach((a, i) => {
    const row = i * m
    for (let k = 0; k < a.ids.length; k++) {
      const id = a.ids[k] as number
      if (id >= size) continue
      const own = a.counts[k] as number
      const weight = weights ? (weights[id] as number) : 1
      for (let p = start[id] as number, end = start[id + 1] as number; p < end; p++) {
        const at = row + (clause[p] as number)
        shared[at] = (shared[at] as number) + Math.min(own, count[p] as number) * weight
      }
    }
  })
  return shared
}

/** The weighted size of a profile. */
function massOf(profile: Profile, weights?: Float64Array): number {
  if (!weights) return profile.size
  let mass = 0
  for (let k = 0; k < profile.ids.length; k++) mass += (profile.counts[k] as number) * (weights[profile.ids[k] as number] as number)
  return mass
}

export interface DiceOptions {
  /** 'idf' weighs each bigram by its rarity among the clauses of both texts; 'none' counts them alike */
  weighting: 'idf' | 'none'
  /** 'bigrams' of characters (Chinese, and the default), or 'words' (English: stems and word pairs) */
  features?: 'bigrams' | 'words'
  /**
   * With 'words': the fewest words two clauses must share in the same order
   * (their longest common subsequence of words, each stemmed, function words
   * included) to be versions of one another at all; a clause shorter than
   * that needs all its words but one. See ClauseScorer.admits. ENGLISH_IN_ORDER
   * when absent; 0 for none.
   */
  inOrder?: number
}

/** ln(1 + N/df) for each bigram of these clauses, N the number of clauses, df how many contain it (by bigram id). */
function idfWeights(profiles: readonly Profile[]): Float64Array {
  let size = 0
  for (const profile of profiles) if (profile.ids.length) size = Math.max(size, (profile.ids[profile.ids.length - 1] as number) + 1)
  const df = new Int32Array(size)
  const present: number[] = []
  for (const profile of profiles) {
    for (const id of profile.ids) if ((df[id] = (df[id] as number) + 1) === 1) present.push(id)
  }
  // only the features these clauses have: the ids are the process's, and most belong to other texts
  const weights = new Float64Array(size)
  // in multiples of 2^-20: every sum of weighted counts is then exact, whatever order it is added in, so a score
  // does not depend on the ids the features happened to get (another thread, another cache generation)
  for (const id of present) weights[id] = Math.round(Math.log(1 + profiles.length / (df[id] as number)) * WEIGHT_UNIT) / WEIGHT_UNIT
  return weights
}

const WEIGHT_UNIT = 2 ** 20

/** The multiset sum of profiles (a merge of their sorted ids). */
export function sumProfiles(profiles: readonly Profile[]): Profile {
  return profiles.reduce((p, q) => {
    const ids = new Int32Array(p.ids.length + q.ids.length)
    const counts = new Int32Array(ids.length)
    let i = 0
    let j = 0
    let k = 0
    while (i < p.ids.length || j < q.ids.length) {
      const x = i < p.ids.length ? (p.ids[i] as number) : Infinity
      const y = j < q.ids.length ? (q.ids[j] as number) : Infinity
      ids[k] = Math.min(x, y)
      counts[k++] = (x <= y ? (p.counts[i++] as number) : 0) + (y <= x ? (q.counts[j++] as number) : 0)
    }
    return { ids: ids.subarray(0, k), counts: counts.subarray(0, k), size: p.size + q.size }
  })
}

/**
 * A scorer over two lists of comparison texts.
 * @example createDiceScorer(['国家统一'], ['国家和平统一'], { weighting: 'none' }).score([0], [0]) // 0.5
 */
export function createDiceScorer(a: readonly string[], b: readonly string[], options: DiceOptions = { weighting: 'idf' }): ClauseScorer {
  const features = options.features ?? 'bigrams'
  makeRoom(a.length + b.length)
  const profiles = { a: a.map((text) => cachedProfile(text, features)), b: b.map((text) => cachedProfile(text, features)) }
  const weights = options.weighting === 'idf' ? idfWeights([...profiles.a, ...profiles.b]) : undefined
  const mass = { a: profiles.a.map((p) => massOf(p, weights)), b: profiles.b.map((p) => massOf(p, weights)) }
  const m = b.length
  // shared mass of each pair, computed once: a dense table while it is small, a map beyond
  const dense = a.length * m <= DENSE_LIMIT ? new Float64Array(a.length * m).fill(-1) : null
  const sparse = new Map<number, number>()
  const pairShared = (i: number, j: number) => {
    const key = i * m + j
    let value = dense ? (dense[key] as number) : (sparse.get(key) ?? -1)
    if (value < 0) {
      value = sharedCount(profiles.a[i] as Profile, profiles.b[j] as Profile, weights)
      if (dense) dense[key] = value
      else sparse.set(key, value)
    }
    return value
  }
  const massOfGroup = (side: 'a' | 'b', indices: readonly number[]) => {
    let sum = 0
    for (const i of indices) sum += mass[side][i] as number
    return sum
  }
  const pairScore = (i: number, j: number) => {
    const total = (mass.a[i] as number) + (mass.b[j] as number)
    return total === 0 ? 0 : (2 * pairShared(i, j)) / total
  }
  // a run of clauses joined, remembered: the aligner scores each run against many clauses of the other side
  const runs = { a: new Map<number, Profile>(), b: new Map<number, Profile>() }
  const joined = (side: 'a' | 'b', indices: readonly number[]): Profile => {
    if (indices.length === 1) return profiles[side][indices[0] as number] as Profile
    const first = indices[0] as number
    const run = indices.every((index, k) => index === first + k)
    const key = first * RUN_KEY + indices.length
    let profile = run && indices.length < RUN_KEY ? runs[side].get(key) : undefined
    if (!profile) {
      profile = sumProfiles(indices.map((index) => profiles[side][index] as Profile))
      if (run && indices.length < RUN_KEY) runs[side].set(key, profile)
    }
    return profile
  }
  const inOrder = features === 'words' ? (options.inOrder ?? ENGLISH_IN_ORDER) : 0
  const sequences = inOrder ? { a: a.map(cachedSequence), b: b.map(cachedSequence) } : undefined
  const sequenceOf = (side: 'a' | 'b', indices: readonly number[]) =>
    indices.length === 1
      ? ((sequences as Sequences)[side][indices[0] as number] as string[])
      : indices.flatMap((i) => (sequences as Sequences)[side][i] as string[])
  // each clause of A read once for the many clauses of B it is measured against
  const masksA = new Map<number, LcsMasks<string>>()
  const masksOf = (ai: readonly number[]) => {
    if (ai.length > 1) return lcsMasks(sequenceOf('a', ai))
    let masks = masksA.get(ai[0] as number)
    if (!masks) masksA.set(ai[0] as number, (masks = lcsMasks(sequenceOf('a', ai))))
    return masks
  }
  return {
    ...(inOrder && sequences
      ? {
          inOrder,
          admits(ai: readonly number[], bi: readonly number[]) {
            const x = masksOf(ai)
            const y = sequenceOf('b', bi)
            const shorter = Math.min(x.length, y.length)
            return lcsAgainst(x, y) >= Math.min(inOrder, Math.max(1, shorter - 1))
          },
        }
      : {}),
    score(ai, bi) {
      if (ai.length === 1 && bi.length === 1) return pairScore(ai[0] as number, bi[0] as number)
      const total = massOfGroup('a', ai) + massOfGroup('b', bi)
      if (total === 0) return 0
      return (2 * sharedCount(joined('a', ai), joined('b', bi), weights)) / total
    },
    coverage(ai, bi, of) {
      const whole = massOfGroup(of, of === 'a' ? ai : bi)
      if (whole === 0) return 0
      return sharedCount(joined('a', ai), joined('b', bi), weights) / whole
    },
    bound(ai, bi) {
      const total = massOfGroup('a', ai) + massOfGroup('b', bi)
      if (total === 0) return 0
      let sum = 0
      for (const i of ai) for (const j of bi) sum += pairShared(i, j)
      return Math.min(1, (2 * sum) / total)
    },
    candidates: (perClause) =>
      findCandidates(profiles.a, profiles.b, perClause, pairScore, () => {
        const shared = eachShared(profiles.a, profiles.b, weights)
        if (dense) dense.set(shared)
        const scores = new Float64Array(shared.length)
        for (let i = 0; i < a.length; i++) {
          for (let j = 0; j < m; j++) {
            const total = (mass.a[i] as number) + (mass.b[j] as number)
            scores[i * m + j] = total === 0 ? 0 : (2 * (shared[i * m + j] as number)) / total
          }
        }
        return scores
      }),
    weight: (side, index) => Math.max(1, (profiles[side][index] as Profile).size),
  }
}

/** Runs of joined clauses are remembered by first clause · RUN_KEY + length (the aligner joins at most three). */
const RUN_KEY = 16

/** Up to this many clause pairs, every pair is scored instead of looking them up in an index. */
const EXHAUSTIVE_LIMIT = 20_000

/**
 * Up to this many clause pairs, shared masses are kept in a dense table: as
 * many as are all scored at once (EXHAUSTIVE_LIMIT). Beyond, the aligner asks
 * for a few dozen pairs per clause, and a map of those is a fraction of a
 * table of every pair (16× the real pair: 9 MB a comparison, garbage after it).
 */
const DENSE_LIMIT = EXHAUSTIVE_LIMIT

/** A bigram found in more clauses than this is too common to look clauses up by. */
function commonLimit(clauses: number): number {
  return Math.max(50, Math.ceil(clauses * 0.1))
}

/**
 * Pairs worth scoring: each clause's best `perClause` counterparts among the
 * clauses it shares an uncommon bigram with (ranked first by the bigrams
 * shared through the index, then by exact Dice), looked up from both sides.
 */
function findCandidates(
  profilesA: readonly Profile[],
  profilesB: readonly Profile[],
  perClause: number,
  pairScore: (i: number, j: number) => number,
  /** every pair's score at once, i·m + j, when the scorer can do that faster than pair by pair */
  allScores?: () => Float64Array,
): CandidatePair[] {
  const m = profilesB.length
  const chosen = new Map<number, CandidatePair>()
  const add = (i: number, j: number) => {
    const key = i * m + j
    if (!chosen.has(key)) chosen.set(key, { a: i, b: j, score: pairScore(i, j) })
  }
  if (profilesA.length * profilesB.length <= EXHAUSTIVE_LIMIT) {
    // small texts: scoring every pair costs less than building the index
    const n = profilesA.length
    const scores = allScores ? allScores() : new Float64Array(n * m)
    if (!allScores) for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) scores[i * m + j] = pairScore(i, j)
    for (let i = 0; i < n; i++) for (const j of topK(scores, i * m, 1, m, perClause)) add(i, j)
    for (let j = 0; j < m; j++) for (const i of topK(scores, j, m, n, perClause)) add(i, j)
  } else {
    topCounterparts(profilesA, profilesB, perClause, pairScore, add)
    topCounterparts(
      profilesB,
      profilesA,
      perClause,
      (j, i) => pairScore(i, j),
      (j, i) => add(i, j),
    )
  }
  return [...chosen.values()].filter((pair) => pair.score > 0)
}

/**
 * The indices of the k largest of `count` values (`valueAt(index)`), best
 * first, ties in index order: what a stable sort of them all, cut to k, gives
 * (insertion into a short list).
 */
function selectTop(count: number, valueAt: (index: number) => number, k: number): number[] {
  // insertion into k slots, shifting in place (no splice, which makes an array each call): it runs for every clause
  if (k <= 0) return []
  const top: number[] = []
  const held: number[] = []
  let filled = 0
  for (let index = 0; index < count; index++) {
    const value = valueAt(index)
    if (filled === k && value <= (held[k - 1] as number)) continue
    // after every index valued as high or higher, so that ties stay in index order
    let at = filled === k ? k - 1 : filled
    while (at > 0 && (held[at - 1] as number) < value) {
      held[at] = held[at - 1] as number
      top[at] = top[at - 1] as number
      at--
    }
    held[at] = value
    top[at] = index
    if (filled < k) filled++
  }
  return top
}

/** The indices of the k largest of `count` values read at offset + index·stride, best first. */
export function topK(values: Float64Array, offset: number, stride: number, count: number, k: number): number[] {
  return selectTop(count, (index) => values[offset + index * stride] as number, k)
}

/**
 * The `k` clauses of `touched` with the highest tallies, highest first, ties
 * in the order touched, without sorting (or copying) a list that can hold
 * every clause of the text.
 */
export function mostTallied(touched: readonly number[], tally: Float64Array, k: number): number[] {
  return selectTop(touched.length, (index) => tally[touched[index] as number] as number, k).map((index) => touched[index] as number)
}

/** For each clause of X, its best `perClause` clauses of Y through an inverted index of Y. */
function topCounterparts(
  profilesX: readonly Profile[],
  profilesY: readonly Profile[],
  perClause: number,
  score: (x: number, y: number) => number,
  add: (x: number, y: number) => void,
): void {
  const { size, start, clause, count } = invertedIndex(profilesY)
  const limit = commonLimit(profilesY.length)
  const tally = new Float64Array(profilesY.length)
  const touched: number[] = []
  // one clause's features found in Y and its own counts of them, rarest first: kept across clauses, so that a long text makes no garbage here
  const features: number[] = []
  const own: number[] = []
  const order: number[] = []
  const clausesWith = (feature: number) => (start[feature + 1] as number) - (start[feature] as number)
  const byRarity = (p: number, q: number) => clausesWith(features[p] as number) - clausesWith(features[q] as number)
  for (let x = 0; x < profilesX.length; x++) {
    const profile = profilesX[x] as Profile
    features.length = 0
    own.length = 0
    order.length = 0
    for (let k = 0; k < profile.ids.length; k++) {
      const id = profile.ids[k] as number
      if (id >= size || clausesWith(id) === 0) continue
      order.push(features.length)
      features.push(id)
      own.push(profile.counts[k] as number)
    }
    // a stable sort, as the rarest-first order has always been
    order.sort(byRarity)
    // look up the uncommon bigrams, and always the three rarest, so no clause is left without candidates
    for (let rank = 0; rank < order.length; rank++) {
      const feature = features[order[rank] as number] as number
      const mine = own[order[rank] as number] as number
      if (clausesWith(feature) > limit && rank >= 3) continue
      for (let p = start[feature] as number, end = start[feature + 1] as number; p < end; p++) {
        const y = clause[p] as number
        if (tally[y] === 0) touched.push(y)
        tally[y] = (tally[y] as number) + Math.min(mine, count[p] as number)
      }
    }
    const top = touched.length > perClause * 2 ? mostTallied(touched, tally, perClause * 2) : [...touched]
    for (const y of touched) tally[y] = 0
    touched.length = 0
    top
      .map((y) => ({ y, s: score(x, y) }))
      .sort((p, q) => q.s - p.s)
      .slice(0, perClause)
      .forEach(({ y }) => add(x, y))
  }
}
