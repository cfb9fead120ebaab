import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '@/scripts/eval/load-statements'
import { calibrateSureLinks } from '@/scripts/eval/collation'
import { goldSchema } from './gold'
import {
  checkCollationGold,
  collationGoldSchema,
  pairLinkCounts,
  pooledLinkScore,
  scoreCollation,
  type CollationGold,
} from './collation-gold'

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

describe('pairLinkCounts', () => {
  const gold: CollationGold = {
    name: 't',
    description: 't',
    language: 'zh',
    statements: ['A', 'B', 'C'].map((id) => ({ id, slug: id, title: id, clauses: 4 })),
    families: [
      { clauses: ['A1', 'B1', 'C1'] },
      { clauses: ['A2', 'B2', 'B3'] },
      { clauses: ['A4', 'C4'] },
      { clauses: ['A3', 'B4'], note: 'possible: one subject, two sentences' },
    ],
    openings: {},
  }

  it('scores two statements against the families restricted to them: a split row makes two links, a possible link is allowed, not required', () => {
    const counts = pairLinkCounts(gold, 'A', 'B', [
      { a: [0], b: [0] },
      { a: [1], b: [1, 2] },
      { a: [2], b: [3] },
    ])
    expect(counts).toEqual({ made: 4, allowed: 4, correct: 3, sure: 3 })
    expect(pooledLinkScore([counts])).toMatchObject({ precision: 1, recall: 1 })
  })

  it('counts a link to a clause of the wrong family as made, not allowed, and pools pairs by their links', () => {
    const ab = pairLinkCounts(gold, 'A', 'B', [{ a: [0], b: [1] }])
    expect(ab).toEqual({ made: 1, allowed: 0, correct: 0, sure: 3 })
    const ac = pairLinkCounts(gold, 'A', 'C', [
      { a: [0], b: [0] },
      { a: [3], b: [3] },
    ])
    expect(ac).toEqual({ made: 2, allowed: 2, correct: 2, sure: 2 })
    const score = pooledLinkScore([ab, ac])
    expect(score.precision).toBeCloseTo(2 / 3)
    expect(score.recall).toBeCloseTo(2 / 5)
    expect(pooledLinkScore([{ made: 0, allowed: 0, correct: 0, sure: 0 }])).toEqual({ precision: 1, recall: 1, f1: 1 })
  })
})

describe('the sure bar calibration', () => {
  it('reports the bar by clause length too: the links of a language cut at their median length into two bands that hold them all', () => {
    const gold = goldSchema.parse(
      JSON.parse(readFileSync(path.join(import.meta.dirname, '../../data/gold/kyrgyzstan-tajikistan-2019.json'), 'utf8')),
    )
    const report = calibrateSureLinks(loadCorpus(), [gold])
    const total = Number(/^ {2}zh \((\d+) links/m.exec(report)?.[1])
    const bands = [...report.matchAll(/^ {4}zh (shorter than (\d+) characters|(\d+) characters or more): (\d+) links, calibrated (\S+);/gm)]
    expect(total).toBeGreaterThan(20)
    expect(bands).toHaveLength(2)
    // one median cuts the two bands, and every link is in one of them
    expect(bands[0]?.[2]).toBe(bands[1]?.[3])
    expect(Number(bands[0]?.[4]) + Number(bands[1]?.[4])).toBe(total)
    expect(Math.abs(Number(bands[0]?.[4]) - Number(bands[1]?.[4]))).toBeLessThanOrEqual(total / 2)
  })
})
