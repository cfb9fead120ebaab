/**
 * The one place that creates Prisma clients. The app uses `getDb()` (one client
 * per process, kept on globalThis so that development reloads do not open a new
 * connection each time); scripts and tests create their own with `createDb(url)`.
 *
 * Each engine has its own generated client (lib/generated/prisma for SQLite,
 * lib/generated/prisma-pg for PostgreSQL), both generated from the one data
 * model (lib/db/schemas.ts), so they have the same models and methods; the
 * rest of the code uses the SQLite client's types for either.
 */
import 'server-only'
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client'
import { PrismaClient as PgPrismaClient } from '@/lib/generated/prisma-pg/client'
import { getEnv } from '@/lib/env'
import { createAdapter, isPostgresUrl } from './adapter'

export type Db = PrismaClient
/** A client inside a transaction. */
export type Tx = Prisma.TransactionClient

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) return new PgPrismaClient({ adapter: createAdapter(url) }) as unknown as Db
  return new PrismaClient({ adapter: createAdapter(url) })
}

/** 'postgresql' or 'sqlite': the few queries Prisma cannot write for both (search, locks) ask this. */
export function engineOf(db: Pick<Db, '$executeRaw'>): 'sqlite' | 'postgresql' {
  // the provider the client was generated for; transaction clients read it through to their client
  return (db as unknown as { _activeProvider?: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite'
}

/**
 * A "contains" filter that ignores case on both engines: SQLite's LIKE already
 * ignores ASCII case, PostgreSQL's needs mode insensitive (ILIKE), which the
 * SQLite client's types do not know.
 */
export function containsText(db: Pick<Db, '$executeRaw'>, text: string): { contains: string } {
  return engineOf(db) === 'postgresql' ? ({ contains: text, mode: 'insensitive' } as { contains: string }) : { contains: text }
}

const globalForDb = globalThis as unknown as { tongwenDb?: Db }

export function getDb(): Db {
  globalForDb.tongwenDb ??= createDb(getEnv().databaseUrl)
  return globalForDb.tongwenDb
}
