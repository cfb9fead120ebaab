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
import { unitFolder } from './script-fold'

/**
 * NFKC, lower case, spaces squeezed, and Traditional characters read as
 * Simplified (lib/text/script-fold) unless `script` is false: every
 * character mapped to the one it came from.
 * @example normalizeForComparison('第 2231 号决议（２０１９）').text // '第2231号决议(2019)'
 * @example normalizeForComparison('夥伴關係').text // '伙伴关系'
 */
export function normalizeForComparison(text: string, options: { script?: boolean } = {}): MappedText {
  const script = options.script === false ? null : unitFolder(text)
  const out = new MappedTextBuilder()
  let pendingSpace: [number, number] | null = null
  let lastChar = ''
  for (let offset = 0; offset < text.length;) {
    const unit = text.charCodeAt(offset)
    const width = unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length ? 2 : 1
    const from = offset
    offset += width
    if (isSpaceUnit(unit)) {
      pendingSpace ??= [from, offset]
      continue
    }
    const simplified = script && width === 1 ? script(unit) : unit
    const form =
      simplified !== unit
        ? String.fromCharCode(simplified)
        : width === 1 && isStable(unit)
          ? text.charAt(from)
          : fold(text.slice(from, offset))
    if (!form || WHITESPACE.test(form)) continue
    if (pendingSpace && lastChar && !isCjk(lastChar) && !isCjk(form)) out.push(' ', pendingSpace[0], pendingSpace[1])
    pendingSpace = null
    out.push(form, from, offset)
    lastChar = form.length === 1 ? form : ([...form].at(-1) ?? '')
  }
  return out.build()
}

const WHITESPACE = /^\s+$/u

/** Spaces, tabs, line breaks, no-break and ideographic spaces. */
function isSpaceUnit(unit: number): boolean {
  return (
    unit === 0x20 ||
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === 0xa0 ||
    unit === 0x3000 ||
    unit === 0xfeff ||
    (unit >= 0x2000 && unit <= 0x200b) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x1680
  )
}

/** Characters NFKC and lower-casing leave alone: ideographs, lower-case ASCII letters, digits. */
function isStable(unit: number): boolean {
  return (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)
}

const folded = new Map<string, string>()

/** NFKC and lower case, remembered: the characters that need it are few (punctuation, capitals, full-width forms). */
function fold(ch: string): string {
  let result = folded.get(ch)
  if (result === undefined) {
    result = ch.normalize('NFKC').toLowerCase()
    if (folded.size < 10_000) folded.set(ch, result)
  }
  return result
}

/** Letters and digits only, for similarity: punctuation and spaces carry no content. */
export function contentCharacters(text: string): string[] {
  const out: string[] = []
  for (const ch of text) if (isContentCharacter(ch)) out.push(ch)
  return out
}

/**
 * How many characters of `text` carry content, as contentCharacters finds
 * them, counted without making the list (a comparison weighs every row so).
 * @example contentLength('中方，支持。') // 4
 */
export function contentLength(text: string): number {
  let n = 0
  for (const ch of text) if (isContentCharacter(ch)) n++
  return n
}

/** Whether one character (a code point) carries content: a common ideograph at once, else CONTENT_CHAR. */
function isContentCharacter(ch: string): boolean {
  const cp = ch.charCodeAt(0)
  return (ch.length === 1 && cp >= 0x4e00 && cp <= 0x9fff) || CONTENT_CHAR.test(ch)
}

/** One character that carries content: a letter, a digit, or a private-use character (a PDF's unmapped glyph); not punctuation, spacing or symbols. */
export const CONTENT_CHAR = /^[\p{L}\p{N}\p{Co}]$/u
