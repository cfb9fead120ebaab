/**
 * The driver adapter for a database URL: better-sqlite3 for `file:` URLs.
 * Shared by the Prisma client and the migration engine.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, '')
}

/** A driver adapter factory for the database at `url`; creates the SQLite file's folder if needed. */
export function createAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (url.startsWith('file:')) {
    mkdirSync(path.dirname(sqlitePath(url)), { recursive: true })
    // wait up to 10 s for another writer (an import in the CLI while the app serves pages)
    return new PrismaBetterSqlite3({ url, timeout: 10_000 })
  }
  throw new Error(`Unsupported database URL "${url.split(':')[0]}:…": use file:<path> for SQLite.`)
}
