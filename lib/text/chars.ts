/**
 * Character classes for Chinese and Latin text, by Unicode code point.
 * Every helper takes one code point (a string of one or two UTF-16 units),
 * so characters outside the Basic Multilingual Plane are handled like any other.
 */

/** Han ideographs: CJK Unified Ideographs and extensions A–H, compatibility ideographs. */
export function isHan(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x323af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f) ||
    cp === 0x3007 // 〇
  )
}

/** CJK punctuation and full-width forms (，。、；：？！“”《》（）…). */
export function isCjkPunctuation(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0
  return (
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, ellipsis
    cp === 0x00b7 // middle dot in transliterated names
  )
}

/** A character that belongs to Chinese running text: a Han ideograph or CJK punctuation. */
export function isCjk(ch: string): boolean {
  return isHan(ch) || isCjkPunctuation(ch) || isPrivateMask(ch)
}

export function isAsciiDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9'
}

export function isLatinLetter(ch: string): boolean {
  return /\p{Script=Latin}/u.test(ch)
}

/** The placeholders the party mask puts in place of names (Private Use Area). */
export function isPrivateMask(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0
  return cp >= 0xe000 && cp <= 0xe0ff
}

/**
 * How wide a character is set in a Chinese PDF, in ems: ideographs and full-width
 * punctuation (and the middle dot of transliterated names) take a full em,
 * Latin letters and digits about half, the spaces the extraction adds a quarter.
 */
export function emWidth(ch: string): number {
  if (ch === ' ' || ch === '\t') return 0.25
  const cp = ch.codePointAt(0) ?? 0
  return cp < 0x2000 && cp !== 0x00b7 ? 0.55 : 1
}

/** Width of a line in ems, ignoring leading and trailing spaces. */
export function lineWidth(line: string): number {
  let width = 0
  for (const ch of line.trim()) width += emWidth(ch)
  return width
}

/** Chinese numerals used for section and enumeration numbers, and their values. */
const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/**
 * Value of a Chinese numeral up to 999 (一 → 1, 十二 → 12, 二十三 → 23), or null.
 * @example parseChineseNumeral('二十三') // 23
 */
export function parseChineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null
  let total = 0
  let current = 0
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100
      current = 0
    } else if (ch === '十') {
      total += (current || 1) * 10
      current = 0
    } else {
      current = CHINESE_DIGITS[ch] ?? 0
    }
  }
  return total + current
}

/**
 * The language tag of a piece of text for its `lang` attribute: Simplified
 * Chinese when it holds an ideograph, English otherwise, so that a screen
 * reader reads an English title in an English voice.
 * @example textLang('Joint Statement') // 'en'
 */
export function textLang(text: string | null | undefined): 'zh-Hans' | 'en' {
  return /\p{Script=Han}/u.test(text ?? '') ? 'zh-Hans' : 'en'
}

/**
 * A code point of an emoji sequence: a picture, a flag's letter, a skin tone, the emoji variation selector (© ® ™ are
 * pictographs to Unicode, and signs of a text: "Copyright 2022. © The White House").
 */
export const EMOJI_PART = /^(?![©®™])[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\uFE0F]$/u

/**
 * A title printed in capitals with each run of capitals as a capitalised word, so that names read as they are printed
 * in Title Case; initials keep their stops and single letters stay ("U.S.", "JR.").
 * @example capitalsAsWords('REMARKS BY VICE PRESIDENT HARRIS') // 'Remarks By Vice President Harris'
 */
export function capitalsAsWords(text: string): string {
  return text.replace(/(\p{Lu})(\p{Lu}+)/gu, (_, first: string, rest: string) => first + rest.toLowerCase())
}
