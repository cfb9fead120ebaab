import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { createDb, type Db } from '@/lib/db/client'
import { applyMigrations, withDatabaseName } from '@/lib/db/migrations'
import { prepareDatabase } from '@/lib/services/prepare-database'

export interface TempDatabase {
  url: string
  db: Db
  cleanup(): Promise<void>
}

const ROOT = path.join(import.meta.dirname, '../..')

/**
 * The PostgreSQL server the tests run on, when they run on PostgreSQL:
 * TONGWEN_TEST_PG_URL, a postgresql:// URL whose user may create databases
 * (.ci/run runs the whole suite once without it, on SQLite, and once with it).
 */
export function testPostgresUrl(): string | undefined {
  return process.env.TONGWEN_TEST_PG_URL || undefined
}

/** The engine the tests' databases use. */
export const TEST_ENGINE: 'sqlite' | 'postgresql' = testPostgresUrl() ? 'postgresql' : 'sqlite'

/**
 * A real database of the test's own, migrated; with `seed`, prepared as a
 * fresh install prepares it (the bundled corpus imported). A SQLite file in a
 * temporary folder, or, on PostgreSQL, a database created on the test server
 * and dropped by `cleanup`.
 */
export async function createTempDatabase({ seed = true } = {}): Promise<TempDatabase> {
  const server = testPostgresUrl()
  let url: string
  let remove: () => Promise<void>
  if (server) {
    const name = `tongwen_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
    await adminQuery(server, `CREATE DATABASE "${name}"`)
    url = withDatabaseName(server, name)
    remove = () => dropDatabase(server, name)
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'tongwen-test-'))
    url = `file:${path.join(dir, 'test.db')}`
    remove = async () => rmSync(dir, { recursive: true, force: true })
  }
  const db = createDb(url)
  if (seed) await prepareDatabase(db, url, ROOT)
  else await applyMigrations(url, ROOT)
  return {
    url,
    db,
    async cleanup() {
      await db.$disconnect()
      await remove()
    },
  }
}

/**
 * Drops a test's database. PostgreSQL's own autovacuum may be working in it
 * just then, and a role that is not a superuser cannot end that process
 * ("must be a member of the role whose process is being terminated"): wait a
 * moment and try again, and leave a scratch database behind, with a warning,
 * rather than fail a test that passed.
 */
async function dropDatabase(server: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      return
    } catch (error) {
      if (!/member of the role whose process is being terminated|is being accessed by other users/.test(String(error))) throw error
      if (attempt >= 10) {
        console.warn(`The test database ${name} could not be dropped (${String(error)}); it is left on the server.`)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
    }
  }
}

async function adminQuery(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Every table, with the key that orders its rows. */
const TABLES = {
  Source: 'id',
  Statement: 'id',
  Party: 'id',
  StatementParty: '"statementId", "partyId"',
  Section: 'id',
  Clause: 'id',
  Formula: 'id',
  FormulaVariant: '"formulaId", position',
  Occurrence: 'id',
  FormulaBuild: 'id',
  PairSimilarity: '"aId", "bId"',
  DataGeneration: 'id',
} as const

/** Row counts and a checksum of every table's content: equal before and after means nothing changed. */
export async function databaseFingerprint(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  const fingerprint: Record<string, { rows: number; sha256: string }> = {}
  for (const [table, key] of Object.entries(TABLES)) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}" ORDER BY ${key}`)
    const json = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))
    fingerprint[table] = { rows: rows.length, sha256: createHash('sha256').update(json).digest('hex') }
  }
  return fingerprint
}

/**
 * A temporary database for the tests of one file: made before them (seeded
 * unless `seed` is false), removed after them. Its fields are there once the
 * file's tests run.
 */
export function tempDatabaseForFile(options: { seed?: boolean } = {}): TempDatabase {
  const temp = {} as TempDatabase
  beforeAll(async () => {
    Object.assign(temp, await createTempDatabase(options))
  })
  afterAll(async () => {
    await temp.cleanup?.()
  })
  return temp
}
