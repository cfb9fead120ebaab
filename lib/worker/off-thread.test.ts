import { describe, expect, it, vi } from 'vitest'
import { pairSimilarities } from '@/lib/compare/pair-similarities'
import { formulaRecords } from '@/lib/formulas/records'
import { DEFAULT_MINING_OPTIONS } from '@/lib/formulas/mine-formulas'
import { shardedFormulaRecords } from '@/lib/formulas/sharded'
import type { FormulaSourceStatement } from '@/lib/formulas/types'
import { corpusCompareStatement, corpusStatements } from '@/test/helpers/corpus'
import { formulaRecordsOffThread, pairSimilaritiesOffThread, shardedFormulaRecordsOffThread } from './off-thread'
import { stopComputeThreads } from './thread-pool'

/** The bundled corpus as the formula miner reads it from the database. */
const sources = (): FormulaSourceStatement[] => {
  let clauseId = 0
  return corpusStatements().map((s, k) => ({
    id: k + 1,
    date: s.date,
    kind: s.kind,
    parties: s.parties,
    clauses: s.sections.flatMap((section) => section.clauses.map((c) => ({ id: ++clauseId, text: c.text, label: c.label ?? null }))),
  }))
}

describe('work sent to the compute threads', () => {
  it('mines the same formulas on a thread as in place, occurrences and ids included', async () => {
    const statements = sources()
    const here = formulaRecords(statements)
    expect(here.length).toBeGreaterThan(20)
    expect(await formulaRecordsOffThread(statements, true)).toEqual(here)
  }, 60_000)

  it('mines a corpus in shards on the threads as in place, without falling back to this thread', async () => {
    const statements = sources()
    // four shards or so: the corpus is about 90,000 characters
    const here = await shardedFormulaRecords(statements, DEFAULT_MINING_OPTIONS, { shardCharacters: 25_000 })
    expect(here.length).toBeGreaterThan(20)
    const failed = vi.spyOn(console, 'error')
    try {
      expect(await shardedFormulaRecordsOffThread(statements, DEFAULT_MINING_OPTIONS, 25_000)).toEqual(here)
      expect(failed).not.toHaveBeenCalled()
    } finally {
      failed.mockRestore()
    }
  }, 60_000)

  it('gives the map the same pair similarities on a thread as in place', async () => {
    const statements = [1, 5, 8].map(corpusCompareStatement)
    const pairs: [number, number][] = [
      [0, 1],
      [0, 2],
      [1, 2],
    ]
    const here = pairSimilarities(statements, pairs)
    // Kyrgyzstan and Tajikistan (5, 8) share about half their text
    expect(here[2]).toBeGreaterThan(0.3)
    expect(await pairSimilaritiesOffThread(statements, pairs, true)).toEqual(here)
  }, 60_000)

  it('does the work in place when the threads stop in the middle of it', async () => {
    const statements = sources()
    const pending = formulaRecordsOffThread(statements, true)
    setTimeout(() => void stopComputeThreads(), 20)
    expect(await pending).toEqual(formulaRecords(statements))
  }, 60_000)

  it('fails a mining in shards when a thread stops in the middle of it, rather than doing it where readers wait', async () => {
    const statements = sources()
    // the threads are started and warm: the stop falls on a shard being mined
    await shardedFormulaRecordsOffThread(statements, DEFAULT_MINING_OPTIONS, 25_000)
    // the stop falls right after the first shard is mined, when the next has just been sent to a thread (a stop after
    // 20 ms had fallen after the mining on a fast run, and the test failed: CI of 2026-12-03)
    let stopped = false
    const pending = shardedFormulaRecordsOffThread(statements, DEFAULT_MINING_OPTIONS, 25_000, (done) => {
      if (done === 1 && !stopped) {
        stopped = true
        setTimeout(() => void stopComputeThreads(), 0)
      }
    })
    await expect(pending).rejects.toThrow(/A compute thread failed (mining a shard|counting the formulas of the shards)/)
    expect(stopped).toBe(true)
  }, 60_000)
})
