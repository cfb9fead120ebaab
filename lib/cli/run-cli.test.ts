import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, databaseFingerprint, type TempDatabase } from '@/test/helpers/temp-db'
import { runCliCaptured } from '@/test/helpers/cli'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'

let temp: TempDatabase
let dir: string

beforeAll(async () => {
  temp = await createTempDatabase()
  dir = mkdtempSync(path.join(tmpdir(), 'tongwen-cli-'))
})
afterAll(async () => {
  await temp.cleanup()
  rmSync(dir, { recursive: true, force: true })
})

const cli = (...args: string[]) => runCliCaptured(temp.url, args)

describe('cli list', () => {
  it('prints the statements as JSON: slug, title, kind, date, place, parties, clauseCount', async () => {
    const { code, out } = await cli('list', '--json')
    expect(code).toBe(0)
    const list = JSON.parse(out) as Record<string, unknown>[]
    expect(list).toHaveLength(8)
    expect(list[4]).toEqual({
      slug: KG,
      title: '中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明',
      kind: 'joint-statement',
      date: '2019-06-13',
      place: '比什凯克',
      parties: ['China', 'Kyrgyzstan'],
      speaker: null,
      clauseCount: 65,
    })
  })

  it('prints a readable list without --json', async () => {
    const { out } = await cli('list')
    expect(out).toContain(
      `${KG}\n  中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明\n  joint-statement · 2019-06-13 · 比什凯克 · China–Kyrgyzstan · 65 clauses`,
    )
    expect(out).not.toContain('more:')
  })

  it('prints one page at a time, saying how many more there are and how to see them', async () => {
    const first = await cli('list', '--per-page', '3')
    expect(first.out.match(/^\S+$/gm)).toEqual([
      '2019-06-05-china-russia-joint-statement',
      '2019-06-05-china-russia-joint-statement-2',
      '2019-06-05-xi-jinping-speech',
    ])
    expect(first.out.split('\n').at(-1)).toBe('… 5 more: use --page 2 (or --all).')
    const last = await cli('list', '--per-page', '3', '--page', '3', '--json')
    expect((JSON.parse(last.out) as { slug: string }[]).map((s) => s.slug)).toEqual([TJ, '2019-06-15-xi-jinping-speech'])
    expect(last.err).toBe('')
    // with --json the hint goes to stderr: stdout stays one JSON array
    const json = await cli('list', '--per-page', '3', '--json')
    expect(JSON.parse(json.out)).toHaveLength(3)
    expect(json.err).toBe('… 5 more: use --page 2 (or --all).')
  })

  it('prints every statement with --all, streamed, as the same JSON a single page gives', async () => {
    const all = await cli('list', '--all', '--json')
    expect(all.out).toBe((await cli('list', '--json')).out)
    expect(JSON.parse(all.out)).toHaveLength(8)
    expect((await cli('list', '--all', '--json', '--kind', 'communique')).out).toBe('[]')
    expect((await cli('list', '--all')).out).toBe((await cli('list')).out)
  })

  it('filters like the home page', async () => {
    const { out } = await cli('list', '--party', 'tajikistan', '--year', '2019', '--json')
    expect((JSON.parse(out) as { slug: string }[]).map((s) => s.slug)).toEqual([TJ])
    expect((await cli('list', '--query', '不存在的标题')).out).toBe('No statement matches these filters.')
    expect((await cli('list', '--page', '9')).out).toBe('This page is past the last one: 8 statements in all; use a lower --page.')
  })

  it('refuses a bad page, page size or filter with one line naming the option', async () => {
    expect(await cli('list', '--page', 'abc')).toMatchObject({ code: 2, out: '', err: 'Invalid --page: use a page number, 1 or more.' })
    expect(await cli('list', '--per-page', '100000')).toMatchObject({
      code: 2,
      err: 'Invalid --per-page: use a whole number from 1 to 200.',
    })
    expect(await cli('list', '--kind', 'novel')).toMatchObject({ code: 2, err: expect.stringMatching(/^Invalid --kind: /) })
    // a party code no party has is a misuse like any bad flag (walkthrough: it exited 1, saying "Invalid party")
    expect(await cli('list', '--party', 'atlantis')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringMatching(/^Invalid --party: no party has the code “atlantis”/),
    })
    expect(await cli('search', '和平', '--party', 'atlantis')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringMatching(/^Invalid --party: /),
    })
    expect(await cli('list', '--all', '--page', '2')).toMatchObject({
      code: 2,
      err: 'Use either --all or --page/--per-page: --all prints every statement.',
    })
  })
})

describe('cli compare', () => {
  it('prints the comparison JSON with aligned rows and ops', async () => {
    const { code, out } = await cli('compare', KG, TJ, '--json')
    expect(code).toBe(0)
    const json = JSON.parse(out) as {
      a: { slug: string }
      b: { slug: string }
      similarity: number
      rows: { a: { text: string }[]; ops: { op: string; text: string }[] }[]
    }
    expect(json.a.slug).toBe(KG)
    expect(json.b.slug).toBe(TJ)
    expect(json.similarity).toBeGreaterThan(0)
    const unification = json.rows.find((row) => row.a.some((c) => c.text.includes('台湾独立')))
    expect(unification?.ops.filter((op) => op.op !== 'equal')).toEqual([{ op: 'insert', text: '和平' }])
  })

  it('prints the rows with [-deleted-] and {+inserted+} marks', async () => {
    const { out } = await cli('compare', KG, TJ)
    expect(out).toContain('吉/塔方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家{+和平+}统一所作的一切努力。')
  })

  it('takes the options of the web page', async () => {
    const { out } = await cli('compare', KG, TJ, '--json', '--granularity', 'char', '--no-mask', '--threshold', '0.5')
    expect(JSON.parse(out).options).toEqual({ threshold: 0.5, granularity: 'char', mask: false })
  })

  it('fails with one line for a statement that does not exist', async () => {
    expect(await cli('compare', KG, 'no-such-statement')).toEqual({
      code: 1,
      out: '',
      err: 'No statement with the slug "no-such-statement". See npm run cli -- list.',
    })
  })

  it('fails with one line for a bad option', async () => {
    const result = await cli('compare', KG, TJ, '--threshold', 'high')
    expect(result).toMatchObject({ code: 2, err: 'Invalid --threshold: use a number between 0 and 1.' })
  })
})

describe('cli import', () => {
  it('reports a file already imported as present', async () => {
    const { code, out } = await cli('import', path.join('data', 'corpus', 'xinhua-2019-06-xi-state-visits.txt'))
    expect(code).toBe(0)
    expect(out).toMatch(/already present 8/)
  })

  it.each([
    ['empty.txt', '', 'The file is empty.'],
    [
      'headings.txt',
      '会议纪要\n\n——\n\n2019年6月13日\n',
      'No statement found: the text has no sentences (Tongwen reads a statement from its sentences, with or without a title or date line).',
    ],
  ])('fails with a one-line reason for %s and changes nothing', async (name, content, reason) => {
    const file = path.join(dir, name)
    writeFileSync(file, content)
    const before = await databaseFingerprint(temp.db)
    expect(await cli('import', file)).toEqual({
      code: 1,
      out: `Summary: 0 statements imported from 0 files; 0 already present; 1 file failed.\n  failed: ${file}: ${reason}`,
      err: `${file}: ${reason}`,
    })
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('fails for a file that does not exist', async () => {
    expect(await cli('import', path.join(dir, 'missing.txt'))).toMatchObject({
      code: 1,
      err: `${path.join(dir, 'missing.txt')}: The file does not exist or cannot be read.`,
    })
  })
})

describe('edge cases', () => {
  it('explains its usage, on stderr, for no command, an unknown command or an unknown option', async () => {
    expect(await cli()).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/^Usage:/) })
    expect(await cli('list', '--bogus')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringMatching(/Unknown option '--bogus'[\s\S]*Usage:/),
    })
  })

  it('explains its usage for an unknown command', async () => {
    const result = await cli('frobnicate')
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/^Unknown command "frobnicate"/)
  })
})

describe('cli formulas', () => {
  it('mines the whole corpus again on request (after imports folded statements in)', async () => {
    const { code, out } = await cli('mine')
    expect(code).toBe(0)
    expect(out).toMatch(/^Mined \d+ formulas in \d+ families, and \d+ names, from 8 statements in \d+\.\d s\.$/)
    expect((await cli('mine', '--fast')).code).toBe(2)
  })

  it('fails with one line for the formulas of a statement that does not exist', async () => {
    expect(await cli('formulas', '--statement', 'no-such-statement')).toEqual({
      code: 1,
      out: '',
      err: 'No statement with the slug "no-such-statement". See npm run cli -- list.',
    })
  })

  it('prints the formulas, most widely used first, with their ids', async () => {
    const { code, out } = await cli('formulas')
    expect(code).toBe(0)
    const lines = out.split('\n')
    expect(lines[0]).toMatch(/^\d+ formula families \(of \d+ formulas\), mined from 8 statements/)
    expect(lines[2]).toMatch(/^ {9}7  [0-9a-f]{12}  “一带一路”$/)
    // its family under it
    expect(lines[3]).toMatch(/^ {26}built on it \(6 statements\): 共建“一带一路”  \[[0-9a-f]{12}\]$/)
    expect(out).toContain(
      'variant (1 statement): 〈X〉方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家和平统一所作的一切努力',
    )
  })

  it('keeps the formulas used in at least --min-docs statements', async () => {
    const { code, out } = await cli('formulas', '--min-docs', '5', '--json')
    expect(code).toBe(0)
    const formulas = JSON.parse(out) as { text: string; statements: number }[]
    expect(formulas.length).toBeGreaterThan(2)
    expect(formulas.every((f) => f.statements >= 5)).toBe(true)
    expect(formulas.slice(0, 2).map((f) => [f.text, f.statements])).toEqual([
      ['“一带一路”', 7],
      ['人类命运共同体', 6],
    ])
  })

  it('filters by language, with one line for a language it does not know', async () => {
    const all = JSON.parse((await cli('formulas', '--json')).out) as unknown[]
    // the bundled corpus is Chinese
    expect(JSON.parse((await cli('formulas', '--language', 'zh', '--json')).out)).toEqual(all)
    expect((await cli('formulas', '--language', 'en', '--json')).out).toBe('[]')
    expect(await cli('formulas', '--language', 'fr')).toMatchObject({ code: 2, err: 'Invalid --language: use zh or en.' })
  })

  it('filters by text and by statement', async () => {
    const { out } = await cli('formulas', '--query', '一个中国原则', '--statement', TJ, '--json')
    const formulas = JSON.parse(out) as { text: string; statements: number }[]
    expect(formulas.map((f) => f.text)).toEqual([
      '〈X〉方坚定奉行一个中国原则，重申中华人民共和国政府是代表全中国的唯一合法政府，台湾、西藏是中国领土不可分割的一部分',
    ])
  })

  it('sorts by first use with --sort, newest first', async () => {
    const { code, out } = await cli('formulas', '--sort', 'newest', '--json')
    expect(code).toBe(0)
    const firsts = (JSON.parse(out) as { firstDate: string }[]).map((f) => f.firstDate)
    expect(firsts.length).toBeGreaterThan(100)
    expect(firsts).toEqual([...firsts].sort().reverse())
    const bad = await cli('formulas', '--sort', 'loudest')
    expect(bad).toMatchObject({ code: 2, err: 'Invalid --sort: use one of used, newest, oldest, growth.' })
  })

  it('lists names apart with --names', async () => {
    const { code, out } = await cli('formulas', '--names', '--json')
    expect(code).toBe(0)
    const names = JSON.parse(out) as { text: string; kind: string }[]
    expect(names.map((n) => n.text)).toContain('上海合作组织')
    expect(names.every((n) => n.kind === 'name')).toBe(true)
  })

  it('fails with one line for a bad --min-docs', async () => {
    const { code, err } = await cli('formulas', '--min-docs', 'many')
    expect(code).toBe(2)
    expect(err).toBe('Invalid --min-docs: use a whole number of statements, 2 or more.')
  })
})

describe('cli formula', () => {
  it('prints the concordance, the variants marked against the main one', async () => {
    const listed = JSON.parse((await cli('formulas', '--query', '和平统一', '--json')).out) as { id: string }[]
    const { code, out } = await cli('formula', listed[0]?.id ?? '')
    expect(code).toBe(0)
    expect(out).toContain('实现国家{+和平+}统一所作的一切努力 (1 statement)')
    expect(out).toContain(`  ${KG} #c16 v1\n    ⟦吉方反对任何形式的“台湾独立”`)
    expect(out).toContain(`  ${TJ} #c16 v2\n    ⟦塔方反对任何形式的“台湾独立”`)
  })

  it('fails with one line for an unknown id', async () => {
    const { code, err } = await cli('formula', 'abcdefabcdef')
    expect(code).toBe(1)
    expect(err).toBe('No formula with the id "abcdefabcdef"; see npm run cli -- formulas.')
  })
})
