/**
 * Bulk inserts for derived rows (the formula tables: thousands to millions of
 * rows rebuilt at once). One multi-row INSERT per batch, every value a bound
 * parameter; about fifteen times faster than createMany through the driver
 * adapter, which sends a statement per row. Table and column names come from
 * this file's callers' constants, never from input. With `skipExisting`, a row
 * whose key is already there is left as it is (SQLite and PostgreSQL both
 * read ON CONFLICT DO NOTHING).
 */
import { Prisma } from '@/lib/generated/prisma/client'

type Tx = Prisma.TransactionClient | Pick<Prisma.TransactionClient, '$executeRaw'>

/** Bound parameters per statement: under SQLite's 32 766 and PostgreSQL's 65 535. */
const MAX_PARAMETERS = 30_000

export async function insertRows(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
  { skipExisting = false } = {},
): Promise<number> {
  if (!/^[A-Za-z]+$/.test(table) || !columns.every((c) => /^[A-Za-z]+$/.test(c)))
    throw new Error(`insertRows: "${table}" (${columns.join(', ')}) is not a plain table and column list; this is a bug`)
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `)
  const perBatch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length))
  let batch: Prisma.Sql[] = []
  let written = 0
  const flush = async () => {
    if (batch.length === 0) return
    await tx.$executeRaw`${head}${Prisma.join(batch)}${Prisma.raw(skipExisting ? ' ON CONFLICT DO NOTHING' : '')}`
    written += batch.length
    batch = []
  }
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`insertRows: a row of ${row.length} values for ${columns.length} columns; this is a bug`)
    batch.push(Prisma.sql`(${Prisma.join(row)})`)
    if (batch.length === perBatch) await flush()
  }
  await flush()
  return written
}
