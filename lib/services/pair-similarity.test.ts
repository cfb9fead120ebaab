import { describe, expect, it } from 'vitest'
import { createTempDatabase } from '@/test/helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'
import { COMPARISON_VERSION } from '@/lib/compare/version'
import type { Db } from '@/lib/db/client'
import { prepareDatabase } from './prepare-database'
import { pairKey, pairSimilarities, type SimilarityStatement } from './pair-similarity'

async function kyrgyzstanTajikistan(db: Db): Promise<[SimilarityStatement, SimilarityStatement]> {
  const rows = await db.statement.findMany({
    where: { slug: { in: [KG, TJ] } },
    orderBy: { slug: 'asc' },
    select: { id: true, language: true, _count: { select: { clauses: true } } },
  })
  const [kg, tj] = rows.map((s) => ({ id: s.id, language: s.language, clauseCount: s._count.clauses }))
  return [kg as SimilarityStatement, tj as SimilarityStatement]
}

describe('pairs’ similarities kept in the database', () => {
  it('are kept with the comparison’s version, and one an older release computed is neither read nor left when the database is prepared', async () => {
    const temp = await createTempDatabase()
    try {
      const [kg, tj] = await kyrgyzstanTajikistan(temp.db)
      const first = await pairSimilarities(temp.db, [kg, tj], [[kg.id, tj.id]])
      const similarity = first.similarities.get(pairKey(kg.id, tj.id)) as number
      expect(first.computed).toBe(1)
      expect(similarity).toBeGreaterThan(0.4)
      expect(await temp.db.pairSimilarity.findMany({ select: { similarity: true, version: true } })).toEqual([
        { similarity, version: COMPARISON_VERSION },
      ])
      // read, not computed, the next time
      expect((await pairSimilarities(temp.db, [kg, tj], [[kg.id, tj.id]])).computed).toBe(0)

      // what an older aligner left behind: another figure, under another version
      await temp.db.pairSimilarity.updateMany({ data: { similarity: 0.01, version: COMPARISON_VERSION - 1 } })
      const stale = await pairSimilarities(temp.db, [kg, tj], [[kg.id, tj.id]])
      expect([stale.computed, stale.similarities.get(pairKey(kg.id, tj.id))]).toEqual([1, similarity])
      // and replaced by it, without waiting for the database to be prepared (npm run db:deploy does not prepare it)
      expect(await temp.db.pairSimilarity.findMany({ select: { similarity: true, version: true } })).toEqual([
        { similarity, version: COMPARISON_VERSION },
      ])
      expect((await pairSimilarities(temp.db, [kg, tj], [[kg.id, tj.id]])).computed).toBe(0)
      // a figure a newer release computed is not replaced by this one's
      await temp.db.pairSimilarity.updateMany({ data: { similarity: 0.02, version: COMPARISON_VERSION + 1 } })
      expect((await pairSimilarities(temp.db, [kg, tj], [[kg.id, tj.id]])).computed).toBe(1)
      expect(await temp.db.pairSimilarity.findMany({ select: { similarity: true, version: true } })).toEqual([
        { similarity: 0.02, version: COMPARISON_VERSION + 1 },
      ])

      const { migrated, seeded } = await prepareDatabase(temp.db, temp.url)
      expect([migrated, seeded]).toEqual([[], null])
      expect(await temp.db.pairSimilarity.count()).toBe(0)
      const again = await pairSimilarities(temp.db, [kg, tj], [[kg.id, tj.id]])
      expect([again.computed, again.similarities.get(pairKey(kg.id, tj.id))]).toEqual([1, similarity])
      expect(await temp.db.pairSimilarity.findMany({ select: { similarity: true, version: true } })).toEqual([
        { similarity, version: COMPARISON_VERSION },
      ])
    } finally {
      await temp.cleanup()
    }
  })

  it('from before the version was kept are dropped when that database is prepared', async () => {
    const old = await createTempDatabase()
    try {
      const [kg, tj] = await kyrgyzstanTajikistan(old.db)
      await pairSimilarities(old.db, [kg, tj], [[kg.id, tj.id]])
      // what the release before the column left behind: the pair, without a version, and one migration fewer
      await old.db.$executeRawUnsafe('ALTER TABLE "PairSimilarity" DROP COLUMN "version"')
      await old.db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" LIKE '%add_similarity_version'`)
      await old.db.$disconnect()
      const { migrated } = await prepareDatabase(old.db, old.url)
      expect(migrated).toEqual([expect.stringMatching(/add_similarity_version$/)])
      expect(await old.db.pairSimilarity.count()).toBe(0)
      expect((await pairSimilarities(old.db, [kg, tj], [[kg.id, tj.id]])).computed).toBe(1)
      expect(await old.db.pairSimilarity.count({ where: { version: COMPARISON_VERSION } })).toBe(1)
    } finally {
      await old.cleanup()
    }
  })
})
