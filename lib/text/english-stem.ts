/**
 * One stem for an English word's forms, as the aligner's word profile and the
 * formula miner's neighbour test both read words: Porter's (1980) stemmer,
 * from the stemmer package, for a word of plain letters; anything else
 * (numbers, 5G, accented or non-Latin words) stays as it is.
 */
import { stemmer } from 'stemmer'

/**
 * The stem of a lower-cased word.
 * @example englishStem('imposing') // 'impos'
 * @example englishStem('covid') // 'covid'
 * @example englishStem('5g') // '5g'
 */
export function englishStem(lower: string): string {
  return /^[a-z]+$/.test(lower) ? stemmer(lower) : lower
}
