import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '@/test/helpers/temp-db'
import { runCliCaptured } from '@/test/helpers/cli'

let temp: TempDatabase
beforeAll(async () => {
  temp = await createTempDatabase()
})
afterAll(() => temp.cleanup())

const cli = (...args: string[]) => runCliCaptured(temp.url, args)

describe('cli search', () => {
  it('prints the counts and each clause with the term marked in its context', async () => {
    const { code, out } = await cli('search', '国家和平统一')
    expect(code).toBe(0)
    expect(out).toMatch(/^“国家和平统一”: 1 clause in 1 statement · page 1 of 1/)
    expect(out).toContain('2019-06-15-china-tajikistan-joint-statement  (1 clause)')
    expect(out).toMatch(/ {2}c\d+ {2}…?.*为实现⟦国家和平统一⟧/)
  })

  it('gives the same JSON as the API, with filters', async () => {
    const { code, out } = await cli('search', '统一', '--party', 'kyrgyzstan', '--json')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({
      q: '统一',
      filters: { party: 'kyrgyzstan' },
      statements: 1,
      results: [{ slug: '2019-06-13-china-kyrgyzstan-joint-statement' }],
    })
  })

  it('refuses a missing or one-character term and a bad option with exit code 2 and one line', async () => {
    expect(await cli('search')).toMatchObject({ code: 2, err: 'Type at least 2 characters to search. Usage: npm run cli -- search <text>' })
    expect(await cli('search', '统', '--json')).toMatchObject({ code: 2 })
    expect(await cli('search', '统一', '--year', '19')).toMatchObject({
      code: 2,
      err: 'Invalid --year: use a year of four digits, such as 2019.',
    })
  })
})
