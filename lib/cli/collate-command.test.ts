import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, databaseFingerprint, type TempDatabase } from '@/test/helpers/temp-db'
import { runCliCaptured } from '@/test/helpers/cli'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'
import type { CollateJson } from '@/lib/views/collate'

const RU = '2019-06-05-china-russia-joint-statement-2'
let temp: TempDatabase

beforeAll(async () => {
  temp = await createTempDatabase()
})
afterAll(async () => {
  await temp.cleanup()
})

const cli = (...args: string[]) => runCliCaptured(temp.url, args)

describe('cli collate', () => {
  it('prints the collation as the API’s JSON', async () => {
    const { code, out } = await cli('collate', KG, TJ, RU, '--json')
    expect(code).toBe(0)
    const json = JSON.parse(out) as CollateJson
    expect(json.statements.map((s) => s.slug)).toEqual([KG, TJ, RU])
    expect(json.counts.all + json.counts.some + json.counts.one).toBe(json.families.length)
    const oneChina = json.families.find((f) => f.cells[0]?.clauses.some((c) => c.text.includes('台湾独立')))
    expect(oneChina?.cells[1]?.clauses[0]?.text).toContain('和平统一')
  })

  it('prints each family with its clause numbers and the wording marked against the base', async () => {
    const some = await cli('collate', KG, TJ, RU, '--show', 'some')
    expect(some.code).toBe(0)
    expect(some.out).toMatch(/^A: 中华人民共和国和吉尔吉斯共和国/)
    expect(some.out).toMatch(/#f\d+ in 2\/3, \d wordings?: A\d+ B\d+ C–/)
    expect(some.out).not.toMatch(/ in 3\/3/)
    // the Taiwan sentence, which the Russia statement words otherwise: Kyrgyzstan's lacks 和平 or Tajikistan's adds it, whichever is the base
    expect(some.out).toMatch(/实现国家(\[-和平-\]|\{\+和平\+\})统一/)
    const all = await cli('collate', KG, TJ, RU, '--show', 'all')
    expect(all.out).toMatch(/ in 3\/3/)
    expect(all.out).not.toMatch(/ in [12]\/3/)
  })

  it('fails in one line, leaving the database as it was, for two statements, an unknown one or a bad flag', async () => {
    const before = await databaseFingerprint(temp.db)
    expect(await cli('collate', KG, TJ)).toMatchObject({ code: 2, err: 'A collation needs at least 3 statements; for two, compare them.' })
    const missing = await cli('collate', KG, TJ, 'no-such-statement')
    expect(missing.code).toBe(1)
    expect(missing.err).toBe('No statement with the slug "no-such-statement". See npm run cli -- list.')
    const flag = await cli('collate', KG, TJ, RU, '--show', 'most')
    expect(flag.code).toBe(2)
    expect(flag.err).toMatch(/^Invalid --show: use /)
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })
})
