/**
 * One gold standard against the aligner: compare the two statements as the
 * page does, take the links of every row with clauses on both sides (moved rows
 * included), and score them against the gold's links.
 */
import { compareStatements } from '@/lib/compare/compare-statements'
import type { AlignOptions } from '@/lib/align/types'
import type { CompareOptions, CompareStatement } from '@/lib/compare/types'
import { checkGold, goldLinkSets, type Gold } from './gold'
import { linksOfRows, scoreLinks, type LinkScore } from './score-links'

export interface GoldEvaluation {
  gold: Gold
  score: LinkScore
  /** the same for the sure rows alone: those the page does not mark unsure */
  sureScore: LinkScore
  /** how many of the gold's links are only possible (allowed, not required) */
  possible: number
  /** clause texts by number, for printing wrong and missed links */
  textA: (n: number) => string
  textB: (n: number) => string
}

export type EvaluationResult = { ok: true; evaluation: GoldEvaluation } | { ok: false; problems: string[] }

export function evaluateGold(
  gold: Gold,
  statements: ReadonlyMap<string, CompareStatement>,
  options: CompareOptions,
  alignSettings: Partial<AlignOptions> = {},
): EvaluationResult {
  const a = statements.get(gold.a.slug)
  const b = statements.get(gold.b.slug)
  if (!a || !b) return { ok: false, problems: [`no statement with the slug ${!a ? gold.a.slug : gold.b.slug} in the bundled corpus`] }
  const problems = checkGold(
    gold,
    a.clauses.map((c) => c.text),
    b.clauses.map((c) => c.text),
  )
  if (problems.length) return { ok: false, problems }
  const result = compareStatements(a, b, options, { alignSettings })
  const sets = goldLinkSets(gold)
  const links = (rows: typeof result.rows) =>
    linksOfRows(rows.map((row) => ({ a: row.a.map((c) => c.position + 1), b: row.b.map((c) => c.position + 1) })))
  const predicted = links(result.rows)
  return {
    ok: true,
    evaluation: {
      gold,
      score: scoreLinks(predicted, sets.sure, sets.possible),
      sureScore: scoreLinks(links(result.rows.filter((row) => !row.unsure)), sets.sure, sets.possible),
      possible: new Set(sets.possible.map((l) => `${l.a}:${l.b}`)).size,
      textA: (n) => a.clauses[n - 1]?.text ?? '',
      textB: (n) => b.clauses[n - 1]?.text ?? '',
    },
  }
}
