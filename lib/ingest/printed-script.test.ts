import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { compareStatementFromParsed } from '@/lib/compare/from-parsed'
import { compareStatements } from '@/lib/compare/compare-statements'
import { corpusText } from '@/test/helpers/corpus'
import { toSimplified } from '@/lib/text/script-fold'
import { parseStatements } from './parse-statements'

// The opening of the China–Micronesia joint statement of 2024-04-10 as zh.wikisource.org prints it, in Traditional
// characters (test/fixtures/import/source/README.md)
const MICRONESIA = readFileSync(path.join(import.meta.dirname, '../../test/fixtures/import/source/micronesia-2024-zh-hant.txt'), 'utf8')

const parse = (text: string) => {
  const result = parseStatements(text, { fileName: 'statement.txt' })
  if (!result.ok) throw new Error(result.error)
  return result.statements
}

describe('a statement printed in Traditional characters', () => {
  it('is read as its Simplified form is (kind, parties, place) and keeps the characters it is printed in', () => {
    const [statement] = parse(MICRONESIA)
    expect(statement).toMatchObject({
      title: '中華人民共和國和密克羅尼西亞聯邦聯合聲明',
      kind: 'joint-statement',
      parties: ['china', 'micronesia'],
      date: '2024-04-10',
      place: '北京市',
      notes: [],
    })
    const clauses = statement!.sections.flatMap((s) => s.clauses.map((c) => c.text))
    expect(clauses[0]).toBe('應中華人民共和國主席習近平邀請，密克羅尼西亞聯邦總統韋斯利·西米納於2024年4月5日至12日對中國進行國事訪問。')
    expect(clauses.at(-1)).toBe('兩國將繼續秉持和平共處五項原則，深化中密相互尊重、共同發展的全面戰略夥伴關係。')
  })

  it('gives the bundled Xinhua file, converted to Traditional by OpenCC, the statements, metadata and clauses of the original, in the characters of the file', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
    const file = toTraditional(corpusText())
    const original = parse(corpusText())
    const converted = parse(file)
    const shape = (statements: typeof original) =>
      statements.map((s) => ({
        kind: s.kind,
        parties: s.parties,
        date: s.date,
        place: s.place && toSimplified(s.place),
        clauses: s.sections.map((x) => x.clauses.length),
      }))
    expect(shape(converted)).toEqual(shape(original))
    const texts = (statements: typeof original) => [
      ...statements.map((s) => s.title),
      ...statements.flatMap((s) => s.sections.flatMap((x) => x.clauses.map((c) => c.text))),
    ]
    // the same words (OpenCC's choice between 關係 and 關系 depends on what it converts with them, so each text is compared in Simplified)
    expect(texts(converted).map(toSimplified)).toEqual(texts(original).map((text) => toSimplified(toTraditional(text))))
    // and each one the file's own characters
    const unbroken = file.replace(/\n\s*\d+\s*\n/gu, '\n').replace(/\s+/gu, '') // without its page numbers
    expect(texts(converted).filter((text) => !unbroken.includes(text.replace(/\s+/gu, '')))).toEqual([])
    // a title over two lines too: OpenCC wrote 關系 there, where it wrote 關係 in most other places
    expect(converted.map((s) => s.title)).toContain('攜手努力，並肩前行，開創新時代中俄關系的美好未來')
  })

  it('lines up with its Simplified counterpart, marking only the wording that differs', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
    const [kyrgyzstan, tajikistan] = [2, 3].map((n) => parse(corpusText())[n] as NonNullable<ReturnType<typeof parse>[number]>)
    const traditional = parse(toTraditional(corpusText()))[2]!
    const same = compareStatements(compareStatementFromParsed(traditional, 'a'), compareStatementFromParsed(kyrgyzstan!, 'b'))
    expect(same.rows.every((row) => row.kind === 'match' && row.a[0]?.position === row.b[0]?.position)).toBe(true)
    const pair = compareStatements(compareStatementFromParsed(traditional, 'a'), compareStatementFromParsed(tajikistan!, 'b'))
    const simplifiedPair = compareStatements(compareStatementFromParsed(kyrgyzstan!, 'a'), compareStatementFromParsed(tajikistan!, 'b'))
    expect(pair.rows.map((row) => [row.kind, row.score])).toEqual(simplifiedPair.rows.map((row) => [row.kind, row.score]))
  })
})
