/**
 * The app in a real browser (Debian's Chromium through playwright-core),
 * served by the production build on 127.0.0.1: what a reader does, on a
 * laptop and on a phone, and an accessibility check with axe-core.
 * Screenshots of the key pages are saved in artifacts/screenshots.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, TEST_ADMIN_TOKEN, type AppServer } from '../helpers/app-server'
import path from 'node:path'
import { chromiumAvailable, launchBrowser, screenshot, SCREENSHOT_DIR, seriousViolations } from '../helpers/browser'
import { createTempDatabase, type TempDatabase } from '../helpers/temp-db'

const KG = '2019-06-13-china-kyrgyzstan-joint-statement'
const TJ = '2019-06-15-china-tajikistan-joint-statement'
const COMPARE = `/compare/${KG}/${TJ}`
const FIXTURES = path.join(import.meta.dirname, '../fixtures/import')

const available = chromiumAvailable()

describe.runIf(available)('in Chromium', () => {
  let temp: TempDatabase
  let app: AppServer
  let browser: Browser
  let desktop: BrowserContext

  beforeAll(async () => {
    temp = await createTempDatabase()
    app = await startAppServer(temp.url)
    browser = await launchBrowser()
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: app.baseUrl })
    await desktop.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await temp?.cleanup()
  })

  async function open(path: string, context = desktop): Promise<Page> {
    const page = await context.newPage()
    const response = await page.goto(path, { waitUntil: 'networkidle' })
    expect(response?.status()).toBeLessThan(400)
    return page
  }

  /** Where an element stands in the viewport. */
  const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top)

  describe('a reader on a laptop', () => {
    it('picks two statements on / and compares them; the changed words are marked', async () => {
      const page = await open('/')
      await screenshot(page, 'home')
      await page.getByLabel(`Compare as A: 中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明`).check()
      await page.getByLabel(`Compare as B: 中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明`).check()
      await page.getByRole('button', { name: 'Compare A with B' }).click()
      await page.waitForURL(`**${COMPARE}`)
      const added = page.locator('ins.diff-insert', { hasText: /^和平$/ })
      await expect.poll(() => added.count()).toBe(1)
      expect(await added.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline')
      expect(await page.locator('del.diff-delete', { hasText: '新疆维吾尔自治区' }).count()).toBe(1)
      await screenshot(page, 'compare-desktop')
      await page.close()
    })

    it('picks A on one page of the list and B on another, by keyboard, and compares them', async () => {
      const page = await open('/?perPage=3')
      expect(await page.getByLabel('Compare as A: 中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明').count()).toBe(0)
      await page.getByRole('link', { name: 'Next →' }).click()
      await page.waitForURL('**/?page=2&perPage=3')
      await page.getByLabel('Compare as A: 中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明').focus()
      await page.keyboard.press('Space')
      // the pick is kept in the URL, so the link to the next page carries it
      await page.waitForURL(`**/?page=2&perPage=3&a=${KG}`)
      await page.getByRole('link', { name: 'Next →' }).click()
      await page.waitForURL(`**/?page=3&perPage=3&a=${KG}`)
      expect(await page.getByText('Picked on another page').count()).toBe(1)
      await page.getByLabel('Compare as B: 中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明').check()
      await page.getByRole('button', { name: 'Compare A with B' }).click()
      await page.waitForURL(`**${COMPARE}`)
      await expect.poll(() => page.locator('ins.diff-insert', { hasText: /^和平$/ }).count()).toBe(1)
      await page.close()
    })

    it('copies a link to a row that opens the same view scrolled to that row', async () => {
      const page = await open(`${COMPARE}?granularity=char`)
      await page.locator('#r17').getByRole('button', { name: 'Copy a link to row 17' }).click()
      const link = await page.evaluate(() => navigator.clipboard.readText())
      expect(link).toBe(`${app.baseUrl}${COMPARE}?granularity=char&row=17#r17`)
      const shared = await open(link)
      const rowTop = await top(shared, '#r17')
      expect(rowTop).toBeGreaterThanOrEqual(0)
      expect(rowTop).toBeLessThan(200)
      expect(await shared.locator('#r17').evaluate((el) => el.matches(':target'))).toBe(true)
      // the same view: character diff, as in the link
      expect(await shared.locator('select[name="granularity"]').inputValue()).toBe('char')
      await page.close()
      await shared.close()
    })

    it('jumps from difference to difference with n and p, and with the buttons', async () => {
      const page = await open(COMPARE)
      await page.keyboard.press('n')
      await page.waitForFunction(() => location.hash === '#r1')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('r1')
      await page.keyboard.press('n')
      await page.waitForFunction(() => location.hash === '#r2')
      await page.keyboard.press('p')
      await page.waitForFunction(() => location.hash === '#r1')
      await page.getByRole('button', { name: 'Next' }).click()
      await page.waitForFunction(() => location.hash === '#r2')
      expect(await page.getByRole('navigation', { name: 'Differences' }).textContent()).toContain('difference 2 of')
      // a row reached this way is just under the sticky header
      expect(await top(page, '#r2')).toBeLessThan(120)
      // typing in a field is not navigation
      await page.locator('input[name="threshold"]').focus()
      await page.keyboard.press('n')
      expect(await page.evaluate(() => location.hash)).toBe('#r2')
      await page.close()
    })

    it('reaches every control with the keyboard, starting with the skip link', async () => {
      const page = await open(COMPARE)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
      const reached = new Set<string>()
      for (let k = 0; k < 40; k++) {
        await page.keyboard.press('Tab')
        reached.add(
          await page.evaluate(() => {
            const active = document.activeElement as HTMLInputElement | null
            return active?.name || active?.innerText?.trim() || ''
          }),
        )
      }
      for (const control of ['Swap A and B', 'threshold', 'granularity', 'mask', 'Apply', 'Differences only', 'CSV', 'JSON', 'Copy as Markdown', 'Print']) expect(reached).toContain(control)
      await page.close()
    })

    it('folds identical rows in the differences-only view, and the minimap goes to a row', async () => {
      const page = await open(COMPARE)
      await page.getByRole('link', { name: 'Differences only' }).click()
      await page.waitForURL(`**${COMPARE}?view=changes`)
      expect(await page.locator('[data-status="identical"]').count()).toBe(0)
      expect(await page.getByText(/identical rows? folded/).count()).toBeGreaterThan(0)
      await page.getByRole('link', { name: 'All rows' }).click()
      await page.waitForURL(`**${COMPARE}`)
      expect(await page.locator('[data-status="identical"]').count()).toBe(3)
      await page.getByRole('navigation', { name: 'Rows at a glance' }).getByLabel('Row 40,', { exact: false }).click()
      await page.waitForFunction(() => location.hash === '#r40')
      await page.close()
    })

    it('keeps the section heading in view while its rows scroll', async () => {
      const page = await open(`${COMPARE}#r30`)
      const headings = page.locator('#rows [role="row"].sticky')
      const stuck = await headings.evaluateAll((rows) => rows.filter((row) => Math.abs(row.getBoundingClientRect().top - 33) < 2).length)
      expect(stuck).toBeGreaterThan(0)
      await page.close()
    })

    it('downloads CSV and JSON in the view’s options, and copies Markdown', async () => {
      const page = await open(`${COMPARE}?granularity=char`)
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()])
      expect(csv.suggestedFilename()).toBe(`${KG}--${TJ}.csv`)
      expect(csv.url()).toContain('granularity=char')
      const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'JSON' }).click()])
      expect(json.suggestedFilename()).toBe(`${KG}--${TJ}.json`)
      await page.getByRole('button', { name: 'Copy as Markdown' }).click()
      await page.getByText('Markdown copied').waitFor()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('实现国家**和平**统一')
      await page.close()
    })

    it('prints two columns side by side, without the controls', async () => {
      const page = await open(COMPARE)
      await page.emulateMedia({ media: 'print' })
      const [a, b] = await Promise.all([page.locator('#r17 [role="cell"]').nth(0).boundingBox(), page.locator('#r17 [role="cell"]').nth(1).boundingBox()])
      expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1))).toBeLessThan(2)
      expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1)
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false)
      expect(await page.getByRole('button', { name: 'Next' }).isVisible()).toBe(false)
      // what the printer gets: A4 landscape, as the print stylesheet asks
      await page.setViewportSize({ width: 1047, height: 720 })
      await screenshot(page, 'compare-print')
      const pdf = await page.pdf({ path: path.join(SCREENSHOT_DIR, 'compare-print.pdf'), preferCSSPageSize: true, printBackground: true })
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      await page.close()
    })

    it('shows the pair and score on the map when a cell is hovered, and opens the comparison on click', async () => {
      const page = await open('/map')
      await screenshot(page, 'map')
      const cell = page.locator(`a[href="${COMPARE}"]`)
      await cell.hover()
      await expect.poll(() => page.locator('[aria-live="polite"]').first().textContent()).toMatch(/China–Kyrgyzstan.*×.*China–Tajikistan.*42% shared wording/)
      // arrow keys move between cells
      await cell.focus()
      await page.keyboard.press('ArrowRight')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toMatch(/^\d+-\d+$/)
      await cell.click()
      await page.waitForURL(`**${COMPARE}`)
      await page.close()
    })

    it('searches from the menu: a phrase typed and a party chosen give its clauses in context, each leading to the clause', async () => {
      const page = await open('/')
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click()
      await page.waitForURL('**/search')
      await page.getByLabel('Phrase').fill('一带一路')
      await page.getByRole('search', { name: 'Clauses' }).getByLabel('Party').selectOption('kyrgyzstan')
      await page.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/\/search\?q=.*&party=kyrgyzstan$/)
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/6 clauses in 1 statement contain “一带一路”/)
      await screenshot(page, 'search')
      const first = page.locator('mark', { hasText: '一带一路' }).first()
      expect(await first.isVisible()).toBe(true)
      await page.getByRole('link', { name: /^Clause \d+$/ }).first().click()
      await page.waitForURL(new RegExp(`/statements/${KG}#c\\d+$`))
      const target = await page.evaluate(() => document.querySelector(location.hash)?.textContent ?? '')
      expect(target).toContain('一带一路')
      await page.close()
    })

    it('underlines formulas with "in N statements" on hover, linking to the concordance', async () => {
      const page = await open(`/statements/${KG}`)
      await screenshot(page, 'statement')
      const mark = page.locator('a.formula-mark', { hasText: /^构建人类命运共同体$/ }).first()
      await mark.hover()
      expect(await mark.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"in 5 statements"')
      await mark.click()
      await page.waitForURL(/\/formulas\/[0-9a-f]{12}$/)
      await page.getByRole('heading', { name: 'Concordance' }).waitFor()
      await screenshot(page, 'formula')
      expect(await seriousViolations(page)).toEqual([])
      await page.close()
    })
  })

  describe('an admin importing and correcting statements', () => {
    it('signs in with the printed link, previews files, corrects the metadata, and imports', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: app.baseUrl })
      const page = await context.newPage()
      await page.goto(`/login?token=${TEST_ADMIN_TOKEN}`)
      expect(await seriousViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.waitForURL('**/import')
      await page.locator('input[type=file]').setInputFiles([path.join(FIXTURES, 'tajikistan-2019-en.pdf'), path.join(FIXTURES, 'protected.pdf')])
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('heading', { name: 'What Tongwen found' }).waitFor()
      // what the importer found, before anything is saved
      const card = page.getByRole('group', { name: /Statement 1 · English/ })
      expect(await card.getByLabel('Date').inputValue()).toBe('2019-06-15')
      expect(await card.getByLabel('Place').inputValue()).toBe('Dushanbe')
      expect(await card.getByLabel(/Parties/).inputValue()).toBe('china, tajikistan')
      expect(await page.getByRole('alert').filter({ hasText: 'protected.pdf' }).textContent()).toContain('protected by a password')
      await screenshot(page, 'import-preview', true)
      expect(await seriousViolations(page)).toEqual([])
      await card.getByLabel('Title').fill('China–Tajikistan Joint Statement, 15 June 2019 (English text)')
      await page.getByRole('button', { name: 'Import 1 statement' }).click()
      const link = page.getByRole('link', { name: '2019-06-15-china-tajikistan-joint-statement-en' })
      await link.click()
      await page.getByRole('heading', { name: 'China–Tajikistan Joint Statement, 15 June 2019 (English text)' }).waitFor()
      // and later, from the statement's page: corrected, then deleted after a confirmation
      await page.getByText('Edit or delete this statement (admin)').click()
      await page.locator('input[name="place"]').fill('Dushanbe, Tajikistan')
      await page.getByRole('button', { name: 'Save changes' }).click()
      await page.waitForURL('**?edited=1')
      expect(await page.getByText('Dushanbe, Tajikistan').count()).toBeGreaterThan(0)
      await page.getByText('Edit or delete this statement (admin)').click()
      page.once('dialog', (dialog) => void dialog.dismiss())
      await page.getByRole('button', { name: 'Delete this statement' }).click()
      expect(page.url()).toContain('/statements/2019-06-15-china-tajikistan-joint-statement-en')
      page.once('dialog', (dialog) => void dialog.accept())
      await page.getByRole('button', { name: 'Delete this statement' }).click()
      await page.waitForURL(/\/\?deleted=/)
      expect((await page.goto('/statements/2019-06-15-china-tajikistan-joint-statement-en'))?.status()).toBe(404)
      await context.close()
    })

    it('shows a reader who is not signed in how to sign in, and no write controls', async () => {
      const page = await open('/import')
      expect(await page.getByRole('link', { name: 'Sign in as admin' }).count()).toBe(1)
      expect(await page.locator('input[type=file]').count()).toBe(0)
      await page.goto(`/statements/${KG}`)
      expect(await page.getByText('Edit or delete this statement').count()).toBe(0)
      await page.close()
    })
  })

  describe('a reader on a phone (390 px)', () => {
    let phone: BrowserContext
    beforeAll(async () => {
      phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, baseURL: app.baseUrl })
    })
    afterAll(async () => {
      await phone?.close()
    })

    for (const path of ['/', COMPARE, `/statements/${KG}`, '/formulas', '/map']) {
      it(`reads ${path} without scrolling sideways`, async () => {
        const page = await open(path, phone)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        // the map's grid may scroll inside its own box; the page itself may not
        expect(width).toBeLessThanOrEqual(390)
        await page.close()
      })
    }

    it('stacks A above B in each row of the comparison', async () => {
      const page = await open(`${COMPARE}#r17`, phone)
      const cells = page.locator('#r17 [role="cell"]')
      const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()]
      expect(b?.y ?? 0).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0) - 1)
      expect(a?.width ?? 0).toBeGreaterThan(300)
      await screenshot(page, 'compare-phone')
      await page.close()
    })
  })

  describe('accessibility (axe-core: no serious or critical violations)', () => {
    for (const path of ['/', `/statements/${KG}`, COMPARE, `${COMPARE}?view=changes`, '/map', '/formulas', `/search?q=${encodeURIComponent('一带一路')}`, '/import', '/login']) {
      it(`checks ${path}`, async () => {
        const page = await open(path)
        expect(await seriousViolations(page)).toEqual([])
        await page.close()
      })
    }
  })
})
