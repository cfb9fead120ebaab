import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { tempDatabaseForFile } from '@/test/helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'
import { getStatementSummaries, recentStatements, type StatementSummary } from '@/lib/db/statements'
import { importFile } from './import-file'
import { MAX_EXAMINED, MIN_SHARED_WORDING, statementSuggestions, suggestedPairs } from './suggestions'

const WH = path.join(import.meta.dirname, '../../data/collections/whitehouse-2021-2022')
// two joint statements whose titles are one formula ("United States–〈X〉 Joint Statement") with nothing else in common (0% shared wording)
const EC = '2021-09-22-united-stateseuropean-commission-joint-statement.md'
const NZ = '2022-05-31-united-states-aotearoa-new-zealand-joint-statement.md'
// one consultative group's statements half a year apart (45% shared)
const ISRAEL = [
  '2022-06-01-joint-statement-on-the-meeting-of-the-u-s-israel-strategic-consultative-group.md',
  '2022-12-22-joint-statement-on-the-meeting-of-the-u-s-israel-strategic-consultative-group-2.md',
]
const withCodes = (s: StatementSummary) => ({ ...s, partyCodes: s.parties.map((p) => p.code) })

const temp = tempDatabaseForFile()

beforeAll(async () => {
  for (const name of [EC, NZ, ...ISRAEL])
    await importFile(temp.db, name, new Uint8Array(readFileSync(path.join(WH, name))), 25 * 1024 * 1024, { formulas: 'defer' })
})

const slugsOf = (pairs: [{ slug: string }, { slug: string }][]) =>
  pairs.map(([a, b]) => [a.slug, b.slug].map((s) => s.slice(0, 10)).join(' / '))

describe('suggestedPairs', () => {
  it('suggests the pairs whose titles are one formula only when their wording has something in common', async () => {
    const recent = (await recentStatements(temp.db, 200)).map(withCodes)
    const pairs = await suggestedPairs(temp.db, recent, Infinity)
    // Kyrgyzstan / Tajikistan, another partner, first; the Israel group a year on; the European Commission and New Zealand not at all
    expect(slugsOf(pairs)).toEqual(['2019-06-13 / 2019-06-15', '2022-06-01 / 2022-12-22'])
    expect(pairs[0]?.map((s) => s.slug)).toEqual([KG, TJ])
    expect(pairs.flat().some((s) => s.slug.includes('new-zealand') || s.slug.includes('european-commission'))).toBe(false)
  })

  it('compares each proposed pair once and keeps it, without making the reader wait for the write', async () => {
    const recent = (await recentStatements(temp.db, 200)).map(withCodes)
    await suggestedPairs(temp.db, recent)
    // kept in the background: the page answered first
    await vi.waitFor(async () => expect(await temp.db.pairSimilarity.count()).toBeGreaterThanOrEqual(3))
    const kept = await temp.db.pairSimilarity.findMany()
    expect(kept.length).toBeLessThanOrEqual(MAX_EXAMINED)
    expect(kept.filter((p) => p.similarity < MIN_SHARED_WORDING).length).toBe(1)
    await suggestedPairs(temp.db, recent)
    expect(await temp.db.pairSimilarity.count()).toBe(kept.length)
  })
})

describe('a statement’s partner and siblings', () => {
  it('preselects the statement with the same title formula that shares its wording, and none for one that shares nothing', async () => {
    const [kg, tj] = (await getStatementSummaries(temp.db, [KG, TJ])).map(withCodes)
    const english = (await recentStatements(temp.db, 200)).map(withCodes).filter((s) => s.language === 'en')
    expect((await statementSuggestions(temp.db, kg!, [tj!], 5)).partner?.slug).toBe(TJ)
    const commission = english.find((s) => s.slug.includes('european-commission'))!
    const zealand = english.find((s) => s.slug.includes('new-zealand'))!
    expect((await statementSuggestions(temp.db, commission, [zealand], 5)).partner).toBeNull()
  })

  it('collates a statement with the statements of its kind that share its wording, most similar first', async () => {
    const all = (await recentStatements(temp.db, 200)).map(withCodes)
    const kg = all.find((s) => s.slug === KG)!
    const chinese = all.filter((s) => s.slug !== KG && s.language === 'zh')
    // Tajikistan shares 42% of Kyrgyzstan's wording; the two Russian joint statements of the same month 3% and 0%
    expect(chinese.filter((s) => s.kind === kg.kind && s.slug.includes('russia')).length).toBe(2)
    expect((await statementSuggestions(temp.db, kg, chinese, 5)).siblings.map((s) => s.slug)).toEqual([TJ])
    // the European Commission's statement has no sibling: the one other joint statement of its language shares nothing with it
    const english = all.filter((s) => s.language === 'en')
    const commission = english.find((s) => s.slug.includes('european-commission'))!
    expect((await statementSuggestions(temp.db, commission, english, 5)).siblings).toEqual([])
  })
})
