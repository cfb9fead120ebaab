/**
 * An English comparison whose weak pairs that do not stand out are left apart
 * (issue 12), as the production server renders it: the summary counts the
 * clauses left apart, each is marked, and the unsure view shows them with the
 * unsure pairs, the aligner's doubts, and folds the rest.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawnMarkup, drawnText, startAppServer, type AppServer } from '../helpers/app-server'
import { createTempDatabase, type TempDatabase } from '../helpers/temp-db'
import { importFile } from '@/lib/services/import-file'

const WH = path.join(import.meta.dirname, '../../data/collections/whitehouse-2021-2022')
const FILES = ['2022-03-29-u-s-singapore-joint-leaders-statement.md', '2022-05-31-united-states-aotearoa-new-zealand-joint-statement.md']

let temp: TempDatabase
let app: AppServer
const slugs: string[] = []

beforeAll(async () => {
  temp = await createTempDatabase()
  for (const name of FILES) {
    const report = await importFile(temp.db, name, new Uint8Array(readFileSync(path.join(WH, name))), 25 * 1024 * 1024)
    slugs.push(...report.imported)
  }
  app = await startAppServer(temp.url)
})
afterAll(async () => {
  await app?.stop()
  await temp?.cleanup()
})

async function page(query: string): Promise<string> {
  const response = await fetch(`${app.baseUrl}/compare/${slugs[0]}/${slugs[1]}${query}`)
  expect(response.status).toBe(200)
  return drawnMarkup(await response.text())
}

const text = drawnText

describe('clauses left apart on the compare page', () => {
  it('are counted in the summary, marked, and shown with the unsure pairs in the unsure view', async () => {
    expect(slugs).toHaveLength(2)
    const all = await page('')
    // a clause is drawn once (it has no counterpart), so its rows are the clauses left apart
    const apart = (all.match(/role="row" id="r\d+(-b)?"[^>]*data-apart=""/g) ?? []).length
    expect(apart).toBeGreaterThan(1)
    expect(text(all)).toContain(`${apart} clauses left apart`)
    const doubts = (all.match(/role="row" id="r\d+(-b)?"[^>]*data-(unsure|apart)=""/g) ?? []).length
    expect(doubts).toBeGreaterThan(apart)

    const unsure = await page('?view=unsure')
    const shown = unsure.match(/role="row" id="r\d+(-b)?"[^>]*>/g) ?? []
    expect(shown.length).toBe(doubts)
    expect(shown.every((row) => /data-(unsure|apart)=""/.test(row))).toBe(true)
    expect(unsure).toMatch(/<a [^>]*aria-current="page"[^>]*>Unsure or left apart<\/a>/)
    expect(text(unsure)).not.toContain('No pair of this comparison is unsure')
    // the legend says what it means, and a shared link to such a row says so in its preview
    expect(text(all)).toContain('“left apart”: a clause shown alone although')
    const first = /role="row" id="r(\d+)"[^>]*data-apart=""/.exec(all)?.[1]
    const row = await page(`?row=${first}`)
    expect(row).toMatch(
      new RegExp(`<meta property="og:title" content="Row ${first} of [^"]*: only in [AB] \\(left apart from [AB]\\d+\\)"`),
    )
  })
})
