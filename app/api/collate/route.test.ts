/**
 * GET /api/collate, called as Next calls the route handler, on a real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '@/test/helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'

const RU = '2019-06-05-china-russia-joint-statement'
const SLUGS = `${RU},${KG},${TJ}`

let temp: TempDatabase
let route: typeof import('./route')

beforeAll(async () => {
  temp = await createTempDatabase()
  // the app reads DATABASE_URL once, on first use
  process.env.DATABASE_URL = temp.url
  route = await import('./route')
})
afterAll(async () => {
  await temp.cleanup()
})

const get = (query: string) => route.GET(new Request(`http://localhost/api/collate?${query}`))

describe('GET /api/collate', () => {
  it('answers the collation as JSON, statements in the order asked', async () => {
    const response = await get(`s=${SLUGS}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    const body = (await response.json()) as { statements: { slug: string }[]; families: { cells: unknown[] }[] }
    expect(body.statements.map((s) => s.slug)).toEqual([RU, KG, TJ])
    expect(body.families.every((f) => f.cells.length === 3)).toBe(true)
  })

  it('exports CSV as a file, and TEI with an apparatus per family and the witnesses that read it', async () => {
    const csv = await get(`s=${SLUGS}&format=csv`)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="collation-3-${RU}.csv"`)
    const tei = await get(`s=${SLUGS}&format=tei&download=1`)
    expect(tei.headers.get('content-type')).toBe('application/tei+xml; charset=utf-8')
    expect(tei.headers.get('content-disposition')).toContain('.xml"')
    const xml = await tei.text()
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/)
    expect(xml).toContain('<app>')
    expect(xml).toMatch(/<(lem|rdg) wit="#w\d( #w\d)*"/)
  })

  describe('edge cases', () => {
    it('answers a missing statement with a 404 naming it', async () => {
      const response = await get('s=x,y,z')
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({ error: 'No statement with the slug "x" or "y" or "z".' })
    })

    it('answers too few statements, a bad view or a bad format with a sentence', async () => {
      const two = await get(`s=${KG},${TJ}`)
      expect(two.status).toBe(400)
      expect(((await two.json()) as { error: string }).error).toBe('A collation needs at least 3 statements; for two, compare them.')
      expect((await get(`s=${SLUGS}&show=everything`)).status).toBe(400)
      const format = await get(`s=${SLUGS}&format=pdf`)
      expect(format.status).toBe(400)
      expect(await format.json()).toEqual({ error: 'Invalid format: use "json", "csv" or "tei".' })
    })
  })
})
