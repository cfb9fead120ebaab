/**
 * Making the database ready: migrations applied, and on a database created just
 * now, the bundled corpus imported. Called by the start command, the CLI and
 * the test setup, so a fresh install works whichever runs first.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Db } from './client'
import { importText, type ImportReport } from './import'
import { applyMigrations, MIGRATIONS_DIR } from './migrations'

export const CORPUS_DIR = path.join('data', 'corpus')

/** The bundled corpus files, in name order. */
export function corpusFiles(root = process.cwd()): string[] {
  const dir = path.join(root, CORPUS_DIR)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name))
}

/** Imports every bundled corpus file (statements already present are skipped). */
export async function importCorpus(db: Db, root = process.cwd()): Promise<ImportReport> {
  const report: ImportReport = { imported: [], present: [] }
  for (const file of corpusFiles(root)) {
    const result = await importText(db, path.basename(file), readFileSync(file, 'utf8'))
    report.imported.push(...result.imported)
    report.present.push(...result.present)
  }
  return report
}

async function appliedMigrationNames(db: Db): Promise<Set<string> | null> {
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`
    return new Set(rows.map((r) => r.migration_name))
  } catch {
    return null
  }
}

/**
 * Applies pending migrations (skipping the migration engine when there are
 * none), and imports the bundled corpus when the database was created now.
 * Returns what it did, for the caller to report.
 */
export async function prepareDatabase(db: Db, url: string, root = process.cwd()): Promise<{ migrated: string[]; seeded: ImportReport | null }> {
  const folders = readdirSync(path.join(root, MIGRATIONS_DIR), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  if (url.startsWith('file:')) {
    // readers (the app) and a writer (an import in the CLI) can then work at the same time
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
  }
  const applied = await appliedMigrationNames(db)
  if (applied && folders.every((name) => applied.has(name))) return { migrated: [], seeded: null }
  const migrated = await applyMigrations(url, root)
  const created = applied === null || applied.size === 0
  const seeded = created ? await importCorpus(db, root) : null
  return { migrated, seeded }
}
