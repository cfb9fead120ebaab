/** A phrase in its context, as a concordance or a search result shows it. */

export interface KeywordInContext {
  left: string
  match: string
  right: string
}

/** A letter or digit of a script that spaces its words (not Han, kana or hangul, whose characters may be cut between). */
const SPACED = /[\p{L}\p{N}\p{M}'’-]/u
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const inWord = (c: string | undefined) => c !== undefined && SPACED.test(c) && !UNSPACED.test(c)
/** Punctuation that closes the word before it. */
const CLOSING = /[.,;:!?)\]’”]/u
/** Whether text[k] belongs to a word: a letter of a spaced script, or a point between two (U.S., 2.5). */
const wordAt = (text: string, k: number) => inWord(text[k]) || (text[k] === '.' && inWord(text[k - 1]) && inWord(text[k + 1]))

/**
 * The occurrence [start, end) of `text` with up to `width` units of context on
 * either side, cut with an ellipsis where the clause goes on. The context is
 * cut between words, never inside one (…ghts defenders → …defenders, …S. and → … and), unless
 * a single word is wider than the context; Chinese is cut between characters.
 * @example keywordInContext('双方坚定奉行一个中国原则。', 2, 12, 1) // { left: '…方', match: '坚定奉行一个中国原则', right: '。' }
 * @example keywordInContext('to protect human rights defenders', 17, 23, 8) // { left: '… human ', match: 'rights', right: ' …' }
 */
export function keywordInContext(text: string, start: number, end: number, width: number): KeywordInContext {
  let from = Math.max(0, start - width)
  let to = Math.min(text.length, end + width)
  // a cut inside a word moves to the word's edge within the context (a word wider than all of it is cut)
  if (from > 0 && wordAt(text, from - 1) && wordAt(text, from)) {
    let edge = from
    while (edge < start && wordAt(text, edge)) edge++
    if (edge < start) from = edge
  }
  // nor begins with the point or comma that ends the word before it (…S. and, …. and → … and)
  while (from > 0 && from < start && CLOSING.test(text[from] ?? '') && wordAt(text, from - 1)) from++
  if (to < text.length && wordAt(text, to - 1) && wordAt(text, to)) {
    let edge = to
    while (edge > end && wordAt(text, edge - 1)) edge--
    if (edge > end) to = edge
  }
  // never half a surrogate pair
  if (from > 0 && /[\uDC00-\uDFFF]/u.test(text[from] ?? '')) from++
  if (to < text.length && /[\uDC00-\uDFFF]/u.test(text[to] ?? '')) to--
  return {
    left: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    right: text.slice(end, to) + (to < text.length ? '…' : ''),
  }
}
