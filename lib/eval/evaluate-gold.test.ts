/**
 * The hand-made gold standards (data/gold) against the aligner, on the bundled
 * corpus: the bar of issue 3, kept as a regression test.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { compareStatementFromParsed } from '@/lib/compare/from-parsed'
import { assignSlugs } from '@/lib/ingest/slug'
import { corpusStatements } from '@/test/helpers/corpus'
import { evaluateGold } from './evaluate-gold'
import { checkGold, goldSchema, type Gold } from './gold'

const GOLD_DIR = path.join(import.meta.dirname, '../../data/gold')
const golds = readdirSync(GOLD_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => goldSchema.parse(JSON.parse(readFileSync(path.join(GOLD_DIR, name), 'utf8'))))
const slugs = assignSlugs(corpusStatements())
const statements = new Map(corpusStatements().map((s, k) => [slugs[k] as string, compareStatementFromParsed(s, slugs[k] as string)]))
const byName = (slug: string) => golds.find((g) => g.a.slug === slug) as Gold

function evaluate(gold: Gold) {
  const result = evaluateGold(gold, statements, DEFAULT_COMPARE_OPTIONS)
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.evaluation.score
}

describe('the aligner against the gold standards (issue 3)', () => {
  it('links the China–Kyrgyzstan and China–Tajikistan statements with F1 ≥ 0.95', () => {
    const score = evaluate(byName('2019-06-13-china-kyrgyzstan-joint-statement'))
    expect(score.f1).toBeGreaterThanOrEqual(0.95)
  })

  it('makes no more than two false links between the SCO and CICA speeches', () => {
    const score = evaluate(byName('2019-06-14-xi-jinping-speech'))
    expect(score.wrong.length).toBeLessThanOrEqual(2)
    expect(score.recall).toBeGreaterThan(0.7)
  })
})

describe('checkGold', () => {
  it('accepts every gold file against the bundled corpus', () => {
    for (const gold of golds) {
      const a = statements.get(gold.a.slug)
      const b = statements.get(gold.b.slug)
      expect(checkGold(gold, a?.clauses.map((c) => c.text) ?? [], b?.clauses.map((c) => c.text) ?? [])).toEqual([])
    }
  })

  it('notices when the importer segments a text differently from the gold', () => {
    const gold = golds[0] as Gold
    const a = (statements.get(gold.a.slug)?.clauses ?? []).map((c) => c.text)
    const b = (statements.get(gold.b.slug)?.clauses ?? []).map((c) => c.text)
    const problems = checkGold(gold, ['另一个开头。', ...a.slice(1)], b)
    expect(problems).toEqual([expect.stringMatching(/^A1 was ".*…" in the gold but is "另一个开头。…" now$/)])
  })
})
