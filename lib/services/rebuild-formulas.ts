/**
 * Mining the formulas again from the whole corpus in the database: read the
 * statements, find the phrases they share (lib/formulas), replace the rows.
 */
import { formulaSources, replaceFormulas, type FormulaBuildState } from '@/lib/db/formulas'
import type { Tx } from '@/lib/db/client'
import { lockForWriting, markChanged } from '@/lib/db/write-lock'
import { formulaRecordsOffThread } from '@/lib/worker/off-thread'

/**
 * Mines the corpus and replaces every formula row with the result. Call it
 * inside the transaction that changed the statements, so that readers see
 * the old set or the new one, never a mix. It takes the write lock before
 * reading: a set mined from statements another writer has changed since would
 * be stale (PostgreSQL), and SQLite refuses, without waiting, to let a
 * transaction that has read write after another writer has committed.
 */
export async function rebuildFormulas(tx: Tx): Promise<FormulaBuildState> {
  await lockForWriting(tx)
  await markChanged(tx)
  const started = performance.now()
  const statements = await formulaSources(tx)
  // mined on a compute thread when the corpus is large: readers are answered meanwhile
  return replaceFormulas(tx, await formulaRecordsOffThread(statements), { statementCount: statements.length, started })
}
