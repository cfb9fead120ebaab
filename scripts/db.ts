/**
 * Database commands that work offline (see lib/db/migrations.ts):
 *   npm run db:prepare           apply pending migrations; a new database gets the bundled corpus
 *   npm run db:deploy            apply pending migrations only
 *   npm run db:seed              import the bundled corpus (statements already present are skipped)
 *   npm run db:migrate -- <name> write a migration for the changes in prisma/schema.prisma
 *   npm run db:check             fail if schema.prisma has changes no migration covers
 * The database is DATABASE_URL, or the embedded file data/tongwen.db.
 */
import { createDb } from '@/lib/db/client'
import { applyMigrations, createMigration, pendingSchemaChanges } from '@/lib/db/migrations'
import { importCorpus, prepareDatabase } from '@/lib/db/setup'
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
      const folder = await createMigration(name)
      console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql` : 'No schema changes: nothing to migrate.')
      return 0
    }
    case 'check': {
      const sql = await pendingSchemaChanges()
      if (!sql) {
        console.log('prisma/schema.prisma and prisma/migrations agree.')
        return 0
      }
      console.error(`prisma/schema.prisma has changes that no migration covers; run npm run db:migrate -- <name>:\n${sql}`)
      return 1
    }
    default:
      console.error('Usage: tsx scripts/db.ts prepare | deploy | seed | migrate <name> | check')
      return 2
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
