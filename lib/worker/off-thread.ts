/**
 * Work that would hold up every reader if it ran on the server's thread,
 * sent to the compute threads (thread-pool.ts) when it is large: mining the
 * corpus for formulas after an import or an edit, and the corpus map's pair
 * similarities. Small inputs are done in place: sending them costs more than
 * it saves. Either way the answer is the same.
 */
import { pairSimilarities } from '@/lib/compare/pair-similarities'
import type { CompareStatement } from '@/lib/compare/types'
import { formulaRecords, sourceCharacters } from '@/lib/formulas/records'
import { recordsFromShards, shardCandidates, shardedFormulaRecords, type Candidate, type MiningProgress } from '@/lib/formulas/sharded'
import type { FormulaRecord, FormulaSourceStatement, MiningOptions } from '@/lib/formulas/types'
import { offThread } from './thread-pool'

/** Clause text (in UTF-16 units) from which mining goes to a thread: the bundled corpus alone is about 90,000. */
export const FORMULAS_OFF_THREAD_FROM = 200_000

/** Pairs from which the map's similarities go to a thread (one pair takes 5–20 ms). */
export const SIMILARITIES_OFF_THREAD_FROM = 8

/** formulaRecords(statements), on a compute thread when the corpus is large (or `force`). */
export function formulaRecordsOffThread(statements: FormulaSourceStatement[], force = false): Promise<FormulaRecord[]> {
  if (!force && sourceCharacters(statements) < FORMULAS_OFF_THREAD_FROM) return Promise.resolve(formulaRecords(statements))
  return offThread({ kind: 'formulas', statements }, () => formulaRecords(statements), 'mining formulas')
}

/**
 * shardedFormulaRecords(statements) with its work on the compute threads: the
 * shards two at a time (one a thread), then the counting over the whole corpus
 * on one of them, so that readers are answered meanwhile. A thread that fails
 * (out of memory, say) fails the mining, and the transaction it is in; on one
 * core, with no threads, the work is done in place.
 */
export function shardedFormulaRecordsOffThread(
  statements: FormulaSourceStatement[],
  options: MiningOptions,
  shardCharacters?: number,
  onProgress?: MiningProgress,
): Promise<FormulaRecord[]> {
  return shardedFormulaRecords(statements, options, {
    ...(shardCharacters ? { shardCharacters } : {}),
    ...(onProgress ? { onProgress } : {}),
    work: {
      // a corpus is sharded because it is large: a thread that fails is not replaced by the server's own
      mine: (shard) =>
        offThread<Candidate[]>({ kind: 'shard', statements: shard, options }, () => shardCandidates(shard, options), 'mining a shard', {
          retryHere: false,
        }),
      count: (all, found) =>
        offThread<FormulaRecord[]>(
          { kind: 'counted', statements: all, found, options },
          () => recordsFromShards(all, found, options),
          'counting the formulas of the shards',
          { retryHere: false },
        ),
    },
  })
}

/** pairSimilarities(statements, pairs), on a compute thread when there are many pairs (or `force`). */
export function pairSimilaritiesOffThread(statements: CompareStatement[], pairs: [number, number][], force = false): Promise<number[]> {
  if (!force && pairs.length < SIMILARITIES_OFF_THREAD_FROM) return Promise.resolve(pairSimilarities(statements, pairs))
  return offThread({ kind: 'similarities', statements, pairs }, () => pairSimilarities(statements, pairs), 'comparing pairs for the map')
}
