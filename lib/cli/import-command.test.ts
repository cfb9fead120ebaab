import { copyFileSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getFormulaBuild } from '@/lib/services/formulas'
import { getStatement, listStatements } from '@/lib/services/statements'
import { createTempDatabase, databaseFingerprint, type TempDatabase } from '@/test/helpers/temp-db'
import { runCliCaptured } from '@/test/helpers/cli'

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures/import')
const GOOD = [
  'kyrgyzstan-tajikistan-2019-zh.pdf',
  'tajikistan-2019-en.pdf',
  'kyrgyzstan-2019-en.docx',
  'tajikistan-2019-zh.html',
  'russia-2019-gb18030.txt',
]
const BAD = ['empty.txt', 'image-renamed.txt', 'shift-jis.txt', 'scanned.pdf', 'protected.pdf', 'truncated.docx', 'no-statement.txt']

let temp: TempDatabase
let dir: string

beforeAll(async () => {
  // an empty database: the fixtures are the bundled statements in other formats
  temp = await createTempDatabase({ seed: false })
  dir = mkdtempSync(path.join(tmpdir(), 'tongwen-batch-'))
})
afterAll(async () => {
  await temp.cleanup()
  rmSync(dir, { recursive: true, force: true })
})

const cli = (...args: string[]) => runCliCaptured(temp.url, args, true)

function folder(name: string, files: readonly string[]): string {
  const target = path.join(dir, name)
  mkdirSync(target, { recursive: true })
  for (const file of files) copyFileSync(path.join(FIXTURES, file), path.join(target, file))
  return target
}

describe('cli import --dry-run', () => {
  it('prints what each file gives and writes nothing', async () => {
    const before = await databaseFingerprint(temp.db)
    const { code, out } = await cli('import', '--dry-run', path.join(FIXTURES, 'kyrgyzstan-2019-en.docx'))
    expect(code).toBe(0)
    expect(out).toContain('kyrgyzstan-2019-en.docx: Word document, 1 statement')
    expect(out).toContain(
      "  would import: Joint Statement between the People's Republic of China and the Kyrgyz Republic on Further Deepening the Comprehensive Strategic Partnership",
    )
    // headed sections, as the statement's page lists them (the untitled opening is not one)
    expect(out).toMatch(/joint-statement · 2019-06-13 · Bishkek · China–Kyrgyzstan · en · 4 sections · 24 clauses/)
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })
})

describe('cli import of a folder', () => {
  it('imports PDF, Word, web page and GB18030 files with their metadata, and says what failed and why', async () => {
    const batch = folder('batch', [...GOOD, ...BAD])
    const { code, out, err, progress } = await cli('import', batch)
    expect(code).toBe(1)
    expect(progress.at(-1)).toBe(`${GOOD.length + BAD.length}/${GOOD.length + BAD.length}`)
    // the web page and the PDF hold the same Tajikistan statement: it is imported once, then found present
    expect(out).toContain('Summary: 5 statements imported from 4 files; 1 already present; 7 files failed.')
    for (const bad of BAD) expect(err).toContain(`${path.join(batch, bad)}: `)
    expect(out).toContain(`  failed: ${path.join(batch, 'protected.pdf')}: The PDF is protected by a password`)
    expect(out).toContain(`  failed: ${path.join(batch, 'scanned.pdf')}: The PDF has no text layer`)
    const { items: statements } = await listStatements(temp.db)
    expect(statements.map((s) => [s.kind, s.date, s.parties.map((p) => p.code).join('-'), s.language]).sort()).toEqual(
      [
        ['joint-statement', '2019-06-13', 'china-kyrgyzstan', 'zh'],
        ['joint-statement', '2019-06-16', 'china-tajikistan', 'zh'],
        ['joint-statement', '2019-06-13', 'china-kyrgyzstan', 'en'],
        ['joint-statement', '2019-06-15', 'china-tajikistan', 'en'],
        ['joint-statement', null, 'china-russia', 'zh'],
      ].sort((x, y) => String(x).localeCompare(String(y))),
    )
  })

  it('mines the formulas once for the batch, from every statement', async () => {
    expect((await getFormulaBuild(temp.db))?.statementCount).toBe(5)
  })

  it('keeps the repairs made to a file with its statements', async () => {
    const pdf = await getStatement(temp.db, '2019-06-13-china-kyrgyzstan-joint-statement')
    expect(pdf?.notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/^replaced \d+ radical signs/))
  })

  it('reports the same files again as already present, not duplicated', async () => {
    const before = await databaseFingerprint(temp.db)
    const { code, out } = await cli(
      'import',
      path.join(dir, 'batch', 'kyrgyzstan-2019-en.docx'),
      path.join(dir, 'batch', 'tajikistan-2019-zh.html'),
    )
    expect(code).toBe(0)
    expect(out).toContain('Summary: 0 statements imported from 0 files; 2 already present; 0 files failed.')
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  describe('edge cases', () => {
    it('refuses a 200 MB file by its size, before reading it', async () => {
      const huge = path.join(dir, 'huge.txt')
      const fd = openSync(huge, 'w')
      ftruncateSync(fd, 200 * 1024 * 1024) // sparse: takes no disk, and would take 200 MB of memory if read
      closeSync(fd)
      const before = await databaseFingerprint(temp.db)
      const { code, err } = await cli('import', huge)
      expect(code).toBe(1)
      expect(err).toBe(`${huge}: The file is 200 MB, over the import limit of 25 MB: split it, or raise TONGWEN_MAX_IMPORT_MB.`)
      expect(await databaseFingerprint(temp.db)).toEqual(before)
    })

    it('says so for a folder with nothing to import', async () => {
      const empty = path.join(dir, 'nothing')
      mkdirSync(empty)
      writeFileSync(path.join(empty, 'notes.md'), '# notes')
      expect(await cli('import', empty)).toMatchObject({
        code: 1,
        err: 'No files to import there: Tongwen imports .txt, .pdf, .docx and .html files.',
      })
    })
  })
})
