/** A phrase in its context, as a concordance or a search result shows it. */

export interface KeywordInContext {
  left: string
  match: string
  right: string
}

/**
 * The occurrence [start, end) of `text` with up to `width` units of context on
 * either side, cut with an ellipsis where the clause goes on.
 * @example keywordInContext('双方坚定奉行一个中国原则。', 2, 12, 1) // { left: '…方', match: '坚定奉行一个中国原则', right: '。' }
 */
export function keywordInContext(text: string, start: number, end: number, width: number): KeywordInContext {
  const from = Math.max(0, start - width)
  const to = Math.min(text.length, end + width)
  return {
    left: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    right: text.slice(end, to) + (to < text.length ? '…' : ''),
  }
}
