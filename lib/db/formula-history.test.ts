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
import { formulaMarks, getFormula, listFormulas } from './formulas'
import { droppedFormulas } from '@/lib/services/compare-pair'
import { getStatement } from './statements'
import { getFormulaHistory } from './formula-history'

let temp: TempDatabase

beforeAll(async () => {
  temp = await createTempDatabase({ seed: false })
  await importCorpus(temp.db, process.cwd(), ['xinhua', ...collectionNames()])
}, 300_000)
afterAll(async () => {
  await temp.cleanup()
})

/** A formula by its wording, head or member of a family. */
const byText = async (text: string) => {
  const rows = await temp.db.formula.findMany({ select: { id: true, text: true } })
  const row = rows.find((f) => plainFormula(f.text) === text)
  const formula = row && (await getFormula(temp.db, row.id))
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
    // 2021 shows that it was not used before: none of that year's English statements has it
    expect(history?.years.map((y) => y.year)).toEqual([2021, 2022])
    const [before, year] = history?.years ?? []
    expect(before).toMatchObject({ statements: 0, occurrences: 0, share: 0 })
    expect(before?.corpusStatements).toBe(await temp.db.statement.count({ where: { language: 'en', date: { startsWith: '2021' } } }))
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

describe('formula families', () => {
  it('puts a formula built on another under it: 共建“一带一路”倡议 under 共建“一带一路” under “一带一路”', async () => {
    const head = await byText('“一带一路”')
    expect(head.family).toBeNull()
    const member = (text: string) => head.members.find((m) => plainFormula(m.text) === text)
    expect(member('共建“一带一路”')?.parentId).toBe(head.id)
    expect(member('共建“一带一路”倡议')?.parentId).toBe(member('共建“一带一路”')?.id)
    expect(head.familySize).toBe(head.members.length + 1)
    // every member's statements are the head's too: its wording is part of theirs
    for (const m of head.members) expect(m.statementCount).toBeLessThanOrEqual(head.statementCount)
    const leaf = await byText('共建“一带一路”倡议')
    expect(leaf.family?.head.id).toBe(head.id)
    expect(plainFormula(leaf.family?.parent?.text ?? '')).toBe('共建“一带一路”')
  })

  it('groups English formulas the same way, each under the longest formula inside it', async () => {
    const leaf = await byText('underscore the importance of peace and stability')
    const inside = (await temp.db.formula.findMany({ where: { kind: 'formula' }, select: { text: true } }))
      .map((f) => plainFormula(f.text))
      .filter((text) => text !== plainFormula(leaf.text) && plainFormula(leaf.text).includes(text))
    // "peace and stability" and "importance of peace and stability": the longer is its parent, and the shorter its family's head
    expect(inside).toEqual(expect.arrayContaining(['peace and stability', 'importance of peace and stability']))
    const parent = plainFormula(leaf.family?.parent?.text ?? '')
    expect(parent).toBe('importance of peace and stability')
    expect(plainFormula(leaf.family?.head?.text ?? '')).toBe('peace and stability')
    expect(inside.every((text) => text.length <= parent.length)).toBe(true)
  })

  it('lists families: each head once, found by any member’s wording, with its first members', async () => {
    const { formulas } = await listFormulas(temp.db, { query: '共建“一带一路”倡议' })
    expect(formulas.map((f) => plainFormula(f.text))).toEqual(['“一带一路”'])
    expect(formulas[0]?.members.length).toBeGreaterThan(0)
    const all = await listFormulas(temp.db, { limit: 100_000 })
    const formulaCount = await temp.db.formula.count({ where: { kind: 'formula' } })
    expect(all.total).toBe(await temp.db.formula.count({ where: { head: true, kind: 'formula' } }))
    expect(all.total).toBeLessThan(formulaCount)
    expect(all.formulas.reduce((n, f) => n + f.familySize, 0)).toBe(formulaCount)
  })
})

describe('formulas over time in a comparison', () => {
  const ROK_2021 = '2021-05-21-united-states-south-korea-joint-statement-en'
  const ROK_2022 = '2022-05-21-united-states-south-korea-joint-statement-en'
  const formulasOf = async (slug: string) =>
    new Set(
      (
        await temp.db.occurrence.findMany({ where: { statement: { slug }, formula: { kind: 'formula' } }, select: { formulaId: true } })
      ).map((o) => o.formulaId),
    )

  it('lists what the later of two statements of the same parties dropped: US–ROK 2021, then 2022', async () => {
    const [a, b] = await Promise.all([getStatement(temp.db, ROK_2022), getStatement(temp.db, ROK_2021)])
    if (!a || !b) throw new Error('the US–ROK statements are not in the collection')
    // the order of A and B does not matter: the earlier is the 2021 one
    const dropped = await droppedFormulas(temp.db, a, b)
    expect(dropped).toMatchObject({ earlier: ROK_2021, later: ROK_2022 })
    const [before, after] = await Promise.all([formulasOf(ROK_2021), formulasOf(ROK_2022)])
    const expected = [...before].filter((id) => !after.has(id))
    expect(expected.length).toBeGreaterThan(10)
    expect(new Set(dropped?.formulas.map((f) => f.id))).toEqual(new Set(expected))
    const counts = dropped?.formulas.map((f) => f.statementCount) ?? []
    expect(counts).toEqual([...counts].sort((x, y) => y - x))
  })

  it('lists nothing for statements of different parties or of one day', async () => {
    const kg = await getStatement(temp.db, '2019-06-13-china-kyrgyzstan-joint-statement')
    const tj = await getStatement(temp.db, '2019-06-15-china-tajikistan-joint-statement')
    if (!kg || !tj) throw new Error('the bundled statements are missing')
    expect(await droppedFormulas(temp.db, kg, tj)).toBeNull()
    expect(await droppedFormulas(temp.db, kg, kg)).toBeNull()
  })

  it('marks a formula’s first use in the collection, and only that', async () => {
    const marks = [...(await formulaMarks(temp.db, [ROK_2021])).values()].flat()
    const firsts = marks.filter((m) => m.first)
    expect(firsts.length).toBeGreaterThan(0)
    // the earliest dated statement among each formula's occurrences, read from the occurrences themselves
    const ids = [...new Set(marks.map((m) => m.formulaId))]
    const uses = await temp.db.occurrence.findMany({
      where: { formulaId: { in: ids } },
      select: { formulaId: true, statement: { select: { date: true } } },
    })
    const earliest = new Map<string, string>()
    for (const use of uses) {
      const date = use.statement.date
      if (date && (!earliest.has(use.formulaId) || date < (earliest.get(use.formulaId) as string))) earliest.set(use.formulaId, date)
    }
    for (const mark of marks) expect(mark.first === true).toBe(earliest.get(mark.formulaId) === '2021-05-21')
  })
})

describe('names', () => {
  it('are kept as a kind of their own: listed apart, searchable, never underlined', async () => {
    const names = await listFormulas(temp.db, { kind: 'name', query: '上海合作组织', limit: 1000 })
    expect(names.formulas.map((f) => plainFormula(f.text))).toContain('上海合作组织')
    expect(names.formulas.every((f) => f.kind === 'name' && f.familySize === 1)).toBe(true)
    const english = (await listFormulas(temp.db, { kind: 'name', limit: 1000 })).formulas.map((f) => plainFormula(f.text))
    expect(english).toEqual(expect.arrayContaining(['World Health Organization']))
    // not among the formulas, nor underlined
    const formulas = await listFormulas(temp.db, { query: '上海合作组织', limit: 1000 })
    expect(formulas.formulas.map((f) => plainFormula(f.text))).not.toContain('上海合作组织')
    const nameIds = new Set((await temp.db.formula.findMany({ where: { kind: 'name' }, select: { id: true } })).map((f) => f.id))
    const marks = [...(await formulaMarks(temp.db, ['2019-06-14-xi-jinping-speech'])).values()].flat()
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.filter((m) => nameIds.has(m.formulaId))).toEqual([])
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
