/**
 * The driver adapter for a database URL: libSQL (SQLite, with a prebuilt binary from npm) for `file:` URLs,
 * node-postgres for `postgresql://` ones. Shared by the Prisma client and the
 * migration engine.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PrismaLibSql } from '@prisma/adapter-libsql'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, '')
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}

/** Connections per process to PostgreSQL: enough for a page's parallel queries under load, few enough for many processes. */
const PG_POOL_SIZE = 10

const PG_CHAR_OID = 18
const PG_TEXT_OID = 25

/**
 * node-postgres connections for the migration engine. The engine reads the
 * catalogue, whose one-byte `"char"` columns (pg_class.relkind …) the pg
 * adapter has no column type for; they arrive as strings already, so they are
 * declared text.
 */
class CatalogReadingPool extends pg.Pool {
  // @ts-expect-error -- one override for pg's overloaded query(); the adapter uses the promise form
  override query(...args: Parameters<pg.Pool['query']>) {
    const result = (super.query as (...a: unknown[]) => unknown).apply(this, args)
    if (!(result instanceof Promise)) return result
    return result.then((res: pg.QueryResult) => {
      for (const field of res.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID
      return res
    })
  }
}

function migrationAdapter(config: pg.PoolConfig): SqlMigrationAwareDriverAdapterFactory {
  const plain = new PrismaPg(config)
  return {
    provider: plain.provider,
    adapterName: plain.adapterName,
    // a pool of its own for each connection, closed with it
    connect: () =>
      new PrismaPg(new CatalogReadingPool(config) as unknown as ConstructorParameters<typeof PrismaPg>[0], {
        disposeExternalPool: true,
      }).connect(),
    connectToShadowDb: () => plain.connectToShadowDb(),
  }
}

/**
 * A driver adapter factory for the database at `url`; creates the SQLite
 * file's folder if needed. `forMigrations` gives the one the schema engine needs.
 */
export function createAdapter(url: string, { forMigrations = false } = {}): SqlMigrationAwareDriverAdapterFactory {
  if (url.startsWith('file:')) {
    mkdirSync(path.dirname(sqlitePath(url)), { recursive: true })
    // a writer waits up to 60 s for another (an import in the CLI while the app
    // takes an edit; mining the formulas of a large corpus holds the lock for
    // seconds). Readers in other processes never wait, the database being in
    // WAL mode; within one process the adapter runs one query or transaction
    // at a time, as better-sqlite3's did. Migrations give up after 10 s and say
    // the database is busy (prepareDatabase).
    return new PrismaLibSql({ url, timeout: forMigrations ? 10_000 : 60_000 })
  }
  if (isPostgresUrl(url)) {
    const config: pg.PoolConfig = { connectionString: url, max: PG_POOL_SIZE, connectionTimeoutMillis: 10_000 }
    return forMigrations ? migrationAdapter(config) : new PrismaPg(config)
  }
  throw new Error(`Unsupported database URL "${url.split(':')[0]}:…": use file:<path> for SQLite or postgresql://… for PostgreSQL.`)
}
