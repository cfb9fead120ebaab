import { describe, expect, it } from 'vitest'
import { foldedInSentence, shardedSentence } from './formula-build'

describe('foldedInSentence', () => {
  it('says nothing before a fold-in, and how many statements were folded in after', () => {
    expect(foldedInSentence(0)).toBe('')
    expect(foldedInSentence(1)).toBe(
      'The statement imported since was matched against these formulas; a phrase that only it makes a formula waits for the next full mining.',
    )
    expect(foldedInSentence(3, true)).toBe(
      'The 3 statements imported since were matched against these formulas; a phrase that only they make a formula waits for the next full mining (npm run cli -- mine).',
    )
  })
})

describe('shardedSentence', () => {
  it('says nothing of a mining in one piece, and what a mining in parts leaves out', () => {
    expect(shardedSentence(0)).toBe('')
    expect(shardedSentence(1)).toBe('')
    expect(shardedSentence(4)).toBe(
      'The corpus is too large to mine at once: it was mined in 4 parts, each a run of statements in date order, and a phrase that no part uses twice is not listed.',
    )
  })
})
