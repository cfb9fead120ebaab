import { foldEveryCharacter } from './script-fold'

/**
 * The comparable form of a searched text and of the text searched: NFKC,
 * case folded, printed quotes as typed ones (Russia’s is Russia's, “一带一路”
 * is "一带一路"), spaces squeezed, Traditional characters as Simplified ones
 * (和平統一 is 和平统一; lib/text/script-fold). The collation's filter and its highlighter
 * both read text through it, so what is marked is what was found.
 * @example searchFold('ＣＯＶＩＤ－１９  Vaccines') // 'covid-19 vaccines'
 */
export function searchFold(text: string): string {
  return foldEveryCharacter(straightQuotes(text.normalize('NFKC').toLocaleLowerCase('en-US')).replace(/\s+/g, ' '))
}

/** Printed quotes as typed ones: Russia’s is Russia's, “一带一路” is "一带一路". */
export function straightQuotes(text: string): string {
  return text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"')
}
