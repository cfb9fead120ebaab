/**
 * How far a reader can trust a pair of clauses: per language, the aligner's
 * row score from which its links were right at least 95% of the time on the
 * hand-made gold alignments (data/gold/*.json and data/gold/collection/*.json,
 * chosen by `npm run eval -- --collation --calibrate`). A pair below it is
 * shown as unsure on the pair view, and joins a collation's family only when a
 * third statement confirms it.
 */
export const SURE_LINK = { zh: 0.25, en: 0.45 } as const

/** The sure bar of a comparison's language (a statement without one is Chinese). */
export function sureBar(english: boolean): number {
  return SURE_LINK[english ? 'en' : 'zh']
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
 * reasons: `bar` in whole percent.
 * @example sureBarMeaning(25) // 'less than 25% alike: in comparisons checked by hand, pairs at least 25% alike were right 95 times in 100 or more, those less alike less often'
 */
export function sureBarMeaning(bar: number, language?: string): string {
  const whose = language ? ` (the bar for ${language} statements)` : ''
  return `less than ${bar}% alike${whose}: in comparisons checked by hand, pairs at least ${bar}% alike were right 95 times in 100 or more, those less alike less often`
}
