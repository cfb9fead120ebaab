import { describe, expect, it } from 'vitest'
import { comparableClause } from '@/lib/text/comparable'
import { buildPartyMask } from '@/lib/parties/party-mask'
import { corpusStatements, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { plainFormula } from './label'
import { formulaRecords, occurrenceRows } from './records'
import type { FormulaSourceStatement } from './types'

const EMPTY = {
  document: new Int32Array(),
  clause: new Int32Array(),
  start: new Int32Array(),
  end: new Int32Array(),
  variant: new Int32Array(),
}

function statement(id: number, parties: string[], ...texts: string[]): FormulaSourceStatement {
  return {
    id,
    date: `2019-06-${String(10 + id).padStart(2, '0')}`,
    kind: 'joint-statement',
    parties,
    clauses: texts.map((text, k) => ({ id: id * 100 + k, text, label: null })),
  }
}

describe('formulaRecords', () => {
  it('prints a wording as most of its uses print it, and reads its kind from that, not from its first use', () => {
    const en = (id: number, text: string): FormulaSourceStatement => ({
      ...statement(id, ['united-states', 'japan'], text),
      language: 'en',
    })
    const records = formulaRecords([
      // a heading in Title Case first: printed so, it reads as the name of something
      en(1, 'Research and Development Cooperation. We will expand research and development cooperation in quantum science.'),
      en(2, 'The leaders welcomed research and development cooperation in space.'),
      en(3, 'Both sides intend to deepen research and development cooperation on vaccines.'),
    ])
    const record = records.find((r) => r.key.toLowerCase().includes('research and development'))
    expect(record?.text).toBe('research and development cooperation')
    expect(record?.kind).toBe('formula')
    expect(record?.occurrenceCount).toBe(4)
  })

  it('places each occurrence on the clause as printed, names included', () => {
    const records = formulaRecords([
      statement(1, ['china', 'kyrgyzstan'], '吉方坚定奉行一个中国原则，支持中方。'),
      statement(2, ['china', 'tajikistan'], '塔方坚定奉行一个中国原则，支持中方。'),
    ])
    const [record] = records
    expect(plainFormula(record?.text ?? '')).toBe('〈X〉方坚定奉行一个中国原则，支持中方')
    expect(
      occurrenceRows(record?.occurrences ?? EMPTY).map((o) =>
        ['吉方坚定奉行一个中国原则，支持中方。', '塔方坚定奉行一个中国原则，支持中方。'][o.statementId - 1]?.slice(o.start, o.end),
      ),
    ).toEqual(['吉方坚定奉行一个中国原则，支持中方', '塔方坚定奉行一个中国原则，支持中方'])
  })

  it('counts from the printed text past an enumeration label and a masked name of another length', () => {
    const a = {
      ...statement(1, ['china', 'kyrgyzstan'], '（一）吉尔吉斯斯坦政府为维护国家稳定所采取的措施'),
      clauses: [{ id: 100, text: '（一）吉尔吉斯斯坦政府为维护国家稳定所采取的措施', label: '（一）' }],
    }
    const b = statement(2, ['china', 'tajikistan'], '支持塔吉克斯坦政府为维护国家稳定所采取的措施')
    const [record] = formulaRecords([a, b])
    expect(occurrenceRows(record?.occurrences ?? EMPTY).map((o) => [o.clauseId, o.start, o.end])).toEqual([
      [100, 3, 24],
      [200, 2, 22],
    ])
    expect(plainFormula(record?.text ?? '')).toBe('〈X〉政府为维护国家稳定所采取的措施')
  })

  it('gives a formula the same id in every build', () => {
    const corpus = [statement(1, ['china'], '构建人类命运共同体。'), statement(2, ['china'], '推动构建人类命运共同体。')]
    expect(formulaRecords(corpus).map((r) => r.id)).toEqual(formulaRecords([...corpus].reverse()).map((r) => r.id))
    expect(formulaRecords(corpus)[0]?.id).toMatch(/^[0-9a-f]{12}$/)
  })

  it('records first and latest date and the kinds of document', () => {
    const speech = { ...statement(3, ['china'], '构建人类命运共同体的讲话'), kind: 'speech', date: null }
    const [record] = formulaRecords([
      statement(1, ['china'], '构建人类命运共同体。'),
      statement(2, ['china'], '构建人类命运共同体！'),
      speech,
    ])
    expect([record?.firstDate, record?.lastDate, record?.kinds]).toEqual(['2019-06-11', '2019-06-12', ['joint-statement', 'speech']])
  })
})

describe('formulaRecords on the bundled corpus', () => {
  let id = 0
  const statements = corpusStatements().map((s, d) => ({
    id: d + 1,
    date: s.date,
    kind: s.kind,
    parties: s.parties,
    clauses: s.sections.flatMap((x) => x.clauses).map((c) => ({ id: ++id, text: c.text, label: c.label })),
  }))
  const texts = new Map(statements.flatMap((s) => s.clauses.map((c) => [c.id, c.text] as const)))
  const records = formulaRecords(statements)

  it('quotes the one-China variants as Kyrgyzstan and Tajikistan printed them', () => {
    const record = records.find((r) => r.variants.length > 1 && r.text.includes('台湾独立'))
    expect(
      occurrenceRows(record?.occurrences ?? EMPTY).map((o) => [
        o.statementId,
        texts
          .get(o.clauseId)
          ?.slice(o.start, o.end)
          .match(/^..|实现国家.{0,2}统一/g)
          ?.join(' … '),
      ]),
    ).toEqual([
      [KYRGYZSTAN, '吉方 … 实现国家统一'],
      [TAJIKISTAN, '塔方 … 实现国家和平统一'],
    ])
  })

  it('maps every occurrence to printed text whose comparison form is its variant', () => {
    const parties = new Map(statements.map((s) => [s.id, s.parties]))
    for (const record of records) {
      for (const o of occurrenceRows(record.occurrences)) {
        const printed = texts.get(o.clauseId)?.slice(o.start, o.end) ?? ''
        const compared = comparableClause(printed, null, buildPartyMask(parties.get(o.statementId) ?? [])).comparable.text
        expect(compared, printed).toBe(record.variants[o.variant]?.pattern)
      }
    }
  })

  it('gives every formula a distinct id', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length)
  })
})
