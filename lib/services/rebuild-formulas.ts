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
import { formulaRecordsOffThread } from '@/lib/worker/off-thread'

/**
 * Characters of clause text up to which an import mines the whole corpus
 * again: the bundled collections hold under 2 million. Mining grows with the
 * corpus and takes seconds and hundreds of megabytes at this size (`npm run
 * bench` measures it on corpora 10× and 100× the Xinhua one); beyond it an
 * import folds its statements in, in well under a second (`npm run bench --
 * --scale`), and `npm run cli -- mine` mines everything again.
 */
export const FULL_MINING_LIMIT = 4_000_000

export interface RebuildOptions {
  /** the statements an import has just written: folded in when the corpus is larger than `fullMiningLimit` */
  added?: readonly number[]
  fullMiningLimit?: number
}

/**
 * Mines the corpus and replaces every formula row with the result, or folds
 * the statements `added` in (see FULL_MINING_LIMIT). Call it inside the
 * transaction that changed the statements, so that readers see the old set
 * or the new one, never a mix. It takes the write lock before reading: a set
 * mined from statements another writer has changed since would be stale
 * (PostgreSQL), and SQLite refuses, without waiting, to let a transaction
 * that has read write after another writer has committed.
 */
export async function rebuildFormulas(
  tx: Tx,
  { added, fullMiningLimit = FULL_MINING_LIMIT }: RebuildOptions = {},
): Promise<FormulaBuildState> {
  await lockForWriting(tx)
  await markChanged(tx)
  if (added?.length) {
    const build = await getFormulaBuild(tx)
    // a set from another miner is mined again whatever it costs: folding in keeps what the set's miner found
    if (build && build.minerVersion === MINER_VERSION && (await corpusCharacters(tx)) > fullMiningLimit) return foldInFormulas(tx, added)
  }
  const started = performance.now()
  const statements = await formulaSources(tx)
  // mined on a compute thread when the corpus is large: readers are answered meanwhile
  return replaceFormulas(tx, await formulaRecordsOffThread(statements), { statementCount: statements.length, started })
}

/** Characters of clause text in the corpus: what mining it costs grows with. */
async function corpusCharacters(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number | bigint | null }[]>`SELECT SUM(LENGTH("text")) AS n FROM "Clause"`
  return Number(row?.n ?? 0)
}
