/**
 * The one place that creates Prisma clients. The app uses `getDb()` (one client
 * per process, kept on globalThis so that development reloads do not open a new
 * connection each time); scripts and tests create their own with `createDb(url)`.
 */
import 'server-only'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { getEnv } from '@/lib/env'
import { createAdapter } from './adapter'

export type Db = PrismaClient

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: createAdapter(url) })
}

const globalForDb = globalThis as unknown as { tongwenDb?: Db }

export function getDb(): Db {
  globalForDb.tongwenDb ??= createDb(getEnv().databaseUrl)
  return globalForDb.tongwenDb
}
