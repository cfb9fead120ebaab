/**
 * Formula history and the list's orders on the real collections: the Xinhua
 * releases of June 2019 and the White House statements of 2021–2022 (a real
 * database, seeded as `npm start` seeds it with every bundled collection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainFormula } from '@/lib/formulas/label'
import { importCorpus } from '@/lib/services/prepare-database'
import { collectionNames } from '@/lib/collections/bundled'
import { createTempDatabase, type TempDatabase } from '@/test/helpers/temp-db'
import { listFormulas } from './formulas'
import { getFormulaHistory } from './formula-history'

let temp: TempDatabase

beforeAll(async () => {
  temp = await createTempDatabase({ seed: false })
  await importCorpus(temp.db, process.cwd(), ['xinhua', ...collectionNames()])
}, 300_000)
afterAll(async () => {
  await temp.cleanup()
})

const byText = async (text: string) => {
  const { formulas } = await listFormulas(temp.db, { query: text, limit: 1000 })
  const formula = formulas.find((f) => plainFormula(f.text) === text)
  if (!formula) throw new Error(`no formula "${text}"`)
  return formula
}

describe('a formula’s history', () => {
  it('dates "war of aggression" from 2022, in a rising share of the English statements', async () => {
    const formula = await byText('war of aggression')
    expect(formula.firstDate?.slice(0, 4)).toBe('2022')
    expect(formula.growth).toBeGreaterThan(0)
    const history = await getFormulaHistory(temp.db, formula.id)
    expect(history?.language).toBe('en')
    expect(history?.first?.date).toBe(formula.firstDate)
    expect(history?.latest?.date).toBe(formula.lastDate)
    expect(history?.years.map((y) => y.year)).toEqual([2022])
    const [year] = history?.years ?? []
    expect(year?.statements).toBe(formula.statementCount)
    // the collection's English statements of 2022, each counted once
    expect(year?.corpusStatements).toBe(await temp.db.statement.count({ where: { language: 'en', date: { startsWith: '2022' } } }))
    expect(history?.partners[0]).toMatchObject({ code: 'united-states' })
  })

  it('counts a Chinese formula against the Chinese statements of its year, partner by partner', async () => {
    const formula = await byText('人类命运共同体')
    const history = await getFormulaHistory(temp.db, formula.id)
    expect(history?.language).toBe('zh')
    expect(history?.years).toHaveLength(1)
    expect(history?.years[0]).toMatchObject({ year: 2019, statements: formula.statementCount })
    expect(history?.years[0]?.corpusStatements).toBe(
      await temp.db.statement.count({ where: { language: 'zh', date: { startsWith: '2019' } } }),
    )
    expect(history?.years[0]?.occurrences).toBe(formula.occurrenceCount)
    expect(history?.partners[0]).toMatchObject({ code: 'china', statements: formula.statementCount })
    expect(history?.partners.map((p) => p.code)).toEqual(expect.arrayContaining(['kyrgyzstan', 'tajikistan']))
    // one year of Chinese statements: the collection cannot say how its use is changing
    expect(formula.growth).toBeNull()
  })

  it('is null for a formula that does not exist', async () => {
    expect(await getFormulaHistory(temp.db, '000000000000')).toBeNull()
  })
})

describe('the formula list’s orders', () => {
  it('sorts by first use, newest or oldest first, undated last', async () => {
    const newest = (await listFormulas(temp.db, { sort: 'newest', limit: 1000 })).formulas.map((f) => f.firstDate)
    const oldest = (await listFormulas(temp.db, { sort: 'oldest', limit: 1000 })).formulas.map((f) => f.firstDate)
    const dated = (list: (string | null)[]) => list.filter((d): d is string => d !== null)
    expect(dated(newest)).toEqual([...dated(newest)].sort().reverse())
    expect(dated(oldest)).toEqual([...dated(oldest)].sort())
    expect(oldest[0]?.slice(0, 4)).toBe('2019')
    expect(newest[0]?.slice(0, 4)).toBe('2022')
  })

  it('sorts by growth, rising first, formulas without a growth last', async () => {
    const { total, formulas } = await listFormulas(temp.db, { sort: 'growth', limit: 100_000 })
    expect(formulas).toHaveLength(total)
    const growths = formulas.map((f) => f.growth)
    const known = growths.filter((g): g is number => g !== null)
    expect(known.length).toBeGreaterThan(100)
    expect(known).toEqual([...known].sort((a, b) => b - a))
    // the nulls (formulas of the Chinese statements, all of 2019) come after every known growth
    expect(growths.indexOf(null)).toBe(known.length)
    expect(growths.slice(known.length).every((g) => g === null)).toBe(true)
  })
})
