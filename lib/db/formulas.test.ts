import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { plainFormula } from '@/lib/formulas/label'
import { corpusText } from '@/test/helpers/corpus'
import { createTempDatabase, databaseFingerprint, TEST_ENGINE, type TempDatabase } from '@/test/helpers/temp-db'
import { formulaMarks, formulaOccurrenceCount, getFormula, getFormulaBuild, listFormulas } from './formulas'
import { importText } from '@/lib/services/import-file'
import { MINER_VERSION } from '@/lib/formulas/version'
import { prepareDatabase } from '@/lib/services/prepare-database'
import { getStatement } from './statements'

const KYRGYZSTAN = '2019-06-13-china-kyrgyzstan-joint-statement'
const TAJIKISTAN = '2019-06-15-china-tajikistan-joint-statement'

let temp: TempDatabase
/** formulas of the bundled corpus alone */
let bundledTotal = 0

beforeAll(async () => {
  temp = await createTempDatabase()
})
afterAll(async () => {
  await temp.cleanup()
})

describe('formulas of the bundled corpus (a real database)', () => {
  it('are mined when the corpus is imported, and the build says from how many statements', async () => {
    const build = await getFormulaBuild(temp.db)
    const { total } = await listFormulas(temp.db)
    expect(build?.statementCount).toBe(8)
    // the list is of families: fewer lines than formulas, and every formula in one of them
    expect(total).toBeLessThan(build?.formulaCount ?? 0)
    const all = await listFormulas(temp.db, { limit: 100_000 })
    expect(all.formulas.reduce((n, f) => n + f.familySize, 0)).toBe(build?.formulaCount)
    expect(total).toBeGreaterThan(100)
    bundledTotal = total
  })

  it('lists the most widely used families first, with dates and kinds', async () => {
    const { formulas } = await listFormulas(temp.db, { limit: 3 })
    expect(formulas.map((f) => [plainFormula(f.text), f.statementCount])).toEqual([
      ['“一带一路”', 7],
      ['人类命运共同体', 6],
      ['多边贸易体制', 6],
    ])
    // 共建“一带一路” (6 statements) is in the first one's family, not a line of its own
    expect(formulas[0]?.members.map((m) => plainFormula(m.text))).toContain('共建“一带一路”')
    expect(formulas[0]).toMatchObject({ firstDate: '2019-06-05', lastDate: '2019-06-15', kinds: ['joint-statement', 'speech'] })
  })

  it('finds 坚定奉行一个中国原则 in the Kyrgyzstan and Tajikistan statements only', async () => {
    const { formulas } = await listFormulas(temp.db, { query: '坚定奉行一个中国原则' })
    expect(formulas).toHaveLength(1)
    const detail = await getFormula(temp.db, formulas[0]?.id ?? '')
    expect(detail?.occurrences.map((o) => [o.statement.slug, o.match.slice(0, 12)])).toEqual([
      [KYRGYZSTAN, '吉方坚定奉行一个中国原则'],
      [TAJIKISTAN, '塔方坚定奉行一个中国原则'],
    ])
  })

  it('quotes each occurrence in context, as printed, with its variant', async () => {
    const [formula] = (await listFormulas(temp.db, { query: '实现国家和平统一' })).formulas
    const detail = await getFormula(temp.db, formula?.id ?? '')
    expect(detail?.variants.map((v) => v.text.match(/实现国家.{0,2}统一/)?.[0])).toEqual(['实现国家统一', '实现国家和平统一'])
    expect(detail?.occurrences.map((o) => [o.statement.slug, o.variant, o.left.slice(-6), o.right.slice(0, 4)])).toEqual([
      [KYRGYZSTAN, 0, '', '。'],
      [TAJIKISTAN, 1, '', '。'],
    ])
  })

  it('reads the concordance a page at a time, and names the statements that use a formula, oldest first', async () => {
    const [formula] = (await listFormulas(temp.db, { query: '人类命运共同体' })).formulas
    const id = formula?.id ?? ''
    const whole = await getFormula(temp.db, id, { perPage: Infinity })
    const total = whole?.occurrences.length ?? 0
    expect(total).toBeGreaterThanOrEqual(3)
    expect(whole?.concordance).toEqual({ page: 1, perPage: total, total })
    // the count the proxy pages by (a page past it is a 404) is the concordance's
    expect(await formulaOccurrenceCount(temp.db, id)).toBe(total)
    expect(await formulaOccurrenceCount(temp.db, '0123456789ab')).toBeNull()
    // all of it is one page, whichever is asked for
    expect((await getFormula(temp.db, id, { perPage: Infinity, page: 3 }))?.concordance).toEqual({ page: 1, perPage: total, total })
    const paged = []
    for (let page = 1; page <= Math.ceil(total / 2); page++) {
      const detail = await getFormula(temp.db, id, { page, perPage: 2 })
      expect(detail?.concordance).toEqual({ page, perPage: 2, total })
      paged.push(...(detail?.occurrences ?? []))
    }
    expect(paged).toEqual(whole?.occurrences)
    expect((await getFormula(temp.db, id, { page: 99, perPage: 2 }))?.occurrences).toEqual([])
    // the users are the statements of the concordance, in its order, whichever page is read
    const users = [...new Set(whole?.occurrences.map((o) => o.statement.slug))]
    expect((await getFormula(temp.db, id, { page: 2, perPage: 2 }))?.users).toEqual(users)
    expect((await getFormula(temp.db, id, { userLimit: 2 }))?.users).toEqual(users.slice(0, 2))
  })

  it('filters by statement and by how many statements use a formula', async () => {
    const all = await listFormulas(temp.db, { limit: 1000 })
    const inTajikistan = await listFormulas(temp.db, { statement: TAJIKISTAN, limit: 1000 })
    const wide = await listFormulas(temp.db, { minStatements: 5, limit: 1000 })
    expect(inTajikistan.total).toBeLessThan(all.total)
    for (const f of inTajikistan.formulas) {
      const detail = await getFormula(temp.db, f.id)
      expect(detail?.occurrences.some((o) => o.statement.slug === TAJIKISTAN)).toBe(true)
    }
    expect(wide.formulas.every((f) => f.statementCount >= 5)).toBe(true)
    expect(wide.total).toBe(all.formulas.filter((f) => f.statementCount >= 5).length)
  })

  it('filters by the language of the statements a formula is used in', async () => {
    const mixed = await createTempDatabase()
    try {
      const folder = path.join(import.meta.dirname, '../../data/collections/whitehouse-2021-2022')
      for (const file of ['2021-09-24-joint-statement-from-quad-leaders.md', '2022-05-24-quad-joint-leaders-statement.md'])
        expect((await importText(mixed.db, file, readFileSync(path.join(folder, file), 'utf8'))).imported).toHaveLength(1)
      const all = await listFormulas(mixed.db, { limit: 100_000 })
      const zh = await listFormulas(mixed.db, { language: 'zh', limit: 100_000 })
      const en = await listFormulas(mixed.db, { language: 'en', limit: 100_000 })
      expect(en.total).toBeGreaterThan(5)
      expect(zh.total).toBeGreaterThan(100)
      // every family is of one language: the two lists share none and make the whole
      expect(zh.total + en.total).toBe(all.total)
      expect(en.formulas.every((f) => !/\p{Script=Han}/u.test(f.text))).toBe(true)
      expect(zh.formulas.every((f) => /\p{Script=Han}/u.test(f.text))).toBe(true)
      expect(en.formulas.map((f) => f.text)).toContain('free and open Indo-Pacific')
      // with the other filters, in their order
      const wide = await listFormulas(mixed.db, { language: 'zh', minStatements: 5, sort: 'newest', limit: 100_000 })
      expect(wide.formulas.map((f) => f.id)).toEqual(
        (await listFormulas(mixed.db, { minStatements: 5, sort: 'newest', limit: 100_000 })).formulas
          .filter((f) => /\p{Script=Han}/u.test(f.text))
          .map((f) => f.id),
      )
    } finally {
      await mixed.cleanup()
    }
  })

  it('marks where formulas stand in a statement’s clauses', async () => {
    const statement = await getStatement(temp.db, KYRGYZSTAN)
    const marks = await formulaMarks(temp.db, [KYRGYZSTAN])
    const clauses = statement?.sections.flatMap((s) => s.clauses) ?? []
    const marked = clauses.flatMap((c) => (marks.get(c.id) ?? []).map((m) => c.text.slice(m.start, m.end)))
    expect(marked).toContain(
      '吉方坚定奉行一个中国原则，重申中华人民共和国政府是代表全中国的唯一合法政府，台湾、西藏是中国领土不可分割的一部分',
    )
    expect(marked).toContain('人类命运共同体')
  })

  it('does not change when the same file is imported again', async () => {
    const before = await databaseFingerprint(temp.db)
    const report = await importText(temp.db, 'again.txt', corpusText())
    expect(report.imported).toEqual([])
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('is mined again, in the same transaction, when a statement is added', async () => {
    const text = corpusText()
    const release = text.slice(text.indexOf(' 新华社比什凯克 6 月 13 日电'), text.indexOf('新华社比什凯克 6 月 14 日电'))
    const report = await importText(
      temp.db,
      'variant.txt',
      release.replace('吉方支持中方“一带一路”倡议。', '吉方坚定支持中方“一带一路”倡议。'),
    )
    expect(report.imported).toHaveLength(1)
    const build = await getFormulaBuild(temp.db)
    expect(build?.statementCount).toBe(9)
    expect(report.formulas).toBe(build?.formulaCount)
    // the copy repeats the Kyrgyzstan statement: its one-China clause is now in three statements
    const [formula] = (await listFormulas(temp.db, { query: '坚定奉行一个中国原则' })).formulas
    expect(formula?.statementCount).toBe(3)
  })

  describe('edge cases', () => {
    // SQLite's history only: PostgreSQL support began after the formula tables, in one migration
    it.skipIf(TEST_ENGINE === 'postgresql')('are mined when a database from before the formula tables is prepared', async () => {
      const old = await createTempDatabase()
      try {
        // make it what the first release left behind: statements, no formula tables, one migration
        for (const table of ['Occurrence', 'FormulaVariant', 'Formula', 'FormulaBuild'])
          await old.db.$executeRawUnsafe(`DROP TABLE "${table}"`)
        await old.db.$executeRawUnsafe(
          `DELETE FROM "_prisma_migrations" WHERE "migration_name" LIKE '%add_formulas' OR "migration_name" LIKE '%add_miner_version' OR "migration_name" LIKE '%add_formula_growth' OR "migration_name" LIKE '%add_formula_families' OR "migration_name" LIKE '%add_formula_kind' OR "migration_name" LIKE '%add_formula_fold_in' OR "migration_name" LIKE '%add_formula_shards' OR "migration_name" LIKE '%add_formula_language'`,
        )
        await old.db.$disconnect()
        const { migrated, seeded } = await prepareDatabase(old.db, old.url)
        expect(migrated).toEqual([
          expect.stringMatching(/add_formulas$/),
          expect.stringMatching(/add_miner_version$/),
          expect.stringMatching(/add_formula_growth$/),
          expect.stringMatching(/add_formula_families$/),
          expect.stringMatching(/add_formula_kind$/),
          expect.stringMatching(/add_formula_fold_in$/),
          expect.stringMatching(/add_formula_shards$/),
          expect.stringMatching(/add_formula_language$/),
        ])
        expect(seeded).toBeNull()
        expect((await getFormulaBuild(old.db))?.statementCount).toBe(8)
        expect((await listFormulas(old.db)).total).toBe(bundledTotal)
      } finally {
        await old.cleanup()
      }
    })

    it('get their language from their uses when a database from before the language filter is prepared, without a new mining', async () => {
      const old = await createTempDatabase()
      try {
        await old.db.$executeRawUnsafe('DROP INDEX "Formula_kind_head_language_rank_idx"')
        await old.db.$executeRawUnsafe('ALTER TABLE "Formula" DROP COLUMN "language"')
        await old.db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" LIKE '%add_formula_language'`)
        const built = (await getFormulaBuild(old.db))?.builtAt
        await old.db.$disconnect()
        const { migrated } = await prepareDatabase(old.db, old.url)
        expect(migrated).toEqual([expect.stringMatching(/add_formula_language$/)])
        expect((await getFormulaBuild(old.db))?.builtAt).toEqual(built)
        // the bundled corpus is Chinese: every family, and every member, is
        expect((await listFormulas(old.db, { language: 'zh' })).total).toBe(bundledTotal)
        expect(await old.db.formula.count({ where: { language: { not: 'zh' } } })).toBe(0)
      } finally {
        await old.cleanup()
      }
    })

    it('are mined again when the database was prepared by an older miner', async () => {
      const old = await createTempDatabase()
      try {
        await old.db.formulaBuild.update({ where: { id: 1 }, data: { minerVersion: MINER_VERSION - 1 } })
        await old.db.formula.deleteMany()
        const { migrated, seeded } = await prepareDatabase(old.db, old.url)
        expect([migrated, seeded]).toEqual([[], null])
        expect((await getFormulaBuild(old.db))?.minerVersion).toBe(MINER_VERSION)
        expect((await listFormulas(old.db)).total).toBe(bundledTotal)
        // and not again once it is current
        const built = (await getFormulaBuild(old.db))?.builtAt
        await prepareDatabase(old.db, old.url)
        expect((await getFormulaBuild(old.db))?.builtAt).toEqual(built)
      } finally {
        await old.cleanup()
      }
    })

    it('returns null for an unknown formula and nothing for a query no formula contains', async () => {
      expect(await getFormula(temp.db, 'ffffffffffff')).toBeNull()
      expect(await listFormulas(temp.db, { query: '%_不存在的短语' })).toEqual({ total: 0, formulas: [] })
    })
  })
})
