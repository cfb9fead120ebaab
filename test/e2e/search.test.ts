/**
 * Search as a reader and a script use it, from the production server: the
 * page with its context lines and filters, the JSON API, and bad parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getFromApp, startAppServer, type AppServer } from '../helpers/app-server'
import { createTempDatabase, type TempDatabase } from '../helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '../helpers/corpus'

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

const get = (path: string) => getFromApp(app, path)

const text = (html: string) =>
  html
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')

describe('/search', () => {
  it('shows each matching clause in context, grouped by statement, linked to the clause', async () => {
    const { status, body } = await get(`/search?q=${encodeURIComponent('国家和平统一')}`)
    expect(status).toBe(200)
    expect(text(body)).toContain('1 clause in 1 statement contain “国家和平统一”')
    expect(body).toContain(`href="/statements/${TJ}"`)
    expect(body).toMatch(new RegExp(`href="/statements/${TJ}#c\\d+"`))
    expect(body).toMatch(/<mark[^>]*>国家和平统一<\/mark>/)
    expect(body).not.toContain(`href="/statements/${KG}"`)
    expect(body).toContain('<title>“国家和平统一” in the statements')
  })

  it('filters by party and pages through statements, each page a link', async () => {
    const filtered = await get(`/search?q=${encodeURIComponent('一带一路')}&party=kyrgyzstan`)
    expect(text(filtered.body)).toContain('in 1 statement contain “一带一路”')
    const paged = await get(`/search?q=${encodeURIComponent('一带一路')}&page=2&perPage=2`)
    expect(text(paged.body)).toContain('25 clauses in 7 statements contain “一带一路” · page 2 of 4')
    expect(paged.body).toContain('rel="prev"')
    expect(paged.body).toContain('rel="next"')
    // a page past the last (an old link) says so and leads back, never "page 9 of 4"
    const past = text((await get(`/search?q=${encodeURIComponent('一带一路')}&page=9&perPage=2`)).body)
    expect(past).toContain('25 clauses in 7 statements contain “一带一路”.')
    expect(past).toContain('This page is past the last one. Go to page 4.')
    expect(past).not.toMatch(/9 of 4/)
  })

  it('says so plainly when nothing matches, or the term is too short', async () => {
    expect(text((await get(`/search?q=${encodeURIComponent('不存在的说法')}`)).body)).toContain('No clause contains “不存在的说法”.')
    const short = await get(`/search?q=${encodeURIComponent('统')}`)
    expect(short.status).toBe(200)
    expect(text(short.body)).toContain('Type at least 2 characters to search.')
  })

  it('answers a parameter it cannot read with a 400 page naming it, and redirects to the shortest URL', async () => {
    const bad = await get('/search?q=abc&year=twenty')
    expect(bad.status).toBe(400)
    expect(text(bad.body)).toContain('Invalid year: use a year of four digits, such as 2019.')
    const long = await get('/search?q=abc&page=1&perPage=20&tracking=x')
    expect(long.status).toBe(308)
    expect(long.location).toMatch(/\/search\?q=abc$/)
  })

  it('never renders the search text as HTML', async () => {
    const { status, body } = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`)
    expect(status).toBe(200)
    expect(body).not.toContain('<script>alert(1)</script>')
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})

describe('GET /api/search', () => {
  it('returns the counts and the page of statements with their clauses in context', async () => {
    const { status, type, body } = await get(`/api/search?q=${encodeURIComponent('统一')}&party=tajikistan`)
    expect(status).toBe(200)
    expect(type).toContain('application/json')
    const json = JSON.parse(body) as {
      clauses: number
      statements: number
      method: string
      results: { slug: string; hits: { clause: number; lines: { match: string }[] }[] }[]
    }
    expect(json).toMatchObject({ clauses: 1, statements: 1, method: 'index', results: [{ slug: TJ }] })
    expect(json.results[0]?.hits[0]?.lines[0]?.match).toBe('统一')
  })

  it('answers bad parameters with a 400 and one sentence', async () => {
    for (const [path, error] of [
      ['/api/search', 'Type at least 2 characters to search.'],
      ['/api/search?q=%E7%BB%9F', 'Type at least 2 characters to search.'],
      ['/api/search?q=abc&perPage=5000', 'Invalid perPage: use a whole number from 1 to 100.'],
      ['/api/search?q=abc&language=fr', 'Invalid language: use zh or en.'],
    ] as const) {
      const { status, body } = await get(path)
      expect(status, path).toBe(400)
      expect(JSON.parse(body), path).toEqual({ error })
    }
  })
})
