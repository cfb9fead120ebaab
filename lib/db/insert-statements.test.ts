import { describe, expect, it } from 'vitest'
import type { ParsedStatement } from '@/lib/ingest/types'
import { corpusStatement } from '@/test/helpers/corpus'
import { tempDatabaseForFile } from '@/test/helpers/temp-db'
import { deleteStatement } from '@/lib/services/edit-statement'
import { saveStatements } from '@/lib/services/save-statements'
import { getStatement } from './statements'

const temp = tempDatabaseForFile({ seed: false })

const BASE = '2019-06-13-china-kyrgyzstan-joint-statement'
/** The China–Kyrgyzstan statement under another title: new content, the same slug base. */
const variant = (n: number): ParsedStatement => ({ ...corpusStatement(5), title: `中华人民共和国和吉尔吉斯共和国联合声明（第${n}版）` })
const save = (name: string, statements: ParsedStatement[]) =>
  saveStatements(temp.db, name, `${name} text`, statements, { formulas: 'defer' })

describe('insertStatements (through saveStatements)', () => {
  it('writes each statement with its parties, sections and clauses as parsed', async () => {
    const report = await save('one.txt', [variant(1)])
    expect(report.imported).toEqual([BASE])
    const stored = await getStatement(temp.db, BASE)
    const parsed = corpusStatement(5)
    expect(stored?.parties.map((p) => p.code)).toEqual(['china', 'kyrgyzstan'])
    expect(stored?.sections.map((s) => [s.level, s.label, s.heading])).toEqual(parsed.sections.map((s) => [s.level, s.label, s.heading]))
    expect(stored?.sections.flatMap((s) => s.clauses.map((c) => `${c.position} ${c.paragraph} ${c.label ?? ''} ${c.text}`))).toEqual(
      parsed.sections.flatMap((s) => s.clauses).map((c, k) => `${k} ${c.paragraph} ${c.label ?? ''} ${c.text}`),
    )
  })

  it('numbers a slug taken in the database or earlier in the same file', async () => {
    expect((await save('two.txt', [variant(2), variant(3)])).imported).toEqual([`${BASE}-2`, `${BASE}-3`])
  })

  it('imports a statement found twice in one file once, and reports the second as present', async () => {
    const report = await save('twice.txt', [variant(4), variant(4)])
    expect(report.imported).toEqual([`${BASE}-4`])
    expect(report.present).toEqual([`${BASE}-4`])
  })

  it('gives a deleted statement’s slug to the next statement, and numbers the one after past its siblings', async () => {
    expect(await deleteStatement(temp.db, BASE)).toBe(true)
    expect((await save('after-delete.txt', [variant(5), variant(6)])).imported).toEqual([BASE, `${BASE}-5`])
  })
})
