/**
 * Nobody can take the server down (issue 18): each finding of the probe,
 * reproduced at CI scale against the production server, now refused with one
 * line naming its limit — with the database exactly as it was, and the
 * server still answering readers.
 */
import { request as httpRequest } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csrfToken } from '@/lib/auth/tokens'
import { importText } from '@/lib/services/import-file'
import { deleteStatement } from '@/lib/services/edit-statement'
import { manyClauseStatement, manyLinesText, nestedHtml, zipBombDocx } from '@/lib/scale/hostile-inputs'
import { drawnMarkup, startAppServer, TEST_SIGN_IN_CODE, type AppServer } from '../helpers/app-server'
import { createTempDatabase, databaseFingerprint, type TempDatabase } from '../helpers/temp-db'

const TOKEN_A = 'first-admin-token-0123456789abcdef'
const TOKEN_B = 'rotated-admin-token-fedcba9876543210'
const SLUG = '2019-06-13-china-kyrgyzstan-joint-statement'
const OTHER = '2019-06-15-china-tajikistan-joint-statement'

let temp: TempDatabase
let app: AppServer
let busy: AppServer
let tokenDir: string
let tokenFile: string

beforeAll(async () => {
  temp = await createTempDatabase()
  tokenDir = mkdtempSync(path.join(tmpdir(), 'tongwen-token-'))
  tokenFile = path.join(tokenDir, 'admin-token')
  writeFileSync(tokenFile, TOKEN_A)
  // limits scaled down so that CI-sized hostile files cross them
  app = await startAppServer(temp.url, {
    ADMIN_TOKEN: '',
    TONGWEN_ADMIN_TOKEN_FILE: tokenFile,
    TONGWEN_MAX_BODY_KB: '16',
    TONGWEN_MAX_UNZIPPED_MB: '4',
    TONGWEN_MAX_STATEMENT_CLAUSES: '300',
    TONGWEN_MAX_COMPARE_CLAUSES: '60',
  })
  busy = await startAppServer(temp.url, { TONGWEN_MAX_CONCURRENT: '1', TONGWEN_MAX_QUEUE: '2' })
  // the import worker starts on first use (a few seconds): started here, so that the timings below are the refusals'
  await importFile('empty.txt', '')
}, 120_000)
afterAll(async () => {
  await Promise.all([app?.stop(), busy?.stop()])
  await temp?.cleanup()
  if (tokenDir) rmSync(tokenDir, { recursive: true, force: true })
})

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

async function stillServing(server = app): Promise<void> {
  const response = await fetch(`${server.baseUrl}/api/statements?perPage=1`)
  expect(response.status).toBe(200)
}

/**
 * Streams up to `total` bytes of body without a declared length, and stops
 * sending as soon as the server answers; resolves to the answer and how much
 * was sent by then.
 */
function streamBody(url: string, headers: Record<string, string>, total: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true
      let body = ''
      res.on('data', (data: Buffer) => (body += data.toString()))
      res.on('end', () => {
        req.destroy()
        resolve({ status: res.statusCode ?? 0, body, sent })
      })
    })
    req.on('error', (error) => (answered ? undefined : reject(error)))
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (!answered) req.end()
    }
    pump()
  })
}

async function importFile(name: string, bytes: Uint8Array | string, token = TOKEN_A) {
  const form = new FormData()
  form.append('files', new Blob([bytes as BlobPart]), name)
  const send = () => fetch(`${app.baseUrl}/api/import`, { method: 'POST', body: form, headers: bearer(token) })
  // a kept-alive connection the server has just closed (after a refused body) is retried once, as a browser would
  const response = await send().catch(send)
  return { status: response.status, json: (await response.json()) as { files?: { ok: boolean; error?: string }[]; error?: string } }
}

async function signIn(token = TOKEN_A): Promise<{ cookie: string; session: string }> {
  const response = await fetch(`${app.baseUrl}/api/login`, {
    method: 'POST',
    body: new URLSearchParams({ token, next: '/import' }),
    redirect: 'manual',
  })
  expect(response.status).toBe(303)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string
  return { cookie, session: cookie.split('=')[1] as string }
}

const editAs = (cookie: string, session: string, token = TOKEN_A, headers: Record<string, string> = {}) =>
  fetch(`${app.baseUrl}/api/statements/${SLUG}`, {
    method: 'POST',
    body: JSON.stringify({ place: '比什凯克' }),
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken(token, session), origin: app.baseUrl, ...headers },
  })

describe('finding 1: bodies are bounded before they are read', () => {
  it.each([`/api/statements/${SLUG}`, `/api/statements/${SLUG}/delete`, '/api/logout', '/api/import'])(
    'refuses an anonymous 64 MB body to %s with 401 before reading it',
    async (url) => {
      const before = await databaseFingerprint(temp.db)
      const answer = await streamBody(app.baseUrl + url, { 'content-type': 'application/json' }, 64 * 1024 * 1024)
      expect(answer.status).toBe(401)
      // answered before the body was sent: the server did not wait for it
      expect(answer.sent).toBeLessThan(64 * 1024 * 1024)
      expect(await databaseFingerprint(temp.db)).toEqual(before)
      await stillServing()
    },
  )

  it('cuts off a sign-in body at TONGWEN_MAX_BODY_KB, on the stream', async () => {
    const answer = await streamBody(`${app.baseUrl}/api/login`, { 'content-type': 'application/x-www-form-urlencoded' }, 64 * 1024 * 1024)
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toEqual({
      error: 'The request body is over the limit of 16 KB for this address (TONGWEN_MAX_BODY_KB).',
    })
    expect(answer.sent).toBeLessThan(16 * 1024 * 1024)
    await stillServing()
  })

  it('refuses an admin’s edit of a body over the limit by its declared length', async () => {
    const response = await fetch(`${app.baseUrl}/api/statements/${SLUG}`, {
      method: 'POST',
      body: JSON.stringify({ title: 'x'.repeat(40_000) }),
      headers: { ...bearer(TOKEN_A), 'content-type': 'application/json' },
    })
    expect(response.status).toBe(413)
  })
})

describe('finding 2: a zip-bomb .docx', () => {
  it('is refused by what it unpacks to, before it is unpacked', async () => {
    const before = await databaseFingerprint(temp.db)
    const bomb = zipBombDocx(300 * 1024 * 1024)
    expect(bomb.length).toBeLessThan(400_000)
    const { status, json } = await importFile('bomb.docx', bomb)
    expect(status).toBe(422)
    expect(json.files?.[0]?.error).toBe(
      'The Word file unpacks to 300 MB, over the limit of 4 MB (TONGWEN_MAX_UNZIPPED_MB): it is not an ordinary document.',
    )
    const liar = await importFile('liar.docx', zipBombDocx(100 * 1024 * 1024, { lie: true }))
    expect(liar.json.files?.[0]?.error).toMatch(/TONGWEN_MAX_UNZIPPED_MB/)
    expect(await databaseFingerprint(temp.db)).toEqual(before)
    await stillServing()
  })
})

describe('finding 3: deeply nested HTML', () => {
  it('is refused at the depth limit, before a tree is built', async () => {
    const before = await databaseFingerprint(temp.db)
    const { status, json } = await importFile('deep.html', nestedHtml(200_000))
    expect(status).toBe(422)
    expect(json.files?.[0]?.error).toBe(
      'The web page nests its elements more than 200 deep (TONGWEN_MAX_HTML_DEPTH): save it as text and import that.',
    )
    expect(await databaseFingerprint(temp.db)).toEqual(before)
    await stillServing()
  })
})

describe('finding 4: huge statements', () => {
  it('refuses a statement of more clauses than the limit, and text of more lines than the limit', async () => {
    const before = await databaseFingerprint(temp.db)
    const clauses = await importFile('huge.txt', manyClauseStatement(1_000))
    expect(clauses.status).toBe(422)
    expect(clauses.json.files?.[0]?.error).toMatch(
      /has 1,00\d clauses, over the limit of 300 for one statement \(TONGWEN_MAX_STATEMENT_CLAUSES\)\.$/,
    )
    const lines = await importFile('lines.txt', manyLinesText(100_000))
    expect(lines.json.files?.[0]?.error).toMatch(/^The text has 100,002 lines, over the limit of 50,000 \(TONGWEN_MAX_TEXT_LINES\)/)
    expect(await databaseFingerprint(temp.db)).toEqual(before)
    await stillServing()
  })

  it('refuses a comparison over the clause limit on the page, the exports and the preview image, before aligning', async () => {
    const page = await fetch(`${app.baseUrl}/compare/${SLUG}/${OTHER}`)
    // a 422 drawn on the server, as the API answers it
    expect(page.status).toBe(422)
    expect(drawnMarkup(await page.text())).toMatch(
      /These two statements have \d+ clauses together, over the limit of 60 for one comparison \(TONGWEN_MAX_COMPARE_CLAUSES\)/,
    )
    for (const url of [`/api/compare/${SLUG}/${OTHER}?format=csv`, `/api/compare/${SLUG}/${OTHER}`, `/compare/${SLUG}/${OTHER}/image`]) {
      const response = await fetch(app.baseUrl + url)
      expect(response.status).toBe(422)
      expect(((await response.json()) as { error: string }).error).toMatch(/TONGWEN_MAX_COMPARE_CLAUSES/)
    }
  })

  it('leaves the pairs over the clause limit off the corpus map, saying why, without comparing them', async () => {
    const kept = await temp.db.pairSimilarity.count()
    const map = await fetch(`${app.baseUrl}/map`)
    expect(map.status).toBe(200)
    // every pair of the bundled statements has more than 60 clauses together
    expect(await map.text()).toMatch(/: too large to compare"/)
    expect(await temp.db.pairSimilarity.count()).toBe(kept)
  })

  it('reads a stored statement too long for one page in parts of 1,000 clauses, with links between them', async () => {
    // stored as a statement imported before the limits would be (importText does not apply them)
    const { imported } = await importText(temp.db, 'long.txt', manyClauseStatement(1_500), { formulas: 'defer' })
    const slug = imported[0] as string
    try {
      const first = await fetch(`${busy.baseUrl}/statements/${slug}`)
      expect(first.status).toBe(200)
      const html = await first.text()
      expect(html).toContain('Part 1 of 2: clauses 1–1,000 of 1,500')
      expect(html).toContain('id="c1000"')
      expect(html).not.toContain('id="c1001"')
      expect(html).toContain(`href="/statements/${slug}?part=2"`)
      const second = await (await fetch(`${busy.baseUrl}/statements/${slug}?part=2`)).text()
      expect(second).toContain('Part 2 of 2: clauses 1,001–1,500 of 1,500')
      expect(second).toMatch(/id="c1001"[\s\S]*id="c1500"/)
      expect(second).not.toContain('id="c1000"')
      const past = await fetch(`${busy.baseUrl}/statements/${slug}?part=3`)
      expect(past.status).toBe(404)
      // drawn on the server, with the way back to the first part
      const pastHtml = drawnMarkup(await past.text())
      expect(pastHtml).toMatch(/<h1[^>]*>Part not found<\/h1>/)
      expect(pastHtml).toContain(`<a href="/statements/${slug}">Read the statement from the start</a>`)
      // with the reader's other options kept: formulas marked stay marked
      const pastMarked = drawnMarkup(await (await fetch(`${busy.baseUrl}/statements/${slug}?part=3&formulas=1`)).text())
      expect(pastMarked).toContain(`<a href="/statements/${slug}?formulas=1">Read the statement from the start</a>`)
      const bad = await fetch(`${busy.baseUrl}/statements/${slug}?part=two`)
      expect(bad.status).toBe(400)
      expect(await bad.text()).toContain('Invalid part: use a whole number from 1')
      // its JSON comes in the same parts
      type Part = { parts: number; part: number; next: string | null; sections: { clauses: { position: number }[] }[] }
      const api = (await (await fetch(`${busy.baseUrl}/api/statements/${slug}`)).json()) as Part
      expect([api.part, api.parts, api.next]).toEqual([1, 2, `/api/statements/${slug}?part=2`])
      expect(api.sections.flatMap((x) => x.clauses).map((c) => c.position)).toEqual(Array.from({ length: 1_000 }, (_, k) => k))
      const last = (await (await fetch(`${busy.baseUrl}${api.next}`)).json()) as Part
      expect([last.part, last.next, last.sections.flatMap((x) => x.clauses).length]).toEqual([2, null, 500])
      expect((await fetch(`${busy.baseUrl}/api/statements/${slug}?part=3`)).status).toBe(404)
      expect((await fetch(`${busy.baseUrl}/api/statements/${slug}?part=x`)).status).toBe(400)
    } finally {
      await deleteStatement(temp.db, slug)
    }
  })
})

describe('finding 5: the address to go on to after signing in', () => {
  it.each(['/\\evil.example/phish', '/\t/evil.example', '//evil.example', 'https://evil.example'])(
    'never leads off the site: %j',
    async (next) => {
      const response = await fetch(`${app.baseUrl}/api/login`, {
        method: 'POST',
        body: new URLSearchParams({ token: TOKEN_A, next }),
        redirect: 'manual',
      })
      expect(response.headers.get('location')).toBe('/import')
    },
  )

  it('keeps a path of the site', async () => {
    const response = await fetch(`${app.baseUrl}/api/login`, {
      method: 'POST',
      body: new URLSearchParams({ token: TOKEN_A, next: `/compare/${SLUG}/${OTHER}?view=changes` }),
      redirect: 'manual',
    })
    expect(response.headers.get('location')).toBe(`/compare/${SLUG}/${OTHER}?view=changes`)
  })

  it('the sign-in link too', async () => {
    const response = await fetch(`${app.baseUrl}/login/${TEST_SIGN_IN_CODE}?next=${encodeURIComponent('/\\evil.example/phish')}`, {
      redirect: 'manual',
    })
    expect(await response.text()).toContain('url=/import')
  })
})

describe('finding 6: sessions that end', () => {
  it('gives each sign-in its own random session', async () => {
    const [one, two] = [await signIn(), await signIn()]
    expect(one.cookie).not.toBe(two.cookie)
    expect((await editAs(one.cookie, one.session)).status).toBe(200)
    expect((await editAs(two.cookie, two.session)).status).toBe(200)
  })

  it('ends the session on sign-out: the old cookie with its CSRF token no longer writes', async () => {
    const { cookie, session } = await signIn()
    const out = await fetch(`${app.baseUrl}/api/logout`, {
      method: 'POST',
      body: new URLSearchParams({ csrf: csrfToken(TOKEN_A, session) }),
      headers: { cookie, origin: app.baseUrl },
      redirect: 'manual',
    })
    expect(out.status).toBe(303)
    const before = await databaseFingerprint(temp.db)
    expect((await editAs(cookie, session)).status).toBe(401)
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('follows a changed token file without a restart, and ends the old token’s sessions', async () => {
    const { cookie, session } = await signIn(TOKEN_A)
    writeFileSync(tokenFile, TOKEN_B)
    const before = await databaseFingerprint(temp.db)
    expect((await editAs(cookie, session)).status).toBe(401)
    const old = await fetch(`${app.baseUrl}/api/statements/${SLUG}`, {
      method: 'POST',
      body: '{"place":"x"}',
      headers: { ...bearer(TOKEN_A), 'content-type': 'application/json' },
    })
    expect(old.status).toBe(401)
    expect(await databaseFingerprint(temp.db)).toEqual(before)
    const fresh = await fetch(`${app.baseUrl}/api/statements/${SLUG}`, {
      method: 'POST',
      body: '{"place":"比什凯克"}',
      headers: { ...bearer(TOKEN_B), 'content-type': 'application/json' },
    })
    expect(fresh.status).toBe(200)
    writeFileSync(tokenFile, TOKEN_A)
  })
})

describe('also', () => {
  it('ignores a spoofed X-Forwarded-Host in the origin check', async () => {
    const { cookie, session } = await signIn()
    const response = await editAs(cookie, session, TOKEN_A, {
      origin: 'https://evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    })
    expect(response.status).toBe(403)
  })

  it('sends the security headers on every page', async () => {
    const response = await fetch(`${app.baseUrl}/`)
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('sheds load beyond the queue with 503 and Retry-After, at once, and serves again after', async () => {
    const started = performance.now()
    // 24 different addresses (a row each): each must be rendered, none is a page kept from another's render
    const answers = await Promise.all(
      Array.from({ length: 24 }, async (_, k) => {
        const response = await fetch(`${busy.baseUrl}/compare/${SLUG}/${OTHER}?row=${k + 1}`)
        await response.arrayBuffer()
        return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started }
      }),
    )
    const shed = answers.filter((a) => a.status === 503)
    const served = answers.filter((a) => a.status === 200)
    expect(shed.length).toBeGreaterThan(0)
    expect(served.length).toBeGreaterThanOrEqual(3)
    expect(shed.every((a) => a.retryAfter === '2')).toBe(true)
    // the refusals come at once (as soon as the server's thread is free), not after the others' wait
    const firstRefusal = shed.reduce((min, a) => Math.min(min, a.ms), Infinity)
    expect(firstRefusal).toBeLessThan(served.reduce((max, a) => Math.max(max, a.ms), 0))
    await stillServing(busy)
  })

  it('answers a shared link opened by many at once from one render, refusing none (issue 14)', async () => {
    const path = `/compare/${SLUG}/${OTHER}?view=changes`
    const answers = await Promise.all(
      Array.from({ length: 24 }, async () => {
        const response = await fetch(busy.baseUrl + path)
        await response.arrayBuffer()
        return { status: response.status, kept: response.headers.get('x-tongwen-page') === 'kept' }
      }),
    )
    expect(answers.every((a) => a.status === 200)).toBe(true)
    expect(answers.filter((a) => !a.kept)).toHaveLength(1)
  })
})
