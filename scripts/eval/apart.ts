/**
 * `npm run eval -- --apart`: chooses, per language, how far a pair below the
 * sure bar must stand out from its rival to be made (APART_MARGIN in
 * lib/compare/sure-link.ts). Each margin is tried on all the pairwise golds
 * of the language, their links pooled, as the sure bar is chosen; the margin
 * chosen is the one with the best F0.5 (precision weighed twice as much as
 * recall: a wrong pair is worse than a missing one), the smallest of equals.
 * The golds the aligner's other settings were tuned on and the two made after
 * them (data/gold/README.md, "Held out") are also shown apart; the pairs of
 * the gold collations without a gold of their own, which the choice never
 * sees, are the check.
 */
import path from 'node:path'
import { APART_MARGIN, SURE_LINK } from '@/lib/compare/sure-link'
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { evaluateGold } from '@/lib/eval/evaluate-gold'
import type { Gold } from '@/lib/eval/gold'
import { pooledLinkScore, type PairLinkCounts } from '@/lib/eval/collation-gold'
import type { CompareStatement } from '@/lib/compare/types'
import { scoreCollationPairs } from './collation'

/** The pairwise golds made after the aligner was last tuned (data/gold/README.md, "Held out"): never chosen on. */
export const HELD_OUT_GOLDS = [
  'us-singapore-new-zealand-2022.json',
  'us-israel-scg-2021-2022.json',
  'us-france-2021-2022.json',
  'us-egypt-uae-2022.json',
]

/** The margins tried; 0 never leaves a pair apart. */
export const APART_MARGINS = [0, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.7, 2]

type Language = 'zh' | 'en'
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const fBeta = (beta: number, p: number, r: number) => (p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r))

/** pooledLinkScore, with the links made and F0.5 */
function pooled(counts: readonly PairLinkCounts[]) {
  const { precision, recall } = pooledLinkScore(counts)
  return { made: counts.reduce((total, c) => total + c.made, 0), precision, recall, f05: fBeta(0.5, precision, recall) }
}

export function calibrateApart(corpus: ReadonlyMap<string, CompareStatement>, golds: readonly { file: string; gold: Gold }[]): string {
  const language = (gold: Gold): Language => (corpus.get(gold.a.slug)?.language === 'en' ? 'en' : 'zh')
  const settings = (margin: number) => (english: boolean) => ({ leaveApart: { below: SURE_LINK[english ? 'en' : 'zh'], margin } })
  const rows = APART_MARGINS.map((margin) => {
    const tuned: Record<Language, PairLinkCounts[]> = { zh: [], en: [] }
    const heldGolds: Record<Language, PairLinkCounts[]> = { zh: [], en: [] }
    for (const { file, gold } of golds) {
      const result = evaluateGold(gold, corpus, DEFAULT_COMPARE_OPTIONS, settings(margin)(language(gold) === 'en'))
      if (!result.ok) throw new Error(`${gold.name} does not fit the bundled corpus: ${result.problems.join('; ')}`)
      const { correct, allowed, wrong, missed } = result.evaluation.score
      ;(HELD_OUT_GOLDS.includes(path.basename(file)) ? heldGolds : tuned)[language(gold)].push({
        made: correct.length + allowed.length + wrong.length,
        allowed: correct.length + allowed.length,
        correct: correct.length,
        sure: correct.length + missed.length,
      })
    }
    const held: Record<Language, PairLinkCounts[]> = { zh: [], en: [] }
    for (const s of scoreCollationPairs(
      corpus,
      golds.map(({ gold }) => gold),
      settings(margin),
    ))
      if (!s.ownGold) held[s.english ? 'en' : 'zh'].push(s)
    return {
      margin,
      all: { zh: pooled([...tuned.zh, ...heldGolds.zh]), en: pooled([...tuned.en, ...heldGolds.en]) },
      tuned: { zh: pooled(tuned.zh), en: pooled(tuned.en) },
      heldGolds: { zh: pooled(heldGolds.zh), en: pooled(heldGolds.en) },
      held: { zh: pooled(held.zh), en: pooled(held.en) },
    }
  })
  const lines = [
    'leaving apart a pair below the sure bar that does not stand out from its rival: links pooled per language, for each margin',
    '(chosen: the best F0.5 on all the pairwise golds, as the sure bar is chosen, the smallest of equals; each cell: links made, precision, recall, F0.5)',
  ]
  const cells = (s: ReturnType<typeof pooled>) =>
    s.made ? `${String(s.made).padStart(3)} ${[s.precision, s.recall, s.f05].map((x) => pct(x).padStart(6)).join(' ')}` : '  —'.padEnd(24)
  for (const lang of ['en', 'zh'] as const) {
    const best = rows.reduce((b, r) => (r.all[lang].f05 > b.all[lang].f05 + 1e-9 ? r : b))
    lines.push(`  ${lang}: APART_MARGIN now ${APART_MARGIN[lang]}; chosen ${best.margin}`)
    lines.push(
      `    margin  all pairwise golds        of them tuned on          of them held out          gold collations' pairs (never chosen on)`,
    )
    for (const r of rows)
      lines.push(
        `    ${String(r.margin).padEnd(6)}  ${[r.all, r.tuned, r.heldGolds, r.held].map((g) => cells(g[lang])).join('  ')}${r === best ? '  ← chosen' : ''}`,
      )
  }
  return lines.join('\n')
}
