/**
 * Database commands that work offline (see lib/db/migrations.ts):
 *   npm run db:prepare           apply pending migrations; a new database gets the bundled corpus
 *   npm run db:deploy            apply pending migrations only
 *   npm run db:seed              import the bundled corpus (statements already present are skipped)
 *   npm run db:schemas           write prisma/postgresql/schema.prisma from prisma/schema.prisma
 *   npm run db:migrate -- <name> write a migration for the changes in prisma/schema.prisma, for
 *                                SQLite and, with TONGWEN_PG_URL set, for PostgreSQL
 *   npm run db:check             fail if a schema has changes its migrations do not cover
 *                                (PostgreSQL's checked when TONGWEN_PG_URL is set)
 * The database is DATABASE_URL, or the embedded file data/tongwen.db.
 * TONGWEN_PG_URL is a PostgreSQL server (postgresql://user:pw@host/db) on which
 * the user may create scratch databases, to replay the PostgreSQL migrations.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { ENGINES, postgresqlSchema } from '@/lib/db/schemas'
import type { DatabaseProvider } from '@/lib/env'
import { createDb } from '@/lib/db/client'
import { applyMigrations, createMigration, pendingSchemaChanges } from '@/lib/db/migrations'
import { importCorpus, prepareDatabase } from '@/lib/services/prepare-database'
import { getEnv } from '@/lib/env'

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv
  const url = getEnv().databaseUrl
  switch (command) {
    case 'prepare': {
      const db = createDb(url)
      try {
        const { migrated, seeded } = await prepareDatabase(db, url)
        if (migrated.length) console.log(`Applied ${migrated.join(', ')}.`)
        if (seeded) console.log(`Imported the bundled corpus: ${seeded.imported.length} statements.`)
        if (!migrated.length && !seeded) console.log('The database is ready.')
      } finally {
        await db.$disconnect()
      }
      return 0
    }
    case 'deploy': {
      const applied = await applyMigrations(url)
      console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.')
      return 0
    }
    case 'seed': {
      const db = createDb(url)
      try {
        const report = await importCorpus(db)
        console.log(`Imported ${report.imported.length} statements; ${report.present.length} were already present.`)
      } finally {
        await db.$disconnect()
      }
      return 0
    }
    case 'migrate': {
      if (!name) {
        console.error('Usage: npm run db:migrate -- <name>   (e.g. add_formulas)')
        return 2
      }
      writeSchemas()
      const now = new Date()
      for (const provider of providers()) {
        const folder = await createMigration(name, process.cwd(), now, provider, process.env.TONGWEN_PG_URL)
        console.log(
          folder
            ? `Wrote ${ENGINES[provider].migrationsDir}/${folder}/migration.sql`
            : `${provider}: no schema changes, nothing to migrate.`,
        )
      }
      if (!process.env.TONGWEN_PG_URL)
        console.warn('TONGWEN_PG_URL is not set: the PostgreSQL migration was not written. Set it and run this again before committing.')
      return 0
    }
    case 'schemas': {
      console.log(writeSchemas() ? `Wrote ${ENGINES.postgresql.schemaPath}.` : `${ENGINES.postgresql.schemaPath} is up to date.`)
      return 0
    }
    case 'check': {
      let failed = false
      if (readFileSync(ENGINES.postgresql.schemaPath, 'utf8') !== postgresqlSchema(readFileSync(ENGINES.sqlite.schemaPath, 'utf8'))) {
        console.error(`${ENGINES.postgresql.schemaPath} is out of date: run npm run db:schemas.`)
        failed = true
      }
      for (const provider of providers()) {
        const sql = await pendingSchemaChanges(process.cwd(), provider, process.env.TONGWEN_PG_URL)
        const { schemaPath, migrationsDir } = ENGINES[provider]
        if (!sql) console.log(`${schemaPath} and ${migrationsDir} agree.`)
        else {
          console.error(`${schemaPath} has changes that no migration covers; run npm run db:migrate -- <name>:\n${sql}`)
          failed = true
        }
      }
      return failed ? 1 : 0
    }
    default:
      console.error('Usage: tsx scripts/db.ts prepare | deploy | seed | schemas | migrate <name> | check')
      return 2
  }
}

/** SQLite always; PostgreSQL when a server to replay its migrations on is given. */
function providers(): DatabaseProvider[] {
  return process.env.TONGWEN_PG_URL ? ['sqlite', 'postgresql'] : ['sqlite']
}

/** Derives the PostgreSQL schema; returns whether the file changed. */
function writeSchemas(): boolean {
  const derived = postgresqlSchema(readFileSync(ENGINES.sqlite.schemaPath, 'utf8'))
  if (readFileSync(ENGINES.postgresql.schemaPath, 'utf8') === derived) return false
  writeFileSync(ENGINES.postgresql.schemaPath, derived)
  return true
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
