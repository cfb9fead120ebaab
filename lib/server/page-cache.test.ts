import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPageCache, pageKey } from './page-cache'

let server: Server
let base: string
let generation = 1
let renders = 0
let cache: ReturnType<typeof createPageCache>

/** The app: each page takes 100 ms to render and says which render it was; a few answers are not for keeping. */
function app(request: IncomingMessage, response: ServerResponse): void {
  renders++
  const render = renders
  setTimeout(() => {
    const url = request.url ?? ''
    if (url.startsWith('/statements/missing')) {
      response.statusCode = 404
      return response.end('not found')
    }
    if (url.startsWith('/search?cookie')) response.setHeader('set-cookie', 'a=b')
    response.setHeader('content-type', 'text/html; charset=utf-8')
    const body = `<p>render ${render} of ${url}</p>`.repeat(url.includes('big') ? 40_000 : 1)
    if (request.headers['accept-encoding']?.includes('gzip')) {
      response.setHeader('content-encoding', 'gzip')
      return response.end(gzipSync(body))
    }
    // written in pieces, as a streamed page is
    response.write(body.slice(0, 10))
    response.end(body.slice(10))
  }, 100)
}

function start(maxBytes: number) {
  cache = createPageCache({ maxBytes, generation: async () => generation, sessionCookie: 'tongwen_admin' })
  server.removeAllListeners('request')
  server.on(
    'request',
    (request: IncomingMessage, response: ServerResponse) => void cache.handle(request, response, () => app(request, response)),
  )
}

beforeAll(async () => {
  server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  generation = 1
  renders = 0
  start(1024 * 1024)
})

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers } })
  return { status: response.status, body: await response.text(), kept: response.headers.get('x-tongwen-page') === 'kept', response }
}

describe('createPageCache', () => {
  it('serves a page it kept again without rendering it, with the same bytes and headers', async () => {
    const first = await get('/compare/a/b?view=changes')
    const again = await get('/compare/a/b?view=changes')
    expect(first).toMatchObject({ status: 200, kept: false, body: '<p>render 1 of /compare/a/b?view=changes</p>' })
    expect(again).toMatchObject({ status: 200, kept: true, body: first.body })
    expect(again.response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(renders).toBe(1)
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, pages: 1 })
  })

  it('renders again once the data generation has changed (an import, an edit, a deletion)', async () => {
    await get('/statements/x')
    generation = 2
    const after = await get('/statements/x')
    expect(after).toMatchObject({ kept: false, body: '<p>render 2 of /statements/x</p>' })
    expect(await get('/statements/x')).toMatchObject({ kept: true, body: after.body })
  })

  it('keeps a gzipped page for readers who accept gzip, apart from the plain one', async () => {
    const gzip = await fetch(`${base}/map`, { headers: { 'accept-encoding': 'gzip' } })
    expect(await gzip.text()).toBe('<p>render 1 of /map</p>')
    const zipped = await fetch(`${base}/map`, { headers: { 'accept-encoding': 'gzip' } })
    expect(zipped.headers.get('x-tongwen-page')).toBe('kept')
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(await zipped.text()).toBe('<p>render 1 of /map</p>')
    expect(await get('/map')).toMatchObject({ kept: false, body: '<p>render 2 of /map</p>' })
  })

  it('renders a shared link once for the readers who open it at the same time', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => get('/compare/c/d')))
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(['<p>render 1 of /compare/c/d</p>']))
    expect(renders).toBe(1)
  })

  it('keeps no more than its bytes, dropping the least recently read first', async () => {
    start(70)
    await get('/formulas/1')
    await get('/formulas/2')
    await get('/formulas/1')
    await get('/formulas/3')
    expect(cache.stats.bytes).toBeLessThanOrEqual(70)
    expect((await get('/formulas/1')).kept).toBe(true)
    expect((await get('/formulas/2')).kept).toBe(false)
  })

  describe('edge cases', () => {
    it('keeps nothing when switched off (0 bytes)', async () => {
      start(0)
      await get('/search?q=x')
      expect(await get('/search?q=x')).toMatchObject({ kept: false, body: '<p>render 2 of /search?q=x</p>' })
    })

    it('does not keep a page that is not a 200, sets a cookie, or is larger than a page may be', async () => {
      for (const path of ['/statements/missing', '/search?cookie=1', '/search?q=big']) {
        await get(path)
        expect((await get(path)).kept, path).toBe(false)
      }
    })

    it('gives signed-in readers, client-side navigations and other routes a render of their own', () => {
      const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
        ({ url, method, headers: { host: 'h', ...headers } }) as unknown as IncomingMessage
      expect(pageKey(request('/compare/a/b'), 'tongwen_admin')).not.toBeNull()
      expect(pageKey(request('/'), 'tongwen_admin')).not.toBeNull()
      expect(pageKey(request('/collate?s=a,b,c'), 'tongwen_admin')).not.toBeNull()
      expect(pageKey(request('/compare/a/b', { cookie: 'x=1; tongwen_admin=abc' }), 'tongwen_admin')).toBeNull()
      expect(pageKey(request('/compare/a/b', { cookie: 'other=1' }), 'tongwen_admin')).not.toBeNull()
      expect(pageKey(request('/compare/a/b', { rsc: '1' }), 'tongwen_admin')).toBeNull()
      expect(pageKey(request('/compare/a/b?_rsc=abc'), 'tongwen_admin')).toBeNull()
      expect(pageKey(request('/compare/a/b', {}, 'POST'), 'tongwen_admin')).toBeNull()
      for (const path of ['/api/statements', '/login', '/import', '/compare/a/b/image', '/collate/image?s=a,b,c', '/_next/static/x.js'])
        expect(pageKey(request(path), 'tongwen_admin'), path).toBeNull()
      // a page's absolute links follow its origin: another host is another page
      expect(pageKey(request('/map', { host: 'a' }), 'tongwen_admin')).not.toBe(pageKey(request('/map', { host: 'b' }), 'tongwen_admin'))
    })
  })
})
