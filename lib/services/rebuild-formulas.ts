/**
 * Bringing the formulas up to date after the corpus changed: mining them again
 * from the whole corpus in the database (read the statements, find the phrases
 * they share, replace the rows), or, for an import into a large corpus,
 * folding the new statements into the set already mined (lib/formulas/fold-in).
 */
import { formulaSources, getFormulaBuild, replaceFormulas, type FormulaBuildState } from '@/lib/db/formulas'
import { foldInFormulas } from '@/lib/db/formula-fold-in'
import type { Tx } from '@/lib/db/client'
import { lockForWriting, markChanged } from '@/lib/db/write-lock'
import { MINER_VERSION } from '@/lib/formulas/version'
import { sourceCharacters } from '@/lib/formulas/records'
import { formulaRecordsOffThread } from '@/lib/worker/off-thread'

/**
 * Characters of clause text up to which the whole corpus is mined again after
 * an import: the bundled collections hold under 2 million. Mining grows with
 * the corpus (`npm run bench` measures it on corpora 10× and 100× the Xinhua
 * one); beyond this an import folds its statements in (`npm run bench --
 * --scale` times it), and `npm run cli -- mine` mines everything again.
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
  { incremental = false, fullMiningLimit = FULL_MINING_LIMIT }: RebuildOptions = {},
): Promise<FormulaBuildState> {
  await lockForWriting(tx)
  await markChanged(tx)
  if (incremental) {
    const build = await getFormulaBuild(tx)
    // a set from another miner is mined again whatever it costs (folding in keeps what the set's miner found),
    // and so is a set that does not know its last statement (made before fold-ins)
    if (build?.throughStatementId && build.minerVersion === MINER_VERSION && build.characters > fullMiningLimit) {
      const added = await formulaSources(tx, build.throughStatementId)
      if (sourceCharacters(added) <= build.characters * FOLD_IN_SHARE) return foldInFormulas(tx, build, added)
    }
  }
  const started = performance.now()
  const statements = await formulaSources(tx)
  // mined on a compute thread when the corpus is large: readers are answered meanwhile
  return replaceFormulas(tx, await formulaRecordsOffThread(statements), {
    statementCount: statements.length,
    started,
    throughStatementId: statements.at(-1)?.id ?? 0,
    characters: sourceCharacters(statements),
  })
}
