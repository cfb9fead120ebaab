/**
 * One writer at a time: imports, edits, deletions and the formula rebuild take
 * this lock first thing in their transaction, so a transaction that reads and
 * then writes waits its turn instead of failing (SQLite) or racing another
 * writer (PostgreSQL). Readers are never blocked.
 *
 * A writer that changes what readers see then raises the data generation (the
 * one row of DataGeneration, markChanged) in the same transaction: the
 * server's page cache keeps a page for the generation it was rendered under,
 * so a page rendered before a write is not served after it, whichever
 * process wrote. A writer that ends up writing nothing (a file already
 * imported, a refused edit) leaves it as it was.
 */
import type { Prisma } from '@/lib/generated/prisma/client'
import { engineOf } from './client'

type Tx = Pick<Prisma.TransactionClient, '$executeRawUnsafe' | '$executeRaw'>

/** An arbitrary key for PostgreSQL's advisory lock: Tongwen's writers. */
const WRITERS_LOCK_KEY = 4_657_247

export async function lockForWriting(tx: Tx): Promise<void> {
  if (engineOf(tx) === 'postgresql') {
    // held until the transaction ends; executeRaw, as the function returns void
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITERS_LOCK_KEY})`
    return
  }
  // SQLite's write lock: a write that matches no row takes it and changes nothing
  await tx.$executeRawUnsafe('UPDATE "DataGeneration" SET "n" = "n" WHERE 1 = 0')
}

/** Raises the data generation: call it in a transaction that changes statements or formulas, after lockForWriting. */
export async function markChanged(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe('UPDATE "DataGeneration" SET "n" = "n" + 1 WHERE "id" = 1')
}

/** The data generation: it changes with every write to the statements or the formulas. */
export async function dataGeneration(db: Pick<Prisma.TransactionClient, '$queryRawUnsafe'>): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>('SELECT "n" FROM "DataGeneration" WHERE "id" = 1')
  return Number(rows[0]?.n ?? 0)
}
