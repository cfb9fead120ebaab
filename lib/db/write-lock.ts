/**
 * One writer at a time: imports, edits and deletions take this lock first
 * thing in their transaction, so a transaction that reads and then writes
 * waits its turn instead of failing (SQLite) or racing another writer
 * (PostgreSQL). Readers are never blocked.
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
  await tx.$executeRawUnsafe('UPDATE "Source" SET "id" = "id" WHERE 1 = 0')
}
