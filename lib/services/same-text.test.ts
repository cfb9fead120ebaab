import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempDatabaseForFile } from '@/test/helpers/temp-db'
import { readFrontMatter } from '@/lib/ingest/front-matter'
import { asBrowserCopies } from '@/lib/eval/browser-copy'
import { importFile, newPreviewBatch, previewFile } from './import-file'
import { getStatement } from './statements'
import { clauseKey, sameTextAmong, sameTextAs } from './same-text'
import { sameDateWords } from '@/lib/vocab/same-date'

const FILE = path.join(
  import.meta.dirname,
  '../../data/collections/whitehouse-2021-2022/2021-03-17-fact-sheet-the-united-states-ireland-partnership.md',
)
const LIMIT = 25 * 1024 * 1024
const bytes = (text: string) => new TextEncoder().encode(text)
const published = readFileSync(FILE, 'utf8')
const front = readFrontMatter(published)
const body = published.slice(front?.end ?? 0)
/** The page as a browser copies it: markup gone, a paragraph to a line, the run-in headings on lines of their own. */
const copied = asBrowserCopies(body)

const temp = tempDatabaseForFile()
let slug = ''

beforeAll(async () => {
  const report = await importFile(temp.db, 'ireland.md', new Uint8Array(readFileSync(FILE)), LIMIT, { formulas: 'defer' })
  slug = report.imported[0] ?? ''
})

describe('the same statement under another form (walkthrough: duplicates)', () => {
  it('previews a web page’s copy of an imported file as the same text, left out unless the reader takes it', async () => {
    // as the page is copied, it reads as the file: the same statement exactly
    const paste = `Fact Sheet: The United States-Ireland Partnership\nMarch 17, 2021\n\n${copied}`
    expect((await previewFile(temp.db, 'pasted.txt', bytes(paste), LIMIT)).statements[0]?.present).toBe(slug)
    // under a title of the reader's own it is the same text in another form
    const retitled = `The United States and Ireland: a partnership\nMarch 17, 2021\n\n${copied}`
    const [statement] = (await previewFile(temp.db, 'pasted.txt', bytes(retitled), LIMIT)).statements
    expect(statement?.present).toBeNull()
    expect(statement?.sameAs).toEqual({ slug, title: 'Fact Sheet: The United States-Ireland Partnership', date: '2021-03-17', share: 1 })
  })

  it('saves such a copy when asked, with a doubt that names the statement it repeats (another release may be wanted, to compare)', async () => {
    const report = await importFile(temp.db, 'pasted.txt', bytes(copied), LIMIT, {
      edits: [{ title: 'Fact Sheet: The United States-Ireland Partnership', date: '2021-03-17' }],
      formulas: 'defer',
    })
    expect(report.imported).toHaveLength(1)
    expect(report.doubts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          message: expect.stringMatching(
            new RegExp(`^the same text as “Fact Sheet: The United States-Ireland Partnership” \\(${slug}\\), of the same date \\(100% `),
          ),
        }),
      ]),
    )
  })

  it('finds the statement an undated body repeats, whatever its date, through the search index (walkthrough: taken for new)', async () => {
    // the body alone, as a browser copies it, previews undated
    const [statement] = (await previewFile(temp.db, 'body.txt', bytes(copied), LIMIT)).statements
    expect(statement?.date).toBeNull()
    expect(statement?.sameAs).toEqual({ slug, title: 'Fact Sheet: The United States-Ireland Partnership', date: '2021-03-17', share: 1 })
    expect(sameDateWords(null, '2021-03-17')).toBe('dated 2021-03-17, where this text has no date')
    // saved all the same when asked, with the doubt that says so
    const report = await importFile(temp.db, 'body.txt', bytes(copied), LIMIT, { formulas: 'defer' })
    expect(report.doubts.map((d) => d.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/, dated 2021-03-17, where this text has no date \(100% of its clauses word for word\)/),
      ]),
    )
    // a Chinese body finds its statement too, and an unrelated text of the language finds none
    const kg = await temp.db.statement.findFirstOrThrow({
      where: { language: 'zh' },
      select: { slug: true, date: true, clauses: { orderBy: { position: 'asc' }, select: { text: true, label: true } } },
    })
    const [zh] = await sameTextAs(temp.db, [{ date: null, language: 'zh', clauses: kg.clauses }])
    expect(zh).toMatchObject({ slug: kg.slug, date: kg.date, share: 1 })
    const unrelated = await sameTextAs(temp.db, [
      {
        date: null,
        language: 'en',
        clauses: [{ text: 'The United States and Ireland share a deep and abiding relationship of trade and investment.' }],
      },
    ])
    expect(unrelated).toEqual([null])
  })

  it('does not take another statement of the same day for it', async () => {
    const other = await sameTextAs(temp.db, [
      {
        date: '2021-03-17',
        language: 'en',
        clauses: [{ text: 'The United States and Ireland share a deep trade and investment relationship.' }],
      },
    ])
    expect(other).toEqual([null])
    expect(clauseKey('1. The Parties, “agree”:', '1.')).toBe('thepartiesagree')
  })

  it('says which statement of the same upload a statement repeats, before either is saved (review: only the database was asked)', async () => {
    const quad = readFileSync(
      path.join(import.meta.dirname, '../../data/collections/whitehouse-2021-2022/2022-05-24-quad-joint-leaders-statement.md'),
      'utf8',
    )
    const quadBody = asBrowserCopies(quad.slice(readFrontMatter(quad)?.end ?? 0))
    const original = `Quad Joint Leaders’ Statement\nMay 24, 2022\n\n${quadBody}`
    const retitled = `Quad Leaders’ Tokyo Statement\nMay 24, 2022\n\n${quadBody}`
    const batch = newPreviewBatch()
    const first = await previewFile(temp.db, 'quad.txt', bytes(original), LIMIT, batch)
    const second = await previewFile(temp.db, 'quad-copy.txt', bytes(retitled), LIMIT, batch)
    expect(first.statements[0]?.sameInImport).toBeNull()
    expect(second.statements[0]?.sameInImport).toEqual({ file: 'quad.txt', index: 0, share: 1 })
    // a file previewed alone knows of no other
    expect((await previewFile(temp.db, 'quad-copy.txt', bytes(retitled), LIMIT)).statements[0]?.sameInImport).toBeNull()
  })

  it('notes a statement that repeats an earlier one of the same file as a doubt when both are saved', async () => {
    const corpus = readFileSync(path.join(import.meta.dirname, '../../data/corpus/xinhua-2019-06-xi-state-visits.txt'), 'utf8')
    const starts = [...corpus.matchAll(/^\s*新华社\S+ \d+ 月 \d+ 日电/gmu)].map((m) => m.index)
    // Kyrgyzstan's statement, once the database's copy is gone, and the same statement again under a title of its own
    await temp.db.statement.delete({ where: { slug: '2019-06-13-china-kyrgyzstan-joint-statement' } })
    const block = corpus.slice(starts[4], starts[5])
    const twin = block.replace('进一步深化', '进一步深化和发展')
    expect(twin).not.toBe(block)
    const text = `${block}\n\n${twin}`
    const preview = await previewFile(temp.db, 'two.txt', bytes(text), LIMIT)
    expect(preview.statements).toHaveLength(2)
    expect(preview.statements[1]?.sameInImport).toEqual({ file: 'two.txt', index: 0, share: 1 })
    const report = await importFile(temp.db, 'two.txt', bytes(text), LIMIT, { formulas: 'defer' })
    expect(report.imported).toHaveLength(2)
    expect(report.doubts.map((d) => d.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^the same text as statement 1 of this file, of the same date \(100% /)]),
    )
  })

  it('compares a statement read in an upload only with those read before it of its day and language, each keyed once (review)', () => {
    const clauses = [{ text: 'The two sides agreed to deepen trade.' }, { text: 'They will meet again next year.' }]
    const read = sameTextAmong()
    expect(read({ date: '2022-05-24', language: 'en', clauses })).toBeNull()
    // another day, another language, no date: not the same statement
    expect(read({ date: '2022-05-25', language: 'en', clauses })).toBeNull()
    expect(read({ date: '2022-05-24', language: 'zh', clauses })).toBeNull()
    expect(read({ date: null, language: 'en', clauses })).toBeNull()
    // the same day and language: the first read, by its place in the order given
    expect(read({ date: '2022-05-25', language: 'en', clauses })).toEqual({ index: 1, share: 1 })
    expect(read({ date: '2022-05-24', language: 'en', clauses: [clauses[0] as { text: string }] })).toBeNull()
    // two undated copies in one upload are one text too (review: only dated ones were compared)
    expect(read({ date: null, language: 'en', clauses: [...clauses].reverse() })).toEqual({ index: 3, share: 1 })
    expect(read({ date: null, language: 'zh', clauses })).toBeNull()
    // one shared clause of three is not the same text, though the index offers it
    const longer = [...clauses, { text: 'A third clause of its own.' }, { text: 'And a fourth.' }]
    expect(read({ date: '2022-05-24', language: 'en', clauses: longer })).toBeNull()
    expect(sameDateWords('2022-05-24')).toBe('of the same date')
    expect(sameDateWords(null)).toBe('both undated')
  })
})

describe('a title typed in place of the one read (walkthrough: a body pasted alone kept its doubt of no parties)', () => {
  const messages = (notes: readonly { kind: string; message: string }[] | undefined) => (notes ?? []).map((n) => `${n.kind}: ${n.message}`)
  const OPENING_DOUBT = 'doubt: the title names no parties as its authors; the parties are those the opening paragraph names: check them'
  // each import a text of its own, or it would be the one already there
  let n = 0
  const body = () => bytes(`${copied}\n\nThis is paragraph ${++n} added for the test.`)
  const save = async (edit: Record<string, unknown>) => {
    const report = await importFile(temp.db, 'pasted.txt', body(), LIMIT, { edits: [edit], formulas: 'defer' })
    return getStatement(temp.db, report.imported[0] ?? '')
  }

  it('reads the kind and the parties from it, as from a title in the text, with the doubts of that reading', async () => {
    const [read] = (await previewFile(temp.db, 'pasted.txt', body(), LIMIT)).statements
    // the body alone: parties from its opening, doubted
    expect(read?.parties.map((p) => p.code)).toEqual(['united-states', 'ireland'])
    expect(messages(read?.notes)).toContain(OPENING_DOUBT)
    const stored = await save({ title: 'Fact Sheet: The United States-Ireland Partnership', date: '2021-03-18' })
    // as the published file reads: a fact sheet, in the voice of the publishing government its title names
    expect(stored).toMatchObject({ kind: 'fact-sheet', parties: [{ code: 'united-states' }] })
    expect(messages(stored?.notes)).toEqual(
      expect.arrayContaining([
        'repair: read again from the title typed on import: kind, parties',
        expect.stringMatching(/^doubt: a document in one voice/),
      ]),
    )
    expect(messages(stored?.notes)).not.toContain(OPENING_DOUBT)
  })

  it('settles the doubt of parties read from the opening when the new title names the same ones', async () => {
    const stored = await save({ title: 'Joint Statement by the United States and Ireland', date: '2021-03-19' })
    expect(stored).toMatchObject({ kind: 'joint-statement', parties: [{ code: 'united-states' }, { code: 'ireland' }] })
    expect(messages(stored?.notes).filter((m) => m.startsWith('doubt:') && /parties/.test(m))).toEqual([])
  })

  it('leaves the kind and the parties the reader set, and those of a title that names none', async () => {
    const own = await save({
      title: 'Joint Statement by the United States and Ireland',
      date: '2021-03-20',
      kind: 'fact-sheet',
      parties: ['ireland'],
    })
    expect(own).toMatchObject({ kind: 'fact-sheet', parties: [{ code: 'ireland' }] })
    const plain = await save({ title: 'A partnership renewed', date: '2021-03-21' })
    expect(plain?.parties.map((p) => p.code)).toEqual(['united-states', 'ireland'])
    // two voices: a joint statement still, as the parser reads it whatever the title calls it
    expect(plain?.kind).toBe('joint-statement')
    expect(messages(plain?.notes)).toContain(OPENING_DOUBT)
  })
})
