import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { databaseFingerprint, tempDatabaseForFile } from '@/test/helpers/temp-db'
import { deleteStatement, updateStatement } from './edit-statement'
import { getFormulaBuild, listFormulas } from '@/lib/db/formulas'
import { ImportError } from '@/lib/services/errors'
import { importFile, previewFile } from './import-file'
import { getStatement, listStatements } from '@/lib/db/statements'

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures/import')
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)))
const LIMIT = 25 * 1024 * 1024

const temp = tempDatabaseForFile()

describe('previewFile', () => {
  it('returns what importing would save, and writes nothing', async () => {
    const before = await databaseFingerprint(temp.db)
    const preview = await previewFile(temp.db, 'k.docx', bytes('kyrgyzstan-2019-en.docx'), LIMIT)
    expect(preview).toMatchObject({ format: 'docx', detail: 'Word document' })
    expect(preview.statements).toEqual([
      expect.objectContaining({
        kind: 'joint-statement',
        date: '2019-06-13',
        place: 'Bishkek',
        language: 'en',
        clauses: 24,
        present: null,
        parties: [
          { code: 'china', nameEn: 'China', nameZh: '中国' },
          { code: 'kyrgyzstan', nameEn: 'Kyrgyzstan', nameZh: '吉尔吉斯斯坦' },
        ],
      }),
    ])
    expect(preview.statements[0]?.sections.map((s) => s.label)).toEqual([null, 'I', 'II', 'III', 'IV'])
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('says which statements are already in the database', async () => {
    const preview = await previewFile(temp.db, 't.html', bytes('tajikistan-2019-zh.html'), LIMIT)
    expect(preview.statements.map((s) => s.present)).toEqual(['2019-06-15-china-tajikistan-joint-statement'])
  })
})

describe('importFile', () => {
  it('saves the reader’s metadata edits, settling the doubts they answer', async () => {
    const report = await importFile(temp.db, 'russia.txt', bytes('russia-2019-gb18030.txt'), LIMIT)
    // the bundled corpus already has this statement
    expect(report).toMatchObject({ imported: [], present: ['2019-06-05-china-russia-joint-statement'] })
    const edited = await importFile(temp.db, 't-en.pdf', bytes('tajikistan-2019-en.pdf'), LIMIT, {
      edits: [{ title: 'Joint Statement (English text)', place: 'Dushanbe', date: '2019-06-15', kind: 'joint-statement' }],
    })
    expect(edited.imported).toEqual(['2019-06-15-china-tajikistan-joint-statement-en'])
    const stored = await getStatement(temp.db, '2019-06-15-china-tajikistan-joint-statement-en')
    expect(stored).toMatchObject({ title: 'Joint Statement (English text)', language: 'en', place: 'Dushanbe' })
    expect(stored?.notes.map((n) => n.message)).toContain('metadata set by hand on import: title')
  })

  it('leaves out a statement the reader skipped', async () => {
    const before = (await listStatements(temp.db)).total
    const report = await importFile(temp.db, 'k-en.docx', bytes('kyrgyzstan-2019-en.docx'), LIMIT, { edits: [{ skip: true }] })
    expect(report).toMatchObject({ imported: [], present: [] })
    expect((await listStatements(temp.db)).total).toBe(before)
  })

  it('rebuilds the formulas in the same transaction', async () => {
    expect((await getFormulaBuild(temp.db))?.statementCount).toBe(9)
  })

  describe('bad input leaves the database exactly as it was', () => {
    it.each(['empty.txt', 'image-renamed.txt', 'shift-jis.txt', 'scanned.pdf', 'protected.pdf', 'truncated.docx', 'no-statement.txt'])(
      '%s',
      async (name) => {
        const before = await databaseFingerprint(temp.db)
        await expect(importFile(temp.db, name, bytes(name), LIMIT)).rejects.toBeInstanceOf(ImportError)
        expect(await databaseFingerprint(temp.db)).toEqual(before)
      },
    )

    it('a file over the limit', async () => {
      await expect(importFile(temp.db, 'big.pdf', bytes('tajikistan-2019-en.pdf'), 1000)).rejects.toThrow(/over the import limit of 0 MB/)
    })
  })
})

describe('updateStatement', () => {
  it('changes the metadata, keeps the slug, and masks the new partner’s names', async () => {
    const slug = '2019-06-15-china-tajikistan-joint-statement-en'
    expect(await updateStatement(temp.db, slug, { date: '2019-06-16', parties: ['china', 'kyrgyzstan'] })).toBe(true)
    const stored = await getStatement(temp.db, slug)
    expect(stored?.date).toBe('2019-06-16')
    expect(stored?.parties.map((p) => p.code)).toEqual(['china', 'kyrgyzstan'])
    expect(await updateStatement(temp.db, 'no-such-slug', { title: 'x' })).toBe(false)
  })
})

describe('deleteStatement', () => {
  it('removes the statement, its clauses and formula occurrences, and its file when it was the last', async () => {
    const slug = '2019-06-15-china-tajikistan-joint-statement-en'
    const id = (await getStatement(temp.db, slug))?.id as number
    expect(await deleteStatement(temp.db, slug)).toBe(true)
    expect(await getStatement(temp.db, slug)).toBeNull()
    expect(await temp.db.clause.count({ where: { statementId: id } })).toBe(0)
    expect(await temp.db.occurrence.count({ where: { statementId: id } })).toBe(0)
    expect(await temp.db.source.count({ where: { name: 't-en.pdf' } })).toBe(0)
    expect((await getFormulaBuild(temp.db))?.statementCount).toBe(8)
    expect((await listFormulas(temp.db)).total).toBeGreaterThan(100)
    expect(await deleteStatement(temp.db, slug)).toBe(false)
  })
})
