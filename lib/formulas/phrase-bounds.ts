/**
 * Cutting a repeat to a phrase a reader would call one: whole words (a
 * hyphenated one whole), no function word (Chinese or English), date part or number at either end, no punctuation at either
 * end, no stub of a neighbouring phrase before the first comma or after the
 * last, and no quote or bracket left open.
 */
import { isHan } from '@/lib/text/chars'
import { ENGLISH_STOPWORDS } from '@/lib/text/english-stopwords'
import { chineseWordStarts } from '@/lib/text/chinese-words'
import { COUNTRY_PLACEHOLDER, PERSON_PLACEHOLDER } from '@/lib/parties/party-mask'
import { PARTIES } from '@/lib/parties/gazetteer'

/** A letter or digit: a hyphen, an apostrophe or a dot between two joins them into one word. */
const WORD_CHAR = /[\p{L}\p{N}]/u
const JOINER = /[-'’.]/u

const HAN = /\p{Script=Han}/u

/**
 * Word boundaries of each clause (true before a unit that starts a word),
 * computed once, on demand: Chinese words from jieba (see chineseWordStarts),
 * other text's from Intl.Segmenter. A hyphen, an apostrophe or a dot between letters
 * or digits is inside a word (Indo-Pacific, people-to-people, U.S, 2.5), where
 * the segmenter would cut: a formula never ends on "free and open Indo".
 */
export function wordBoundaryCache(textOf: (clause: number) => string): (clause: number) => Uint8Array {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
  const cache = new Map<number, Uint8Array>()
  return (clause) => {
    let marks = cache.get(clause)
    if (!marks) {
      const text = textOf(clause)
      marks = new Uint8Array(text.length + 1)
      const starts = HAN.test(text) ? chineseWordStarts(text) : null
      if (starts) for (const index of starts) marks[index] = 1
      else for (const { index } of segmenter.segment(text)) marks[index] = 1
      for (let k = 1; k + 1 < text.length; k++)
        if (JOINER.test(text.charAt(k)) && WORD_CHAR.test(text.charAt(k - 1)) && WORD_CHAR.test(text.charAt(k + 1))) {
          marks[k] = 0
          marks[k + 1] = 0
        }
      joinChineseCompounds(text, marks)
      marks[text.length] = 1
      cache.set(clause, marks)
    }
    return marks
  }
}

/** A masked country's placeholder (lib/parties/party-mask: COUNTRY_PLACEHOLDER + n). */
const isCountryPlaceholder = (code: number) => code >= COUNTRY_PLACEHOLDER && code < PERSON_PLACEHOLDER
/** The one-character forms of parties' names in compounds (中吉, 中美): 中 of 中〈X〉 is half a word. */
const PARTY_ABBREVIATIONS = new Set(PARTIES.map((party) => party.abbr).filter((abbr) => abbr.length === 1))
/** A numeral, Arabic or Chinese, after 第: 第 25 条 and 第二十五条 are one word. */
const NUMERAL = /[0-9０-９〇零一二三四五六七八九十百千]/u

/**
 * Words jieba cannot know are words, joined: a party's one-character form
 * before or after a masked partner (中〈X〉关系, where jieba sees 中 alone and a
 * phrase ended "政治互信是中"), and 第 with its numeral (a phrase ended
 * "《联合国宪章》第", cut inside the article's number).
 */
function joinChineseCompounds(text: string, marks: Uint8Array): void {
  for (let k = 1; k < text.length; k++) {
    const after = isCountryPlaceholder(text.charCodeAt(k)) && PARTY_ABBREVIATIONS.has(text.charAt(k - 1))
    const before = isCountryPlaceholder(text.charCodeAt(k - 1)) && PARTY_ABBREVIATIONS.has(text.charAt(k))
    if (after || before) marks[k] = 0
  }
  for (let k = text.indexOf('第'); k >= 0; k = text.indexOf('第', k + 1)) {
    // 第, a space perhaps, and the whole numeral after it
    let j = k + 1
    if (text.charAt(j) === ' ' && NUMERAL.test(text.charAt(j + 1))) marks[j++] = 0
    while (j < text.length && NUMERAL.test(text.charAt(j))) marks[j++] = 0
  }
}

/** Function words and date parts that a formula neither starts nor ends with (and, in English, ENGLISH_STOPWORDS). */
const EDGE_WORDS = new Set([
  '的',
  '了',
  '着',
  '和',
  '与',
  '及',
  '并',
  '而',
  '或',
  '之',
  '以',
  '为',
  '在',
  '对',
  '将',
  '把',
  '被',
  '从',
  '向',
  '于',
  '年',
  '月',
  '日',
  '也',
  '都',
  '是',
  '同',
  '由',
  '其',
  '该',
  '此',
])
const OPENING = '“‘《〈(（[【「『'
const CLOSING = '”’》〉)）]】」』'
const SEPARATING = /[\s,，。、;；:：!！?？.…—-]/u
const SEPARATING_ALL = /[,，。;；:：!！?？]/u
/** Fewer ideographs than this before the first comma (or after the last) is a stub of another phrase. */
const MIN_CHUNK = 3

/** A Chinese or English function word. */
export const isFunctionWord = (word: string) => EDGE_WORDS.has(word) || ENGLISH_STOPWORDS.has(word.toLowerCase())

/** A word a formula neither starts nor ends with: a function word, a date part, a number. */
const isEdgeWord = (word: string) => isFunctionWord(word) || /^\d+$/.test(word)

function hanIn(text: string): number {
  let n = 0
  for (const ch of text) if (isHan(ch)) n++
  return n
}

/**
 * How many units to cut from the start and the end of a repeat so that it is
 * a phrase: whole words, no function word or date part at either end, no
 * separating punctuation at either end, and no unmatched quote or bracket.
 */
export function phraseBounds(clause: string, at: number, length: number, words: Uint8Array): [number, number] {
  let from = at
  let to = at + length
  // whole words only
  while (from < to && !words[from]) from++
  while (to > from && !words[to]) to--
  for (let changed = true; changed && from < to;) {
    changed = false
    // a quote or bracket left open cuts the phrase before it; one closed that never opened, after it
    const [unopened, unclosed] = unbalanced(clause, from, to)
    if (unclosed >= 0) {
      to = unclosed
      changed = true
      continue
    }
    if (unopened >= 0) {
      from = unopened + 1
      changed = true
      continue
    }
    // a stub of a neighbouring phrase before the first comma or after the last one
    const chunk = clause.slice(from, to).split(SEPARATING_ALL)
    if (chunk.length > 1 && (chunk[0] as string).length > 0 && hanIn(chunk[0] as string) < MIN_CHUNK) {
      from += (chunk[0] as string).length
      changed = true
      continue
    }
    if (chunk.length > 1 && (chunk[chunk.length - 1] as string).length > 0 && hanIn(chunk[chunk.length - 1] as string) < MIN_CHUNK) {
      to -= (chunk[chunk.length - 1] as string).length
      changed = true
      continue
    }
    const first = clause.charAt(from)
    const last = clause.charAt(to - 1)
    if (SEPARATING.test(first) || CLOSING.includes(first) || (OPENING.includes(first) && !hasCloser(clause, from, to))) {
      from++
      changed = true
    } else if (SEPARATING.test(last) || OPENING.includes(last) || (CLOSING.includes(last) && !hasOpener(clause, from, to))) {
      to--
      changed = true
    } else {
      const firstWord = wordAt(clause, from, to, words)
      const lastWord = wordBefore(clause, from, to, words)
      if (isEdgeWord(firstWord)) {
        from += firstWord.length
        changed = true
      } else if (isEdgeWord(lastWord)) {
        to -= lastWord.length
        changed = true
      }
    }
  }
  return [from - at, at + length - to]
}

/** The last closer in text[from, to) without its opener, and the first opener without its closer (−1 for none). */
function unbalanced(text: string, from: number, to: number): [number, number] {
  const open: number[] = []
  let unopened = -1
  for (let k = from; k < to; k++) {
    const ch = text.charAt(k)
    if (OPENING.includes(ch)) open.push(k)
    else if (CLOSING.includes(ch)) {
      const match = open.length ? open[open.length - 1] : undefined
      if (match !== undefined && OPENING.indexOf(text.charAt(match)) === CLOSING.indexOf(ch)) open.pop()
      else unopened = k
    }
  }
  return [unopened, open.length ? (open[0] as number) : -1]
}

function hasCloser(text: string, from: number, to: number): boolean {
  const closer = CLOSING[OPENING.indexOf(text.charAt(from))] as string
  return text.slice(from + 1, to).includes(closer)
}

function hasOpener(text: string, from: number, to: number): boolean {
  const opener = OPENING[CLOSING.indexOf(text.charAt(to - 1))] as string
  return text.slice(from, to - 1).includes(opener)
}

function wordAt(text: string, from: number, to: number, words: Uint8Array): string {
  let end = from + 1
  while (end < to && !words[end]) end++
  return text.slice(from, end)
}

function wordBefore(text: string, from: number, to: number, words: Uint8Array): string {
  let start = to - 1
  while (start > from && !words[start]) start--
  return text.slice(start, to)
}
