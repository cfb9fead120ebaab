/**
 * Migrations without Prisma's native schema engine, which cannot be downloaded
 * here: the same engine compiled to WebAssembly (@prisma/schema-engine-wasm),
 * driven through our driver adapter. Migrations stay in Prisma's standard layout
 * (prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml, the
 * _prisma_migrations table), so `prisma migrate deploy` can use them unchanged
 * wherever the ordinary CLI works.
 *
 * The WebAssembly module is instantiated by hand rather than through an ESM
 * `import` of the .wasm file, so no --experimental-wasm-modules flag is needed
 * on Node 20, in scripts or in tests.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import path from 'node:path'
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm'
import { createAdapter } from './adapter'

export const SCHEMA_PATH = path.join('prisma', 'schema.prisma')
export const MIGRATIONS_DIR = path.join('prisma', 'migrations')
const NO_FILTERS = { externalTables: [], externalEnums: [] }

type EngineModule = typeof import('@prisma/schema-engine-wasm')
let enginePromise: Promise<EngineModule['SchemaEngine']> | undefined

async function loadEngine(): Promise<EngineModule['SchemaEngine']> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url)
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void
    }
    const bytes = readFileSync(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'))
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports })
    glue.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as () => void)()
    return glue.SchemaEngine
  })()
  return enginePromise
}

async function withEngine<T>(url: string, root: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const Engine = await loadEngine()
  const schema = readFileSync(path.join(root, SCHEMA_PATH), 'utf8')
  // The engine does not close the connections it opens; track them and close
  // them here, or the file stays locked for the rest of the process.
  const base = createAdapter(url)
  const opened: SqlDriverAdapter[] = []
  const track = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection
    opened.push(adapter)
    return adapter
  }
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => track(base.connect()),
    connectToShadowDb: () => track(base.connectToShadowDb()),
  }
  const log = () => {}
  const engine = await Engine.new({ datamodels: [[SCHEMA_PATH, schema]] }, log, bindMigrationAwareSqlAdapterFactory(factory))
  try {
    return await run(engine)
  } finally {
    engine.free()
    await Promise.all(opened.map((adapter) => adapter.dispose()))
  }
}

/** The migrations folder as the engine reads it. */
export function readMigrationsList(root: string): MigrationList {
  const baseDir = path.join(root, MIGRATIONS_DIR)
  const lockPath = path.join(baseDir, 'migration_lock.toml')
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : []
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = path.join(baseDir, name, 'migration.sql')
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      }
    }),
  }
}

/**
 * Applies every migration not yet applied to the database at `url` and returns
 * their names (none when the database is up to date).
 */
export async function applyMigrations(url: string, root = process.cwd()): Promise<string[]> {
  return withEngine(url, root, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(root), filters: NO_FILTERS })
    return result.appliedMigrationNames
  })
}

/**
 * The SQL that would bring the migrations up to the schema: empty when
 * prisma/schema.prisma and prisma/migrations agree. The migrations are replayed
 * into a scratch SQLite file and the schema is compared with that database
 * (the engine's own shadow-database replay sends whole scripts through a
 * single-statement call that better-sqlite3 refuses).
 */
export async function pendingSchemaChanges(root = process.cwd()): Promise<string> {
  const schema = readFileSync(path.join(root, SCHEMA_PATH), 'utf8')
  const scratch = mkdtempSync(path.join(tmpdir(), 'tongwen-migrations-'))
  const url = `file:${path.join(scratch, 'replay.db')}`
  try {
    return await withEngine(url, root, async (engine) => {
      // one engine for both steps: a second connection would wait on the first one's lock
      await engine.applyMigrations({ migrationsList: readMigrationsList(root), filters: NO_FILTERS })
      const files = [{ path: SCHEMA_PATH, content: schema }]
      const result = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: root },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      })
      const sql = result.stdout ?? ''
      return /^\s*(--[^\n]*\n?\s*)*$/.test(sql) ? '' : sql
    })
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * Writes a new migration folder for the changes between the migrations and the
 * schema; returns its name, or null when there is nothing to migrate.
 */
export async function createMigration(name: string, root = process.cwd(), now = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('A migration name uses lower-case letters, digits and _ only.')
  const sql = await pendingSchemaChanges(root)
  if (!sql) return null
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14)
  const folder = `${stamp}_${name}`
  const dir = path.join(root, MIGRATIONS_DIR, folder)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'migration.sql'), sql.endsWith('\n') ? sql : `${sql}\n`)
  const lock = path.join(root, MIGRATIONS_DIR, 'migration_lock.toml')
  if (!existsSync(lock)) {
    writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n')
  }
  return folder
}
