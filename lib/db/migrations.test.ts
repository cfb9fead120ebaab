import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createTempDatabase, testPostgresUrl } from '@/test/helpers/temp-db'
import { applyMigrations, pendingSchemaChanges } from './migrations'
import { ENGINES, postgresqlSchema } from './schemas'

describe('migrations', () => {
  it('cover every change in prisma/schema.prisma (run npm run db:migrate -- <name> when this fails)', async () => {
    expect(await pendingSchemaChanges()).toBe('')
  })

  it('keep the PostgreSQL schema derived from the one data model (run npm run db:schemas when this fails)', () => {
    const derived = postgresqlSchema(readFileSync(ENGINES.sqlite.schemaPath, 'utf8'))
    expect(readFileSync(ENGINES.postgresql.schemaPath, 'utf8')).toBe(derived)
    // the same models on both engines; only the provider, the client's folder and the search index differ
    const models = (schema: string) => [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1])
    expect(models(derived)).toEqual(models(readFileSync(ENGINES.sqlite.schemaPath, 'utf8')))
    expect(derived).toContain('provider = "postgresql"')
  })

  it.runIf(testPostgresUrl())(
    'cover every change in the PostgreSQL schema (TONGWEN_PG_URL=… npm run db:migrate -- <name> when this fails)',
    async () => {
      expect(await pendingSchemaChanges(process.cwd(), 'postgresql', testPostgresUrl())).toBe('')
    },
  )

  it('apply once: a second run applies nothing', async () => {
    const temp = await createTempDatabase({ seed: false })
    try {
      expect(await applyMigrations(temp.url)).toEqual([])
      const rows = await temp.db.$queryRawUnsafe<{ n: bigint }[]>(
        'SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL',
      )
      expect(Number(rows[0]?.n)).toBeGreaterThan(0)
    } finally {
      await temp.cleanup()
    }
  })
})
