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
