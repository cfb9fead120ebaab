/**
 * Bringing the formulas up to date after the corpus changed: mining them again
 * from the whole corpus in the database (read the statements, find the phrases
 * they share, replace the rows), or, for an import into a large corpus,
 * folding the new statements into the set already mined (lib/formulas/fold-in).
 */
import { formulaSources, getFormulaBuild, replaceFormulas, type FormulaBuildState } from '@/lib/db/formulas'
import { foldInFormulas, refoldStatement } from '@/lib/db/formula-fold-in'
import { DEFAULT_MINING_OPTIONS } from '@/lib/formulas/mine-formulas'
import type { Tx } from '@/lib/db/client'
import { lockForWriting, markChanged } from '@/lib/db/write-lock'
import { MINER_VERSION } from '@/lib/formulas/version'
import { sourceCharacters } from '@/lib/formulas/records'
import { SHARD_CHARACTERS, shardsOf, type MiningProgress } from '@/lib/formulas/sharded'
import { formulaRecordsOffThread, shardedFormulaRecordsOffThread } from '@/lib/worker/off-thread'

/**
 * Characters of clause text up to which the whole corpus is mined again after
 * an import, in one piece: the bundled collections hold under 2 million.
 * Mining grows with the corpus (`npm run bench` measures it on corpora 10× and
 * 100× the Xinhua one); beyond this an import folds its statements in (`npm
 * run bench -- --scale` times it), and a full mining (`npm run cli -- mine`)
 * mines the corpus in shards (lib/formulas/sharded), whose memory does not
 * grow with the corpus.
 */
export const FULL_MINING_LIMIT = 4_000_000

/**
 * A batch is folded in only while its text is at most this share of the text
 * the set already covers: a batch as large as half the corpus is mined with
 * it, so that the phrases it repeats become formulas.
 */
export const FOLD_IN_SHARE = 0.5

export interface RebuildOptions {
  /** after an import: the statements written since the set was made are folded in when the corpus is large (FULL_MINING_LIMIT) */
  incremental?: boolean
  fullMiningLimit?: number
  /** the size of a shard when the corpus is mined in shards (SHARD_CHARACTERS) */
  shardCharacters?: number
  /** told how far a mining in shards is (the CLI draws it) */
  onProgress?: MiningProgress
}

/**
 * Mines the corpus and replaces every formula row with the result, or, after
 * an import, folds the statements written since the set was made in (see
 * FULL_MINING_LIMIT and FOLD_IN_SHARE). Call it inside the transaction that
 * changed the statements, so that readers see the old set or the new one,
 * never a mix. It takes the write lock before reading: a set mined from
 * statements another writer has changed since would be stale (PostgreSQL),
 * and SQLite refuses, without waiting, to let a transaction that has read
 * write after another writer has committed.
 */
export async function rebuildFormulas(
  tx: Tx,
  { incremental = false, fullMiningLimit = FULL_MINING_LIMIT, shardCharacters = SHARD_CHARACTERS, onProgress }: RebuildOptions = {},
): Promise<FormulaBuildState> {
  await lockForWriting(tx)
  await markChanged(tx)
  if (incremental) {
    const build = await foldable(tx, fullMiningLimit)
    if (build) {
      const added = await formulaSources(tx, { after: build.throughStatementId })
      if (sourceCharacters(added) <= build.characters * FOLD_IN_SHARE) return foldInFormulas(tx, build, added)
    }
  }
  return mineAll(tx, { fullMiningLimit, shardCharacters, ...(onProgress ? { onProgress } : {}) })
}

/**
 * The set, when it is kept up to date without mining again: larger than
 * `fullMiningLimit`, made by this miner (a set from another miner is mined
 * again whatever it costs: folding in keeps what the set's miner found), and
 * knowing its last statement (a set made before fold-ins does not).
 */
async function foldable(tx: Tx, fullMiningLimit: number): Promise<FormulaBuildState | null> {
  const build = await getFormulaBuild(tx)
  return build?.throughStatementId && build.minerVersion === MINER_VERSION && build.characters > fullMiningLimit ? build : null
}

/**
 * After an edit of statement `id`'s parties, date or kind: in a large corpus
 * the formulas it uses are counted again, its uses found again first when its
 * parties changed (they change the mask: lib/db/formula-fold-in,
 * refoldStatement); otherwise the corpus is mined again. Call it in the
 * edit's transaction, after the edit.
 */
export async function formulasAfterEdit(
  tx: Tx,
  id: number,
  { partiesChanged, fullMiningLimit = FULL_MINING_LIMIT }: { partiesChanged: boolean; fullMiningLimit?: number },
): Promise<FormulaBuildState> {
  await lockForWriting(tx)
  await markChanged(tx)
  const build = await foldable(tx, fullMiningLimit)
  return build
    ? refoldStatement(tx, build, id, { refind: partiesChanged, minDocuments: DEFAULT_MINING_OPTIONS.minDocuments })
    : mineAll(tx, { fullMiningLimit })
}

/**
 * Deletes statement `id` with `remove`, and brings the formulas up to date: in
 * a large corpus by taking its uses out and counting the formulas they were
 * of again (a formula left in one statement is dropped), otherwise by mining
 * the corpus again. Call it in the deletion's transaction, instead of deleting.
 */
export async function deleteWithFormulas(
  tx: Tx,
  id: number,
  remove: () => Promise<void>,
  { fullMiningLimit = FULL_MINING_LIMIT } = {},
): Promise<FormulaBuildState> {
  await lockForWriting(tx)
  await markChanged(tx)
  const build = await foldable(tx, fullMiningLimit)
  if (build) return refoldStatement(tx, build, id, { remove, minDocuments: DEFAULT_MINING_OPTIONS.minDocuments })
  await remove()
  return mineAll(tx, { fullMiningLimit })
}

/**
 * Mines the whole corpus and replaces the formula set with what it finds: in
 * one piece up to `fullMiningLimit` characters, in shards beyond.
 */
async function mineAll(
  tx: Tx,
  {
    fullMiningLimit,
    shardCharacters = SHARD_CHARACTERS,
    onProgress,
  }: { fullMiningLimit: number; shardCharacters?: number; onProgress?: MiningProgress },
): Promise<FormulaBuildState> {
  const started = performance.now()
  const statements = await formulaSources(tx)
  // mined on the compute threads when the corpus is large: readers are answered meanwhile
  const characters = sourceCharacters(statements)
  const sharded = characters > fullMiningLimit
  const records = sharded
    ? await shardedFormulaRecordsOffThread(statements, DEFAULT_MINING_OPTIONS, shardCharacters, onProgress)
    : await formulaRecordsOffThread(statements)
  return replaceFormulas(tx, records, {
    shards: sharded ? shardsOf(statements, shardCharacters).length : 0,
    statementCount: statements.length,
    started,
    throughStatementId: statements.at(-1)?.id ?? 0,
    characters,
  })
}
