/**
 * Reading the statement list a page at a time, on a real SQLite file: the
 * bundled corpus (eight statements of June 2019), and a corpus of 450 made-up
 * statements for paging past MAX_PER_PAGE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase, tempDatabaseForFile } from '@/test/helpers/temp-db'
import {
  eachStatement,
  getStatementSummaries,
  listParties,
  listStatements,
  statementClauseCount,
  nearbyStatements,
  recentStatements,
} from './statements'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'

const temp = tempDatabaseForFile()

const slugs = (page: { items: { slug: string }[] }) => page.items.map((s) => s.slug)

describe('listStatements', () => {
  it('returns the first page, oldest first, then by title, with the total', async () => {
    const page = await listStatements(temp.db)
    expect(page).toMatchObject({ total: 8, page: 1, perPage: 50 })
    expect(slugs(page)).toEqual([
      '2019-06-05-china-russia-joint-statement', // …关于加强当代全球战略稳定的联合声明
      '2019-06-05-china-russia-joint-statement-2', // …关于发展新时代全面战略协作伙伴关系的联合声明
      '2019-06-05-xi-jinping-speech', // 携手努力…
      '2019-06-07-xi-jinping-speech',
      KG,
      '2019-06-14-xi-jinping-speech',
      TJ, // 中华人民共和国和塔吉克斯坦共和国…
      '2019-06-15-xi-jinping-speech', // 携手开创亚洲安全和发展新局面
    ])
  })

  it('returns pages that follow one another without overlap', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listStatements(temp.db, { page, perPage: 3 })))
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 2])
    expect(pages.every((p) => p.total === 8)).toBe(true)
    expect(pages.flatMap(slugs)).toEqual(slugs(await listStatements(temp.db)))
  })

  it('returns no items, and the total, for a page past the last', async () => {
    expect(await listStatements(temp.db, { page: 99999 })).toEqual({ items: [], total: 8, page: 99999, perPage: 50 })
  })

  it('filters by text in the title, or in the slug (English party names)', async () => {
    expect(slugs(await listStatements(temp.db, { q: '塔吉克斯坦' }))).toEqual([TJ])
    expect(slugs(await listStatements(temp.db, { q: 'Kyrgyz' }))).toEqual([KG])
    expect((await listStatements(temp.db, { q: '联合声明' })).total).toBe(4)
  })

  it('filters by kind, party, year and language, each narrowing the total', async () => {
    expect((await listStatements(temp.db, { kind: 'speech' })).total).toBe(4)
    expect(slugs(await listStatements(temp.db, { party: 'russia' }))).toEqual([
      '2019-06-05-china-russia-joint-statement',
      '2019-06-05-china-russia-joint-statement-2',
    ])
    expect((await listStatements(temp.db, { year: 2019 })).total).toBe(8)
    expect((await listStatements(temp.db, { year: 2020 })).total).toBe(0)
    expect((await listStatements(temp.db, { language: 'zh' })).total).toBe(8)
    expect((await listStatements(temp.db, { language: 'en' })).total).toBe(0)
    expect(
      slugs(await listStatements(temp.db, { kind: 'joint-statement', party: 'china', year: 2019, q: '伙伴关系', perPage: 1, page: 3 })),
    ).toEqual([TJ])
  })

  describe('edge cases', () => {
    it('returns nothing, with a total of 0, when nothing matches', async () => {
      expect(await listStatements(temp.db, { q: '不存在的标题' })).toEqual({ items: [], total: 0, page: 1, perPage: 50 })
      expect((await listStatements(temp.db, { party: 'no-such-party' })).total).toBe(0)
    })

    it('throws on a page or page size it cannot serve, rather than reading everything', async () => {
      await expect(listStatements(temp.db, { page: 0 })).rejects.toThrow('listStatements: page must be a whole number, 1 or more (got 0).')
      await expect(listStatements(temp.db, { page: 1.5 })).rejects.toThrow(RangeError)
      await expect(listStatements(temp.db, { perPage: 100000 })).rejects.toThrow(
        'listStatements: perPage must be a whole number from 1 to 200 (got 100000).',
      )
      await expect(listStatements(temp.db, { perPage: 0 })).rejects.toThrow(RangeError)
    })
  })
})

describe('recentStatements', () => {
  it('returns the most recent statements, newest first', async () => {
    expect((await recentStatements(temp.db, 2)).map((s) => s.date)).toEqual(['2019-06-15', '2019-06-15'])
    expect((await recentStatements(temp.db, 3, { kind: 'joint-statement' })).map((s) => s.slug)).toEqual([
      TJ,
      KG,
      '2019-06-05-china-russia-joint-statement-2',
    ])
  })
})

describe('getStatementSummaries', () => {
  it('returns the statements named, in the order asked, leaving out unknown slugs', async () => {
    expect((await getStatementSummaries(temp.db, [TJ, 'no-such-statement', KG])).map((s) => s.slug)).toEqual([TJ, KG])
    expect(await getStatementSummaries(temp.db, [])).toEqual([])
  })
})

describe('statementClauseCount', () => {
  it('returns the clause count of the summary, or null for a slug no statement has', async () => {
    const [summary] = await getStatementSummaries(temp.db, [KG])
    expect(await statementClauseCount(temp.db, KG)).toBe(summary?.clauseCount)
    expect(await statementClauseCount(temp.db, 'no-such-statement')).toBeNull()
  })
})

describe('nearbyStatements', () => {
  it('returns the statements of the same kind nearest in date first, then the others', async () => {
    const kg = (await getStatementSummaries(temp.db, [KG]))[0]
    if (!kg) throw new Error('the bundled corpus has no Kyrgyzstan statement; this is a bug')
    const nearby = await nearbyStatements(temp.db, kg, 5)
    expect(nearby.map((s) => `${s.kind} ${s.date}`)).toEqual([
      'joint-statement 2019-06-15',
      'joint-statement 2019-06-05',
      'joint-statement 2019-06-05',
      'speech 2019-06-14',
      'speech 2019-06-15',
    ])
    expect(nearby.map((s) => s.slug)).not.toContain(KG)
  })

  it('offers the same parties’ other statements first, however far in date (walkthrough: U.S.–ROK 2021 was not among 2022’s choices)', async () => {
    const far = { slug: 'x', kind: 'speech', date: '2030-01-01', language: 'zh' }
    // by date and kind alone, a speech comes first
    expect((await nearbyStatements(temp.db, far, 3))[0]?.kind).toBe('speech')
    const withRussia = await nearbyStatements(temp.db, { ...far, parties: [{ code: 'china' }, { code: 'russia' }] }, 3)
    expect(withRussia.slice(0, 2).map((s) => s.parties.map((p) => p.code).sort())).toEqual([
      ['china', 'russia'],
      ['china', 'russia'],
    ])
    // a home government's statement alone (a speech, a fact sheet) is offered by date, not every other of its government
    expect((await nearbyStatements(temp.db, { ...far, parties: [{ code: 'china' }] }, 3))[0]?.kind).toBe('speech')
    // another party alone (a grouping's: the G7's) is offered its own statements first
    const russia = await nearbyStatements(temp.db, { ...far, parties: [{ code: 'russia' }] }, 3)
    expect(russia.slice(0, 2).every((s) => s.parties.some((p) => p.code === 'russia'))).toBe(true)
  })

  it('offers none in another language', async () => {
    const nearby = await nearbyStatements(temp.db, { slug: 'x', kind: 'speech', date: '2019-06-10', language: 'en' })
    expect(nearby).toEqual([])
  })
})

describe('listParties', () => {
  it('returns every party by English name', async () => {
    expect((await listParties(temp.db)).map((p) => p.code)).toEqual(['china', 'kyrgyzstan', 'russia', 'tajikistan'])
  })
})

describe('nearbyStatements, with statements of several parties', () => {
  let db: TempDatabase

  beforeAll(async () => {
    db = await createTempDatabase({ seed: false })
    const source = await db.db.source.create({ data: { name: 'made-up.txt', sha256: 'made-up', text: '' } })
    const parties = Object.fromEntries(
      await Promise.all(
        ['us', 'rok', 'japan', 'india'].map(async (code) => [
          code,
          (await db.db.party.create({ data: { code, nameEn: code, nameZh: code } })).id,
        ]),
      ),
    )
    // the U.S.–ROK statement of a year before, and two of many parties that the U.S. and the ROK are among, nearer in date
    const made: [string, string, string[]][] = [
      ['us-rok-2021', '2021-05-21', ['us', 'rok']],
      ['ipef-2022', '2022-05-23', ['us', 'rok', 'japan', 'india']],
      ['ransomware-2022', '2022-05-20', ['us', 'rok', 'japan']],
    ]
    // and a dozen more of many parties between them, nearer in date than the U.S.–ROK one of 2021 (review: they pushed it out)
    for (let k = 1; k <= 12; k++) made.push([`many-2022-${k}`, `2022-01-${String(k).padStart(2, '0')}`, ['us', 'rok', 'india']])
    for (const [slug, date, codes] of made)
      await db.db.statement.create({
        data: {
          slug,
          title: slug,
          kind: 'joint-statement',
          date,
          language: 'en',
          contentHash: slug,
          clauseCount: 1,
          charCount: 10,
          sourceId: source.id,
          sourceStart: 0,
          sourceEnd: 0,
          parties: { create: codes.map((code, position) => ({ partyId: parties[code] as number, position })) },
        },
      })
  })
  afterAll(async () => {
    await db?.cleanup()
  })

  it('offers the statements of the same parties alone before those with others besides (walkthrough: U.S.–ROK 2021 came after IPEF)', async () => {
    const of = {
      slug: 'us-rok-2022',
      kind: 'joint-statement',
      date: '2022-05-21',
      language: 'en',
      parties: [{ code: 'us' }, { code: 'rok' }],
    }
    const offered = (await nearbyStatements(db.db, of)).map((s) => s.slug)
    expect(offered.slice(0, 3)).toEqual(['us-rok-2021', 'ransomware-2022', 'ipef-2022'])
    expect(offered.slice(3, 10)).toEqual([
      'many-2022-12',
      'many-2022-11',
      'many-2022-10',
      'many-2022-9',
      'many-2022-8',
      'many-2022-7',
      'many-2022-6',
    ])
  })
})

describe('a corpus larger than a page', () => {
  let big: TempDatabase
  const COUNT = 450

  beforeAll(async () => {
    big = await createTempDatabase({ seed: false })
    const source = await big.db.source.create({ data: { name: 'made-up.txt', sha256: 'made-up', text: '' } })
    // every 50th undated; dates repeat so that the title orders statements of one day
    await big.db.statement.createMany({
      data: Array.from({ length: COUNT }, (_, k) => ({
        slug: `made-up-${k}`,
        title: `Statement ${String(COUNT - k).padStart(3, '0')}`,
        kind: k % 3 ? 'joint-statement' : 'speech',
        date: k % 50 === 0 ? null : `20${String(10 + (k % 7)).padStart(2, '0')}-01-0${1 + (k % 5)}`,
        language: 'zh',
        contentHash: `hash-${k}`,
        clauseCount: 1,
        charCount: 10,
        sourceId: source.id,
        sourceStart: 0,
        sourceEnd: 0,
      })),
    })
  })
  afterAll(async () => {
    await big?.cleanup()
  })

  it('never returns more than a page, and the pages cover every statement once, in order', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listStatements(big.db, { page, perPage: 200 })))
    expect(pages.map((p) => [p.items.length, p.total])).toEqual([
      [200, COUNT],
      [200, COUNT],
      [50, COUNT],
    ])
    const all = pages.flatMap((p) => p.items)
    expect(new Set(all.map((s) => s.slug)).size).toBe(COUNT)
    const keys = all.map((s) => `${s.date ?? '9999'} ${s.title}`)
    expect(keys).toEqual([...keys].sort())
    expect(all.slice(-9).every((s) => s.date === null)).toBe(true)
  })

  it('reads every statement in list order with eachStatement, a batch at a time', async () => {
    const streamed: string[] = []
    for await (const statement of eachStatement(big.db, {}, 64)) streamed.push(statement.slug)
    const paged = (await Promise.all([1, 2, 3].map((page) => listStatements(big.db, { page, perPage: 200 })))).flatMap(slugs)
    expect(streamed).toEqual(paged)
  })

  it('filters before it pages: a year and a kind', async () => {
    const speeches2010 = await listStatements(big.db, { kind: 'speech', year: 2010, perPage: 5 })
    expect(speeches2010.items.every((s) => s.kind === 'speech' && s.date?.startsWith('2010-'))).toBe(true)
    expect(speeches2010.total).toBe(
      Array.from({ length: COUNT }, (_, k) => k).filter((k) => k % 3 === 0 && k % 50 !== 0 && k % 7 === 0).length,
    )
  })
})
