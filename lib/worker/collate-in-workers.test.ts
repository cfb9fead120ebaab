import { spawnSync } from 'node:child_process'
import path from 'node:path'
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

describe('edge cases', () => {
  it('lets a process exit on its own once its collation is done (the threads keep it alive only while they work)', () => {
    // a family large enough for the threads, collated in a process of its own that must end by itself
    const script = `
      const { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } = await import('./test/helpers/corpus.ts')
      const { collateInWorkers } = await import('./lib/worker/collate-in-workers.ts')
      const { DEFAULT_COLLATE_OPTIONS } = await import('./lib/collate/collate-statements.ts')
      const kg = corpusCompareStatement(KYRGYZSTAN), tj = corpusCompareStatement(TAJIKISTAN)
      const family = Array.from({ length: 12 }, (_, k) => ({ ...(k % 2 ? tj : kg), slug: 's' + k }))
      const result = await collateInWorkers(family, DEFAULT_COLLATE_OPTIONS)
      console.log('families', result.families.length)`
    const child = spawnSync(process.execPath, ['--import', 'tsx/esm', '--input-type=module', '-e', script], {
      cwd: path.join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(child.signal).toBeNull()
    expect(child.status).toBe(0)
    expect(child.stdout).toMatch(/^families \d+/)
  }, 70_000)
})
