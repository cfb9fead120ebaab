import { straightQuotes } from '@/lib/text/search-fold'

/**
 * Quotes as typed and as printed: a keyboard types ' and ", statements are
 * printed with ’ ‘ “ ” (Russia’s, “一带一路”). A search finds a phrase in
 * either spelling: the term's own, all straight, typographic (an opening
 * quote where one opens a word, a closing one or an apostrophe elsewhere),
 * and every quote closing (a term that begins inside a word: 's, '90s).
 * @example quoteSpellings("Russia's") // ["Russia's", 'Russia’s']
 */
export function quoteSpellings(term: string): string[] {
  if (!/['"‘’“”]/u.test(term)) return [term]
  const straight = straightQuotes(term)
  const opens = (text: string, at: number) => at === 0 || /[\s([{（【《「『—-]/u.test(text[at - 1] as string)
  const typographic = straight.replace(/['"]/gu, (quote, at: number, text: string) =>
    quote === "'" ? (opens(text, at) ? '‘' : '’') : opens(text, at) ? '“' : '”',
  )
  // a quote at either end of the term may open or close a word outside it ('s, '90s, " and): every quote closing too
  const closing = straight.replace(/'/gu, '’').replace(/"/gu, '”')
  return [...new Set([term, straight, typographic, closing])]
}

/** A regular-expression source matching each quote in `escaped` (a term escaped for RegExp) in any spelling. */
export function anyQuote(escaped: string): string {
  return escaped.replace(/['‘’]/gu, "['‘’]").replace(/["“”]/gu, '["“”]')
}

/** Pairs of quotes a reader puts around a phrase to mark it: straight, and as a keyboard's smart quotes type them. */
const PHRASE_MARKS: readonly [string, string][] = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
]

/**
 * The phrase inside the quotes that surround a whole term, as a search engine
 * reads them ("free and open" → free and open), or null when the term is not
 * so quoted. Every search is for the exact phrase already: the quotes are
 * read so only when the term with them is found nowhere (lib/db/search).
 * @example unquotedPhrase('"free and open"') // 'free and open'
 */
export function unquotedPhrase(term: string): string | null {
  for (const [open, close] of PHRASE_MARKS) {
    if (term.length < 4 || !term.startsWith(open) || !term.endsWith(close)) continue
    const inner = term.slice(open.length, -close.length).trim()
    if ([...inner].length >= 2 && !inner.includes(open) && !inner.includes(close)) return inner
  }
  return null
}
