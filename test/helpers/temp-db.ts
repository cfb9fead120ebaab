import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createDb, type Db } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/migrations'
import { prepareDatabase } from '@/lib/db/setup'

export interface TempDatabase {
  url: string
  db: Db
  cleanup(): Promise<void>
}

const ROOT = path.join(import.meta.dirname, '../..')

/**
 * A real SQLite file in a temporary folder, migrated; with `seed`, prepared as
 * a fresh install prepares it (the bundled corpus imported).
 */
export async function createTempDatabase({ seed = true } = {}): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tongwen-test-'))
  const url = `file:${path.join(dir, 'test.db')}`
  const db = createDb(url)
  if (seed) await prepareDatabase(db, url, ROOT)
  else await applyMigrations(url, ROOT)
  return {
    url,
    db,
    async cleanup() {
      await db.$disconnect()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const TABLES = ['Source', 'Statement', 'Party', 'StatementParty', 'Section', 'Clause', 'Formula', 'FormulaVariant', 'Occurrence', 'FormulaBuild'] as const

/** Row counts and a checksum of every table's content: equal before and after means nothing changed. */
export async function databaseFingerprint(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  const fingerprint: Record<string, { rows: number; sha256: string }> = {}
  for (const table of TABLES) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}" ORDER BY rowid`)
    const json = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))
    fingerprint[table] = { rows: rows.length, sha256: createHash('sha256').update(json).digest('hex') }
  }
  return fingerprint
}
