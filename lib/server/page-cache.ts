/**
 * Pages kept for anonymous readers: a page a reader without a session got is
 * kept, as the bytes that went to the socket (compressed when they were), and
 * the next reader of the same address gets those bytes without a render, as
 * long as the data generation (lib/db/write-lock.ts: every import, edit,
 * deletion and formula rebuild raises it, in whichever process) is the one the
 * page was rendered under. A shared link opened by many at once is rendered
 * once: readers who arrive while it renders wait for that render.
 *
 * Installed around Node's HTTP server (instrumentation.ts), outside the
 * overload gate, so a kept page is served even while renders queue.
 */
import http from 'node:http'
import { KeptResults } from '@/lib/kept-results'

export interface PageCacheOptions {
  /** bytes of pages kept at most (least recently read dropped first) */
  maxBytes: number
  /** the current data generation; a kept page is served only under the one it was rendered under */
  generation: () => Promise<number>
  /** the session cookie: a reader who sends it is signed in, and gets a page of their own */
  sessionCookie: string
}

export interface PageCacheStats {
  hits: number
  misses: number
  bytes: number
  pages: number
}

interface KeptPage {
  generation: number
  status: number
  headers: http.OutgoingHttpHeaders
  body: Buffer
}

/** The pages: the statement list, statements, comparisons, collations, formulas, the map and search (not sign-in, import or the API). */
const PAGE_PATH = /^\/(?:statements(?:\/[^/]+)?|compare(?:\/[^/]+\/[^/]+)?|collate|formulas(?:\/[^/]+)?|map|search)?$/

/** Headers that make a request a client-side navigation, a prefetch or a server action: Next answers those differently. */
const NEXT_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url']

/** Headers of the kept answer that belong to one response only. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'set-cookie'])

/** Pages larger than this are served but not kept. */
const MAX_PAGE_BYTES = 4 * 1024 * 1024

/** The key of a request that may be answered from the kept pages, or null. */
export function pageKey(request: http.IncomingMessage, sessionCookie: string): string | null {
  if (request.method !== 'GET' || !request.url) return null
  const [path = '', query = ''] = request.url.split('?', 2)
  if (!PAGE_PATH.test(path) || /(?:^|&)_rsc=/.test(query)) return null
  const headers = request.headers
  if (NEXT_HEADERS.some((name) => headers[name] !== undefined) || headers.range !== undefined) return null
  if (headers.cookie?.split(';').some((part) => part.trim().startsWith(`${sessionCookie}=`))) return null
  // everything else a page may depend on: its origin (its preview links are absolute) and the encoding it is sent in
  return [headers.host, headers['x-forwarded-host'], headers['x-forwarded-proto'], headers['accept-encoding'], request.url].join('\n')
}

export function createPageCache({ maxBytes, generation, sessionCookie }: PageCacheOptions) {
  // least recently read out first, within the byte budget (a page too large for it alone is not kept)
  const kept = new KeptResults<KeptPage>(maxBytes)
  const rendering = new Map<string, Promise<KeptPage | null>>()
  const stats: PageCacheStats = {
    hits: 0,
    misses: 0,
    get bytes() {
      return kept.totalWeight
    },
    get pages() {
      return kept.size
    },
  }
  const serve = (response: http.ServerResponse, page: KeptPage) => {
    stats.hits++
    response.writeHead(page.status, { ...page.headers, 'content-length': page.body.length, 'x-tongwen-page': 'kept' })
    response.end(page.body)
  }

  /**
   * Answers `request` from the kept pages when it can; otherwise calls
   * `render`, which answers it as the app would, and keeps what it sends.
   */
  async function handle(request: http.IncomingMessage, response: http.ServerResponse, render: () => void): Promise<void> {
    const key = maxBytes > 0 ? pageKey(request, sessionCookie) : null
    if (key === null) return render()
    let current: number
    try {
      current = await generation()
    } catch {
      // the database cannot say: render, keep nothing
      return render()
    }
    const page = kept.get(key)
    // a page of an earlier generation is never served; it is replaced, or ages out
    if (page && page.generation === current) return serve(response, page)
    const pending = rendering.get(key)
    if (pending) {
      const rendered = await pending
      if (rendered && rendered.generation === current) return serve(response, rendered)
      return render()
    }
    stats.misses++
    const done = capture(response, current)
    rendering.set(key, done)
    void done.then((rendered) => {
      rendering.delete(key)
      if (rendered) kept.set(key, rendered, rendered.body.length)
    })
    render()
  }

  return { handle, stats }
}

/** What `response` sends, once it has sent it: a 200 without cookies, under `generation`; otherwise null. */
function capture(response: http.ServerResponse, generation: number): Promise<KeptPage | null> {
  const chunks: Buffer[] = []
  let size = 0
  let headersGiven: http.OutgoingHttpHeaders = {}
  const original = { writeHead: response.writeHead, write: response.write, end: response.end }
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_PAGE_BYTES) return
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array)
    size += buffer.length
    chunks.push(buffer)
  }
  response.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg, k) => k > 0 && typeof arg === 'object' && arg !== null && !Array.isArray(arg))
    if (headers) headersGiven = headers as http.OutgoingHttpHeaders
    return (original.writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args)
  } as typeof response.writeHead
  response.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0])
    return (original.write as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
  } as typeof response.write
  response.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0])
    return (original.end as (...a: unknown[]) => http.ServerResponse).call(this, chunk, ...rest)
  } as typeof response.end
  return new Promise((resolve) => {
    response.once('close', () => {
      const headers: http.OutgoingHttpHeaders = { ...response.getHeaders(), ...lowerCased(headersGiven) }
      const complete = response.writableFinished && size <= MAX_PAGE_BYTES
      if (!complete || response.statusCode !== 200 || headers['set-cookie'] !== undefined) return resolve(null)
      for (const name of PER_RESPONSE) delete headers[name]
      resolve({ generation, status: response.statusCode, headers, body: Buffer.concat(chunks) })
    })
  })
}

function lowerCased(headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
}

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean
const state = globalThis as typeof globalThis & { tongwenPageCache?: PageCacheStats }

/** Installs the kept pages on every HTTP server of this process (once), outside whatever wraps it already; returns the counters. */
export function installPageCache(options: PageCacheOptions): PageCacheStats {
  if (state.tongwenPageCache) return state.tongwenPageCache
  const cache = createPageCache(options)
  state.tongwenPageCache = cache.stats
  const emit = http.Server.prototype.emit as Emit
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args)
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
    void cache.handle(request, response, () => emit.call(this, 'request', request, response))
    return true
  } as typeof http.Server.prototype.emit
  return cache.stats
}
