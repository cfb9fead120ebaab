/**
 * Keyword in context: each place a term occurs in a text, with a few
 * characters either side, cut as the formula concordance cuts them.
 * Matching ignores case, as the databases' search does; the text is shown
 * exactly as printed.
 */
import { keywordInContext, type KeywordInContext } from '@/lib/text/keyword-in-context'
import { anyQuote } from './quotes'

export interface KwicLine extends KeywordInContext {
  /** offset of the match in the text (UTF-16 code units) */
  start: number
}

/** Characters of context either side: about a line in a results list. */
export const KWIC_WIDTH = 30

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Every occurrence of `term` (or of any of its spellings) in `text`, non-overlapping, in order.
 * @example kwic('支持吉方实现国家统一', '国家统一', 4) // [{ left: '…吉方实现', match: '国家统一', right: '', start: 6 }]
 */
export function kwic(text: string, term: string | readonly string[], width = KWIC_WIDTH): KwicLine[] {
  // a term in several spellings (和平统一, 和平統一) matches any of them, the longest first
  const needles = (typeof term === 'string' ? [term] : [...term])
    .map((t) => t.trim())
    .filter(Boolean)
    .sort((x, y) => y.length - x.length)
  if (needles.length === 0) return []
  // whitespace in the term matches any run of whitespace in the text, and a quote any spelling of it (Russia's, Russia’s)
  const pattern = new RegExp(needles.map((needle) => anyQuote(needle.split(/\s+/).map(escapeRegExp).join('\\s+'))).join('|'), 'giu')
  return [...text.matchAll(pattern)].map((m) => ({ ...keywordInContext(text, m.index, m.index + m[0].length, width), start: m.index }))
}
