import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseFingerprint, tempDatabaseForFile } from '@/test/helpers/temp-db'
import { readFrontMatter } from '@/lib/ingest/front-matter'
import { importFile, previewFile } from './import-file'
import { clauseKey, sameTextAs } from './same-text'

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
const copied = body
  .split(/\n\s*\n/)
  .map((block) =>
    block
      .split(/ {2,}\n/)
      .map((line) =>
        line
          .replace(/\s*\n\s*/g, ' ')
          .replace(/\*+/g, '')
          .trim(),
      )
      .filter(Boolean)
      .join('\n'),
  )
  .filter(Boolean)
  .join('\n')

const temp = tempDatabaseForFile()
let slug = ''

beforeAll(async () => {
  const report = await importFile(temp.db, 'ireland.md', new Uint8Array(readFileSync(FILE)), LIMIT, { formulas: 'defer' })
  slug = report.imported[0] ?? ''
})

describe('the same statement under another form (walkthrough: duplicates)', () => {
  it('knows a web page’s copy of an imported file as the statement already there, and imports nothing', async () => {
    const paste = `Fact Sheet: The United States-Ireland Partnership\nMarch 17, 2021\n\n${copied}`
    const preview = await previewFile(temp.db, 'pasted.txt', bytes(paste), LIMIT)
    expect(preview.statements[0]?.present).toBe(slug)
    const before = await databaseFingerprint(temp.db)
    expect(await importFile(temp.db, 'pasted.txt', bytes(paste), LIMIT)).toMatchObject({ imported: [], present: [slug] })
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('knows its body pasted alone once the reader gives its date, and not before', async () => {
    const preview = await previewFile(temp.db, 'pasted.txt', bytes(copied), LIMIT)
    expect(preview.statements[0]?.present).toBeNull()
    const report = await importFile(temp.db, 'pasted.txt', bytes(copied), LIMIT, {
      edits: [{ title: 'Fact Sheet: The United States-Ireland Partnership', date: '2021-03-17' }],
    })
    expect(report).toMatchObject({ imported: [], present: [slug] })
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
})
