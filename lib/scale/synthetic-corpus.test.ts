import { describe, expect, it } from 'vitest'
import { assignSlugs, slugBase } from '@/lib/ingest/slug'
import type { ParsedStatement } from '@/lib/ingest/types'
import { chineseNames, findPartyByCode } from '@/lib/parties/gazetteer'
import { normalizeForComparison } from '@/lib/text/normalize'
import { corpusStatements } from '@/test/helpers/corpus'
import { syntheticFiles, syntheticStatements } from './synthetic-corpus'

const generate = (count: number, seed = 7, years?: [number, number]) =>
  [...syntheticStatements(corpusStatements(), { count, seed, years })].map((s) => s.statement)

/** The importer's identity of a statement (lib/ingest/content-hash, before hashing). */
const content = (s: ParsedStatement) =>
  [
    normalizeForComparison(s.title).text,
    s.kind,
    ...s.sections.flatMap((x) => x.clauses.map((c) => normalizeForComparison(c.text).text)),
  ].join('\n')

describe('syntheticStatements', () => {
  const statements = generate(400)

  it('returns as many statements as asked, each with its own content and slug', () => {
    expect(statements).toHaveLength(400)
    expect(new Set(statements.map(content)).size).toBe(400)
    const slugs = assignSlugs(statements)
    // no statement needed a number after its slug: every date, parties and kind differ
    expect(slugs).toEqual(statements.map(slugBase))
    expect(new Set(slugs).size).toBe(400)
  })

  it('returns the same statements for the same seed, other ones for another, and a smaller corpus as the start of a larger one', () => {
    expect(JSON.stringify(generate(50))).toBe(JSON.stringify(statements.slice(0, 50)))
    expect(generate(50, 8).map(content)).not.toEqual(statements.slice(0, 50).map(content))
  })

  it('returns China and a gazetteer counterpart named in the title in place of the template’s', () => {
    for (const s of statements) {
      expect(s.parties[0]).toBe('china')
      for (const code of s.parties) expect(findPartyByCode(code), code).toBeDefined()
      if (s.kind !== 'joint-statement') continue
      const counterpart = findPartyByCode(s.parties[1] as string)
      expect(counterpart && chineseNames(counterpart).some((name) => s.title.includes(name)), s.title).toBe(true)
    }
    const joint = statements.filter((s) => s.kind === 'joint-statement')
    expect(new Set(joint.map((s) => s.parties[1])).size).toBeGreaterThan(30)
  })

  it('returns valid dates spread over the years asked for', () => {
    for (const s of statements) {
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(new Date(`${s.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(s.date)
      expect(Number(s.date?.slice(0, 4))).toBeGreaterThanOrEqual(1980)
      expect(Number(s.date?.slice(0, 4))).toBeLessThanOrEqual(2024)
    }
    expect(new Set(statements.map((s) => s.date?.slice(0, 4))).size).toBeGreaterThan(40)
    expect(generate(20, 7, [2001, 2002]).every((s) => /^200[12]-/.test(s.date ?? ''))).toBe(true)
  })

  it('moves the years in the text with the date', () => {
    const kyrgyz = generate(8).find((s) => s.title.includes('进一步深化全面战略伙伴关系') && s.sections.length === 6) as ParsedStatement
    const delta = Number(kyrgyz.date?.slice(0, 4)) - 2019
    const visit = kyrgyz.sections.flatMap((x) => x.clauses).find((c) => c.text.includes('年6月12日至13日'))
    expect(visit?.text).toContain(`于${2019 + delta}年6月12日至13日`)
  })

  it('varies the clauses: no two statements of one template share more than most of their clauses', () => {
    const [a, b] = statements.filter((_, k) => k % 8 === 4)
    const clauses = (s: ParsedStatement | undefined) => new Set(s?.sections.flatMap((x) => x.clauses.map((c) => c.text)))
    const [ca, cb] = [clauses(a), clauses(b)]
    const shared = [...ca].filter((text) => cb.has(text)).length
    expect(shared / ca.size).toBeLessThan(0.9)
    expect(shared / ca.size).toBeGreaterThan(0.2)
  })
})

describe('syntheticFiles', () => {
  it('returns files of perFile statements whose offsets point at their clauses in the file’s text', () => {
    const files = [...syntheticFiles(corpusStatements(), { count: 25, perFile: 10, seed: 3 })]
    expect(files.map((f) => f.statements.length)).toEqual([10, 10, 5])
    expect(new Set(files.map((f) => f.name)).size).toBe(3)
    for (const file of files) {
      for (const s of file.statements) {
        expect(file.text.slice(s.sourceStart, s.sourceEnd)).toContain(s.title)
        for (const clause of s.sections.flatMap((x) => x.clauses))
          expect(file.text.slice(clause.sourceStart, clause.sourceEnd)).toBe(clause.text)
      }
    }
  })

  it('returns the statements syntheticStatements returns', () => {
    const files = [...syntheticFiles(corpusStatements(), { count: 12, perFile: 5, seed: 3 })]
    expect(files.flatMap((f) => f.statements).map(content)).toEqual(
      [...syntheticStatements(corpusStatements(), { count: 12, seed: 3 })].map((s) => content(s.statement)),
    )
  })
})

describe('edge cases', () => {
  it('returns nothing for a count of 0', () => {
    expect(generate(0)).toEqual([])
    expect([...syntheticFiles(corpusStatements(), { count: 0 })]).toEqual([])
  })

  it('still returns distinct contents when there are not days enough for distinct slugs', () => {
    const crowded = generate(60, 1, [2020, 2020]).filter((s) => s.kind === 'speech')
    expect(new Set(crowded.map(content)).size).toBe(crowded.length)
  })

  it('throws on no templates, bad years or a bad file size', () => {
    expect(() => [...syntheticStatements([], { count: 1 })]).toThrow('at least one template')
    expect(() => generate(1, 1, [2024, 2000])).toThrow('first ≤ last')
    expect(() => [...syntheticFiles(corpusStatements(), { count: 1, perFile: 0 })]).toThrow('positive integer')
  })
})
