/**
 * The pages as a browser receives them from the production server: status
 * codes, the highlighted comparison, anchors and link previews.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawnMarkup, startAppServer, type AppServer } from '../helpers/app-server'
import { createTempDatabase, type TempDatabase } from '../helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '../helpers/corpus'
import { get as httpGet } from 'node:http'

let temp: TempDatabase
let app: AppServer

beforeAll(async () => {
  temp = await createTempDatabase()
  app = await startAppServer(temp.url)
})
afterAll(async () => {
  await app?.stop()
  await temp?.cleanup()
})

async function get(path: string) {
  const response = await fetch(app.baseUrl + path, { redirect: 'manual' })
  return { status: response.status, location: response.headers.get('location'), html: await response.text() }
}

/**
 * A 404 drawn on the server, with its own heading and tab title and `words`
 * in its text, not indexed: what a reader without script, a link preview or a
 * crawler gets (a notFound() in a page only sends it as script data).
 */
async function expectDrawn404(path: string, heading: string, words: string) {
  const { status, html } = await get(path)
  expect(status).toBe(404)
  const drawn = drawnMarkup(html)
  expect(drawn).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`))
  expect(drawn).toContain(`<title>${heading} · Tongwen 同文</title>`)
  expect(drawn).toMatch(/<meta name="robots" content="noindex"\/?>/)
  expect(text(drawn)).toContain(words)
  // the site's main navigation, whichever draws the page (the proxy or Next): its links inside the nav
  const nav = /<nav[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(drawn)?.[1] ?? ''
  expect(nav).toContain('href="/formulas"')
  expect(nav).toContain('href="/search"')
}

describe('/', () => {
  it('lists the eight statements with their metadata and a picker for A and B', async () => {
    const { status, html } = await get('/')
    expect(status).toBe(200)
    expect(html).toContain('中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明')
    expect(html.match(/name="a"/g)).toHaveLength(8)
    expect(html.match(/name="b"/g)).toHaveLength(8)
    expect(html).toContain(`href="/compare/${KG}/${TJ}"`)
    expect(text(html)).toContain('Showing 1–8 of 8 statements')
    expect(html).not.toContain('aria-label="Pages of the list"')
  })

  it('shows one page at a time, with links to the others that keep the filter', async () => {
    const first = await get('/?perPage=3')
    expect(first.html.match(/name="a"/g)).toHaveLength(3)
    expect(text(first.html)).toContain('Showing 1–3 of 8 statements')
    expect(text(first.html)).toContain('Page 1 of 3')
    expect(first.html).toContain('href="/?page=2&amp;perPage=3"')
    const second = await get('/?page=2&perPage=3')
    expect(text(second.html)).toContain('Showing 4–6 of 8 statements')
    expect(second.html).toContain(`aria-label="Compare as A: 中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明"`)
    expect(second.html).not.toContain('aria-label="Compare as A: 中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明"')
  })

  it('filters by title, kind, party, year and language, and the form shows the filter', async () => {
    const speeches = await get('/?kind=speech&year=2019')
    expect(speeches.html.match(/name="a"/g)).toHaveLength(4)
    expect(text(speeches.html)).toContain('Showing 1–4 of 4 statements')
    expect(speeches.html).toContain('<option value="speech" selected="">Speech</option>')
    const tajikistan = await get(`/?q=${encodeURIComponent('伙伴关系')}&party=tajikistan&language=zh`)
    expect(text(tajikistan.html)).toContain('Showing 1–1 of 1 statement')
    expect(tajikistan.html).toContain(`value="${TJ}"`)
    expect(text((await get('/?language=en')).html)).toContain('No statement matches these filters.')
  })

  it('keeps a statement picked on another page of the list, still chosen', async () => {
    const { html } = await get(`/?perPage=3&a=${TJ}`)
    expect(text(html)).toContain('Picked on another page')
    const pick = (html.match(/<input [^>]*>/g) ?? []).filter(
      (tag) => tag.includes('type="radio"') && tag.includes('name="a"') && tag.includes(`value="${TJ}"`),
    )
    expect(pick.map((tag) => tag.includes('checked=""'))).toEqual([true])
    expect(html).toContain(`href="/?page=2&amp;perPage=3&amp;a=${TJ}"`)
  })

  it('says so when a pick in the URL names no statement, and takes it out of the URL, rather than dropping it in silence (review)', async () => {
    // the page goes where the pick is left out, and says why there
    const first = await get(`/?perPage=3&a=no-such-statement&b=${TJ}`)
    expect(first.status).toBe(307)
    expect(first.location).toBe(`/?perPage=3&b=${TJ}&unknown=no-such-statement`)
    const page = (await get(first.location as string)).html
    // (text() leaves entities as they are: a quote is &quot;)
    expect(text(page)).toContain('No statement with the slug &quot;no-such-statement&quot;. It is not picked.')
    // no link carries it on and no input holds it, while the real pick stays
    expect(page).not.toMatch(/(href|value)="[^"]*no-such-statement/)
    expect(page).toContain(`href="/?page=2&amp;perPage=3&amp;b=${TJ}"`)
    const two = await get('/?perPage=3&a=gone-one&c=gone-two,gone-one')
    expect(two.location).toBe('/?perPage=3&unknown=gone-one%2Cgone-two')
    expect(text((await get(two.location as string)).html)).toContain(
      'No statement with the slug &quot;gone-one&quot; or &quot;gone-two&quot;. They are not picked.',
    )
    expect(text((await get(`/?perPage=3&a=${TJ}`)).html)).not.toContain('No statement with the slug')
  })

  it('keeps the statements ticked to collate on other pages of the list, still ticked, and on this one', async () => {
    const { html } = await get(`/?perPage=3&c=${TJ},${KG}`)
    const boxes = (html.match(/<input [^>]*>/g) ?? []).filter((tag) => tag.includes('type="checkbox"') && tag.includes('name="s"'))
    const checked = boxes.filter((tag) => tag.includes('checked=""')).map((tag) => /value="([^"]+)"/.exec(tag)?.[1])
    expect(checked.sort()).toEqual([KG, TJ].sort())
    expect(text(html)).toContain('Picked on another page')
    expect(html).toContain(`href="/?page=2&amp;perPage=3&amp;c=${TJ}%2C${KG}"`)
  })

  it('answers bad paging with a 400 page, shows the last page for one past it, and tidies an empty form', async () => {
    for (const [query, message] of [
      ['?page=abc', 'Invalid page: use a page number, 1 or more.'],
      ['?perPage=100000', 'Invalid perPage: use a whole number from 1 to 200.'],
      ['?kind=novel', 'Invalid kind: use one of joint-statement, joint-declaration, communique, statement, fact-sheet, speech.'],
    ]) {
      const bad = await get(`/${query}`)
      expect(bad.status).toBe(400)
      expect(bad.html).toContain(message)
      expect(bad.html).not.toMatch(/at .*\.(js|ts):\d+/)
    }
    // a party code no party has, and a column the collation does not have (walkthrough: an empty list, the third column, silently)
    for (const [path, message] of <[string, string][]>[
      ['/?party=narnia', 'Invalid party: no party has the code “narnia”'],
      [`/search?q=${encodeURIComponent('和平')}&party=narnia`, 'Invalid party: no party has the code “narnia”'],
      ['/map?party=narnia', 'Invalid party: no party has the code “narnia”'],
      ['/collate?s=a,b,c&focus=9', 'Invalid focus: use a statement&#39;s number, 1 to 3.'],
    ]) {
      const bad = await get(path)
      expect(bad.status, path).toBe(400)
      expect(bad.html, path).toContain(message)
    }
    for (const path of ['/api/statements?party=narnia', `/api/search?q=${encodeURIComponent('和平')}&party=narnia`]) {
      const api = await fetch(app.baseUrl + path)
      expect(api.status, path).toBe(400)
      expect(await api.json(), path).toEqual({ error: expect.stringContaining('no party has the code “narnia”') })
    }
    // the list's 400 links once to the whole list (it had "Show all statements · All statements", both to /)
    const listRefusal = (await get('/?party=narnia')).html
    expect(listRefusal).toContain('>Show all statements</a>')
    expect(listRefusal).not.toContain('>All statements</a>')
    // a party the gazetteer knows that no statement has is an empty list, truly
    expect((await get('/?party=kazakhstan')).status).toBe(200)
    const past = await get('/?page=99999&perPage=3')
    expect(past.status).toBe(200)
    expect(text(past.html)).toContain('Showing 7–8 of 8 statements')
    expect(text(past.html)).toContain('Page 3 of 3')
    const empty = await get('/?q=&kind=&party=&year=&language=')
    expect(empty.status).toBe(308)
    expect(empty.location).toMatch(/^(http:\/\/[^/]+)?\/$/)
  })

  it('says which statement was deleted when a deletion lands here', async () => {
    const { status, html } = await get('/?deleted=2019-06-15-china-tajikistan-joint-statement-en')
    expect(status).toBe(200)
    expect(text(html)).toContain('The statement 2019-06-15-china-tajikistan-joint-statement-en was deleted.')
  })

  it('sends the picker’s choice to the comparison URL', async () => {
    const { status, location } = await get(`/compare?a=${KG}&b=${TJ}`)
    expect(status).toBe(307)
    expect(location).toBe(`/compare/${KG}/${TJ}`)
    // one pick alone leads back to the list with it kept (walkthrough: it was lost)
    const one = await get(`/compare?a=${KG}`)
    expect(one.status).toBe(200)
    expect(text(drawnMarkup(one.html))).toContain('Only A is picked: pick B as well in the list')
    expect(drawnMarkup(one.html)).toContain(`href="/?a=${KG}"`)
  })
})

describe('any other address', () => {
  it('is a 404 page that does not pretend to be about a statement', async () => {
    // its tab says so too, not the home page's title (issue 17)
    await expectDrawn404('/no/such/page', 'Page not found', 'Nothing lives at this address')
    expect(drawnMarkup((await get('/no/such/page')).html)).toContain('aria-label="Main"')
  })

  it('has an icon', async () => {
    expect((await get('/icon.svg')).status).toBe(200)
  })

  it('sends /statements, which the menu suggests, to the list with its filters', async () => {
    const { status, location } = await get('/statements?kind=speech&year=2019')
    expect(status).toBe(307)
    expect(location).toBe('/?kind=speech&year=2019')
  })
})

describe('/statements/[slug]', () => {
  it('shows the statement by section with an anchor on every clause', async () => {
    const { status, html } = await get(`/statements/${KG}`)
    expect(status).toBe(200)
    expect(html).toContain('id="c1"')
    expect(html).toContain('id="c65"')
    expect(html).toContain('吉方反对任何形式的“台湾独立”')
  })

  it('offers the statements nearest in date to compare with, its kind first, and a search for any other', async () => {
    const { html } = await get(`/statements/${KG}`)
    const picker = html.match(/<select [^>]*name="b"[\s\S]*?<\/select>/)?.[0] ?? ''
    expect(picker.match(/<optgroup label="[^"]+"/g)).toEqual([
      '<optgroup label="Joint statement, nearest in date"',
      '<optgroup label="Other kinds, nearest in date"',
    ])
    expect(picker.match(/<option /g)).toHaveLength(7)
    expect(picker).toContain(`<option value="${TJ}" selected="">`)
    const search = html.match(/<form [^>]*role="search"[^>]*>[\s\S]*?<\/form>/)?.[0] ?? ''
    expect(search).toMatch(/^<form [^>]*action="\/"/)
    expect(search).toContain('<input type="hidden" name="language" value="zh"/>')
    expect(search).toContain(`<input type="hidden" name="a" value="${KG}"/>`)
    expect(search).toMatch(/<input [^>]*type="search"[^>]*name="q"/)
  })

  it('is a 404 page for an unknown slug, drawn on the server', async () => {
    await expectDrawn404('/statements/no-such-statement', 'Statement not found', 'No statement has this address')
    await expectDrawn404('/statements/no-such-statement?part=2', 'Statement not found', 'No statement has this address')
    // asked again, it is looked up again: a 404 is never kept for the next reader, nor by an intermediary
    const again = await fetch(`${app.baseUrl}/statements/no-such-statement`)
    expect([again.status, again.headers.get('cache-control')]).toEqual([404, 'no-store'])
    // a HEAD gets the same status
    expect((await fetch(`${app.baseUrl}/statements/no-such-statement`, { method: 'HEAD' })).status).toBe(404)
  })

  it('reads a repeated part by its first value, as the page does', async () => {
    expect((await get(`/statements/${KG}?part=1&part=999`)).status).toBe(200)
    await expectDrawn404(`/statements/${KG}?part=999&part=1`, 'Part not found', 'This statement is read in fewer parts')
  })
})

describe('/compare/[a]/[b]', () => {
  it('shows the two statements side by side with the differences marked', async () => {
    const { status, html } = await get(`/compare/${KG}/${TJ}`)
    expect(status).toBe(200)
    expect(html).toContain('<ins>和平</ins>')
    expect(html).toContain('<del>新疆维吾尔自治区</del>')
    expect(html).toMatch(/<span class="diff-masked"[^>]*>吉<\/span>/)
    expect(html).toContain('id="r1"')
    expect(html).toContain('href="#r1"')
    // the bar steps through a moved row at both of its places, and says so beside its count (walkthrough: 184 differences in 176 rows)
    const count = /(\d+) differences<\/span><span class="text-xs">(\d+) moved rows? counted in A and in B</.exec(html)
    expect(Number(count?.[2])).toBeGreaterThan(0)
  })

  it('carries its rows as HTML and as compact data, not as the markup again, and is sent compressed (issue 14)', async () => {
    const { html } = await get(`/compare/${KG}/${TJ}`)
    const payload = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]).join('')
    // a row's markup is in the HTML only: the payload has the rows' data (pieces, numbers), not their elements
    expect(html).toContain('class="compare-row"')
    expect(payload).not.toContain('compare-row')
    expect(payload).not.toContain('row-clause-ref')
    const response = await fetch(`${app.baseUrl}/compare/${KG}/${TJ}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    await response.arrayBuffer()
  })

  it('shows a moved clause at its place on each side, each linking to the other, and says why', async () => {
    const { html } = await get(`/compare/${KG}/${TJ}`)
    const moved = /id="r(\d+)"[^>]*>(?:(?!id="r\d).)*?go to its place/s.exec(html)
    expect(moved).not.toBeNull()
    const index = moved?.[1]
    expect(html).toContain(`id="r${index}-b"`)
    expect(html).toContain(`href="#r${index}-b"`)
    expect(html).toContain(`href="#r${index}"`)
    expect(html).toContain('Moved: ')
    expect(html).toContain('each is the other&#x27;s best match in the whole statement')
  })

  it('quotes the comparison’s own first partner’s name in the legend of the dotted names', async () => {
    const legend = (html: string) =>
      /dotted<\/span>: a partner’s name, counted as the same as the other statement’s \(([\s\S]*?)\) ·/.exec(html)?.[1]
    const names = text(legend((await get(`/compare/${KG}/${TJ}`)).html) ?? '')
    expect(names).toMatch(/^\S*吉尔吉斯\S* \/ \S*塔吉克斯坦\S*$/)
    // swapped, the names swap
    expect(text(legend((await get(`/compare/${TJ}/${KG}`)).html) ?? '')).toBe(names.split(' / ').reverse().join(' / '))
  })

  it('previews well when the link is pasted: a title and Open Graph tags that say what it compares', async () => {
    const { html } = await get(`/compare/${KG}/${TJ}`)
    expect(html).toMatch(/<title>China–Kyrgyzstan vs China–Tajikistan \(2019\): 42% shared wording · Tongwen 同文<\/title>/)
    expect(html).toMatch(/<meta property="og:title" content="China–Kyrgyzstan vs China–Tajikistan \(2019\): 42% shared wording"/)
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/127\.0\.0\.1:\d+\/compare\/[^"]+\/image"/)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
  })

  it('previews a row link with that row: ?row=17 names the row and its clauses', async () => {
    const { html } = await get(`/compare/${KG}/${TJ}?row=17`)
    expect(html).toContain('<meta property="og:title" content="Row 17 of China–Kyrgyzstan vs China–Tajikistan (2019): changed"/>')
    expect(html).toMatch(
      /<meta property="og:description" content="A: 吉方反对任何形式的“台湾独立”.*实现国家统一.* \/ B: 塔方反对任何形式的“台湾独立”.*实现国家和平统一/,
    )
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/127\.0\.0\.1:\d+\/compare\/[^"]+\/image\?row=17"/)
  })

  it('draws the preview image: a PNG of 1200 × 630', async () => {
    for (const query of ['', '?row=17']) {
      const response = await fetch(`${app.baseUrl}/compare/${KG}/${TJ}/image${query}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      const png = Buffer.from(await response.arrayBuffer())
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
      // drawn once: the same image again, and a validator for a reader's cache
      const etag = response.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+-(all|17)"$/)
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400')
      const again = await fetch(`${app.baseUrl}/compare/${KG}/${TJ}/image${query}`)
      expect(Buffer.from(await again.arrayBuffer()).equals(png)).toBe(true)
      const unchanged = await fetch(`${app.baseUrl}/compare/${KG}/${TJ}/image${query}`, { headers: { 'if-none-match': etag as string } })
      expect(unchanged.status).toBe(304)
    }
    // a row the comparison lacks, asked for by hand: not found, said in one line
    const missing = await fetch(`${app.baseUrl}/compare/${KG}/${TJ}/image?row=999`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: expect.stringMatching(/^No row 999: this comparison has \d+ rows\.$/) })
  })

  it('says on the page when a row link points past the comparison’s last row (walkthrough: ?row=999 said nothing)', async () => {
    const { status, html } = await get(`/compare/${KG}/${TJ}?row=999`)
    expect(status).toBe(200)
    expect(text(drawnMarkup(html))).toMatch(/This link points to row 999, but this comparison has \d+ rows/)
    expect(text(drawnMarkup((await get(`/compare/${KG}/${TJ}?row=17`)).html))).not.toContain('This link points to row')
  })

  it('answers an address that is not valid percent-encoding with a 400 that says so, a page or JSON (walkthrough: a bare 500)', async () => {
    // in the query too (walkthrough: /search?q=%E0%A4%A searched for a replacement character and "%A")
    for (const path of ['/statements/%E0%A4%A', `/compare/%ZZ/${TJ}`, '/formulas/%ZZ', '/search?q=%E0%A4%A']) {
      const { status, html } = await get(path)
      expect(status, path).toBe(400)
      expect(html, path).toContain('not valid percent-encoding')
    }
    for (const path of ['/api/statements/%E0%A4%A', '/api/search?q=%E0%A4%A']) {
      const api = await fetch(`${app.baseUrl}${path}`)
      expect(api.status, path).toBe(400)
      expect(await api.json()).toEqual({ error: expect.stringContaining('not valid percent-encoding') })
    }
    // a + and a valid escape are read as before
    expect((await get('/search?q=%E4%B8%80%E5%B8%A6+%E4%B8%80%E8%B7%AF')).status).toBe(200)
    // a valid address under /api is the API's own to answer
    expect((await fetch(`${app.baseUrl}/api/statements/${KG}`)).status).toBe(200)
  })

  it('folds the identical rows in the differences-only view', async () => {
    const all = await get(`/compare/${KG}/${TJ}`)
    const changes = await get(`/compare/${KG}/${TJ}?view=changes`)
    const count = (html: string, status: string) => (html.match(new RegExp(`data-status="${status}"`, 'g')) ?? []).length
    expect(count(all.html, 'identical')).toBe(3)
    expect(count(changes.html, 'identical')).toBe(0)
    expect(count(changes.html, 'changed')).toBe(count(all.html, 'changed'))
    expect(text(changes.html)).toMatch(/1 identical row folded · show it/)
  })

  it('hides the rows with no counterpart, or shows only the changed pairs, in the URL (issue 17)', async () => {
    const count = (html: string, status: string) => (html.match(new RegExp(`data-status="${status}"`, 'g')) ?? []).length
    const all = await get(`/compare/${KG}/${TJ}`)
    const paired = await get(`/compare/${KG}/${TJ}?view=paired`)
    expect(count(paired.html, 'a-only') + count(paired.html, 'b-only')).toBe(0)
    expect(count(paired.html, 'identical')).toBe(count(all.html, 'identical'))
    expect(count(paired.html, 'changed')).toBe(count(all.html, 'changed'))
    expect(text(paired.html)).toMatch(/\d+ rows? only in [AB] folded · show (it|them)/)
    const changed = await get(`/compare/${KG}/${TJ}?view=changed`)
    expect(count(changed.html, 'identical') + count(changed.html, 'a-only') + count(changed.html, 'b-only')).toBe(0)
    expect(count(changed.html, 'changed')).toBe(count(all.html, 'changed'))
    expect(changed.html).toMatch(/<a [^>]*aria-current="page"[^>]*>Changed pairs only<\/a>/)
    // the options form keeps the view
    expect(changed.html).toContain('<input type="hidden" name="view" value="changed"/>')
    expect((await get(`/compare/${KG}/${TJ}?view=odd`)).status).toBe(400)
  })

  it('marks the pairs below the sure bar unsure, says how many, and shows them alone in the unsure view (issue 12)', async () => {
    const all = await get(`/compare/${KG}/${TJ}`)
    const marked = (all.html.match(/data-unsure=""/g) ?? []).length
    // a moved row is drawn twice, at its place in A (#r9) and in B (#r9-b): the summary counts it once
    const pairs = (all.html.match(/id="r\d+"[^>]*data-unsure=""/g) ?? []).length
    expect(pairs).toBeGreaterThan(0)
    expect(text(all.html)).toContain(`${pairs} pairs unsure`)
    expect(text(all.html)).toContain(
      'dotted amber line, “? unsure”: a pair less than 25% alike (the bar for Chinese statements), or less than 20% when each of its clauses has 46 characters or more: in comparisons checked by hand, pairs at or above these bars were right 95 times in 100 or more',
    )
    const unsure = await get(`/compare/${KG}/${TJ}?view=unsure`)
    expect(unsure.status).toBe(200)
    expect((unsure.html.match(/data-unsure=""/g) ?? []).length).toBe(marked)
    // every row the view shows is an unsure one; the rest are folded
    expect((unsure.html.match(/role="row" id="r\d+(-b)?"/g) ?? []).length).toBe(
      (unsure.html.match(/role="row" id="r\d+(-b)?"[^>]*data-unsure=""/g) ?? []).length,
    )
    expect(unsure.html).toMatch(/<a [^>]*aria-current="page"[^>]*>Unsure or left apart<\/a>/)
    // a shared link to an unsure row says so in its preview
    const first = /id="r(\d+)"[^>]*data-unsure=""/.exec(all.html)?.[1]
    const row = await get(`/compare/${KG}/${TJ}?row=${first}`)
    expect(row.html).toMatch(new RegExp(`<meta property="og:title" content="Row ${first} of [^"]*\\(unsure\\)"`))
    // a comparison with no unsure pair (pairing nothing under 50%) says so in the unsure view, rather than folding everything silently
    const none = await get(`/compare/${KG}/${TJ}?threshold=0.5&view=unsure`)
    expect(none.status).toBe(200)
    expect(text(none.html)).toContain('No pair of this comparison is unsure')
    // a statement beside itself is no comparison: a 422 that says so, as the API answers it
    const itself = await get(`/compare/${KG}/${KG}`)
    expect(itself.status).toBe(422)
    expect(text(itself.html)).toContain('A and B are the same statement: there is nothing to set side by side.')
    // its way out fits the reason (it had read "Choose two statements in the same language")
    expect(itself.html).toContain('>Choose two other statements to compare</a>')
    const api = await fetch(`${app.baseUrl}/api/compare/${KG}/${KG}`)
    expect(api.status).toBe(422)
    expect(await api.json()).toEqual({ error: expect.stringMatching(/^A and B are the same statement/) })
  })

  it('downloads the comparison as CSV and Markdown in the view’s options', async () => {
    const csv = await fetch(`${app.baseUrl}/api/compare/${KG}/${TJ}?granularity=char&format=csv`)
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="${KG}--${TJ}.csv"`)
    expect(await csv.text()).toContain('实现国家{+和平+}统一')
    const md = await fetch(`${app.baseUrl}/api/compare/${KG}/${TJ}?format=md`)
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(await md.text()).toContain('实现国家**和平**统一')
    // its link names the host the reader asked, not the one the server listens on
    const elsewhere = await new Promise<string>((resolve, reject) =>
      // fetch sends its own Host: node:http sends the one given
      httpGet(`${app.baseUrl}/api/compare/${KG}/${TJ}?format=md`, { headers: { host: 'tongwen.example.org' } }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve(body))
      }).on('error', reject),
    )
    expect(elsewhere).toContain(`https://tongwen.example.org/compare/${KG}/${TJ}`)
    expect((await fetch(`${app.baseUrl}/api/compare/${KG}/${TJ}?format=pdf`)).status).toBe(400)
  })

  it('exports a filtered view’s rows from its export links, and the Markdown says which rows it holds (review)', async () => {
    const page = await get(`/compare/${KG}/${TJ}?view=changed`)
    expect(page.html).toContain(`href="/api/compare/${KG}/${TJ}?view=changed&amp;format=csv"`)
    const whole = (await (await fetch(`${app.baseUrl}/api/compare/${KG}/${TJ}`)).json()) as { rows: unknown[] }
    const shown = (await (await fetch(`${app.baseUrl}/api/compare/${KG}/${TJ}?view=changed`)).json()) as { rows: unknown[] }
    const md = await (await fetch(`${app.baseUrl}/api/compare/${KG}/${TJ}?view=changed&format=md`)).text()
    expect(md).toContain(`${shown.rows.length} of ${whole.rows.length} rows (view: Changed pairs only); all rows:`)
    expect(md).toContain(`/compare/${KG}/${TJ}?view=changed)`)
    expect(md.split('\n').filter((line) => line.startsWith('| r'))).toHaveLength(shown.rows.length)
  })

  it('redirects options spelled out at their defaults to the shortest link for the same view', async () => {
    const { status, location } = await get(`/compare/${KG}/${TJ}?threshold=0.25&granularity=char&mask=1&utm_source=x`)
    expect(status).toBe(308)
    expect(location).toBe(`/compare/${KG}/${TJ}?granularity=char`)
  })

  it('reproduces the options from the URL', async () => {
    const { html } = await get(`/compare/${KG}/${TJ}?granularity=char&mask=0`)
    expect(html).toContain('<option value="char" selected="">')
    expect(html).toContain('<del>吉</del>')
  })

  it('is a 404 page when a statement does not exist, drawn on the server', async () => {
    const words = 'One or both of the statements named in this address do not exist'
    await expectDrawn404(`/compare/${KG}/no-such-statement`, 'Statement not found', words)
    await expectDrawn404(`/compare/no-such-statement/${TJ}?view=changes`, 'Statement not found', words)
    // and which one (walkthrough: the page did not say, where the API does)
    await expectDrawn404(`/compare/${KG}/no-such-statement`, 'Statement not found', 'No statement with the slug ')
  })

  it('answers a bad option with a 400 page that says what is wrong, not a stack trace', async () => {
    const { status, html } = await get(`/compare/${KG}/${TJ}?threshold=abc`)
    expect(status).toBe(400)
    expect(html).toContain('Invalid threshold: use a number between 0 and 1.')
    expect(html).toContain(`href="/compare/${KG}/${TJ}"`)
    expect(html).not.toMatch(/at .*\.(js|ts):\d+/)
  })
})

/** The text of an HTML fragment, tags removed (React separates text nodes with comments). */
const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '')

describe('/formulas', () => {
  it('lists the formulas by how many statements use them, with length, variants, dates and kinds', async () => {
    const { status, html } = await get('/formulas')
    expect(status).toBe(200)
    const rows = html.match(/<tr class="block border-b[\s\S]*?<\/tr>/g) ?? []
    expect(rows.length).toBe(100)
    expect(text(rows[0] ?? '')).toMatch(
      // its family under it (the first five, then a link to all); its length counts its quotes, as the length rule does; the growth
      // is "—": the bundled Xinhua releases are all of one year
      /^“一带一路”built on it · 共建“一带一路” \(6\)built on it · .*all \d+ built on it7 statements · 6 characters · 1 variant · 2019-06-05 – 2019-06-15 · —Joint statement, Speech$/,
    )
    expect(text(html)).toMatch(/Page 1 of \d/)
  })

  it('filters by text and by statement, and the URL reproduces the filter', async () => {
    const { status, html } = await get(`/formulas?q=${encodeURIComponent('和平统一')}&statement=${TJ}`)
    expect(status).toBe(200)
    expect(text(html)).toContain(
      '1 formula family in 中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明, most widely used first.',
    )
    expect(html).toContain('<span class="formula-slot"')
    expect(text(html)).toContain('variant · X方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家和平统一所作的一切努力')
    expect(html).toContain(`<option value="${TJ}" selected="">`)
  })

  it('answers the formulas of a statement that does not exist with a 404, on the page and in the API', async () => {
    await expectDrawn404('/formulas?statement=no-such-statement', 'Statement not found', 'there are no formulas of it to list')
    const api = await get('/api/formulas?statement=no-such-statement')
    expect([api.status, JSON.parse(api.html)]).toEqual([404, { error: 'No statement with the slug "no-such-statement".' }])
  })

  it('sorts by first use and by growth, and says which order the list is in', async () => {
    const newest = await get('/formulas?sort=newest')
    expect(newest.status).toBe(200)
    expect(text(newest.html)).toMatch(/\d+ formula families, first used, newest first\./)
    expect(newest.html).toContain('<option value="newest" selected="">')
    // each date in a span of its own, which keeps it on one line
    const firsts = [
      ...newest.html.matchAll(
        /<td[^>]*><span class="whitespace-nowrap">(2019-06-\d\d)<\/span>(?: – <span class="whitespace-nowrap">2019-06-\d\d<\/span>)?<span/g,
      ),
    ].map((m) => m[1] as string)
    expect(firsts.length).toBeGreaterThan(50)
    expect(firsts).toEqual([...firsts].sort().reverse())
    const growth = await get('/formulas?sort=growth')
    expect(text(growth.html)).toMatch(/\d+ formula families, rising fastest first\./)
    const bad = await get('/formulas?sort=loudest')
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('Invalid sort: use one of used, newest, oldest, growth.')
  })

  it('lists names apart from the formulas, under Names', async () => {
    const { status, html } = await get('/formulas?kind=name')
    expect(status).toBe(200)
    expect(text(html)).toMatch(/\d+ names, most widely used first\./)
    expect(html).toContain('aria-current="page" class="rounded-md border px-3 py-1.5 border-stone-900')
    // each line's heading: the link to the formula or name
    const headings = (page: string) =>
      [...page.matchAll(/<a[^>]*class="text-base[^"]*"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => text(m[1] ?? ''))
    expect(headings(html)).toContain('上海合作组织')
    expect(headings((await get(`/formulas?q=${encodeURIComponent('上海合作组织')}`)).html)).not.toContain('上海合作组织')
    expect((await get('/formulas?kind=places')).status).toBe(400)
  })

  it('lists the formulas of one language, and refuses one it does not know', async () => {
    const zh = await get('/formulas?language=zh')
    expect(zh.status).toBe(200)
    expect(text(zh.html)).toMatch(/\d+ formula families in Chinese statements, most widely used first\./)
    expect(zh.html).toMatch(/<option value="zh" selected="">Chinese<\/option>/)
    // the bundled test corpus is Chinese: no English formula, said in words, and the same in the API
    expect(text((await get('/formulas?language=en')).html)).toContain('No formula in English statements.')
    expect(JSON.parse((await get('/api/formulas?language=en')).html)).toMatchObject({ total: 0, formulas: [] })
    const zhApi = JSON.parse((await get('/api/formulas?language=zh&limit=1')).html) as { total: number }
    expect(zhApi.total).toBe((JSON.parse((await get('/api/formulas?limit=1')).html) as { total: number }).total)
    // kept in the canonical address with the other filters, and in the pages' links
    const reordered = await get('/formulas?sort=newest&language=zh')
    expect([reordered.status, reordered.location]).toEqual([308, '/formulas?language=zh&sort=newest'])
    expect((await get('/formulas?language=zh&limit=2')).html).toMatch(/href="\/formulas\?language=zh&amp;page=2&amp;limit=2"/)
    expect((await get('/formulas?language=zh')).html).toMatch(/href="\/formulas\?language=zh&amp;kind=name"/)
    expect((await get('/formulas?language=fr')).status).toBe(400)
    expect((await get('/api/formulas?language=fr')).status).toBe(400)
  })

  it('says so when nothing matches', async () => {
    const { html } = await get(`/formulas?q=${encodeURIComponent('不存在的说法')}`)
    expect(text(html)).toContain('No formula contains “不存在的说法”.')
    expect(text(html)).not.toMatch(/names? contains? it/)
  })

  it('points a search that finds no formula to the names that contain it', async () => {
    const names = (JSON.parse((await get('/api/formulas?kind=name&limit=100')).html) as { formulas: { text: string }[] }).formulas
    // a name no formula contains, as 上海合作组织 is not (formulas are built on it)
    let found: string | undefined
    for (const { text: name } of names) {
      const plain = name.replace(/〈[^〉]*〉/g, '')
      if (plain.length < 4 || plain !== name) continue
      const formulas = JSON.parse((await get(`/api/formulas?q=${encodeURIComponent(name)}&limit=1`)).html) as { total: number }
      if (formulas.total === 0) {
        found = name
        break
      }
    }
    expect(found).toBeDefined()
    const { html } = await get(`/formulas?q=${encodeURIComponent(found as string)}`)
    expect(text(html)).toMatch(
      new RegExp(`No formula contains “${(found as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”\\. \\d+ names? contains? it\\.`),
    )
    expect(html).toMatch(/href="\/formulas\?q=[^"]+&amp;kind=name"/)
  })

  it('answers a bad filter with a 400 page and sends an empty form to the plain list', async () => {
    const bad = await get('/formulas?minDocs=1')
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('Invalid minDocs: use a whole number of statements, 2 or more.')
    const empty = await get('/formulas?q=&statement=&minDocs=2')
    expect(empty.status).toBe(308)
    expect(empty.location).toMatch(/^(http:\/\/[^/]+)?\/formulas$/)
  })
})

describe('/formulas/[id]', () => {
  async function oneChinaFormula() {
    const { html } = await get(`/formulas?q=${encodeURIComponent('和平统一')}`)
    const id = html.match(/href="\/formulas\/([0-9a-f]{12})"/)?.[1]
    return get(`/formulas/${id}`)
  }

  it('is a concordance: each occurrence in context, linking to its clause', async () => {
    const { status, html } = await oneChinaFormula()
    expect(status).toBe(200)
    expect(html).toContain(`href="/statements/${KG}#c16"`)
    expect(html).toContain(`href="/statements/${TJ}#c16"`)
    expect(html).toMatch(/<mark[^>]*>吉方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家统一所作的一切努力<\/mark>/)
    expect(html).toMatch(/<mark[^>]*>塔方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家和平统一所作的一切努力<\/mark>/)
  })

  it('sets the wordings side by side with the difference marked', async () => {
    const { html } = await oneChinaFormula()
    expect(html).toMatch(/实现国家<\/span><ins class="diff-insert"><span>和平<\/span><\/ins><span>统一所作的一切努力/)
  })

  it('tells its history: first and latest use, year by year against the year’s statements, and by party', async () => {
    const { html } = await oneChinaFormula()
    const history = text(html.slice(html.indexOf('id="history-title"'), html.indexOf('Concordance')))
    expect(history).toContain(`First used2019-06-13 · 中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明`)
    expect(history).toContain(`Latest use2019-06-15 · 中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明`)
    // two of the bundled corpus's eight statements of 2019
    expect(history).toMatch(/Year by year, against all the Chinese statements of the collection that year.*2019\s*2\s*8\s*25%\s*2/)
    // first and latest use in one column, one date when they are the same
    expect(history).toMatch(/China\s*2\s*2019-06-13 – 2019-06-15/)
    expect(history).toMatch(/Kyrgyzstan\s*1\s*2019-06-13(?! –)/)
    // the chart is drawn in the browser (see browser.test.ts); without scripts the table has its figures
    expect(html).toContain('class="recharts-wrapper"')
  })

  it('shows a formula’s family as a tree, and a member’s head and parent', async () => {
    const list = await get(`/formulas?q=${encodeURIComponent('共建“一带一路”倡议')}`)
    const id = list.html.match(/href="\/formulas\/([0-9a-f]{12})"/)?.[1]
    const head = await get(`/formulas/${id}`)
    const family = head.html.slice(head.html.indexOf('id="family-title"'), head.html.indexOf('id="history-title"')).replace(/<!-- -->/g, '')
    // 共建“一带一路”倡议 in a list nested under 共建“一带一路”
    expect(family).toMatch(/共建“一带一路”<\/span><\/a> <span[^>]*>\(6 statements\)<\/span><ul[^>]*>.*共建“一带一路”倡议/)
    const member = family.match(/href="\/formulas\/([0-9a-f]{12})"[^>]*><span>共建“一带一路”倡议<\/span>/)?.[1]
    const page = await get(`/formulas/${member}`)
    expect(text(page.html)).toMatch(/In the family of “一带一路” \(7 statements\), built on 共建“一带一路”\./)
  })

  it('previews well when the link is pasted', async () => {
    const { html } = await oneChinaFormula()
    expect(html).toContain(
      '<meta property="og:title" content="〈X〉方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家统一所作的一切努力 — in 2 statements"/>',
    )
  })

  it('pages the concordance in the URL: a bad page is a 400 page, one past the last a 404, page 1 the formula’s own link', async () => {
    const { html } = await get(`/formulas?q=${encodeURIComponent('和平统一')}`)
    const id = html.match(/href="\/formulas\/([0-9a-f]{12})"/)?.[1]
    const bad = await get(`/formulas/${id}?page=0`)
    expect(bad.status).toBe(400)
    expect(text(bad.html)).toContain('Invalid page: use a page number, 1 or more.')
    await expectDrawn404(`/formulas/${id}?page=2`, 'Page not found', 'The concordance of this formula has fewer pages')
    expect(drawnMarkup((await get(`/formulas/${id}?page=2`)).html)).toContain(
      `href="/formulas/${id}">Read it from its first occurrence</a>`,
    )
    const first = await get(`/formulas/${id}?page=1&utm=x`)
    expect(first.status).toBe(308)
    expect(first.location).toMatch(new RegExp(`^(http://[^/]+)?/formulas/${id}$`))
    // two occurrences: one page, no pager
    const page = await get(`/formulas/${id}`)
    expect(text(page.html)).toContain('Every occurrence, oldest statement first')
    expect(page.html).not.toContain('Pages of the concordance')
  })

  it('says a page past the last is past it, and links to the last, not "Page 999 of N"', async () => {
    const { status, html } = await get('/formulas?page=999')
    expect(status).toBe(200)
    const last = Number(text(html).match(/Page 999 is past the last one\. Go to page (\d+), the last/)?.[1])
    expect(last).toBeGreaterThan(0)
    expect(html).toContain(`href="/formulas${last === 1 ? '' : `?page=${last}`}"`)
    expect(text(html)).not.toMatch(/999 of/)
  })

  it('is a 404 page for an unknown formula, drawn on the server', async () => {
    await expectDrawn404('/formulas/0123456789ab', 'Formula not found', 'No formula has this address')
  })
})

describe('formula underlines', () => {
  it('underline the formulas of a statement on demand, each linking to its concordance with "in N statements"', async () => {
    const plain = (await get(`/statements/${KG}`)).html
    expect(plain).not.toContain('class="formula-mark"')
    expect(plain).toContain(`href="/statements/${KG}?formulas=1"`)
    // a bad value of the option is a 400 that names the view, not a part (walkthrough: "This part of the statement is not valid")
    const bad = await get(`/statements/${KG}?formulas=7`)
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('This view of the statement is not valid')
    expect((await get(`/statements/${KG}?part=0`)).html).toContain('This part of the statement is not valid')
    const { html } = await get(`/statements/${KG}?formulas=1`)
    const marks =
      html.match(/<a href="\/formulas\/[0-9a-f]{12}" class="formula-mark" data-tip="in \d+ statements?"[^>]*>[\s\S]*?<\/a>/g) ?? []
    // a formula this statement is the first to use is dashed, and says so
    const firsts =
      html.match(
        /<a href="\/formulas\/[0-9a-f]{12}" class="formula-mark formula-mark-first" data-tip="in \d+ statements?, first used here"[^>]*>[\s\S]*?<\/a>/g,
      ) ?? []
    expect(marks.length).toBeGreaterThan(20)
    // first used in the Russian statement of 2019-06-05
    expect(marks.map(text)).toContain('构建人类命运共同体')
    // first used here, 2019-06-13 (the Tajik statement repeats it two days later)
    expect(firsts.map(text)).toContain(
      '吉方坚定奉行一个中国原则，重申中华人民共和国政府是代表全中国的唯一合法政府，台湾、西藏是中国领土不可分割的一部分',
    )
    expect(firsts.map(text)).not.toContain('构建人类命运共同体')
  })

  it('underline in a comparison, on demand, only the formulas other statements use too', async () => {
    // the diff is what a comparison is for: formulas are marked when asked for (issue 17)
    expect((await get(`/compare/${KG}/${TJ}`)).html).not.toContain('class="formula-mark"')
    const { html } = await get(`/compare/${KG}/${TJ}?formulas=1`)
    const marks = (html.match(/<a href="\/formulas\/[0-9a-f]{12}" class="formula-mark"[^>]*>[\s\S]*?<\/a>/g) ?? []).map(text)
    expect(marks).toContain('构建人类命运共同体')
    // a formula only these two share is shown by the diff, not underlined
    expect(marks.filter((m) => m.includes('坚定奉行一个中国原则') || m.includes('反对任何形式的“台湾独立”'))).toEqual([])
  })
})

describe('/map', () => {
  it('shades every pair of statements by shared wording, each cell opening the comparison', async () => {
    const { status, html } = await get('/map')
    expect(status).toBe(200)
    const cells = html.match(/<a href="\/compare\/[^"]+" data-cell="\d+-\d+"[^>]*>/g) ?? []
    expect(cells).toHaveLength(8 * 7)
    expect(html).toMatch(new RegExp(`<a href="/compare/${KG}/${TJ}" data-cell="\\d+-\\d+"[^>]*aria-label="[^"]*: 42% shared wording"`))
  })

  it('keeps the pairs: a second view computes nothing', async () => {
    const before = await temp.db.pairSimilarity.count()
    await get('/map')
    await get('/map?kind=speech')
    expect(before).toBe(28)
    expect(await temp.db.pairSimilarity.count()).toBe(28)
  })

  it('narrows to a kind, and answers a bad selection with a 400 page', async () => {
    const speeches = await get('/map?kind=speech')
    expect(speeches.html.match(/data-cell=/g)).toHaveLength(4 * 3)
    expect((await get('/map?kind=novel')).status).toBe(400)
  })

  it('offers in its party menu the parties some statement has, and keeps a known party without statements chosen', async () => {
    const menu = (html: string) =>
      [...(/<select name="party"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '').matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])
    const parties = (await temp.db.party.findMany({ where: { statements: { some: {} } }, select: { code: true } })).map((p) => p.code)
    expect(menu((await get('/map')).html).sort()).toEqual(['', ...parties].sort())
    // walkthrough: the whole gazetteer had been offered, ~220 parties, most leading to an empty map
    expect(parties).not.toContain('kazakhstan')
    const kazakhstan = await get('/map?party=kazakhstan')
    expect(kazakhstan.status).toBe(200)
    expect(menu(kazakhstan.html)).toContain('kazakhstan')
    expect(kazakhstan.html).toMatch(/<option value="kazakhstan" selected="">/)
  })
})
