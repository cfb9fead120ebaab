/**
 * The comparison form of a text: what two clauses are compared on, while the
 * reader is shown the original.
 *
 * Each code point is folded with NFKC (full-width letters, digits and
 * punctuation become their ordinary forms) and lower-cased; whitespace next to
 * Chinese text is dropped (PDF extraction scatters it around digits) and other
 * runs of whitespace become one space. The result maps back to the input.
 */
import { isCjk } from './chars'
import { MappedTextBuilder, type MappedText } from './mapped-text'

/**
 * @example normalizeForComparison('第 2231 号决议（２０１９）').text // '第2231号决议(2019)'
 */
export function normalizeForComparison(text: string): MappedText {
  const out = new MappedTextBuilder()
  let pendingSpace: [number, number] | null = null
  let lastChar = ''
  let offset = 0
  for (const ch of text) {
    const from = offset
    offset += ch.length
    if (/\s/u.test(ch)) {
      pendingSpace ??= [from, offset]
      continue
    }
    const folded = ch.normalize('NFKC').toLowerCase()
    if (!folded || /^\s+$/u.test(folded)) continue
    if (pendingSpace && lastChar && !isCjk(lastChar) && !isCjk(folded)) {
      out.push(' ', pendingSpace[0], pendingSpace[1])
    }
    pendingSpace = null
    out.push(folded, from, offset)
    lastChar = [...folded].at(-1) ?? ''
  }
  return out.build()
}

/** Letters and digits only, for similarity: punctuation and spaces carry no content. */
export function contentCharacters(text: string): string[] {
  return Array.from(text).filter((ch) => /[\p{L}\p{N}\p{Co}]/u.test(ch))
}
