import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCliProcess } from '@/test/helpers/run-cli-process'
import { corpusStatement, corpusText } from '@/test/helpers/corpus'
import { databaseFingerprint, tempDatabaseForFile } from '@/test/helpers/temp-db'
import { saveStatements } from './save-statements'
import { importText } from '@/lib/services/import-file'
import { ImportError } from '@/lib/services/errors'
import { getStatement, listStatements } from '@/lib/db/statements'

const temp = tempDatabaseForFile()

describe('a fresh database (real SQLite file, through Prisma)', () => {
  it('holds the bundled corpus, in date order, with stable slugs', async () => {
    const { items: statements } = await listStatements(temp.db)
    expect(statements.map((s) => s.slug)).toEqual([
      '2019-06-05-china-russia-joint-statement',
      '2019-06-05-china-russia-joint-statement-2',
      '2019-06-05-xi-jinping-speech',
      '2019-06-07-xi-jinping-speech',
      '2019-06-13-china-kyrgyzstan-joint-statement',
      '2019-06-14-xi-jinping-speech',
      '2019-06-15-china-tajikistan-joint-statement',
      '2019-06-15-xi-jinping-speech',
    ])
    expect(statements[4]).toMatchObject({
      title: '中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明',
      kind: 'joint-statement',
      date: '2019-06-13',
      place: '比什凯克',
      parties: [
        { code: 'china', nameEn: 'China', nameZh: '中国' },
        { code: 'kyrgyzstan', nameEn: 'Kyrgyzstan', nameZh: '吉尔吉斯斯坦' },
      ],
      clauseCount: corpusStatement(5).sections.flatMap((s) => s.clauses).length,
    })
  })

  it('gives back each statement’s sections and clauses as the importer parsed them', async () => {
    const stored = await getStatement(temp.db, '2019-06-15-china-tajikistan-joint-statement')
    const parsed = corpusStatement(8)
    expect(stored?.sections.map((s) => [s.level, s.label, s.heading])).toEqual(parsed.sections.map((s) => [s.level, s.label, s.heading]))
    expect(stored?.sections.flatMap((s) => s.clauses.map((c) => c.text))).toEqual(
      parsed.sections.flatMap((s) => s.clauses.map((c) => c.text)),
    )
    expect(stored?.sections.flatMap((s) => s.clauses.map((c) => c.position))).toEqual(
      parsed.sections.flatMap((s) => s.clauses).map((_, k) => k),
    )
  })

  it('keeps the importer’s repairs and doubts with the statement', async () => {
    const stability = await getStatement(temp.db, '2019-06-05-china-russia-joint-statement')
    expect(stability?.notes.map((n) => n.kind)).toContain('doubt')
  })

  it('is null for a slug no statement has', async () => {
    expect(await getStatement(temp.db, 'no-such-statement')).toBeNull()
  })
})

describe('importText', () => {
  it('reports the same file as already present and writes nothing', async () => {
    const before = await databaseFingerprint(temp.db)
    const report = await importText(temp.db, 'again.txt', corpusText())
    expect(report.imported).toEqual([])
    expect(report.present).toHaveLength(8)
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it.each([
    ['an empty file', '', 'The file is empty.'],
    [
      'a binary file',
      '\u0000\u0001\u0002PK\u0003\u0004'.repeat(300),
      'The file is not text (it contains binary data); import a text, PDF, Word or HTML file.',
    ],
    [
      'text with no sentence in it',
      '会议纪要\n\n——\n\n2019年6月13日',
      'No statement found: the text has no sentences (Tongwen reads a statement from its sentences, with or without a title or date line).',
    ],
  ])('refuses %s with one clear sentence and leaves the database as it was', async (_name, text, message) => {
    const before = await databaseFingerprint(temp.db)
    await expect(importText(temp.db, 'bad.txt', text)).rejects.toThrow(new ImportError(message))
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('writes nothing of a file when one of its statements cannot be saved (one transaction)', async () => {
    const before = await databaseFingerprint(temp.db)
    const fresh = { ...corpusStatement(5), title: '一份新的联合声明' }
    const broken = { ...corpusStatement(8), title: '另一份新的联合声明', kind: null as unknown as 'speech' }
    await expect(saveStatements(temp.db, 'two.txt', 'two statements', [fresh, broken])).rejects.toThrow()
    expect(await databaseFingerprint(temp.db)).toEqual(before)
  })

  it('imports a new statement once when two imports of it run at the same time', async () => {
    const reports = await Promise.all([
      importText(temp.db, 'one.txt', variantText('坚定支持')),
      importText(temp.db, 'two.txt', variantText('坚定支持')),
    ])
    expect(reports.flatMap((r) => r.imported)).toEqual(['2019-06-13-china-kyrgyzstan-joint-statement-2'])
    expect(reports.flatMap((r) => r.present)).toEqual(['2019-06-13-china-kyrgyzstan-joint-statement-2'])
  })

  it('imports a new statement once when two processes import it at the same time', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tongwen-race-'))
    const file = path.join(dir, 'kyrgyzstan-variant.txt')
    writeFileSync(file, variantText('全力支持'))
    const before = (await listStatements(temp.db)).total
    try {
      const runs = await Promise.all([runCliProcess(['import', file], temp.url), runCliProcess(['import', file], temp.url)])
      expect(
        runs.map((r) => r.code),
        runs.map((r) => r.stderr).join('\n'),
      ).toEqual([0, 0])
      const outputs = runs.map((r) => r.stdout).join('\n')
      expect(outputs).toMatch(/imported 1 \(2019-06-13-china-kyrgyzstan-joint-statement-\d\)/)
      expect(outputs).toMatch(/already present 1 \(2019-06-13-china-kyrgyzstan-joint-statement-\d\)/)
      expect((await listStatements(temp.db)).total).toBe(before + 1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** The China–Kyrgyzstan release alone, with one word changed so that it is a new statement. */
function variantText(word: string): string {
  const text = corpusText()
  const release = text.slice(text.indexOf(' 新华社比什凯克 6 月 13 日电'), text.indexOf('新华社比什凯克 6 月 14 日电'))
  return release.replace('吉方支持中方“一带一路”倡议。', `吉方${word}中方“一带一路”倡议。`)
}
