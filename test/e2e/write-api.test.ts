/**
 * Writing through HTTP, against the production server: who may write (the
 * admin token as a bearer, or a signed-in browser with its CSRF token), what a
 * bad upload gets back, and that the database is exactly as it was after
 * every refusal.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csrfToken } from '@/lib/auth/tokens'
import { drawnMarkup, startAppServer, TEST_ADMIN_TOKEN, type AppServer } from '../helpers/app-server'
import { createTempDatabase, databaseFingerprint, type TempDatabase } from '../helpers/temp-db'

const FIXTURES = path.join(import.meta.dirname, '../fixtures/import')
const BEARER = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }

let temp: TempDatabase
let app: AppServer
let small: AppServer

beforeAll(async () => {
  temp = await createTempDatabase()
  app = await startAppServer(temp.url)
  // a second server with a 1 MB import limit, for the size checks
  small = await startAppServer(temp.url, { TONGWEN_MAX_IMPORT_MB: '1' })
})
afterAll(async () => {
  await Promise.all([app?.stop(), small?.stop()])
  await temp?.cleanup()
})

function upload(...names: string[]): FormData {
  const form = new FormData()
  for (const name of names) form.append('files', new Blob([readFileSync(path.join(FIXTURES, name))]), name)
  return form
}

async function post(url: string, body: BodyInit | undefined, headers: Record<string, string> = {}, server = app) {
  const response = await fetch(server.baseUrl + url, { method: 'POST', body, headers, redirect: 'manual' })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    // a redirect or an HTML page
  }
  return {
    status: response.status,
    json: json as Record<string, unknown> & { files?: Record<string, unknown>[]; error?: string },
    headers: response.headers,
    text,
  }
}

/** Signs in as a browser does; returns the cookie header to send. */
async function signIn(): Promise<string> {
  const form = new URLSearchParams({ token: TEST_ADMIN_TOKEN, next: '/import' })
  const response = await post('/api/login', form, { 'content-type': 'application/x-www-form-urlencoded' })
  expect(response.status).toBe(303)
  const cookie = response.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/HttpOnly; SameSite=Strict/)
  return cookie.split(';')[0] as string
}

describe('who may write', () => {
  it('refuses an import without the admin token, and writes nothing', async () => {
    const before = await databaseFingerprint(temp.db)
    expect(await post('/api/import', upload('kyrgyzstan-2019-en.docx'))).toMatchObject({
      status: 401,
      json: { error: expect.stringMatching(/^Sign in as admin first/) },
    })
    expect(await post('/api/import', upload('kyrgyzstan-2019-en.docx'), { authorization: 'Bearer not-the-token' })).toMatchObject({
      status: 401,
      json: { error: 'The admin token is wrong.' },
    })
    expect(await post('/api/statements/2019-06-13-china-kyrgyzstan-joint-statement/delete', undefined)).toMatchObject({ status: 401 })
    expect(
      await post('/api/statements/2019-06-13-china-kyrgyzstan-joint-statement', JSON.stringify({ title: 'x' }), {
        'content-type': 'application/json',
      }),
    ).toMatchObject({ status: 401 })
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('takes an import with the admin token as a bearer token', async () => {
    const response = await post('/api/import', upload('kyrgyzstan-2019-en.docx'), BEARER)
    expect(response.status).toBe(201)
    expect(response.json.files?.[0]).toMatchObject({
      ok: true,
      imported: ['2019-06-13-china-kyrgyzstan-joint-statement-en'],
      detail: 'Word document',
    })
  })

  it('refuses an edit that cannot be read, naming the file as the preview does, and saves nothing', async () => {
    const before = await databaseFingerprint(temp.db)
    const form = upload('kyrgyzstan-2019-en.docx')
    form.append('edits', JSON.stringify({ 0: { 0: { title: '' } } }))
    const response = await post('/api/import', form, BEARER)
    expect(response.status).toBe(422)
    expect(response.json.error).toBe('kyrgyzstan-2019-en.docx, statement 1: Invalid title: use a title of 1 to 300 characters.')
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('reports the same file again as present, not duplicated', async () => {
    const before = await databaseFingerprint(temp.db)
    const response = await post('/api/import', upload('kyrgyzstan-2019-en.docx'), BEARER)
    expect(response.status).toBe(200)
    expect(response.json.files?.[0]).toMatchObject({ imported: [], present: ['2019-06-13-china-kyrgyzstan-joint-statement-en'] })
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('refuses to compare the Chinese statement with its English text, and says why', async () => {
    const pair = '/compare/2019-06-13-china-kyrgyzstan-joint-statement/2019-06-13-china-kyrgyzstan-joint-statement-en'
    const response = await fetch(app.baseUrl + pair)
    // a 422, as the API answers it, drawn on the server, with links to both statements
    expect(response.status).toBe(422)
    const page = drawnMarkup(await response.text())
    expect(page).toContain('<h1>These statements cannot be compared</h1>')
    expect(page).toContain(
      '<li><a href="/statements/2019-06-13-china-kyrgyzstan-joint-statement" lang="zh-Hans">中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明</a> (Chinese)</li>',
    )
    expect(page).toMatch(
      /<li><a href="\/statements\/2019-06-13-china-kyrgyzstan-joint-statement-en" lang="en">[^<]+<\/a> \(English\)<\/li>/,
    )
    expect(page).toContain('A is in Chinese and B in English: Tongwen compares statements in the same language')
    const api = await fetch(`${app.baseUrl}/api${pair}`)
    expect(api.status).toBe(422)
    expect(await api.json()).toEqual({ error: expect.stringMatching(/^A is in Chinese and B in English/) })
  })

  it('refuses to collate statements in two languages with a 422 page that says why', async () => {
    const slugs = [
      '2019-06-13-china-kyrgyzstan-joint-statement',
      '2019-06-15-china-tajikistan-joint-statement',
      '2019-06-13-china-kyrgyzstan-joint-statement-en',
    ]
    const response = await fetch(`${app.baseUrl}/collate?s=${slugs.join(',')}`)
    expect(response.status).toBe(422)
    const page = drawnMarkup(await response.text())
    expect(page).toContain('<h1>These statements cannot be collated</h1>')
    expect(page).toContain('These statements are in Chinese and English: a collation is of statements in one language.')
    // each statement named, in its language, so that the reader sees which to leave out
    expect(page.match(/<li><a href="\/statements\/[^"]+" lang="(zh-Hans|en)">/g)).toHaveLength(3)
    expect(page).toContain('(English)</li>')
    expect((await fetch(`${app.baseUrl}/api/collate?s=${slugs.join(',')}`)).status).toBe(422)
  })

  it('takes a signed-in browser’s write only with its CSRF token, from its own origin', async () => {
    const cookie = await signIn()
    const session = cookie.split('=')[1] as string
    const edit = (headers: Record<string, string>) =>
      post('/api/statements/2019-06-13-china-kyrgyzstan-joint-statement-en', JSON.stringify({ place: '比什凯克 (Bishkek)' }), {
        'content-type': 'application/json',
        cookie,
        ...headers,
      })
    expect(await edit({})).toMatchObject({ status: 403, json: { error: expect.stringMatching(/security token/) } })
    expect(await edit({ 'x-csrf-token': 'guess' })).toMatchObject({ status: 403 })
    expect(await edit({ 'x-csrf-token': csrfToken(TEST_ADMIN_TOKEN, session), origin: 'https://evil.example' })).toMatchObject({
      status: 403,
      json: { error: expect.stringMatching(/another site/) },
    })
    expect(await edit({ 'x-csrf-token': csrfToken(TEST_ADMIN_TOKEN, session), origin: app.baseUrl })).toMatchObject({
      status: 200,
      json: { updated: '2019-06-13-china-kyrgyzstan-joint-statement-en' },
    })
  })

  it('signs in by the form only with the right token; a token in the address changes nothing', async () => {
    const wrong = await post('/api/login', new URLSearchParams({ token: 'nope' }), { 'content-type': 'application/x-www-form-urlencoded' })
    expect(wrong.status).toBe(303)
    expect(wrong.headers.get('location')).toMatch(/^\/login\?error=1/)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    const page = await fetch(`${app.baseUrl}/login?token=${TEST_ADMIN_TOKEN}`)
    expect(page.headers.get('set-cookie')).toBeNull()
    expect(await page.text()).toContain('Sign in as admin')
  })

  it('signs in with a wrong sign-in link never, and says why (issue 17)', async () => {
    const wrong = await fetch(`${app.baseUrl}/login/not-the-code-0123456789`, { redirect: 'manual' })
    expect(wrong.status).toBe(303)
    expect(wrong.headers.get('location')).toBe('/login?error=link&next=%2Fimport')
    expect(wrong.headers.get('set-cookie')).toBeNull()
    // the admin token is not a sign-in code either
    expect((await fetch(`${app.baseUrl}/login/${TEST_ADMIN_TOKEN}`, { redirect: 'manual' })).headers.get('set-cookie')).toBeNull()
  })

  it('never writes on a GET', async () => {
    const before = await databaseFingerprint(temp.db)
    for (const url of [
      '/api/import',
      '/api/import/preview',
      '/api/statements/2019-06-13-china-kyrgyzstan-joint-statement/delete',
      '/api/logout',
    ]) {
      expect((await fetch(app.baseUrl + url, { headers: BEARER })).status).toBe(405)
    }
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })
})

describe('editing and deleting', () => {
  it('refuses a bad edit with 422 and one sentence', async () => {
    expect(
      await post('/api/statements/2019-06-13-china-kyrgyzstan-joint-statement-en', JSON.stringify({ date: '13/06/2019' }), {
        ...BEARER,
        'content-type': 'application/json',
      }),
    ).toEqual(expect.objectContaining({ status: 422, json: { error: 'Invalid date: use a date as YYYY-MM-DD, or nothing for unknown.' } }))
    expect(
      await post('/api/statements/no-such-statement', JSON.stringify({ title: 'x' }), { ...BEARER, 'content-type': 'application/json' }),
    ).toMatchObject({ status: 404 })
  })

  it('serves a page kept for readers until a write changes what it shows, in this process or another (issue 14)', async () => {
    const slug = '2019-06-13-china-kyrgyzstan-joint-statement-en'
    const page = async (cookie?: string) => {
      const response = await fetch(`${app.baseUrl}/statements/${slug}`, { headers: cookie ? { cookie } : {} })
      return { kept: response.headers.get('x-tongwen-page') === 'kept', html: await response.text() }
    }
    await page()
    const kept = await page()
    expect(kept.kept).toBe(true)
    // an edit through the app: the next reader gets the new title
    const edited = await post(`/api/statements/${slug}`, JSON.stringify({ title: 'Kept pages follow edits' }), {
      ...BEARER,
      'content-type': 'application/json',
    })
    expect(edited.status).toBe(200)
    const after = await page()
    expect(after.kept).toBe(false)
    expect(after.html).toContain('Kept pages follow edits')
    expect((await page()).kept).toBe(true)
    // a write from another process (the second server stands for the command line): seen on the next request here
    expect(
      (
        await post(
          `/api/statements/${slug}`,
          JSON.stringify({ title: 'Written elsewhere' }),
          { ...BEARER, 'content-type': 'application/json' },
          small,
        )
      ).status,
    ).toBe(200)
    const elsewhere = await page()
    expect(elsewhere).toMatchObject({ kept: false, html: expect.stringContaining('Written elsewhere') })
    // a signed-in reader is never given the page kept for readers, nor is theirs kept
    const cookie = await signIn()
    expect((await page(cookie)).kept).toBe(false)
    expect((await page(cookie)).kept).toBe(false)
  })

  it('deletes a statement, and says 404 for one that is not there', async () => {
    expect(await post('/api/statements/2019-06-13-china-kyrgyzstan-joint-statement-en/delete', undefined, BEARER)).toMatchObject({
      status: 200,
      json: { deleted: '2019-06-13-china-kyrgyzstan-joint-statement-en' },
    })
    expect((await fetch(`${app.baseUrl}/statements/2019-06-13-china-kyrgyzstan-joint-statement-en`)).status).toBe(404)
    expect(await post('/api/statements/2019-06-13-china-kyrgyzstan-joint-statement-en/delete', undefined, BEARER)).toMatchObject({
      status: 404,
    })
  })
})

describe('bad uploads: one clear sentence each, and the database as it was', () => {
  it.each([
    ['empty.txt', 'The file is empty.'],
    ['image-renamed.txt', 'The file is not text (it contains binary data); import a text, PDF, Word or HTML file.'],
    [
      'shift-jis.txt',
      'The file’s encoding is not one Tongwen recognises (UTF-8, UTF-16 or GB18030/GBK); save it as UTF-8 and import it again.',
    ],
    [
      'scanned.pdf',
      'The PDF has no text layer (it is a scan or a picture of text): run it through OCR software first, then import the result.',
    ],
    ['protected.pdf', 'The PDF is protected by a password: remove the protection (or print it to a new PDF) and import it again.'],
    [
      'truncated.docx',
      'The Word file is damaged or incomplete: open it in Word (or LibreOffice), save it again as .docx, and import that.',
    ],
    ['no-statement.txt', expect.stringMatching(/^No statement found/)],
  ])('%s', async (name, error) => {
    const before = await databaseFingerprint(temp.db)
    const response = await post('/api/import', upload(name), BEARER)
    expect(response.status).toBe(422)
    expect(response.json.files).toEqual([{ name, ok: false, error }])
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('refuses a request over the limit by its declared length, before reading it', async () => {
    const before = await databaseFingerprint(temp.db)
    const body = new Uint8Array(3 * 1024 * 1024)
    const response = await post('/api/import', body, { ...BEARER, 'content-type': 'multipart/form-data; boundary=x' }, small)
    expect(response.status).toBe(413)
    expect(response.json.error).toMatch(/^The file is 3 MB, over the import limit of 1 MB/)
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('cuts off an upload without a declared length at the limit', async () => {
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 50 * 1024 * 1024) return controller.close()
        sent += 256 * 1024
        controller.enqueue(new Uint8Array(256 * 1024))
      },
    })
    const response = await fetch(`${small.baseUrl}/api/import`, {
      method: 'POST',
      body: stream,
      headers: { ...BEARER, 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    // the server stopped reading long before the 50 MB the client had to send
    expect(sent).toBeLessThan(50 * 1024 * 1024)
  })

  it('stores what a web page says as plain text: scripts and markup never come back as HTML', async () => {
    const form = new FormData()
    form.append(
      'text',
      '中华人民共和国和吉尔吉斯共和国联合声明\n双方于2019年6月13日在比什凯克举行会谈。<img src=x onerror="alert(1)">双方同意<script>alert(2)</script>加强合作。\n双方将继续保持高层交往。',
    )
    const response = await post('/api/import', form, BEARER)
    expect(response.status).toBe(201)
    const slug = (response.json.files?.[0] as { imported: string[] }).imported[0]
    const page = await (await fetch(`${app.baseUrl}/statements/${slug}`)).text()
    // the tags a copied page leaves in text are markup, removed on import (issue 11), a script with its content
    // as a reader sees it (formula underlines may split a clause into several elements)
    const visible = page.replace(/<[^>]+>/g, '')
    expect(visible).toContain('双方于2019年6月13日在比什凯克举行会谈。')
    expect(visible).toContain('双方同意加强合作。')
    expect(page).not.toContain('<img src=x')
    expect(page).not.toContain('alert(')
  })
})
