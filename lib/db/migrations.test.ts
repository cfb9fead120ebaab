import { describe, expect, it } from 'vitest'
import { createTempDatabase } from '@/test/helpers/temp-db'
import { applyMigrations, pendingSchemaChanges } from './migrations'

describe('migrations', () => {
  it('cover every change in prisma/schema.prisma (run npm run db:migrate -- <name> when this fails)', async () => {
    expect(await pendingSchemaChanges()).toBe('')
  })

  it('apply once: a second run applies nothing', async () => {
    const temp = await createTempDatabase({ seed: false })
    try {
      expect(await applyMigrations(temp.url)).toEqual([])
      const rows = await temp.db.$queryRawUnsafe<{ n: bigint }[]>('SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL')
      expect(Number(rows[0]?.n)).toBeGreaterThan(0)
    } finally {
      await temp.cleanup()
    }
  })
})
