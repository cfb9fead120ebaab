/**
 * Migrations without Prisma's native schema engine, which cannot be downloaded
 * here: the same engine compiled to WebAssembly (@prisma/schema-engine-wasm),
 * driven through our driver adapter. Migrations stay in Prisma's standard layout
 * (prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml, the
 * _prisma_migrations table), so `prisma migrate deploy` can use them unchanged
 * wherever the ordinary CLI works.
 *
 * Each engine has its own schema and migration history (lib/db/schemas.ts);
 * the URL says which.
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
import pg from 'pg'
import type { DatabaseProvider } from '@/lib/env'
import { createAdapter } from './adapter'
import { engineFor, ENGINES, type EngineLayout } from './schemas'

function filtersFor(layout: EngineLayout) {
  return { externalTables: layout.externalTables, externalEnums: [] }
}

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
  const layout = engineFor(url)
  const schema = readFileSync(path.join(root, layout.schemaPath), 'utf8')
  // The engine does not close the connections it opens; track them and close
  // them here, or the file stays locked for the rest of the process.
  const base = createAdapter(url, { forMigrations: true })
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
  const engine = await Engine.new({ datamodels: [[layout.schemaPath, schema]] }, log, bindMigrationAwareSqlAdapterFactory(factory))
  try {
    return await run(engine)
  } finally {
    engine.free()
    await Promise.all(opened.map((adapter) => adapter.dispose()))
  }
}

/** The migrations folder as the engine reads it. */
export function readMigrationsList(root: string, layout: EngineLayout = ENGINES.sqlite): MigrationList {
  const baseDir = path.join(root, layout.migrationsDir)
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
    const layout = engineFor(url)
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(root, layout), filters: filtersFor(layout) })
    return result.appliedMigrationNames
  })
}

/**
 * The SQL that would bring an engine's migrations up to its schema: empty when
 * the schema and the migration history agree. The migrations are replayed into
 * a scratch database (a temporary SQLite file; for PostgreSQL a database
 * created for the purpose on the server at `postgresUrl` and dropped after) and
 * the schema is compared with that database (the engine's own shadow-database
 * replay sends whole scripts through a single-statement call that SQLite
 * drivers refuse).
 */
export async function pendingSchemaChanges(
  root = process.cwd(),
  provider: DatabaseProvider = 'sqlite',
  postgresUrl?: string,
): Promise<string> {
  const layout = ENGINES[provider]
  const schema = readFileSync(path.join(root, layout.schemaPath), 'utf8')
  return withScratchDatabase(provider, postgresUrl, (url) =>
    withEngine(url, root, async (engine) => {
      // one engine for both steps: a second connection would wait on the first one's lock
      await engine.applyMigrations({ migrationsList: readMigrationsList(root, layout), filters: filtersFor(layout) })
      const files = [{ path: layout.schemaPath, content: schema }]
      const result = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: root },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: filtersFor(layout),
      })
      const sql = result.stdout ?? ''
      return /^\s*(--[^\n]*\n?\s*)*$/.test(sql) ? '' : sql
    }),
  )
}

/** Runs `run` with the URL of an empty database of the engine, removed afterwards. */
export async function withScratchDatabase<T>(
  provider: DatabaseProvider,
  postgresUrl: string | undefined,
  run: (url: string) => Promise<T>,
): Promise<T> {
  if (provider === 'sqlite') {
    const scratch = mkdtempSync(path.join(tmpdir(), 'tongwen-migrations-'))
    try {
      return await run(`file:${path.join(scratch, 'replay.db')}`)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }
  if (!postgresUrl)
    throw new Error(
      'Checking the PostgreSQL migrations needs a server: set TONGWEN_PG_URL to a postgresql:// URL whose user may create databases.',
    )
  const name = `tongwen_scratch_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: postgresUrl })
  await admin.connect()
  try {
    // the name is ours (letters, digits, _), not input
    await admin.query(`CREATE DATABASE "${name}"`)
    try {
      return await run(withDatabaseName(postgresUrl, name))
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    }
  } finally {
    await admin.end()
  }
}

/** The same server and credentials, another database. */
export function withDatabaseName(postgresUrl: string, database: string): string {
  const url = new URL(postgresUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * Writes a new migration folder for the changes between the migrations and the
 * schema; returns its name, or null when there is nothing to migrate.
 */
export async function createMigration(
  name: string,
  root = process.cwd(),
  now = new Date(),
  provider: DatabaseProvider = 'sqlite',
  postgresUrl?: string,
): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('A migration name uses lower-case letters, digits and _ only.')
  const layout = ENGINES[provider]
  const sql = await pendingSchemaChanges(root, provider, postgresUrl)
  if (!sql) return null
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14)
  const folder = `${stamp}_${name}`
  const dir = path.join(root, layout.migrationsDir, folder)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'migration.sql'), sql.endsWith('\n') ? sql : `${sql}\n`)
  const lock = path.join(root, layout.migrationsDir, 'migration_lock.toml')
  if (!existsSync(lock)) {
    writeFileSync(
      lock,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    )
  }
  return folder
}
