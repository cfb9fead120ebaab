import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseStatements } from '@/lib/ingest/parse-statements'
import type { ParsedStatement } from '@/lib/ingest/types'
import { corpusStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { extractText } from './extract-text'

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures/import')
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)))

async function statementsOf(name: string): Promise<ParsedStatement[]> {
  const extracted = await extractText(name, bytes(name))
  if (!extracted.ok) throw new Error(extracted.error)
  const parsed = parseStatements(extracted.text)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.statements
}

const clauses = (s: ParsedStatement) => s.sections.flatMap((x) => x.clauses.map((c) => c.text))

describe('extractText', () => {
  it('reads a ministry PDF of two Chinese statements into the same clauses as the bundled file', async () => {
    const extracted = await extractText('x.pdf', bytes('kyrgyzstan-tajikistan-2019-zh.pdf'))
    expect(extracted).toMatchObject({ ok: true, format: 'pdf', detail: 'PDF, 10 pages' })
    const [kyrgyzstan, tajikistan] = await statementsOf('kyrgyzstan-tajikistan-2019-zh.pdf')
    expect(kyrgyzstan).toMatchObject({ kind: 'joint-statement', parties: ['china', 'kyrgyzstan'], date: '2019-06-13', language: 'zh' })
    expect(clauses(kyrgyzstan as ParsedStatement)).toEqual(clauses(corpusStatement(KYRGYZSTAN)))
    expect(clauses(tajikistan as ParsedStatement)).toEqual(clauses(corpusStatement(TAJIKISTAN)))
    expect((kyrgyzstan as ParsedStatement).sections.map((s) => s.label)).toEqual([null, '一', '二', '三', '四', '五'])
  })

  it('undoes the radical signs a PDF font uses for ideographs (⼈⺠ → 人民), and says so', async () => {
    const extracted = await extractText('x.pdf', bytes('kyrgyzstan-tajikistan-2019-zh.pdf'))
    expect(extracted.ok && extracted.text).toContain('中华人民共和国')
    expect(extracted.ok && extracted.text).not.toMatch(/[\u2e80-\u2fd5]/)
    expect(extracted.ok && extracted.notes.join(' ')).toMatch(/replaced \d+ radical signs/)
  })

  it('reads an English PDF with its title, date line and sections', async () => {
    const [statement] = await statementsOf('tajikistan-2019-en.pdf')
    expect(statement).toMatchObject({
      kind: 'joint-statement',
      parties: ['china', 'tajikistan'],
      date: '2019-06-15',
      place: 'Dushanbe',
      language: 'en',
    })
    expect(statement?.sections.map((s) => s.label)).toEqual([null, 'I', 'II', 'III', 'IV'])
    expect(clauses(statement as ParsedStatement)).toContain(
      'The Tajik side opposes any form of "Taiwan independence" and supports the peaceful development of cross-Strait relations and all efforts made by the Chinese government to achieve the peaceful reunification of the country.',
    )
  })

  it('reads a Word document', async () => {
    expect(await extractText('k.docx', bytes('kyrgyzstan-2019-en.docx'))).toMatchObject({ ok: true, format: 'docx' })
    const [statement] = await statementsOf('kyrgyzstan-2019-en.docx')
    expect(statement).toMatchObject({ parties: ['china', 'kyrgyzstan'], date: '2019-06-13', place: 'Bishkek', language: 'en' })
  })

  it('reads a saved web page: the article only, without navigation, furniture, scripts or handlers', async () => {
    const extracted = await extractText('t.html', bytes('tajikistan-2019-zh.html'))
    if (!extracted.ok) throw new Error(extracted.error)
    expect(extracted.format).toBe('html')
    for (const unwanted of ['首页', '外交部新闻', '相关新闻', '版权所有', 'alert', 'cookie', 'injected', 'track(', '打印本页', '来源'])
      expect(extracted.text).not.toContain(unwanted)
    const [statement] = await statementsOf('tajikistan-2019-zh.html')
    expect(clauses(statement as ParsedStatement)).toEqual(clauses(corpusStatement(TAJIKISTAN)))
  })

  it('reads a GB18030 text file as Chinese, never as mojibake', async () => {
    const extracted = await extractText('r.txt', bytes('russia-2019-gb18030.txt'))
    expect(extracted).toMatchObject({ ok: true, format: 'text', detail: 'text, GB18030' })
    const [statement] = await statementsOf('russia-2019-gb18030.txt')
    expect(statement?.title).toBe('中华人民共和国和俄罗斯联邦关于加强当代全球战略稳定的联合声明')
  })

  describe('bad input: one sentence that says what to do', () => {
    it.each([
      ['empty.txt', 'The file is empty.'],
      ['image-renamed.txt', 'The file is not text (it contains binary data); import a text, PDF, Word or HTML file.'],
      [
        'shift-jis.txt',
        'The file’s encoding is not one Tongwen recognises (UTF-8, UTF-16 or GB18030/GBK); save it as UTF-8 and import it again.',
      ],
      [
        'scanned.pdf',
        'The PDF has no text layer (it is a scan or a picture of text): run it through OCR software first, then import the result.',
      ],
      ['protected.pdf', 'The PDF is protected by a password: remove the protection (or print it to a new PDF) and import it again.'],
      [
        'truncated.docx',
        'The Word file is damaged or incomplete: open it in Word (or LibreOffice), save it again as .docx, and import that.',
      ],
    ])('%s', async (name, error) => {
      expect(await extractText(name, bytes(name))).toEqual({ ok: false, error })
    })

    it('a PDF cut short', async () => {
      const pdf = bytes('tajikistan-2019-en.pdf')
      expect(await extractText('cut.pdf', pdf.subarray(0, 2000))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/not a readable PDF|no text layer/),
      })
    })

    it('binary data named as a PDF or a Word document is said not to be one (walkthrough: "import a text, PDF, Word or HTML file" for a .pdf)', async () => {
      const image = bytes('image-renamed.txt')
      expect(await extractText('binary.pdf', image)).toEqual({
        ok: false,
        error: 'The file is named .pdf but is not a readable PDF (it may be damaged or of another kind).',
      })
      expect(await extractText('binary.DOCX', image)).toMatchObject({
        ok: false,
        error: expect.stringContaining('not a readable Word document'),
      })
    })

    it('an old .doc or an RTF file', async () => {
      expect(await extractText('a.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({
        ok: false,
        error: expect.stringContaining('.doc'),
      })
      expect(await extractText('a.rtf', new TextEncoder().encode('{\\rtf1\\ansi hello}'))).toMatchObject({
        ok: false,
        error: expect.stringContaining('RTF'),
      })
    })
  })
})
