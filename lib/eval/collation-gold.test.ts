import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '@/scripts/eval/load-statements'
import { checkCollationGold, collationGoldSchema, scoreCollation, type CollationGold } from './collation-gold'

const DIR = path.join(import.meta.dirname, '../../data/gold/collation')
const golds = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, gold: collationGoldSchema.parse(JSON.parse(readFileSync(path.join(DIR, f), 'utf8'))) }))

describe('the gold collations', () => {
  const corpus = loadCorpus()

  it('has a Chinese family and an English family of at least four statements', () => {
    expect(golds.map((g) => g.gold.language).sort()).toEqual(['en', 'zh'])
    expect(golds.every((g) => g.gold.statements.length >= 4)).toBe(true)
  })

  it.each(golds.map((g) => [g.file, g.gold] as const))('%s fits the importer’s clauses of the bundled statements', (_file, gold) => {
    const clauses = gold.statements.map((s) => corpus.get(s.slug)?.clauses.map((c) => c.text) ?? [])
    expect(checkCollationGold(gold, clauses)).toEqual([])
  })
})

describe('scoreCollation', () => {
  const gold: CollationGold = {
    name: 't',
    description: 't',
    language: 'zh',
    statements: ['A', 'B', 'C'].map((id) => ({ id, slug: id, title: id, clauses: 3 })),
    families: [{ clauses: ['A1', 'B1', 'C1'] }, { clauses: ['A2', 'B3'], note: 'possible: parallel rhetoric' }],
    openings: {},
  }

  it('scores the gold itself as perfect', () => {
    expect(
      scoreCollation(gold, [
        ['A1', 'B1', 'C1'],
        ['A2', 'B3'],
      ]),
    ).toMatchObject({ precision: 1, recall: 1, familiesExact: 2 })
  })

  it('counts links within families: a missing member costs recall, a wrong one precision, a possible one neither', () => {
    const score = scoreCollation(gold, [
      ['A1', 'B1'],
      ['C1', 'A3'],
    ])
    expect(score.recall).toBeCloseTo(1 / 3)
    expect(score.precision).toBeCloseTo(1 / 2)
    expect(score.wrong).toEqual(['A3–C1'])
    expect(scoreCollation(gold, [['A1', 'B1', 'C1']]).precision).toBe(1)
  })
})
