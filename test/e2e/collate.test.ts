/**
 * Collation in the production build: the page, its picker, its filters,
 * anchors, exports, preview image and phone layout, over HTTP and in a real
 * Chromium. The database has the Xinhua corpus and the official Chinese
 * text of the China–UAE statement, so that Kyrgyzstan, Tajikistan and the
 * UAE can be collated (和平统一 is in the last two only).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importCorpus } from '@/lib/services/prepare-database'
import { drawnMarkup, getFromApp, ROOT, startAppServer, type AppServer } from '../helpers/app-server'
import { chromiumAvailable, launchBrowser, openPage, screenshot, seriousViolations } from '../helpers/browser'
import { createTempDatabase, type TempDatabase } from '../helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '../helpers/corpus'

const UAE = '2019-07-23-china-united-arab-emirates-joint-statement'
const TITLES = {
  kg: '中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明',
  tj: '中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明',
  uae: '中华人民共和国和阿拉伯联合酋长国关于加强全面战略伙伴关系的联合声明',
}
const COLLATE = `/collate?s=${KG},${TJ},${UAE}`
/** The families' rows (the summary above has a table of its own). */
const ROWS = '.collate-table > tbody > tr'

let temp: TempDatabase
let app: AppServer

beforeAll(async () => {
  temp = await createTempDatabase()
  await importCorpus(temp.db, ROOT, ['zh-official'])
  app = await startAppServer(temp.url)
})
afterAll(async () => {
  await app?.stop()
  await temp?.cleanup()
})

const get = (path: string) => getFromApp(app, path)

describe('/collate over HTTP', () => {
  it('renders the collation light, with its preview', async () => {
    const { status, body } = await get(COLLATE)
    expect(status).toBe(200)
    expect(Buffer.byteLength(body)).toBeLessThan(400 * 1024)
    expect(body).toMatch(
      /<title>Collation of 3 statements \(China with Kyrgyzstan, Tajikistan and United Arab Emirates\): \d+ famil(y|ies), \d+ in every statement · Tongwen 同文<\/title>/,
    )
    expect(body).toMatch(/<meta property="og:image" content="http:\/\/[^"]+\/collate\/image\?s=/)
    expect(body).not.toContain('dangerouslySetInnerHTML')
  })

  it('draws the preview image of the collation and of one family', async () => {
    for (const path of [`/collate/image?s=${KG},${TJ},${UAE}`, `/collate/image?s=${KG},${TJ},${UAE}&family=20`]) {
      const response = await fetch(app.baseUrl + path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG')
    }
    // a family the collation lacks, asked for by hand: not found, said in one line
    const missing = await fetch(`${app.baseUrl}/collate/image?s=${KG},${TJ},${UAE}&family=999`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: expect.stringMatching(/^No family 999: this collation has \d+ families\.$/) })
  })

  it('joins the picker form’s statements into one link, and answers bad parameters with a 400', async () => {
    const joined = await get(`/collate?a=${KG}&s=${KG}&s=${TJ}&s=${UAE}`)
    expect(joined.status).toBe(308)
    expect(joined.location).toMatch(new RegExp(`/collate\\?s=${KG},${TJ},${UAE}$`))
    const bad = await get(`${COLLATE}&show=everything`)
    expect(bad.status).toBe(400)
    expect(bad.body).toContain('Invalid show')
    expect(bad.body).not.toMatch(/at .+\.js:\d+/)
  })

  it('says what is wrong with too few or repeated statements, and offers the picker', async () => {
    const two = await get(`/collate?s=${KG},${TJ}`)
    expect(two.status).toBe(200)
    expect(two.body).toContain('A collation needs at least 3 statements; for two, compare them.')
    expect(two.body).toContain('Collate selected')
    // (a statement named twice is a 400, as the API answers it: found by a reader trying the app)
    const twice = await get(`/collate?s=${KG},${KG},${TJ}`)
    expect(twice.status).toBe(400)
    expect(twice.body.replace(/&quot;|&#34;/g, '"')).toContain(`The statement "${KG}" is named twice.`)
  })

  it('answers an unknown statement with a 404, on the page and in the API', async () => {
    const page = await get(`/collate?s=${KG},${TJ},no-such-statement`)
    expect(page.status).toBe(404)
    // drawn on the server, not only by the browser's script
    expect(drawnMarkup(page.body)).toMatch(/<h1[^>]*>Statement not found<\/h1>/)
    expect(drawnMarkup(page.body)).toContain('One or more of the statements named in this address do not exist')
    expect(drawnMarkup(page.body)).toContain('no-such-statement')
    // fewer than three picks: the picker names the slugs no statement has, and keeps the others (walkthrough: it only said three were needed)
    const few = drawnMarkup((await get(`/collate?s=x,${KG}`)).body).replace(/&quot;/g, '"')
    expect(few).toContain('No statement with the slug "x". A collation needs at least 3 statements; for two, compare them.')
    const api = await get('/api/collate?s=x,y,z')
    expect(api.status).toBe(404)
    expect(api.type).toContain('application/json')
    expect(JSON.parse(api.body)).toEqual({ error: 'No statement with the slug "x" or "y" or "z".' })
  })

  it('exports the families the view shows: a filtered page’s export links carry its filter, and say so', async () => {
    const whole = JSON.parse((await get(`/api/collate?s=${KG},${TJ},${UAE}`)).body) as { families: { index: number }[] }
    const filtered = JSON.parse((await get(`/api/collate?s=${KG},${TJ},${UAE}&q=${encodeURIComponent('和平统一')}`)).body) as {
      families: { index: number; cells: ({ clauses: { text: string }[] } | null)[] }[]
    }
    expect(filtered.families.length).toBeGreaterThan(0)
    expect(filtered.families.length).toBeLessThan(whole.families.length)
    for (const family of filtered.families)
      expect(family.cells.some((cell) => cell?.clauses.some((c) => c.text.includes('和平统一')))).toBe(true)
    const page = await get(`/collate?s=${KG},${TJ},${UAE}&q=${encodeURIComponent('和平统一')}`)
    expect(page.body).toContain(
      filtered.families.length === 1 ? 'Export the family shown:' : `Export the ${filtered.families.length} families shown:`,
    )
    expect(page.body).toMatch(/href="\/api\/collate\?s=[^"]*&amp;q=%E5%92%8C%E5%B9%B3%E7%BB%9F%E4%B8%80&amp;format=csv"/)
  })

  it('offers a collation from a statement’s page (its siblings) and from a formula’s page', async () => {
    const statement = await get(`/statements/${KG}`)
    expect(statement.body).toMatch(new RegExp(`href="/collate\\?s=${KG},[^"]+"[^>]*>Collate with its siblings`))
    const formulas = JSON.parse((await get('/api/formulas?minDocs=3&limit=1')).body) as { formulas: { id: string }[] }
    const id = formulas.formulas[0]?.id ?? ''
    const href = (
      /href="\/collate\?(s=[^"]+)"[^>]*>Collate the statements that use it/.exec((await get(`/formulas/${id}`)).body)?.[1] ?? ''
    ).replace(/&amp;/g, '&')
    // at the families that hold the formula (walkthrough: every family of twenty statements, a page of 5 MB)
    const q = new URLSearchParams(href).get('q') ?? ''
    expect(q.length).toBeGreaterThan(2)
    const collation = JSON.parse((await get(`/api/collate?${href}`)).body) as {
      families: { cells: ({ clauses: { text: string }[] } | null)[] }[]
    }
    expect(collation.families.length).toBeGreaterThan(0)
    for (const family of collation.families)
      expect(family.cells.some((cell) => cell?.clauses.some((c) => c.text.toLowerCase().includes(q.toLowerCase())))).toBe(true)
  })
})

const available = chromiumAvailable()

describe.runIf(available)('/collate in Chromium', () => {
  let browser: Browser
  let desktop: BrowserContext
  let phone: BrowserContext

  beforeAll(async () => {
    browser = await launchBrowser()
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: app.baseUrl })
    await desktop.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl })
    phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      baseURL: app.baseUrl,
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  const open = (path: string, context = desktop): Promise<Page> => openPage(context, path)

  /** What a row's cells say, in the statements' order: without the base's wording they lack ('' for a statement without the family). */
  const cellTexts = (page: Page, row: string) =>
    page.locator(`${row} td`).evaluateAll((cells) =>
      cells.map((td) => {
        if (td.hasAttribute('aria-label')) return ''
        const copy = td.cloneNode(true) as HTMLElement
        for (const del of copy.querySelectorAll('del')) del.remove()
        return copy.textContent ?? ''
      }),
    )

  it('picks three statements on the list and collates them', async () => {
    const page = await open('/')
    const hint = page.getByRole('status').filter({ hasText: /ticked|Tick three/ })
    expect(await hint.textContent()).toBe('Tick three or more statements of one language to collate them.')
    for (const title of [TITLES.kg, TITLES.tj]) await page.getByLabel(`Collate: ${title}`, { exact: true }).check()
    expect(await hint.textContent()).toBe('2 ticked: tick 1 more (statements of one language) to collate them.')
    await page.getByLabel(`Collate: ${TITLES.uae}`, { exact: true }).check()
    expect(await hint.textContent()).toBe('3 ticked: ready to collate.')
    await page.getByRole('button', { name: 'Collate selected' }).click()
    await page.waitForURL(`**${COLLATE}`)
    // a tick the URL names but no statement has is not counted
    const stale = await open(`/?c=${KG},no-such-statement`)
    expect(
      await stale
        .getByRole('status')
        .filter({ hasText: /ticked/ })
        .textContent(),
    ).toBe('1 ticked: tick 2 more (statements of one language) to collate them.')
    await stale.close()
    const headers = await page.locator('.collate-thead th[scope="col"]').allTextContents()
    expect(headers).toHaveLength(4)
    expect(headers[1]).toContain('Kyrgyzstan')
    expect(headers[2]).toContain('Tajikistan')
    expect(headers[3]).toContain('United Arab Emirates')
    // each column header links to its statement and to the pair view with each other column
    expect(await page.locator(`.collate-thead a[href="/statements/${TJ}"]`).count()).toBe(1)
    expect(await page.locator(`.collate-thead a[href="/compare/${KG}/${TJ}"]`).count()).toBe(1)
    await screenshot(page, 'collate-desktop')
    await page.close()
  })

  it('shows which statements say 和平统一, with the hits marked in their cells', async () => {
    const page = await open(`${COLLATE}&q=${encodeURIComponent('和平统一')}`)
    const rows = page.locator(ROWS, { has: page.locator('mark.collate-hit') })
    expect(await rows.count()).toBeGreaterThan(0)
    // the family all three have: Tajikistan and the UAE say 和平统一, Kyrgyzstan 国家统一
    const shared = page.locator(ROWS, { hasText: '“和平统一” in: B, C — not in: A' })
    expect(await shared.count()).toBe(1)
    const id = await shared.getAttribute('id')
    const [kg, tj, uae] = await cellTexts(page, `#${id}`)
    expect(kg).toContain('统一')
    expect(kg).not.toContain('和平统一')
    expect(tj).toContain('和平统一')
    expect(uae).toContain('和平统一')
    expect(await shared.locator('td').nth(0).locator('mark').count()).toBe(0)
    expect(await shared.locator('td').nth(1).locator('mark').count()).toBeGreaterThan(0)
    expect(await shared.locator('td').nth(2).locator('mark').count()).toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'collate-search')
    await page.close()
  })

  it('never links to a row a filter hides: such a link goes to the whole table', async () => {
    let hidden = 0
    for (const filter of ['&show=all', '&show=some', '&show=one', '&variant=differs', '&q=' + encodeURIComponent('统一')]) {
      const { status, body } = await get(COLLATE + filter)
      expect(status).toBe(200)
      const rows = new Set([...body.matchAll(/<tr id="f(\d+)"/g)].map((m) => m[1]))
      // every link to a row on this page finds it here
      for (const [, i] of body.matchAll(/href="#f(\d+)"/g)) expect(rows.has(i)).toBe(true)
      // a link to a hidden row opens the table unfiltered, at that row
      for (const [, i] of body.matchAll(/href="\/collate\?s=[^"#]+#f(\d+)"/g)) {
        expect(rows.has(i)).toBe(false)
        hidden++
      }
    }
    // some moved clause comes after a row one of these filters hides
    expect(hidden).toBeGreaterThan(0)
  })

  it('filters by presence with links that change the URL', async () => {
    const page = await open(COLLATE)
    const link = page.getByRole('group', { name: 'Families shown' }).getByRole('link', { name: /^In only one \(\d+\)$/ })
    const count = Number((await link.textContent())?.match(/\((\d+)\)/)?.[1])
    await link.click()
    await page.waitForURL(`**${COLLATE}&show=one`)
    expect(await page.locator(ROWS).count()).toBe(count)
    // every row shown is in one statement: two of its three cells are empty
    const empties = await page.locator(ROWS).evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td[aria-label]').length))
    expect(new Set(empties)).toEqual(new Set([2]))
    expect(await page.locator('td[aria-label]').first().getAttribute('aria-label')).toMatch(/^not in [ABC], /)
    expect(await page.locator('td[aria-label] > .collate-dash').first().textContent()).toBe('—')
    await page.getByRole('link', { name: /Only differing wording/ }).click()
    await page.waitForURL(`**${COLLATE}&show=one&variant=differs`)
    expect(await page.locator(ROWS).count()).toBe(0)
    await page.close()
  })

  it('lands on a family by its anchor and copies a link to it', async () => {
    const page = await open(`${COLLATE}#f20`)
    expect(await page.locator('#f20').evaluate((el) => el.matches(':target'))).toBe(true)
    const top = await page.locator('#f20').evaluate((el) => el.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(300)
    // the header stays in view above it
    expect(
      await page
        .locator('.collate-thead th')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top),
    ).toBeGreaterThanOrEqual(-1)
    await page.locator('#f20').getByRole('button', { name: 'Copy link to family 20' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${app.baseUrl}${COLLATE}&family=20#f20`)
    // a moved cell says where its statement has it, and links there
    const moved = page.locator('.collate-table .collate-tag-moved').first()
    if ((await moved.count()) > 0) expect(await moved.textContent()).toMatch(/^⇅ moved: in [ABC] it comes (first|after row f\d+)$/)
    await page.close()
  })

  it('links to exports that answer with the right type; the TEI is XML with an apparatus', async () => {
    const page = await open(COLLATE)
    const exports = page.getByRole('group', { name: 'Export' })
    const hrefs = Object.fromEntries(
      await Promise.all(
        ['CSV', 'TEI', 'JSON'].map(async (name) => [name, (await exports.getByRole('link', { name }).getAttribute('href')) ?? ''] as const),
      ),
    )
    const csv = await page.request.get(hrefs.CSV ?? '')
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8')
    const json = await page.request.get(hrefs.JSON ?? '')
    expect(json.headers()['content-type']).toContain('application/json')
    expect(((await json.json()) as { statements: unknown[] }).statements).toHaveLength(3)
    const tei = await page.request.get(hrefs.TEI ?? '')
    expect(tei.headers()['content-type']).toBe('application/tei+xml; charset=utf-8')
    const parsed = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml')
        const ns = 'http://www.tei-c.org/ns/1.0'
        return {
          errors: doc.getElementsByTagName('parsererror').length,
          apps: doc.getElementsByTagNameNS(ns, 'app').length,
          wits: [...doc.getElementsByTagNameNS(ns, 'rdg')].map((r) => r.getAttribute('wit')).filter(Boolean).length,
        }
      },
      await tei.text(),
    )
    expect(parsed.errors).toBe(0)
    expect(parsed.apps).toBeGreaterThan(50)
    expect(parsed.wits).toBeGreaterThan(0)
    await page.close()
  })

  it('prints the table with every column and no controls', async () => {
    const page = await open(COLLATE)
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('group', { name: 'Export' }).isVisible()).toBe(false)
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false)
    const visible = await page.locator('#f1 td').evaluateAll((cells) => cells.filter((td) => td.getBoundingClientRect().width > 0).length)
    expect(visible).toBe(3)
    await page.close()
  })

  it('shows one statement at a time on a phone, without scrolling sideways', async () => {
    const page = await open(COLLATE, phone)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const shown = (row: string) =>
      page.locator(`${row} td`).evaluateAll((cells) => cells.flatMap((td, k) => (td.getBoundingClientRect().width > 0 ? [k] : [])))
    expect(await shown('#f1')).toEqual([0])
    expect(await page.locator('#f1 .collate-presence').textContent()).toBe('in all 3')
    await screenshot(page, 'collate-phone')
    await page
      .getByRole('navigation', { name: 'Statement shown' })
      .getByRole('link', { name: /Tajikistan/ })
      .tap()
    await page.waitForURL(`**${COLLATE}&focus=2`)
    expect(await shown('#f1')).toEqual([1])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('folds a phone’s runs of families the statement shown lacks into their first line, and opens them', async () => {
    const page = await open(`${COLLATE}&focus=2`, phone)
    // the first fold that hides more than one row
    const folds = page.locator('.collate-focus .collate-fold')
    const labels = await folds.allTextContents()
    const at = labels.findIndex((text) => /^\+ ([2-9]|\d\d+) more families not in B, /.test(text))
    expect(at).toBeGreaterThanOrEqual(0)
    const fold = folds.nth(at)
    const [, more, last] = /^\+ (\d+) more famil(?:y|ies) not in B, to f(\d+): show$/.exec(labels[at] ?? '') ?? []
    expect(Number(more)).toBeGreaterThan(1)
    expect(await fold.getAttribute('aria-expanded')).toBe('false')
    // it names the rows it opens: from the run's second to its last
    const controls = ((await fold.getAttribute('aria-controls')) ?? '').split(' ')
    expect(controls).toHaveLength(Number(more))
    expect(controls.at(-1)).toBe(`f${last}`)
    const height = (row: string) => page.locator(row).evaluate((tr) => tr.getBoundingClientRect().height)
    expect(await height(`#f${last}`)).toBe(0)
    await fold.tap()
    expect(await fold.getAttribute('aria-expanded')).toBe('true')
    expect(await height(`#f${last}`)).toBeGreaterThan(0)
    // the folded rows lack B: each is a line that says so
    expect(await page.locator(`#f${last} .collate-focus`).getAttribute('aria-label')).toMatch(/^not in B, /)
    await fold.tap()
    expect(await height(`#f${last}`)).toBe(0)
    // a link to a folded family shows it
    await page.goto(`${COLLATE}&focus=2#f${last}`)
    expect(await height(`#f${last}`)).toBeGreaterThan(0)
    // a desktop shows every row and no fold
    await page.setViewportSize({ width: 1280, height: 900 })
    expect(await page.locator('.collate-fold:visible').count()).toBe(0)
    expect(await height(`#f${Number(last) - 1}`)).toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  for (const path of [COLLATE, `${COLLATE}&show=some&variant=differs`, `/collate?s=${KG}`]) {
    it(`finds no serious accessibility issue on ${path.replace(/s=[^&]+/, 's=…')}`, async () => {
      const page = await open(path)
      expect(await seriousViolations(page)).toEqual([])
      await page.close()
    })
  }
})
