/**
 * `npm run eval` (its last part) and `npm run eval -- --collation [--verbose]`:
 * the collator against the gold collations in data/gold/collation/, family
 * by family as pairwise links (lib/eval/collation-gold.ts): precision, recall,
 * F1 and the gold families reproduced exactly; --verbose lists every wrong and
 * missed link with the clauses' openings.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { collateStatements, DEFAULT_COLLATE_OPTIONS, SURE_LINK } from '@/lib/collate/collate-statements'
import { isUnsure } from '@/lib/compare/sure-link'
import { wordSequence } from '@/lib/align/dice-scorer'
import { contentLength } from '@/lib/text/normalize'
import { compareStatements, DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { goldLinks, type Gold } from '@/lib/eval/gold'
import type { CompareStatement } from '@/lib/compare/types'
import type { CollateOptions } from '@/lib/collate/types'
import type { AlignOptions } from '@/lib/align/types'
import {
  checkCollationGold,
  collationGoldSchema,
  pairLinkCounts,
  pooledLinkScore,
  type PairLinkCounts,
  predictedFamilies,
  scoreCollation,
  type CollationGold,
  type CollationScore,
} from '@/lib/eval/collation-gold'

const DIR = path.join('data', 'gold', 'collation')
export const COLLATION_TARGET = 0.9

export function loadCollationGolds(): { file: string; gold: CollationGold }[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(DIR, name)
      const parsed = collationGoldSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
      if (!parsed.success)
        throw new Error(
          `${file} is not a valid gold collation: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}`,
        )
      return { file, gold: parsed.data }
    })
}

export interface CollationEvaluation {
  file: string
  gold: CollationGold
  score: CollationScore
  /** the same collation without the cells it marks unsure (Cell.unsure) */
  sure: CollationScore
  ms: number
}

/** Each gold collation scored; throws when a gold no longer fits the importer's clauses. */
export function evaluateCollations(
  corpus: ReadonlyMap<string, CompareStatement>,
  options: CollateOptions = DEFAULT_COLLATE_OPTIONS,
): CollationEvaluation[] {
  return loadCollationGolds().map(({ file, gold }) => {
    const statements = gold.statements.map((s) => {
      const statement = corpus.get(s.slug)
      if (!statement) throw new Error(`${file}: no statement named ${s.slug} in the bundled corpus or collection`)
      return statement
    })
    const problems = checkCollationGold(
      gold,
      statements.map((s) => s.clauses.map((c) => c.text)),
    )
    if (problems.length) throw new Error(`${file} does not fit the bundled statements:\n  ${problems.join('\n  ')}`)
    const started = performance.now()
    const result = collateStatements(statements, options)
    const ms = performance.now() - started
    return {
      file,
      gold,
      score: scoreCollation(gold, predictedFamilies(result)),
      sure: scoreCollation(gold, predictedFamilies(result, { sureOnly: true })),
      ms,
    }
  })
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

export function reportCollations(
  evaluations: readonly CollationEvaluation[],
  corpus: ReadonlyMap<string, CompareStatement>,
  verbose: boolean,
): string {
  const lines = [`gold collations (pairwise links within families; target ${pct(COLLATION_TARGET)} precision and recall each):`]
  for (const { file, gold, score, sure, ms } of evaluations) {
    const ok = score.precision >= COLLATION_TARGET && score.recall >= COLLATION_TARGET
    lines.push(
      `  ${path.basename(file, '.json').padEnd(36)} ${gold.statements.length} statements  precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}  ` +
        `${score.familiesExact}/${score.families} families exact  ${ms.toFixed(0)} ms  ${ok ? 'meets the target' : 'below the target'}`,
    )
    // the cells marked unsure: how right the links through them are, and the collation without them
    const unsureMade = score.made - sure.made
    lines.push(
      `    links through cells marked unsure: ${unsureMade}${unsureMade ? `, precision ${pct((score.allowed - sure.allowed) / unsureMade)}` : ''}; ` +
        `without those cells: precision ${pct(sure.precision)}  recall ${pct(sure.recall)}  F1 ${pct(sure.f1)}`,
    )
    if (!verbose) continue
    const opening = (id: string) => {
      const statement = gold.statements.find((s) => s.id === id[0])
      const text = corpus.get(statement?.slug ?? '')?.clauses[Number(id.slice(1)) - 1]?.text ?? ''
      return [...text].length > 30 ? `${[...text].slice(0, 30).join('')}…` : text
    }
    const show = (link: string) => {
      const [x, y] = link.split('–') as [string, string]
      return `    ${link.padEnd(10)} ${opening(x)} | ${opening(y)}`
    }
    if (score.wrong.length) lines.push(`   wrong links (${score.wrong.length}):`, ...score.wrong.map(show))
    if (score.missed.length) lines.push(`   missed links (${score.missed.length}):`, ...score.missed.map(show))
  }
  return lines.join('\n')
}

/** One pair of a gold collation's statements, aligned by the pair view and scored against the gold's families. */
export interface CollationPairScore extends PairLinkCounts {
  file: string
  /** the two statements' letters in the gold, as "A–C" */
  pair: string
  /** whether the two are English statements */
  english: boolean
  /** whether the pair also has a pairwise gold of its own (data/gold, tuned on) */
  ownGold: boolean
  /** the same counts for the rows the page does not mark unsure */
  sureRows: PairLinkCounts
}

/**
 * Every pair of statements in each gold collation, aligned as the pair view
 * aligns them and scored against the gold's families restricted to the two
 * (pairLinkCounts). The pairs without a pairwise gold of their own were never
 * tuned on: a held-out check of the aligner beside the pairwise golds.
 */
export function scoreCollationPairs(
  corpus: ReadonlyMap<string, CompareStatement>,
  pairGolds: readonly Gold[],
  /** the aligner's settings to try instead of its defaults, by the statements' language (npm run eval -- --apart) */
  alignSettings: (english: boolean) => Partial<AlignOptions> = () => ({}),
): CollationPairScore[] {
  const tuned = new Set(pairGolds.flatMap((g) => [`${g.a.slug} ${g.b.slug}`, `${g.b.slug} ${g.a.slug}`]))
  const scores: CollationPairScore[] = []
  for (const { file, gold } of loadCollationGolds())
    gold.statements.forEach((x, i) =>
      gold.statements.slice(i + 1).forEach((y) => {
        const a = corpus.get(x.slug)
        const b = corpus.get(y.slug)
        if (!a || !b) throw new Error(`${file}: no statement named ${!a ? x.slug : y.slug} in the bundled corpus or collection`)
        const rows = compareStatements(a, b, DEFAULT_COMPARE_OPTIONS, { alignSettings: alignSettings(a.language === 'en') }).rows.map(
          (row) => ({
            a: row.a.map((c) => c.position),
            b: row.b.map((c) => c.position),
            unsure: row.unsure !== undefined,
          }),
        )
        scores.push({
          file,
          pair: `${x.id}–${y.id}`,
          english: a.language === 'en',
          ownGold: tuned.has(`${x.slug} ${y.slug}`),
          ...pairLinkCounts(gold, x.id, y.id, rows),
          sureRows: pairLinkCounts(
            gold,
            x.id,
            y.id,
            rows.filter((row) => !row.unsure),
          ),
        })
      }),
    )
  return scores
}

export function reportCollationPairs(scores: readonly CollationPairScore[]): string {
  const lines = [
    'the pair view on every pair of the gold collations (links against the families; * a pair with a pairwise gold of its own, tuned on):',
  ]
  const cells = (s: { precision: number; recall: number; f1: number }) =>
    `precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`
  const both = (chosen: readonly CollationPairScore[]) =>
    `${cells(pooledLinkScore(chosen))}; sure rows alone: ${cells(pooledLinkScore(chosen.map((s) => s.sureRows)))}`
  for (const file of [...new Set(scores.map((s) => s.file))]) {
    const ofFile = scores.filter((s) => s.file === file)
    lines.push(`  ${path.basename(file, '.json')}`)
    for (const s of ofFile)
      lines.push(
        `    ${s.pair}${s.ownGold ? '*' : ' '}  ${String(s.made).padStart(3)} links made, ${String(s.sure).padStart(3)} in the gold  ${cells(pooledLinkScore([s]))}`,
      )
    lines.push(`    held out, pooled: ${both(ofFile.filter((s) => !s.ownGold))}`)
  }
  lines.push(`  all held-out pairs, pooled: ${both(scores.filter((s) => !s.ownGold))}`)
  return lines.join('\n')
}

/** The link precision the sure bar must reach on the pairwise golds. */
const SURE_PRECISION = 0.95

/**
 * `npm run eval -- --collation --calibrate`: per language, the precision of
 * the pairwise aligner's links at or above each score, on the pairwise gold
 * alignments (not the gold collations, which stay held out), and the lowest
 * score at which it reaches 95%: the SURE_LINK of lib/compare/sure-link.ts.
 */
export function calibrateSureLinks(corpus: ReadonlyMap<string, CompareStatement>, golds: readonly Gold[]): string {
  // length: the shorter clause of the link, in characters of content (Chinese) or words (English)
  type Scored = { score: number; right: boolean; length: number }
  // each gold's links with their row's score, and the gold's language
  const perGold: { gold: Gold; language: string; links: Scored[] }[] = []
  for (const gold of golds) {
    const a = corpus.get(gold.a.slug)
    const b = corpus.get(gold.b.slug)
    if (!a || !b) continue
    const right = new Set(goldLinks(gold).map((l) => `${l.a}-${l.b}`))
    const english = a.language === 'en'
    const size = (text: string) => (english ? wordSequence(text).length : contentLength(text))
    const links: Scored[] = []
    // every pair the aligner makes, none left apart: that rule is keyed to the bar being chosen
    for (const row of compareStatements(a, b, DEFAULT_COMPARE_OPTIONS, { alignSettings: { leaveApart: undefined } }).rows)
      for (const x of row.a)
        for (const y of row.b)
          links.push({
            score: row.score,
            right: right.has(`${x.position + 1}-${y.position + 1}`),
            length: Math.min(size(x.text), size(y.text)),
          })
    perGold.push({ gold, language: a.language ?? 'zh', links })
  }
  const bars = Array.from({ length: 9 }, (_, k) => Math.round((0.2 + k * 0.05) * 100) / 100)
  // at or above the bar as the pair view marks it (isUnsure)
  const atOrAbove = (l: Scored, bar: number) => !isUnsure(l.score, bar)
  const precisionFrom = (links: readonly Scored[], bar: number) => {
    const above = links.filter((l) => atOrAbove(l, bar))
    return above.length ? above.filter((l) => l.right).length / above.length : null
  }
  const choose = (links: readonly Scored[]) => bars.find((bar) => (precisionFrom(links, bar) ?? 0) >= SURE_PRECISION)
  const lines = [
    `pairwise links' precision at or above each score, on the pairwise golds (the sure bar: the lowest reaching ${pct(SURE_PRECISION)})`,
  ]
  for (const language of [...new Set(perGold.map((g) => g.language))]) {
    const links = perGold.filter((g) => g.language === language).flatMap((g) => g.links)
    lines.push(
      `  ${language} (${links.length} links, SURE_LINK now ${SURE_LINK[language as 'zh' | 'en']}; calibrated ${choose(links) ?? 'none'})`,
    )
    for (const bar of bars) {
      const precision = precisionFrom(links, bar)
      lines.push(
        `    ≥ ${bar.toFixed(2)}  ${String(links.filter((l) => atOrAbove(l, bar)).length).padStart(3)} links  precision ${precision === null ? '—' : pct(precision)}`,
      )
    }
  }
  // by clause length (issue 12 asks for bars per language and length): each language's links cut at the median
  // length of their shorter clause, and the bar each half would choose; the bar in use is one per language
  lines.push('  by length (the shorter clause of each link; characters of content or words), cut at the median of the language')
  for (const language of [...new Set(perGold.map((g) => g.language))]) {
    const links = perGold.filter((g) => g.language === language).flatMap((g) => g.links)
    const median = [...links].sort((p, q) => p.length - q.length)[links.length >> 1]?.length ?? 0
    const unit = language === 'en' ? 'words' : 'characters'
    for (const [name, band] of [
      [`shorter than ${median} ${unit}`, links.filter((l) => l.length < median)],
      [`${median} ${unit} or more`, links.filter((l) => l.length >= median)],
    ] as const) {
      const wrong = band.filter((l) => !l.right).map((l) => l.score.toFixed(2))
      lines.push(
        `    ${language} ${name}: ${band.length} links, calibrated ${choose(band) ?? 'none'}; ${bars
          .map((bar) => `≥ ${bar.toFixed(2)} ${pct(precisionFrom(band, bar) ?? 0)}`)
          .join(', ')}; wrong links' scores: ${wrong.join(' ') || 'none'}`,
      )
    }
  }
  // held out in turn: the bar chosen on the other golds of the language, and the precision of this gold's links above it
  lines.push('  each gold held out: the bar chosen on the other golds of its language, and its own links at or above that bar')
  for (const { gold, language, links } of perGold) {
    const bar = choose(perGold.filter((g) => g.language === language && g.gold !== gold).flatMap((g) => g.links))
    const precision = bar === undefined ? null : precisionFrom(links, bar)
    lines.push(
      `    ${gold.name.slice(0, 60).padEnd(60)}  bar ${bar?.toFixed(2) ?? 'none'}  precision ${precision === null ? '—' : pct(precision)}`,
    )
  }
  return lines.join('\n')
}
