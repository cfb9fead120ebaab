/**
 * Making the database ready: migrations applied, and on a database created just
 * now, the bundled corpus imported. Called by the start command, the CLI and
 * the test setup, so a fresh install works whichever runs first.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readCollections } from '@/lib/env'
import { createDb, engineOf, type Db } from '@/lib/db/client'
import { bundledFiles, corpusFiles, CORPUS_DIR } from '@/lib/collections/bundled'
import { getFormulaBuild } from '@/lib/db/formulas'
import { rebuildFormulas } from '@/lib/services/rebuild-formulas'
import { MINER_VERSION } from '@/lib/formulas/version'
import { type ImportReport } from './save-statements'
import { importText } from './import-file'
import { importBatch } from './import-files'
import { applyMigrations } from '@/lib/db/migrations'
import { engineFor } from '@/lib/db/schemas'
import { dropStaleSimilarities } from './pair-similarity'

export { corpusFiles, CORPUS_DIR }

/**
 * Imports every file of the named bundled collections (statements already
 * present are skipped), then mines the formulas once rather than after each
 * file. The map's pairs are left to warmSimilarityMap (npm start runs it once
 * the server is up; a map view computes what is still missing).
 */
export async function importCorpus(
  db: Db,
  root = process.cwd(),
  collections: readonly string[] = readCollections(),
): Promise<ImportReport> {
  const files = bundledFiles(collections, root).map((file) => ({ name: path.basename(file), file }))
  const batch = await importBatch(db, files, ({ name, file }) => importText(db, name, readFileSync(file, 'utf8'), { formulas: 'defer' }), {
    warmMap: false,
  })
  // the bundle's formulas not mined is a broken setup, not something to say beside a reader's files
  if (batch.problem) throw new Error(batch.problem)
  const report: ImportReport = { imported: [], present: [], doubts: [] }
  for (const result of batch.files) {
    // a bundled file the importer refuses is a bug in the bundle, not a reader's mistake
    if (!result.ok) throw new Error(`bundled file ${result.name}: ${result.error}`)
    report.imported.push(...result.imported)
    report.present.push(...result.present)
    report.doubts.push(...result.doubts)
  }
  if (batch.formulas) report.formulas = batch.formulas.formulaCount
  return report
}

/** Names of the migrations applied to the database, or null when it has no migration table yet. */
async function appliedMigrationNames(db: Db): Promise<Set<string> | null> {
  // Ask whether the table exists rather than letting the query fail: a failed
  // query leaves the SQLite connection holding a lock the migration engine then waits on.
  const tables =
    engineOf(db) === 'postgresql'
      ? await db.$queryRaw<
          { name: string }[]
        >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'`
      : await db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`
  if (tables.length === 0) return null
  const rows = await db.$queryRaw<
    { migration_name: string }[]
  >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
  return new Set(rows.map((r) => r.migration_name))
}

/**
 * Applies pending migrations (skipping the migration engine when there are
 * none), and imports the bundled corpus when the database was created now;
 * an existing database's formulas an older miner made are mined again, and the
 * pairs' similarities an older comparison computed are dropped.
 * Call it before `db` is first used: the migration state is read on a
 * connection of its own, closed before the engine runs, because the engine
 * cannot write while another connection to the SQLite file is open.
 */
export async function prepareDatabase(
  db: Db,
  url: string,
  root = process.cwd(),
  collections: readonly string[] = readCollections(),
): Promise<{ migrated: string[]; seeded: ImportReport | null }> {
  const folders = readdirSync(path.join(root, engineFor(url).migrationsDir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  const probe = createDb(url)
  const applied = await appliedMigrationNames(probe).finally(() => probe.$disconnect())
  if (applied && folders.every((name) => applied.has(name))) {
    await bringUpToDate(db)
    return { migrated: [], seeded: null }
  }
  let migrated: string[]
  try {
    migrated = await applyMigrations(url, root)
  } catch (error) {
    if (/SocketTimeout|database is locked|SQLITE_BUSY/i.test(String(error))) {
      throw new Error(
        'The database is busy: another process (the running app?) holds it. Stop it, then run this again to apply the new migrations.',
      )
    }
    throw error
  }
  if (url.startsWith('file:')) {
    // readers (the app) and a writer (an import in the CLI) can then work at the same time
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
  }
  const seeded = applied === null || applied.size === 0 ? await importCorpus(db, root, collections) : null
  if (!seeded) await bringUpToDate(db)
  return { migrated, seeded }
}

/** What an existing database needs from this release: its formulas mined by this miner, its pairs' similarities by this comparison. */
async function bringUpToDate(db: Db): Promise<void> {
  await mineIfOutdated(db)
  await dropStaleSimilarities(db)
}

/**
 * Mines the formulas of a database with statements but no formula set (from
 * before the formula tables), or whose formulas an older miner made
 * (MINER_VERSION); a database without statements is left as it is.
 */
async function mineIfOutdated(db: Db): Promise<void> {
  const build = await getFormulaBuild(db)
  const outdated = build ? build.minerVersion !== MINER_VERSION : (await db.statement.count()) > 0
  if (outdated) await db.$transaction((tx) => rebuildFormulas(tx), { timeout: 600_000 })
}
