/**
 * How far a reader can trust a pair of clauses: per language (and for Chinese
 * per clause length, LONG_CLAUSE_BAR), the aligner's row score from which its links were right at least 95% of the time on the
 * hand-made gold alignments (data/gold/*.json and data/gold/collection/*.json,
 * chosen by `npm run eval -- --collation --calibrate`). A pair below it is
 * shown as unsure on the pair view, and joins a collation's family only when a
 * third statement confirms it.
 */
import { contentLength } from '@/lib/text/normalize'

export const SURE_LINK = { zh: 0.25, en: 0.45 } as const

/** The sure bar of a comparison's language (a statement without one is Chinese). */
export function sureBar(english: boolean): number {
  return SURE_LINK[english ? 'en' : 'zh']
}

/** A bar of its own for pairs of long clauses: from `from` characters of content in the pair's shortest clause. */
export interface LongClauseBar {
  from: number
  bar: number
}

/**
 * Per language, the bar of pairs whose every clause is long, where the
 * calibration by length found one (`npm run eval -- --collation --calibrate`,
 * the links of each language cut at the median length of their shorter
 * clause): Chinese links whose clauses have 46 characters of content or more
 * were right at every score on the pairwise golds (30 of 30; 0.20 is the
 * lowest bar the calibration tries), where shorter ones needed 0.25. English
 * links needed the same bar at either length, so English has none.
 */
export const LONG_CLAUSE_BAR: { readonly zh?: LongClauseBar; readonly en?: LongClauseBar } = { zh: { from: 46, bar: 0.2 } }

/** The long clauses' bar of a comparison's language, if it has one. */
export function longClauseBar(english: boolean): LongClauseBar | undefined {
  return LONG_CLAUSE_BAR[english ? 'en' : 'zh']
}

/**
 * The sure bar of a comparison's pairs, by their clauses' texts: the one rule
 * the pair view and the collation both apply (pairBar with the language's bars).
 */
export function pairBarOf(english: boolean): (texts: readonly string[]) => number {
  const bar = sureBar(english)
  const long = longClauseBar(english)
  return (texts) => pairBar(bar, long, texts)
}

/**
 * The sure bar of a pair (or a row, or a collation's link) of these clauses:
 * the long clauses' bar when the shortest of them has its length, the
 * language's otherwise. Length is counted in characters of content
 * (contentCharacters: letters, digits, ideographs).
 * @example pairBar(0.25, { from: 46, bar: 0.2 }, ['双方…（50 characters）', '双方…（60 characters）']) // 0.2
 */
export function pairBar(bar: number, long: LongClauseBar | undefined, texts: readonly string[]): number {
  if (!long) return bar
  for (const text of texts) if (contentLength(text) < long.from) return bar
  return long.bar
}

/**
 * Per language, how far a pair below the sure bar must stand out to be made:
 * its score more than this many times that of the best link of either of its
 * clauses outside it (lib/align AlignOptions.leaveApart); otherwise its two
 * clauses are left apart. Chosen by `npm run eval -- --apart` on the gold pairs.
 */
export const APART_MARGIN = { zh: 0, en: 1.3 } as const

export function apartMargin(english: boolean): number {
  return APART_MARGIN[english ? 'en' : 'zh']
}

/**
 * Whether a pair's score is below the bar, as calibrated (on the scores
 * themselves, not as the page rounds them: a pair of 44.6% is below 45%, and
 * its reason then prints it to a tenth).
 * @example isUnsure(0.446, 0.45) // true
 */
export function isUnsure(score: number, bar: number): boolean {
  return score < bar
}

/**
 * What the bar means, said one way on the page, in its legend and in the
 * reasons: `bar` in whole percent, and the long clauses' bar if the language has one.
 * @example sureBarMeaning(25) // 'less than 25% alike: in comparisons checked by hand, pairs at least 25% alike were right 95 times in 100 or more, those less alike less often'
 */
export function sureBarMeaning(bar: number, language?: string, long?: LongClauseBar): string {
  const whose = language ? ` (the bar for ${language} statements)` : ''
  if (long)
    return `less than ${bar}% alike${whose}, or less than ${Math.round(long.bar * 100)}% when each of its clauses has ${long.from} characters or more: in comparisons checked by hand, pairs at or above these bars were right 95 times in 100 or more, those below less often`
  return `less than ${bar}% alike${whose}: in comparisons checked by hand, pairs at least ${bar}% alike were right 95 times in 100 or more, those less alike less often`
}

/**
 * A comparison's bars in a few words, for its summaries: the language's, and
 * its long clauses' when it has one.
 * @example barsInWords({ sureBar: 0.25, longClauseBar: { from: 46, bar: 0.2 } }, 'similar') // '25% similar, or 20% for pairs of clauses of 46 characters or more'
 */
export function barsInWords({ sureBar, longClauseBar }: { sureBar: number; longClauseBar?: LongClauseBar }, alike: string): string {
  const bar = `${Math.round(sureBar * 100)}% ${alike}`
  return longClauseBar
    ? `${bar}, or ${Math.round(longClauseBar.bar * 100)}% for pairs of clauses of ${longClauseBar.from} characters or more`
    : bar
}
