import { describe, expect, it } from 'vitest'
import { tempDatabaseForFile } from '@/test/helpers/temp-db'
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { CannotCompareError, comparePair } from './compare-pair'
import { ServiceError } from './errors'
import { deleteStatement, updateStatement } from './edit-statement'
import { importText } from './import-file'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'

const temp = tempDatabaseForFile()

describe('comparePair', () => {
  it('keeps a comparison for the next reader, under the statements’ versions and the options', async () => {
    const first = await comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { keep: 10_000 })
    const again = await comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { keep: 10_000 })
    expect(again).toBe(first)
    const char = await comparePair(temp.db, KG, TJ, { ...DEFAULT_COMPARE_OPTIONS, granularity: 'char' }, { keep: 10_000 })
    expect(char).not.toBe(first)
    expect(char.result.options.granularity).toBe('char')
  })

  it('never serves a kept comparison after an edit: the edited statement has a new version', async () => {
    const before = await comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { keep: 10_000 })
    expect(await updateStatement(temp.db, TJ, { place: 'Dushanbe (edited)' })).toBe(true)
    const after = await comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { keep: 10_000 })
    expect(after).not.toBe(before)
    expect(after.b.place).toBe('Dushanbe (edited)')
    expect(after.result.rows.length).toBe(before.result.rows.length)
  })

  it('never serves a kept comparison after the statement is deleted and imported again: its clauses are new rows', async () => {
    const before = await comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { keep: 10_000 })
    const text = (await temp.db.statement.findUniqueOrThrow({ where: { slug: KG }, select: { source: { select: { text: true } } } })).source
      .text
    expect(await deleteStatement(temp.db, KG)).toBe(true)
    const report = await importText(temp.db, 'again.txt', text, { formulas: 'defer' })
    expect(report.imported).toContain(KG)
    const after = await comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { keep: 10_000 })
    expect(after).not.toBe(before)
    const ids = (c: typeof after) => c.result.rows.flatMap((row) => row.a.map((clause) => clause.id))
    expect(ids(after).some((id) => ids(before).includes(id))).toBe(false)
  })

  it('computes every comparison afresh when keeping is off, with the same result', async () => {
    const one = await comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { keep: 0 })
    const two = await comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { keep: 0 })
    expect(two).not.toBe(one)
    expect(two.result).toEqual(one.result)
  })

  it('refuses a missing statement or too large a pair with a typed error, before aligning', async () => {
    await expect(comparePair(temp.db, KG, 'no-such-statement', DEFAULT_COMPARE_OPTIONS)).rejects.toMatchObject({
      code: 'not-found',
      message: 'No statement with the slug "no-such-statement".',
    })
    // a slug of thousands of characters is quoted cut, so the page that says it keeps its width (a review)
    await expect(comparePair(temp.db, 'x'.repeat(3000), TJ, DEFAULT_COMPARE_OPTIONS)).rejects.toMatchObject({
      message: `No statement with the slug "${'x'.repeat(60)}…" (3000 characters).`,
    })
    const refused = comparePair(temp.db, KG, TJ, DEFAULT_COMPARE_OPTIONS, { maxClauses: 10 })
    await expect(refused).rejects.toBeInstanceOf(CannotCompareError)
    await expect(refused).rejects.toBeInstanceOf(ServiceError)
  })

  it('refuses to compare a statement with itself, and says so', async () => {
    await expect(comparePair(temp.db, KG, KG, DEFAULT_COMPARE_OPTIONS)).rejects.toMatchObject({
      code: 'cannot-compare',
      message: 'A and B are the same statement: there is nothing to set side by side. Choose another statement to compare it with.',
    })
  })
})
