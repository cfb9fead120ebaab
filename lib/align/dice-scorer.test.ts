import { describe, expect, it } from 'vitest'
import { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { clearProfileCache, createDiceScorer, mostTallied, wordProfile, wordSequence } from './dice-scorer'
import { ENGLISH_IN_ORDER } from './in-order'

describe('wordProfile', () => {
  it('counts stems and pairs of neighbouring content words, not function words', () => {
    const intern = new Map<string, number>()
    const profile = wordProfile('The leaders committed to the extended deterrence.', intern)
    expect([...intern.keys()]).toEqual(['leader', 'leader commit', 'commit', 'extend', 'extend deterr', 'deterr'])
    expect(profile.size).toBe(6)
  })
})

describe('createDiceScorer with words (English)', () => {
  it('scores two versions of one sentence above two sentences on other subjects that share their syntax', () => {
    const a = [
      'The two leaders condemned the DPRK’s ballistic missile launches.',
      'The two leaders welcomed progress on climate cooperation.',
    ]
    const b = ['Both leaders condemn the DPRK’s ballistic missile launches.', 'The two leaders welcomed the launch of the new dialogue.']
    const scorer = createDiceScorer(a, b, { weighting: 'idf', features: 'words' })
    expect(scorer.score([0], [0])).toBeGreaterThan(0.6)
    expect(scorer.score([1], [1])).toBeLessThan(0.45)
    expect(scorer.score([0], [0])).toBeGreaterThan(scorer.score([0], [1]))
  })
})

describe('words in order (English): ClauseScorer.admits', () => {
  it('admits two versions of one sentence and refuses two sentences that share a phrase, not a sentence', () => {
    // U.S.–Japan 2021 A52 and Japan–U.S. 2022 B22, 37% alike: "like-minded partners" and "in … region" in order, nothing more
    const a = [
      'We reaffirm our commitment to achieving prosperity and maintaining economic order in the Indo-Pacific region while engaging with other like-minded partners.',
      'President Biden and President Moon emphasize their shared commitment to the complete denuclearization of the Korean Peninsula.',
    ]
    const b = [
      'They also underscored the importance of cooperation with like-minded partners in other regions, such as Europe and Canada.',
      'They reaffirmed their commitment to the complete denuclearization of the Korean Peninsula in accordance with UNSC resolutions.',
    ]
    const scorer = createDiceScorer(a, b, { weighting: 'idf', features: 'words' })
    expect(scorer.admits?.([0], [0])).toBe(false)
    expect(scorer.admits?.([1], [1])).toBe(true)
  })

  it('reads words by their stems, and lets a clause shorter than the bar in with all its words but one', () => {
    const scorer = createDiceScorer(['We condemned the coup.', 'We condemn violence.'], ['We condemn the coup in Myanmar.'], {
      weighting: 'idf',
      features: 'words',
    })
    expect(scorer.admits?.([0], [0])).toBe(true)
    // three words, two of them ("we condemn") in order: all but one
    expect(scorer.admits?.([1], [0])).toBe(true)
    expect(wordSequence('The leaders committed to work')).toEqual(['the', 'leader', 'commit', 'to', 'work'])
  })

  it('judges a merge on its clauses joined, and is off for Chinese and when asked', () => {
    const a = ['The two leaders reaffirmed the importance of peace', 'and stability across the Taiwan Strait.']
    const b = ['The two leaders reaffirmed the importance of peace and stability across the Taiwan Strait.']
    const scorer = createDiceScorer(a, b, { weighting: 'idf', features: 'words' })
    expect(scorer.admits?.([1], [0])).toBe(true)
    expect(scorer.admits?.([0, 1], [0])).toBe(true)
    expect(createDiceScorer(['国家统一'], ['国家和平统一']).admits).toBeUndefined()
    expect(createDiceScorer(a, b, { weighting: 'idf', features: 'words', inOrder: 0 }).admits).toBeUndefined()
    expect(ENGLISH_IN_ORDER).toBe(6)
  })
})

describe('the profile cache (regression, issue 16 review)', () => {
  it('never clears itself while a scorer is being built: identical clauses score 1 when the cache is full', () => {
    // fill the process-wide cache to one below its limit (50,000 profiles)
    clearProfileCache()
    createDiceScorer(
      Array.from({ length: 49_999 }, (_, k) => `条款${k}`),
      [],
    )
    const scorer = createDiceScorer(['双方同意加强合作', '双方同意加强交流'], ['双方同意加强合作'])
    expect(scorer.score([0], [0])).toBe(1)
  })

  it('gives the same scores whatever ids the features got (the weights are exact binary fractions)', () => {
    const a = corpusCompareStatement(KYRGYZSTAN).clauses.map((c) => c.text)
    const b = corpusCompareStatement(TAJIKISTAN).clauses.map((c) => c.text)
    const all = (scorer: ReturnType<typeof createDiceScorer>) => a.flatMap((_, i) => b.map((_, j) => scorer.score([i], [j])))
    clearProfileCache()
    const first = all(createDiceScorer(a, b))
    clearProfileCache()
    // the texts met in another order, so that the same bigrams get other ids
    createDiceScorer([...b].reverse(), [...a].reverse())
    expect(all(createDiceScorer(a, b))).toEqual(first)
  })
})

describe('scoring every pair at once (the inverted index of the small-text path)', () => {
  it('gives each candidate the score a pair-by-pair merge of the two profiles gives, to the last bit, in Chinese and English', () => {
    const pairs = [
      [corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN)],
      [corpusCompareStatement(KYRGYZSTAN).clauses.slice(0, 30), corpusCompareStatement(TAJIKISTAN).clauses.slice(10, 50)].map(
        (clauses) => ({ clauses }),
      ),
    ]
    for (const [x, y] of pairs) {
      const a = (x as { clauses: { text: string }[] }).clauses.map((c) => c.text)
      const b = (y as { clauses: { text: string }[] }).clauses.map((c) => c.text)
      const candidates = createDiceScorer(a, b).candidates?.(8) ?? []
      expect(candidates.length).toBeGreaterThan(a.length)
      const fresh = createDiceScorer(a, b)
      for (const pair of candidates) expect(fresh.score([pair.a], [pair.b])).toBe(pair.score)
    }
    const english = [
      'The two leaders condemned the DPRK’s ballistic missile launches.',
      'The two leaders welcomed progress on climate cooperation.',
      'They committed to strengthening extended deterrence.',
    ]
    const other = ['Both leaders condemn the DPRK’s ballistic missile launches.', 'The leaders welcomed the launch of a climate dialogue.']
    const candidates = createDiceScorer(english, other, { weighting: 'idf', features: 'words' }).candidates?.(8) ?? []
    const fresh = createDiceScorer(english, other, { weighting: 'idf', features: 'words' })
    expect(candidates.length).toBeGreaterThan(2)
    for (const pair of candidates) expect(fresh.score([pair.a], [pair.b])).toBe(pair.score)
  })

  it('scores a run of joined clauses the same whether it is remembered or joined afresh', () => {
    const a = corpusCompareStatement(KYRGYZSTAN).clauses.map((c) => c.text)
    const b = corpusCompareStatement(TAJIKISTAN).clauses.map((c) => c.text)
    const scorer = createDiceScorer(a, b)
    const first = scorer.score([10, 11], [12])
    expect(scorer.score([10, 11], [12])).toBe(first)
    expect(createDiceScorer(a, b).score([10, 11], [12])).toBe(first)
    // a run and a non-run of the same length are not confused
    expect(scorer.score([10, 12], [12])).toBe(createDiceScorer(a, b).score([10, 12], [12]))
    expect(scorer.score([10, 12], [12])).not.toBe(first)
  })
})

describe('mostTallied', () => {
  it('gives what a stable sort by tally, cut to k, gives (ties in the order touched)', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 200; round++) {
      const size = 1 + Math.floor(random() * 60)
      const tally = new Float64Array(size).map(() => Math.floor(random() * 6))
      const touched = Array.from({ length: size }, (_, y) => y).filter(() => random() < 0.7)
      const k = 1 + Math.floor(random() * 12)
      const sorted = [...touched].sort((p, q) => (tally[q] as number) - (tally[p] as number)).slice(0, k)
      expect(mostTallied(touched, tally, k)).toEqual(sorted)
    }
  })
})
