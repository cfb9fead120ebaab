/**
 * The JSON API, called as Next calls the route handlers, on a real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '@/lib/cli/run-cli'
import { createTempDatabase, type TempDatabase } from '@/test/helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'

let temp: TempDatabase
let routes: {
  list: typeof import('./statements/route')
  one: typeof import('./statements/[slug]/route')
  compare: typeof import('./compare/[a]/[b]/route')
  formulas: typeof import('./formulas/route')
  formula: typeof import('./formulas/[id]/route')
}

beforeAll(async () => {
  temp = await createTempDatabase()
  // the app reads DATABASE_URL once, on first use
  process.env.DATABASE_URL = temp.url
  routes = {
    list: await import('./statements/route'),
    one: await import('./statements/[slug]/route'),
    compare: await import('./compare/[a]/[b]/route'),
    formulas: await import('./formulas/route'),
    formula: await import('./formulas/[id]/route'),
  }
})
afterAll(async () => {
  await temp.cleanup()
})

const params = <T>(value: T) => ({ params: Promise.resolve(value) })

describe('GET /api/statements', () => {
  type Item = { slug: string; parties: string[]; date: string }
  async function list(query = '') {
    const response = await routes.list.GET(new Request(`http://localhost/api/statements${query}`))
    return { status: response.status, body: (await response.json()) as { items: Item[]; total: number; page: number; perPage: number } }
  }

  it('lists a page of the statements as the CLI does, with the total', async () => {
    const { status, body } = await list()
    expect(status).toBe(200)
    expect(body).toMatchObject({ total: 8, page: 1, perPage: 50 })
    expect(body.items.map((s) => s.slug)).toContain(KG)
    expect(body.items.find((s) => s.slug === TJ)).toMatchObject({ parties: ['China', 'Tajikistan'], date: '2019-06-15' })
  })

  it('pages and filters like the home page', async () => {
    const second = await list('?perPage=3&page=2')
    expect(second.body).toMatchObject({ total: 8, page: 2, perPage: 3 })
    expect(second.body.items.map((s) => s.slug)).toEqual(['2019-06-07-xi-jinping-speech', KG, '2019-06-14-xi-jinping-speech'])
    const filtered = await list(`?party=tajikistan&kind=joint-statement&year=2019&language=zh&q=${encodeURIComponent('伙伴关系')}`)
    expect(filtered.body.items.map((s) => s.slug)).toEqual([TJ])
    expect(filtered.body.total).toBe(1)
  })

  it('answers a page past the last with no items, so a client knows to stop', async () => {
    expect((await list('?page=99999')).body).toEqual({ items: [], total: 8, page: 99999, perPage: 50 })
  })

  it('is a 400 with a one-line JSON error for a bad parameter', async () => {
    expect(await list('?page=abc')).toEqual({ status: 400, body: { error: 'Invalid page: use a page number, 1 or more.' } })
    expect(await list('?perPage=100000')).toEqual({ status: 400, body: { error: 'Invalid perPage: use a whole number from 1 to 200.' } })
    expect((await list('?kind=novel')).status).toBe(400)
  })
})

describe('GET /api/statements/[slug]', () => {
  it('returns one statement with its sections and clauses', async () => {
    const response = await routes.one.GET(new Request(`http://localhost/api/statements/${KG}`), params({ slug: KG }))
    expect(response.status).toBe(200)
    const body = (await response.json()) as { title: string; sections: { label: string | null; clauses: { text: string }[] }[] }
    expect(body.title).toBe('中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明')
    expect(body.sections.map((s) => s.label)).toEqual([null, '一', '二', '三', '四', '五'])
  })

  it('is a 404 with a one-line JSON error for an unknown slug', async () => {
    const response = await routes.one.GET(new Request('http://localhost/api/statements/nope'), params({ slug: 'nope' }))
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'No statement with the slug "nope".' })
  })
})

describe('GET /api/compare/[a]/[b]', () => {
  it('returns the aligned comparison', async () => {
    const response = await routes.compare.GET(new Request(`http://localhost/api/compare/${KG}/${TJ}`), params({ a: KG, b: TJ }))
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      a: { slug: string; title: string }
      similarity: number
      rows: { a: { id: number; text: string }[]; b: unknown[]; score: number; ops: unknown[] }[]
    }
    expect(body.a).toEqual({ slug: KG, title: '中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明' })
    const row = body.rows.find((r) => r.a.some((c) => c.text.startsWith('吉方坚定奉行一个中国原则')))
    expect(row?.ops).toEqual([
      { op: 'equal', text: '吉', textB: '塔' },
      {
        op: 'equal',
        text: '方坚定奉行一个中国原则，重申中华人民共和国政府是代表全中国的唯一合法政府，台湾、西藏是中国领土不可分割的一部分。',
      },
    ])
    expect(row?.score).toBe(1)
  })

  it('honours the options in the query string', async () => {
    const response = await routes.compare.GET(
      new Request(`http://localhost/api/compare/${KG}/${TJ}?granularity=char&mask=0`),
      params({ a: KG, b: TJ }),
    )
    const body = (await response.json()) as { options: unknown }
    expect(body.options).toEqual({ threshold: 0.25, granularity: 'char', mask: false })
  })

  it('keeps the rows a view shows (?view=, as a filtered page’s export links ask), in each format, and says so (review)', async () => {
    const get = (query: string) =>
      routes.compare.GET(new Request(`http://localhost/api/compare/${KG}/${TJ}?${query}`), params({ a: KG, b: TJ }))
    const whole = (await (await get('')).json()) as { rows: { ops: { op: string }[]; a: unknown[]; b: unknown[] }[]; view?: unknown }
    const changed = whole.rows.filter((r) => r.a.length && r.b.length && r.ops.some((op) => op.op !== 'equal'))
    expect(whole.view).toBeUndefined()
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.length).toBeLessThan(whole.rows.length)
    const json = (await (await get('view=changed')).json()) as { rows: unknown[]; view: unknown }
    expect(json.rows).toHaveLength(changed.length)
    expect(json.view).toEqual({ rows: 'changed', of: whole.rows.length })
    const csv = await (await get('view=changed&format=csv')).text()
    expect(csv.trim().split('\r\n')).toHaveLength(changed.length + 1)
    // (the Markdown, which needs the request's origin, in test/e2e/pages.test.ts)
    expect((await get('view=sideways')).status).toBe(400)
  })

  it('is a 404 with a one-line JSON error when a statement does not exist', async () => {
    const response = await routes.compare.GET(new Request(`http://localhost/api/compare/${KG}/nope`), params({ a: KG, b: 'nope' }))
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'No statement with the slug "nope".' })
  })

  it('is a 400 for a bad option', async () => {
    const response = await routes.compare.GET(new Request(`http://localhost/api/compare/${KG}/${TJ}?threshold=2`), params({ a: KG, b: TJ }))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'Invalid threshold: use a number between 0 and 1.' })
  })
})

describe('GET /api/formulas', () => {
  type Page = {
    total: number
    page: number
    limit: number
    build: { statements: number }
    formulas: { id: string; text: string; statements: number }[]
  }
  const list = async (query = '') => {
    const response = await routes.formulas.GET(new Request(`http://localhost/api/formulas${query}`))
    return { status: response.status, body: (await response.json()) as Page & { error?: string } }
  }

  it('returns the same formulas as the CLI, page by page', async () => {
    const out: string[] = []
    await runCli(['formulas', '--json'], { out: (line) => out.push(line), err: () => {} }, temp.url)
    const fromCli = JSON.parse(out.join('\n')) as unknown[]
    const first = await list('?limit=100')
    const pages = [first.body.formulas]
    for (let page = 2; page <= Math.ceil(first.body.total / 100); page++) pages.push((await list(`?limit=100&page=${page}`)).body.formulas)
    expect(first.body.total).toBe(fromCli.length)
    expect(pages.flat()).toEqual(fromCli)
    expect(first.body.build.statements).toBe(8)
  })

  it('filters like the page: text, statement, minimum statements', async () => {
    const { body } = await list(`?q=${encodeURIComponent('坚定奉行一个中国原则')}&statement=${KG}&minDocs=2`)
    expect(body.formulas.map((f) => f.statements)).toEqual([2])
  })

  it('sorts like the page, and says by what', async () => {
    const { body } = await list('?sort=oldest&limit=1000')
    expect(body).toMatchObject({ sort: 'oldest' })
    const firsts = (body.formulas as unknown as { firstDate: string }[]).map((f) => f.firstDate)
    expect(firsts).toEqual([...firsts].sort())
    expect((await list('?sort=sideways')).status).toBe(400)
  })

  it('answers a bad filter with 400 and one sentence', async () => {
    expect(await list('?minDocs=1')).toEqual({
      status: 400,
      body: { error: 'Invalid minDocs: use a whole number of statements, 2 or more.' },
    })
    expect((await list('?limit=5000')).status).toBe(400)
  })
})

describe('GET /api/formulas/:id', () => {
  it('returns the concordance with the variants’ changes', async () => {
    const { body } = await (async () => {
      const response = await routes.formulas.GET(new Request(`http://localhost/api/formulas?q=${encodeURIComponent('和平统一')}`))
      return { body: (await response.json()) as { formulas: { id: string }[] } }
    })()
    const response = await routes.formula.GET(new Request('http://localhost'), params({ id: body.formulas[0]?.id ?? '' }))
    expect(response.status).toBe(200)
    const formula = (await response.json()) as {
      variants: { changes: string }[]
      concordance: { statement: string; url: string; match: string }[]
    }
    expect(formula.variants[1]?.changes).toContain('实现国家{+和平+}统一')
    expect(formula.concordance.map((c) => [c.statement, c.url])).toEqual([
      [KG, `/statements/${KG}#c16`],
      [TJ, `/statements/${TJ}#c16`],
    ])
  })

  it('pages the concordance: `limit` occurrences a page, the pages in order make the whole of it', async () => {
    const listed = await routes.formulas.GET(new Request(`http://localhost/api/formulas?q=${encodeURIComponent('人类命运共同体')}`))
    const id = ((await listed.json()) as { formulas: { id: string; occurrences: number }[] }).formulas[0]?.id ?? ''
    type Detail = { concordancePage: { page: number; limit: number; total: number; pages: number }; concordance: { url: string }[] }
    const get = async (query: string) => {
      const response = await routes.formula.GET(new Request(`http://localhost/api/formulas/${id}${query}`), params({ id }))
      return { status: response.status, body: (await response.json()) as Detail & { error?: string } }
    }
    const whole = await get('')
    const total = whole.body.concordancePage.total
    expect(total).toBeGreaterThanOrEqual(3)
    expect(whole.body.concordancePage).toEqual({ page: 1, limit: 200, total, pages: 1 })
    const pages = []
    for (let page = 1; page <= Math.ceil(total / 2); page++) {
      const { status, body } = await get(`?page=${page}&limit=2`)
      expect(status).toBe(200)
      expect(body.concordancePage).toEqual({ page, limit: 2, total, pages: Math.ceil(total / 2) })
      pages.push(...body.concordance.map((c) => c.url))
    }
    expect(pages).toEqual(whole.body.concordance.map((c) => c.url))
    const past = await get(`?page=${Math.ceil(total / 2) + 1}&limit=2`)
    expect(past.status).toBe(404)
    expect(past.body.error).toMatch(/is past its last/)
    expect(await get('?page=0')).toEqual({ status: 400, body: { error: 'Invalid page: use a page number, 1 or more.' } })
    expect((await get('?limit=1001')).status).toBe(400)
  })

  it('answers an unknown id with 404 JSON', async () => {
    const response = await routes.formula.GET(new Request('http://localhost'), params({ id: 'nope' }))
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'No formula with the id "nope"; GET /api/formulas lists them.' })
  })
})

describe('an address under /api that is no route (walkthrough: /api/nope was the HTML page)', () => {
  it('is a 404 with a one-line JSON error naming the routes, whatever the method', async () => {
    const { GET, POST } = await import('./[...rest]/route')
    for (const answer of [
      GET(new Request('http://localhost/api/nope')),
      POST(new Request('http://localhost/api/nope', { method: 'POST' })),
    ]) {
      expect(answer.status).toBe(404)
      const body = (await answer.json()) as { error: string }
      expect(body.error).toMatch(/^No API route \/api\/nope: the routes are \/api\/statements, /)
      expect(body.error).not.toContain('\n')
    }
  })
})
