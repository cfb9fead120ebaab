import { describe, expect, it } from 'vitest'
import { createDiceScorer, wordProfile } from './dice-scorer'

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
