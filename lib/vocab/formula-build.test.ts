import { describe, expect, it } from 'vitest'
import { foldedInSentence } from './formula-build'

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
