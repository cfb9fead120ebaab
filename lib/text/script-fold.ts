/**
 * Traditional Chinese read as Simplified, one character for one: 聯合聲明 is
 * 联合声明, 夥伴關係 is 伙伴关系. Comparison, collation and formula mining see
 * the Simplified form, so a statement published in Traditional characters
 * (a Hong Kong or Taiwan reprint, a wikisource copy) lines up with its
 * Simplified counterpart; the reader still sees the characters as printed.
 *
 * The character table is OpenCC's (opencc-js, `TSCharacters`), kept to
 * mappings of one UTF-16 unit to one, so every folded text has its source's
 * length and offsets. A Traditional character that is also a character of
 * Simplified Chinese (it is in GB 2312, as 於, 後, 夥, 乾 are) is folded only
 * in a text that is evidently Traditional: one with a character that
 * Simplified Chinese does not use (國, 關, 聯 …). A Simplified text is never
 * changed.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters'

/** code unit → its Simplified code unit, or 0 */
const TABLE = new Uint16Array(0x10000)
/** 1 where the Traditional character is also a Simplified one (GB 2312) */
const SHARED = new Uint8Array(0x10000)

/** OpenCC's pairs of one Traditional and one Simplified UTF-16 unit, the ones this module folds. */
export const TRADITIONAL_PAIRS: readonly (readonly [traditional: string, simplified: string])[] = tsCharacters
  .split('|')
  .map((entry) => entry.split(' '))
  .filter((pair): pair is [string, string] => pair[0]?.length === 1 && pair[1]?.length === 1 && pair[0] !== pair[1])
  .map(([traditional, simplified]) => [traditional, simplified] as const)

for (const [traditional, simplified] of TRADITIONAL_PAIRS) TABLE[traditional.charCodeAt(0)] = simplified.charCodeAt(0)
{
  // the 6,763 hanzi of GB 2312, decoded from its rows 0xB0–0xF7 (the same in GB 18030)
  const decoder = new TextDecoder('gb18030')
  const bytes = new Uint8Array(2)
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      bytes[0] = row
      bytes[1] = cell
      const ch = decoder.decode(bytes)
      if (ch.length === 1) SHARED[ch.charCodeAt(0)] = 1
    }
  }
}

/**
 * Whether a text has a character only Traditional Chinese uses.
 * @example isTraditional('中華人民共和國') // true
 * @example isTraditional('坚定奉行一个中国原则，反对“台独”') // false
 */
export function isTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (TABLE[unit] && !SHARED[unit]) return true
  }
  return false
}

/**
 * A function folding one code unit of the text it was made for: the
 * Simplified unit, or the unit itself. Made once per text (it reads the text
 * to see whether the characters shared with Simplified are to be folded).
 */
export function unitFolder(text: string): (unit: number) => number {
  const all = isTraditional(text)
  return (unit) => {
    const simplified = TABLE[unit] as number
    return simplified && (all || !SHARED[unit]) ? simplified : unit
  }
}

/**
 * The text in Simplified characters, of the same length.
 * @example toSimplified('雙方將於今後深化夥伴關係') // '双方将于今后深化伙伴关系'
 * @example toSimplified('于是') // '于是'
 */
export function toSimplified(text: string): string {
  if (!isTraditional(text)) return text
  const fold = unitFolder(text)
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const folded = fold(unit)
    if (folded === unit) continue
    out += text.slice(from, i) + String.fromCharCode(folded)
    from = i + 1
  }
  return out + text.slice(from)
}

/**
 * Every Traditional character in Simplified, the ones Simplified Chinese also
 * uses included: for a piece of text cut from a Traditional statement too short
 * to tell its script by itself (後 against 后).
 * @example foldEveryCharacter('後') // '后'
 */
export function foldEveryCharacter(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out += String.fromCharCode((TABLE[unit] as number) || unit)
  }
  return out
}
