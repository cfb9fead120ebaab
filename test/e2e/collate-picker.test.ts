/**
 * The collation picker on a collection larger than one of its pages (the
 * White House statements of 2021–2022, 184 in English): its pages, and ticks
 * that travel from one page to the next until the reader collates them.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importCorpus } from '@/lib/services/prepare-database'
import { drawnText, getFromApp, ROOT, startAppServer, type AppServer } from '../helpers/app-server'
import { chromiumAvailable, launchBrowser, openPage, screenshot } from '../helpers/browser'
import { createTempDatabase, type TempDatabase } from '../helpers/temp-db'

let temp: TempDatabase
let app: AppServer
/** how many English statements the database has: more than one page of the picker (100) */
let english = 0

beforeAll(async () => {
  temp = await createTempDatabase()
  await importCorpus(temp.db, ROOT, ['whitehouse-2021-2022'])
  app = await startAppServer(temp.url)
  english = (JSON.parse((await getFromApp(app, '/api/statements?language=en&perPage=1')).body) as { total: number }).total
}, 120_000)
afterAll(async () => {
  await app?.stop()
  await temp?.cleanup()
})

const get = (path: string) => getFromApp(app, path)
/** The picker's words as a reader without script sees them. */
const text = drawnText

describe('the collation picker’s pages', () => {
  it('lists the statements a page at a time, past the last page the last', async () => {
    expect(english).toBeGreaterThan(100)
    const first = await get('/collate?language=en')
    expect(first.status).toBe(200)
    expect(text(first.body)).toContain(`Statements 1–100 of ${english}.`)
    expect(text(first.body)).toContain('Page 1 of 2')
    expect(first.body).toMatch(/<button(?=[^>]*name="page")(?=[^>]*value="2")[^>]*>Next →/)
    const last = await get('/collate?language=en&page=2')
    expect(text(last.body)).toContain(`Statements 101–${english} of ${english}.`)
    expect(last.body).toMatch(/<button(?=[^>]*name="page")(?=[^>]*value="1")[^>]*>← Previous/)
    const past = await get('/collate?language=en&page=999')
    expect(text(past.body)).toContain(`Statements 101–${english} of ${english}.`)
  })

  it('says so when the page is not a number, and shows the first', async () => {
    const bad = await get('/collate?language=en&page=abc')
    expect(bad.status).toBe(200)
    expect(text(bad.body)).toContain('There is no page “abc”: pages are numbered from 1. This is page 1.')
    expect(text(bad.body)).toContain('Statements 1–100')
  })

  it('keeps three ticks or more on a page of the picker instead of collating them, until the reader collates', async () => {
    const slugs = (JSON.parse((await get('/api/statements?language=en&perPage=3')).body) as { items: { slug: string }[] }).items.map(
      (s) => s.slug,
    )
    const paged = await get(`/collate?${slugs.map((s) => `s=${s}`).join('&')}&page=2&language=en`)
    expect(paged.status).toBe(200)
    expect(text(paged.body)).toContain('3 picked.')
    expect(text(paged.body)).not.toContain('A collation needs at least')
    const collated = await get(`/collate?${slugs.map((s) => `s=${s}`).join('&')}`)
    expect(collated.status).toBe(308)
    expect(collated.location).toContain(`/collate?s=${slugs.join(',')}`)
  })
})

describe.runIf(chromiumAvailable())('the collation picker’s pages in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('carries ticks from one page to the next and collates them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: app.baseUrl })
    const page: Page = await openPage(context, '/collate?language=en')
    const boxes = page.locator('input[type="checkbox"][name="s"]')
    const first = [await boxes.nth(0).getAttribute('value'), await boxes.nth(1).getAttribute('value')] as string[]
    await boxes.nth(0).check()
    await boxes.nth(1).check()
    await page.getByRole('button', { name: 'Next →' }).click()
    await page.waitForURL(/page=2/)
    expect(await page.getByRole('status').textContent()).toBe(`Statements 101–${english} of ${english}, 2 picked.`)
    // the two picked on page 1 stand first, ticked
    for (const slug of first) expect(await page.locator(`input[type="checkbox"][name="s"][value="${slug}"]`).isChecked()).toBe(true)
    const third = page.locator('input[type="checkbox"][name="s"]:not(:checked)').first()
    const slug = (await third.getAttribute('value')) as string
    await third.check()
    await screenshot(page, 'collate-picker-page-2')
    await page.getByRole('button', { name: 'Collate selected' }).click()
    await page.waitForURL(`**/collate?s=${[...first, slug].join(',')}`)
    expect(await page.locator('.collate-thead th[scope="col"]').count()).toBe(4)
    await context.close()
  })
})
