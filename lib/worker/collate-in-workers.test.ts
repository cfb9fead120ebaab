import { describe, expect, it } from 'vitest'
import { collateStatements, DEFAULT_COLLATE_OPTIONS } from '@/lib/collate/collate-statements'
import { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { collateInWorkers, stopCollationThreads } from './collate-in-workers'

describe('collateInWorkers', () => {
  it('gives the same collation as one thread, for a family large enough to be spread over threads', async () => {
    const kg = corpusCompareStatement(KYRGYZSTAN)
    const tj = corpusCompareStatement(TAJIKISTAN)
    // 12 statements of about 65 clauses: over 200,000 clause pairs in all, so the alignments go to the threads
    const family = Array.from({ length: 12 }, (_, k) => ({ ...(k % 2 ? tj : kg), slug: `s${k}` }))
    const expected = collateStatements(family, DEFAULT_COLLATE_OPTIONS)
    expect(await collateInWorkers(family, DEFAULT_COLLATE_OPTIONS)).toEqual(expected)
    // threads stopped in the middle of a collation: it is finished on this thread, with the same result
    const stopped = collateInWorkers(family, DEFAULT_COLLATE_OPTIONS)
    setTimeout(() => void stopCollationThreads(), 30)
    expect(await stopped).toEqual(expected)
    // and the next collation starts new threads
    expect(await collateInWorkers(family, DEFAULT_COLLATE_OPTIONS)).toEqual(expected)
  }, 60_000)
})
