/**
 * The app in a real browser (Debian's Chromium through playwright-core),
 * served by the production build on 127.0.0.1: what a reader does, on a
 * laptop and on a phone, and an accessibility check with axe-core.
 * Screenshots of the key pages are saved in artifacts/screenshots.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, TEST_ADMIN_TOKEN, TEST_SIGN_IN_CODE, type AppServer } from '../helpers/app-server'
import path from 'node:path'
import { readFileSync } from 'node:fs'
import { chromiumAvailable, launchBrowser, openPage, screenshot, SCREENSHOT_DIR, seriousViolations } from '../helpers/browser'
import { createTempDatabase, type TempDatabase } from '../helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '../helpers/corpus'

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

  const open = (path: string, context = desktop): Promise<Page> => openPage(context, path)

  /** Where an element stands in the viewport. */
  const top = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top)

  /** Waits until the comparison's keys and buttons work (the page is hydrated). */
  const ready = (page: Page) => page.locator('.compare-bar[data-keys="on"]').waitFor()

  /**
   * What the difference navigation covers, from element boxes: every row of
   * the comparison (the part of it below the sticky bar, which is what a
   * reader sees) and every button and download link of the page, checked
   * against the navigation's box. Also where the navigation and its bar are.
   */
  const coverage = (page: Page) =>
    page.evaluate(() => {
      const box = (el: Element | null) => el?.getBoundingClientRect() ?? new DOMRect()
      const nav = box(document.querySelector('nav[aria-label="Differences"]'))
      const bar = box(document.querySelector('.compare-bar'))
      const rows = box(document.querySelector('#rows'))
      const meets = (r: { left: number; right: number; top: number; bottom: number }) =>
        r.bottom > r.top && r.left < nav.right && r.right > nav.left && r.top < nav.bottom && r.bottom > nav.top
      const covered: string[] = []
      for (const row of document.querySelectorAll('#rows [role="row"]')) {
        const r = row.getBoundingClientRect()
        if (meets({ left: r.left, right: r.right, top: Math.max(r.top, bar.bottom), bottom: r.bottom }))
          covered.push(row.id || (row.textContent ?? '').slice(0, 30))
      }
      for (const control of document.querySelectorAll('main button, main a[download]')) {
        if (control.closest('nav[aria-label="Differences"]')) continue
        // as for the rows, a row's control that has scrolled under the sticky bar is under the bar, not under its navigation
        const r = control.getBoundingClientRect()
        const top = control.closest('#rows') ? Math.max(r.top, bar.bottom) : r.top
        if (meets({ left: r.left, right: r.right, top, bottom: r.bottom })) covered.push((control.textContent ?? '').trim())
      }
      return {
        covered,
        nav: { top: nav.top, bottom: nav.bottom, left: nav.left, right: nav.right },
        bar: { top: bar.top, bottom: bar.bottom, left: bar.left, right: bar.right },
        rows: { left: rows.left, right: rows.right },
        viewport: { width: innerWidth, height: innerHeight },
      }
    })

  /** The navigation covers nothing, sits inside its bar, the bar spans the rows, and it is on screen. */
  async function expectNavigationClear(page: Page) {
    const seen = await coverage(page)
    expect(seen.covered).toEqual([])
    expect(seen.nav.top).toBeGreaterThanOrEqual(seen.bar.top - 0.5)
    expect(seen.nav.bottom).toBeLessThanOrEqual(seen.bar.bottom + 0.5)
    expect(seen.bar.left).toBeLessThanOrEqual(seen.rows.left + 1)
    expect(seen.bar.right).toBeGreaterThanOrEqual(seen.rows.right - 1)
    expect(seen.nav.right).toBeLessThanOrEqual(seen.viewport.width)
    // on screen whenever the rows are (on a phone's first screen the rows, and their bar, are further down)
    expect(seen.nav.top).toBeGreaterThanOrEqual(0)
    if (seen.bar.top < seen.viewport.height - (seen.bar.bottom - seen.bar.top))
      expect(seen.nav.bottom).toBeLessThanOrEqual(seen.viewport.height)
    return seen
  }

  describe('a reader on a laptop', () => {
    it('picks two statements on / and compares them; the changed words are marked', async () => {
      const page = await open('/')
      await screenshot(page, 'home')
      await page.getByLabel(`Compare as A: 中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明`).check()
      await page.getByLabel(`Compare as B: 中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明`).check()
      await page.getByRole('button', { name: 'Compare A with B' }).click()
      await page.waitForURL(`**${COMPARE}`)
      const added = page.locator('#rows ins', { hasText: /^和平$/ })
      await expect.poll(() => added.count()).toBe(1)
      expect(await added.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline')
      const removed = page.locator('#rows del', { hasText: '新疆维吾尔自治区' })
      expect(await removed.count()).toBe(1)
      // the rows' marks carry no class: the row's cell styles them, as the legend's
      expect(await removed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through')
      expect(await removed.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        await page.locator('del.diff-delete', { hasText: 'struck through' }).evaluate((el) => getComputedStyle(el).backgroundColor),
      )
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
      await expect.poll(() => page.locator('#rows ins', { hasText: /^和平$/ }).count()).toBe(1)
      await page.close()
    })

    it('ticks statements to collate on several pages of the list, and collates them all', async () => {
      const page = await open('/?perPage=3')
      const boxes = () => page.getByRole('checkbox', { name: /^Collate: / })
      await boxes().first().check()
      await page.waitForURL(/[?&]c=[a-z0-9-]+$/)
      const first = await boxes().first().getAttribute('value')
      await page.getByRole('link', { name: 'Next →' }).click()
      await page.waitForURL(`**/?page=2&perPage=3&c=${first}`)
      // the tick made on page 1 is shown, still ticked, above this page's list
      expect(await page.getByText('Picked on another page').count()).toBe(1)
      const here = page.locator('table').getByRole('checkbox', { name: /^Collate: / })
      await here.nth(0).check()
      await here.nth(1).check()
      await page.getByRole('button', { name: 'Collate selected' }).click()
      await page.waitForURL(/\/collate\?s=[^&]+$/)
      const slugs = new URL(page.url()).searchParams.get('s')?.split(',') ?? []
      expect(slugs).toHaveLength(3)
      expect(slugs).toContain(first)
      await page.getByRole('heading', { name: 'Collation of 3 statements' }).waitFor()
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
      await ready(page)
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
      for (const control of [
        'Swap A and B',
        'threshold',
        'granularity',
        'mask',
        'Apply',
        'Differences only',
        'CSV',
        'JSON',
        'Copy as Markdown',
        'Print',
      ])
        expect(reached).toContain(control)
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
      await page.getByRole('navigation', { name: 'Rows at a glance' }).getByRole('link', { name: 'r40:', exact: false }).click()
      await page.waitForFunction(() => location.hash === '#r40')
      await page.close()
    })

    it('keeps the section heading in view while its rows scroll', async () => {
      const page = await open(`${COMPARE}#r30`)
      // just under the bar of columns and navigation, which stays at the top
      const bar = await page.locator('.compare-bar').boundingBox()
      expect(bar?.y).toBe(0)
      const headings = page.locator('#rows [role="row"].compare-section')
      const stuck = await headings.evaluateAll(
        (rows, bottom) => rows.filter((row) => Math.abs(row.getBoundingClientRect().top - bottom) < 2).length,
        (bar?.y ?? 0) + (bar?.height ?? 0),
      )
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
      const [a, b] = await Promise.all([
        page.locator('#r17 [role="cell"]').nth(0).boundingBox(),
        page.locator('#r17 [role="cell"]').nth(1).boundingBox(),
      ])
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
      const cell = page.locator(`a[href="${COMPARE}"][data-cell]`)
      await cell.hover()
      await expect
        .poll(() => page.locator('[aria-live="polite"]').first().textContent())
        .toMatch(/2019-06-13 · Kyrgyzstan.*×.*2019-06-15 · Tajikistan.*42% shared wording/)
      // arrow keys move between cells
      await cell.focus()
      await page.keyboard.press('ArrowRight')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toMatch(/^\d+-\d+$/)
      await cell.click()
      await page.waitForURL(`**${COMPARE}`)
      await page.close()
    })

    it('keeps the difference navigation off the rows and the buttons, at the top, in the middle and at the end (issue 17)', async () => {
      const page = await open(COMPARE)
      await ready(page)
      await expectNavigationClear(page)
      for (let k = 0; k < 3; k++) {
        await page.getByRole('button', { name: 'Next' }).click()
        await expectNavigationClear(page)
      }
      // the lines' ends in B, where the floating panel used to sit
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2))
      await expectNavigationClear(page)
      await screenshot(page, 'compare-desktop-middle')
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await expectNavigationClear(page)
      await page.close()
    })

    it('jumps to a section from the outline, and reaches each statement in full (issue 17)', async () => {
      const page = await open(COMPARE)
      await ready(page)
      await page.getByText('Sections', { exact: false }).first().click()
      const outline = page.getByRole('navigation', { name: 'Sections' })
      expect(await outline.getByRole('link').count()).toBe(9)
      await screenshot(page, 'compare-outline')
      await outline.getByRole('link', { name: /^A: Section 3 \(三\)/ }).click()
      const hash = await page.evaluate(() => location.hash)
      expect(hash).toMatch(/^#s-r\d+$/)
      const heading = page.locator(hash)
      expect(await heading.textContent()).toContain('Section 3 (三)')
      expect(await top(page, hash)).toBeLessThan(200)
      expect(await top(page, hash)).toBeGreaterThanOrEqual(40)
      expect(await outline.isVisible()).toBe(false)
      await page.getByRole('link', { name: 'Read B in full' }).click()
      await page.waitForURL(`**/statements/${TJ}`)
      await page.close()
    })

    it('opens a shared link to a row the view folds at that row, unfolded, and says so (issue 17)', async () => {
      const full = await open(COMPARE)
      const id = (await full.locator('[data-status="identical"]').first().getAttribute('id')) ?? ''
      const n = Number(id.slice(1))
      await full.close()
      const page = await open(`${COMPARE}?view=changes&row=${n}#r${n}`)
      expect(await page.locator(`#r${n}`).getAttribute('data-status')).toBe('identical')
      expect(await page.locator(`#r${n}`).evaluate((el) => el.matches(':target'))).toBe(true)
      const rowTop = await top(page, `#r${n}`)
      expect(rowTop).toBeGreaterThanOrEqual(40)
      expect(rowTop).toBeLessThan(200)
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: `row ${n}` })
          .textContent(),
      ).toContain('Differences only')
      // (said in the row itself, where the link lands, not above the rows out of sight: a reader found it there)
      const note = page.locator(`#r${n}`).getByRole('status')
      expect(await note.textContent()).toContain('Differences only')
      const noteTop = await note.evaluate((el) => el.getBoundingClientRect().top)
      expect(noteTop).toBeGreaterThanOrEqual(40)
      expect(noteTop).toBeLessThan(page.viewportSize()?.height ?? 700)
      await screenshot(page, 'compare-folded-row-link')
      // without ?row= (an address typed by hand), the link lands on the fold that holds the row
      const bare = await open(`${COMPARE}?view=changes#r${n}`)
      expect(await bare.locator(`#r${n}`).evaluate((el) => el.matches(':target') && el.closest('.fold-row') !== null)).toBe(true)
      const foldTop = await bare.locator('.fold-row', { has: bare.locator(`#r${n}`) }).evaluate((el) => el.getBoundingClientRect().top)
      expect(foldTop).toBeGreaterThanOrEqual(40)
      expect(foldTop).toBeLessThan(200)
      await page.close()
      await bare.close()
    })

    it('marks formulas on demand, with a thin line the diff always wins over (issue 17)', async () => {
      const plain = await open(COMPARE)
      expect(await plain.locator('.formula-mark').count()).toBe(0)
      await plain.getByRole('link', { name: 'Mark formulas' }).click()
      await plain.waitForURL(`**${COMPARE}?formulas=1`)
      const lines = await plain.evaluate(() => {
        const marks = [...document.querySelectorAll('#rows .formula-mark')]
        const diffUnder = marks
          .flatMap((m) => [...m.querySelectorAll(':scope > ins, :scope > del, :scope > .diff-masked')])
          .filter((el) => getComputedStyle(el).borderBottomWidth !== '0px')
        const plainPart = marks.flatMap((m) => [...m.querySelectorAll(':scope > span:not(.diff-masked)')])[0]
        const style = plainPart ? getComputedStyle(plainPart) : null
        return { marks: marks.length, diffUnder: diffUnder.length, width: style?.borderBottomWidth, colour: style?.borderBottomColor }
      })
      expect(lines.marks).toBeGreaterThan(0)
      expect(lines.diffUnder).toBe(0)
      expect(lines.width).toBe('1px')
      // a line, not text: WCAG's 3:1 for graphics against the white page
      expect(contrast(lines.colour ?? '', 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3)
      await screenshot(plain, 'compare-formulas')
      await plain.close()
    })

    it('names each statement on the map by date and partner, and tells apart those of one day (issue 17)', async () => {
      const page = await open('/map')
      const labels = await page
        .locator('tbody th[scope="row"] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''))
      expect(labels).toHaveLength(8)
      expect(new Set(labels).size).toBe(8)
      for (const label of labels) expect(label).toMatch(/^\d+\. 2019-06-\d\d · \S/)
      expect(labels.filter((label) => label.includes('Russia'))).toEqual([
        expect.stringContaining('加强当代全球战略稳定'),
        expect.stringContaining('发展新时代全面战略'),
      ])
      expect(labels.filter((label) => label.includes('Speech'))).toEqual([
        expect.stringContaining('习近平, 莫斯科'),
        expect.stringContaining('习近平, 圣彼得堡'),
        expect.stringContaining('习近平, 比什凯克'),
        expect.stringContaining('习近平, 杜尚别'),
      ])
      // nothing cut short
      const cut = await page
        .locator('.map-label span')
        .evaluateAll((spans) => spans.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent))
      expect(cut).toEqual([])
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
      await page
        .getByRole('link', { name: /^Clause \d+$/ })
        .first()
        .click()
      await page.waitForURL(new RegExp(`/statements/${KG}#c\\d+$`))
      const target = await page.evaluate(() => document.querySelector(location.hash)?.textContent ?? '')
      expect(target).toContain('一带一路')
      // the clause is marked as a link loaded from outside marks it (walkthrough: a link followed in the app marked nothing)
      await expect
        .poll(() => page.evaluate(() => document.querySelector(location.hash)?.hasAttribute('data-hash-target') ?? false))
        .toBe(true)
      const background = await page.evaluate(() => getComputedStyle(document.querySelector(location.hash) as Element).backgroundColor)
      expect(background).toBe('rgb(255, 239, 158)')
      await page.close()
    })

    it('underlines formulas with "in N statements" on hover, linking to the concordance', async () => {
      const page = await open(`/statements/${KG}`)
      // the page reads as text until the reader asks for the underlines
      expect(await page.locator('a.formula-mark').count()).toBe(0)
      await page.getByRole('link', { name: 'Underline them' }).click()
      await page.waitForURL(`**/statements/${KG}?formulas=1`)
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

  describe('a reader following a formula through time', () => {
    it('reads the year-by-year chart with the keyboard, and its figures in a table', async () => {
      const page = await open(`/formulas?q=${encodeURIComponent('人类命运共同体')}`)
      await page.getByRole('link', { name: '人类命运共同体', exact: true }).click()
      await page.waitForURL(/\/formulas\/[0-9a-f]{12}$/)
      await page.getByRole('heading', { name: 'History' }).waitFor()
      // the chart is one stop in the tab order, after the latest use's link
      await page.getByRole('link', { name: '携手开创亚洲安全和发展新局面' }).first().focus()
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.closest('.recharts-wrapper') !== null)).toBe(true)
      await page.keyboard.press('ArrowRight')
      const tip = page.locator('.recharts-tooltip-wrapper')
      await expect.poll(() => tip.textContent()).toBe('2019: 6 of the year’s 8 statements (75%), 8 uses')
      // said aloud as well: the year is in a live region
      expect(await tip.getByRole('status').textContent()).toBe('2019: 6 of the year’s 8 statements (75%), 8 uses')
      // the same figures, as a table
      const row = page.getByRole('row', { name: /^2019/ })
      expect((await row.textContent())?.replace(/\s+/g, ' ')).toBe('20196875%8')
      await screenshot(page, 'formula-history')
      expect(await seriousViolations(page)).toEqual([])
      await page.close()
    })
  })

  describe('an admin importing and correcting statements', () => {
    /** A desktop browser signed in with the admin token by the form, on the import page. */
    async function importSignedIn(): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: app.baseUrl })
      const page = await context.newPage()
      await page.goto('/login?next=%2Fimport')
      await page.getByLabel('Admin token').fill(TEST_ADMIN_TOKEN)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.waitForURL('**/import')
      return { context, page }
    }

    it('signs in with the printed link, previews files, corrects the metadata, and imports', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: app.baseUrl })
      const page = await context.newPage()
      // the link npm start prints signs in at once, and leaves no code in the address (issue 17)
      await page.goto(`/login/${TEST_SIGN_IN_CODE}`)
      await page.waitForURL('**/import')
      const session = page.getByRole('group', { name: 'Admin session' })
      expect(await session.textContent()).toContain('Signed in as admin')
      await screenshot(page, 'signed-in')
      await page
        .locator('input[type=file]')
        .setInputFiles([path.join(FIXTURES, 'tajikistan-2019-en.pdf'), path.join(FIXTURES, 'protected.pdf')])
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
      // a cleared title is said on its card, and the import waits for one (walkthrough: a 422 above the results)
      await card.getByLabel('Title').fill('')
      expect(await card.textContent()).toContain('Type a title: a statement needs one')
      expect(await page.getByRole('button', { name: 'Import 1 statement' }).isDisabled()).toBe(true)
      await card.getByLabel('Title').fill('China–Tajikistan Joint Statement, 15 June 2019 (English text)')
      // a retyped title is read again on import, for the fields the reader left as they were
      expect(await card.textContent()).toContain(
        'The kind, and the parties if it names them, will be read again from the new title when you import',
      )
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
      // signed in on every page, until signing out from the header
      await page.goto('/map')
      await page.getByRole('group', { name: 'Admin session' }).getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL('**/login?signedOut=1')
      expect(await page.getByRole('status').textContent()).toContain('You have signed out')
      expect(await page.getByRole('group', { name: 'Admin session' }).count()).toBe(0)
      await page.goto('/import')
      expect(await page.getByRole('link', { name: 'Sign in as admin' }).count()).toBe(1)
      expect(await page.locator('input[type=file]').count()).toBe(0)
      await context.close()
    })

    it('signs in once per link: opened again in another browser, it leads to the form, which says why', async () => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        baseURL: app.baseUrl,
      })
      const page = await context.newPage()
      await page.goto(`/login/${TEST_SIGN_IN_CODE}`)
      await page.waitForURL('**/login?error=link&next=%2Fimport')
      expect(await page.getByRole('alert').filter({ hasText: 'sign-in link' }).textContent()).toContain('used already')
      expect(await page.getByRole('group', { name: 'Admin session' }).count()).toBe(0)
      expect(await seriousViolations(page)).toEqual([])
      // the token still signs in by the form
      await page.getByLabel('Admin token').fill(TEST_ADMIN_TOKEN)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.waitForURL('**/import')
      expect(await page.getByRole('group', { name: 'Admin session' }).textContent()).toContain('Signed in as admin')
      await screenshot(page, 'signed-in-phone')
      await context.close()
    })

    it('takes the second of two copies in an upload when the first is left out, and leaves it out again when the first is taken', async () => {
      const { context, page } = await importSignedIn()
      const bytes = readFileSync(path.join(FIXTURES, 'tajikistan-2019-en.pdf'))
      await page.locator('input[type=file]').setInputFiles([
        { name: 'release.pdf', mimeType: 'application/pdf', buffer: bytes },
        { name: 'copy.pdf', mimeType: 'application/pdf', buffer: bytes },
      ])
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('heading', { name: 'What Tongwen found' }).waitFor()
      const [first, second] = [0, 1].map((f) => page.getByRole('group', { name: /^Statement 1 · English/ }).nth(f))
      const box = (card: NonNullable<typeof first>) => card.getByRole('checkbox', { name: 'Do not import this statement' })
      // the copy starts left out
      expect(await box(second!).isChecked()).toBe(true)
      await page.getByRole('button', { name: 'Import 1 statement' }).waitFor()
      // leaving the first out takes the copy in its place, and says so
      await box(first!).check()
      expect(await box(second!).isChecked()).toBe(false)
      expect(await second!.textContent()).toContain('That statement is left out, so this copy is imported in its place.')
      expect(await page.getByRole('button', { name: 'Import 1 statement' }).count()).toBe(1)
      // and taking the first back leaves the copy out again
      await box(first!).uncheck()
      expect(await box(second!).isChecked()).toBe(true)
      expect(await second!.textContent()).toContain('Importing both makes two copies')
      await context.close()
    })

    it('says a statement printed in Spanish was read as English, and marks its text as Spanish', async () => {
      const { context, page } = await importSignedIn()
      // (the Los Angeles Declaration on Migration and Protection as the White House printed it in Spanish, 10 June 2022)
      const spanish = [
        'Declaración sobre Migración y Protección de Los Ángeles',
        '',
        'Nosotros, los Jefes de Estado y de Gobierno de la República Argentina, Barbados, Belice y la República de Chile, reunidos en Los Ángeles en los márgenes de la Novena Cumbre de las Américas, reiteramos nuestra voluntad de fortalecer los esfuerzos nacionales, regionales y hemisféricos.',
        '',
        'La migración debería ser una elección voluntaria e informada, y no una necesidad.',
      ].join('\n')
      await page
        .locator('input[type=file]')
        .setInputFiles([{ name: 'declaracion.txt', mimeType: 'text/plain', buffer: Buffer.from(spanish) }])
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('heading', { name: 'What Tongwen found' }).waitFor()
      const card = page.getByRole('group', { name: /^Statement 1 · Spanish, read as English ·/ })
      expect(await card.textContent()).toContain('the text is in Spanish, not English')
      // its opening is marked as Spanish, for a screen reader's voice and the browser's hyphenation
      expect(await card.locator('p[lang="es"]').first().textContent()).toContain('Nosotros, los Jefes de Estado')
      await screenshot(page, 'import-spanish', true)
      await page.setViewportSize({ width: 390, height: 844 })
      await screenshot(page, 'import-spanish-phone', true)
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
      phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        baseURL: app.baseUrl,
      })
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

    it('fits a formula’s table of parties in the phone’s width: its dates wrap at the dash (review)', async () => {
      const page = await open('/formulas', phone)
      const href = await page.locator('a[href^="/formulas/"]').first().getAttribute('href')
      await page.goto(href as string)
      const table = page.locator('table:has(caption:text("By party"))')
      const [scroll, box] = await table.evaluate((el) => [el.scrollWidth, (el.parentElement as HTMLElement).clientWidth])
      expect(scroll).toBeLessThanOrEqual(box)
      await page.close()
    })

    it('keeps the difference navigation off the rows and off the export buttons (issue 17)', async () => {
      const page = await open(COMPARE, phone)
      await ready(page)
      await expectNavigationClear(page)
      for (const name of ['Copy as Markdown', 'Print']) expect(await page.getByRole('button', { name }).isVisible()).toBe(true)
      await screenshot(page, 'compare-phone-top')
      await page.getByRole('button', { name: 'Next' }).tap()
      await page.waitForFunction(() => location.hash === '#r1')
      await expectNavigationClear(page)
      await page.getByRole('button', { name: 'Next' }).tap()
      await page.waitForFunction(() => location.hash === '#r2')
      await expectNavigationClear(page)
      expect(await top(page, '#r2')).toBeLessThan(200)
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2))
      await expectNavigationClear(page)
      await screenshot(page, 'compare-phone-middle')
      await page.close()
    })

    it('lays out the statement page’s compare form in one column, each control wide enough (issue 17)', async () => {
      const page = await open(`/statements/${KG}`, phone)
      const form = await page.evaluate(() => {
        const label = document.querySelector('label[for="compare-with"]') as HTMLElement
        const lineHeight = parseFloat(getComputedStyle(label).lineHeight) || 20
        const width = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().width ?? 0
        const right = Math.max(...[...document.querySelectorAll('header form *')].map((el) => el.getBoundingClientRect().right))
        return {
          labelLines: Math.round(label.getBoundingClientRect().height / lineHeight),
          select: width('#compare-with'),
          search: width('#find-statement'),
          right,
        }
      })
      expect(form.labelLines).toBe(1)
      expect(form.select).toBeGreaterThan(200)
      expect(form.search).toBeGreaterThan(200)
      expect(form.right).toBeLessThanOrEqual(390)
      await page.locator('#find-statement').scrollIntoViewIfNeeded()
      await screenshot(page, 'statement-phone')
      await page.locator('#find-statement').fill('russia')
      await page.getByRole('button', { name: 'Find' }).tap()
      await page.waitForURL(/\/\?/)
      expect(page.url()).toContain('q=russia')
      await page.close()
    })

    it('names the statements of the map in a key, fits the legend, and opens a pair with two taps (issue 17)', async () => {
      const page = await open('/map', phone)
      const key = page.getByRole('list', { name: 'Statements on the map' })
      expect(await key.isVisible()).toBe(true)
      expect(await key.getByRole('listitem').count()).toBe(8)
      expect(await key.textContent()).toContain('2019-06-13 · Kyrgyzstan')
      const legend = await page.locator('.map-legend').boundingBox()
      expect((legend?.x ?? 0) + (legend?.width ?? 999)).toBeLessThanOrEqual(390)
      const cell = page.locator(`a[href="${COMPARE}"][data-cell]`)
      await cell.scrollIntoViewIfNeeded()
      await cell.tap()
      // the first tap names the pair, and stays on the map
      const live = page.locator('[aria-live="polite"]').first()
      await expect.poll(() => live.textContent()).toMatch(/Kyrgyzstan.*×.*Tajikistan.*42% shared wording/)
      expect(new URL(page.url()).pathname).toBe('/map')
      await screenshot(page, 'map-phone', true)
      await cell.tap()
      await page.waitForURL(`**${COMPARE}`)
      await page.close()
    })

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
    for (const path of [
      '/',
      `/statements/${KG}`,
      COMPARE,
      `${COMPARE}?view=changes`,
      `${COMPARE}?view=changed&formulas=1`,
      '/map',
      '/formulas',
      `/search?q=${encodeURIComponent('一带一路')}`,
      '/import',
      '/login',
    ]) {
      it(`checks ${path}`, async () => {
        const page = await open(path)
        expect(await seriousViolations(page)).toEqual([])
        await page.close()
      })
    }
  })
})

/** WCAG contrast ratio of two CSS colours given as rgb(r, g, b). */
function contrast(x: string, y: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
  }
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}
