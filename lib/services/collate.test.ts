import { describe, expect, it } from 'vitest'
import { tempDatabaseForFile } from '@/test/helpers/temp-db'
import { DEFAULT_COLLATE_OPTIONS } from '@/lib/collate/collate-statements'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'
import { collate, slugProblem } from './collate'
import { updateStatement } from './edit-statement'
import { ServiceError } from './errors'

const RU = '2019-06-05-china-russia-joint-statement'
const temp = tempDatabaseForFile()

const failure = async (run: Promise<unknown>) => {
  try {
    await run
  } catch (error) {
    if (error instanceof ServiceError) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected a ServiceError')
}

describe('collate', () => {
  it('collates three statements of the database in the order given', async () => {
    const { statements, result } = await collate(temp.db, [KG, TJ, RU], DEFAULT_COLLATE_OPTIONS, { keep: 0 })
    expect(statements.map((s) => s.slug)).toEqual([KG, TJ, RU])
    expect(result.statements.map((s) => s.slug)).toEqual([KG, TJ, RU])
    const oneChina = result.families.find((f) => f.cells[0]?.clauses.some((c) => c.text.includes('台湾独立')))
    expect(oneChina?.cells[1]).not.toBeNull()
  })

  it('keeps a collation for the next reader, and never after an edit', async () => {
    const first = await collate(temp.db, [KG, TJ, RU], DEFAULT_COLLATE_OPTIONS, { keep: 10_000 })
    expect(await collate(temp.db, [KG, TJ, RU], DEFAULT_COLLATE_OPTIONS, { keep: 10_000 })).toBe(first)
    expect(await collate(temp.db, [TJ, KG, RU], DEFAULT_COLLATE_OPTIONS, { keep: 10_000 })).not.toBe(first)
    expect(await updateStatement(temp.db, RU, { place: 'Moscow (edited)' })).toBe(true)
    const after = await collate(temp.db, [KG, TJ, RU], DEFAULT_COLLATE_OPTIONS, { keep: 10_000 })
    expect(after).not.toBe(first)
    expect(after.statements[2]?.place).toBe('Moscow (edited)')
  })

  it('refuses fewer than three, a repeated or a missing statement, and too many clauses, each in one sentence', async () => {
    expect(await failure(collate(temp.db, [KG, TJ], DEFAULT_COLLATE_OPTIONS))).toEqual({
      code: 'invalid',
      message: 'A collation needs at least 3 statements; for two, compare them.',
    })
    expect((await failure(collate(temp.db, [KG, TJ, KG], DEFAULT_COLLATE_OPTIONS))).code).toBe('invalid')
    expect(await failure(collate(temp.db, [KG, TJ, 'no-such-statement'], DEFAULT_COLLATE_OPTIONS))).toEqual({
      code: 'not-found',
      message: 'No statement with the slug "no-such-statement".',
    })
    const big = await failure(collate(temp.db, [KG, TJ, RU], DEFAULT_COLLATE_OPTIONS, { maxClauses: 100 }))
    expect(big.code).toBe('cannot-compare')
    expect(big.message).toMatch(/^These statements have 180 clauses together, over the limit of 100 .*TONGWEN_MAX_COLLATE_CLAUSES/)
  })
})

describe('slugProblem', () => {
  it('accepts 3 to 20 distinct slugs', () => {
    expect(slugProblem(['a', 'b', 'c'])).toBeNull()
    expect(slugProblem(Array.from({ length: 21 }, (_, k) => `s${k}`))).toBe('A collation takes at most 20 statements, not 21.')
    expect(slugProblem(['a', 'b', 'a'])).toBe('The statement "a" is named twice.')
  })
})
