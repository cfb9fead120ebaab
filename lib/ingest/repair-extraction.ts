/**
 * Repairing a PDF-to-text extraction of Chinese typeset text.
 *
 * What the extraction does to a page, and what we undo:
 * - every wrapped line is followed by a blank line → blank lines carry nothing;
 * - a page number stands alone on its line → dropped;
 * - the first line of a page begins with a space → trimmed;
 * - paragraph ends are only visible as line lengths: a paragraph's last line is
 *   short and its first line is indented by two ems (the indent itself is lost)
 *   → lines are joined into paragraphs by their widths, measured in ems;
 * - numbers wrap like words ("202" / "0 年" is 2020 年) → joined without a space;
 * - spaces appear around every run of digits or Latin letters ("2019 年 6 月")
 *   → dropped next to Chinese text.
 * Every character of the result maps back to its offset in the source file.
 */
import { joinsHyphenated } from '@/lib/text/line-hyphen'
import { isAsciiDigit, isCjk, isHan, isLatinLetter, lineWidth } from '@/lib/text/chars'
import { MappedTextBuilder, mapIdentity, trimMapped, type MappedText } from '@/lib/text/mapped-text'
import type { ImportNote, RepairedParagraph, SourceLine } from './types'

const PAGE_NUMBER = /^\s*\d{1,4}\s*$/
/** Openings that always start a paragraph: 一、 （一） (1) 第一， —— */
export const PARAGRAPH_OPENING =
  /^(——|[（(][一二三四五六七八九十百]+[）)]|[(（]\d{1,3}[)）]|第[一二三四五六七八九十]+[，、,]|[一二三四五六七八九十]+、|\d{1,3}[.．、](?!\d))/
const SENTENCE_END = /[。！？；：!?;:…][”’」』）)]*$/

interface Line {
  text: MappedText
  width: number
}

/** How much narrower than a full line a line must be to end its paragraph whatever its last character
 * (justified first lines run one em short of their indent now and then). */
const SHORT_MARGIN = 3.5
/** How much narrower than a full line the indented first line of a paragraph is at most. */
const INDENT_MARGIN = 1.2

/** In text that is not hard-wrapped (one paragraph per line), a line narrower than this is a title or heading. */
const UNWRAPPED_SHORT = 24
/** …and one narrower than this, ending no sentence or clause, may be one too. */
const UNWRAPPED_TITLE = 64
const CLAUSE_END = /[。！？；，、：.!?;,:]["”’」』)）]*\s*$/u

/**
 * Lines of one release → paragraphs, with a note for each kind of repair made.
 * @example repairLines(lines).paragraphs.map((p) => p.text.text)
 */
export function repairLines(lines: readonly SourceLine[]): { paragraphs: RepairedParagraph[]; notes: ImportNote[] } {
  return repairMappedLines(lines.map((line) => mapIdentity(line.text, line.start)))
}

/** The same, for lines already mapped to the source (markup removed first, say). */
export function repairMappedLines(lines: readonly MappedText[]): { paragraphs: RepairedParagraph[]; notes: ImportNote[] } {
  const kept: Line[] = []
  let pageNumbers = 0
  for (const line of lines) {
    if (!line.text.trim()) continue
    if (PAGE_NUMBER.test(line.text)) {
      pageNumbers++
      continue
    }
    const text = trimMapped(line)
    kept.push({ text, width: lineWidth(text.text) })
  }
  const fullWidth = estimateFullWidth(kept.map((line) => line.width))
  const wrapped = isHardWrapped(kept, fullWidth)
  const groups: Line[][] = []
  kept.forEach((line, i) => {
    const previous = kept[i - 1]
    if (!previous || !wrapped || endsParagraph(previous, line, fullWidth)) groups.push([line])
    else groups.at(-1)?.push(line)
  })
  const shortBelow = wrapped ? fullWidth - SHORT_MARGIN : UNWRAPPED_SHORT
  let brokenNumbers = 0
  const paragraphs = groups.map((group): RepairedParagraph => {
    const joined = joinLines(group)
    brokenNumbers += joined.brokenNumbers
    const only = group[0] as Line
    const text = tidySpaces(joined.text)
    return {
      text,
      // (a page's title or a speech's subtitle may be longer, on a line of its own that ends no sentence or clause:
      // "习近平在上海合作组织成员国元首理事会第二十三次会议上的讲话（全文）")
      short: group.length === 1 && (only.width < shortBelow || (!wrapped && only.width < UNWRAPPED_TITLE && !CLAUSE_END.test(text.text))),
    }
  })
  const notes: ImportNote[] = []
  if (pageNumbers) notes.push({ kind: 'repair', message: `removed ${pageNumbers} page number${pageNumbers > 1 ? 's' : ''}` })
  if (brokenNumbers) {
    notes.push({ kind: 'repair', message: `joined ${brokenNumbers} number${brokenNumbers > 1 ? 's' : ''} broken across lines` })
  }
  return { paragraphs, notes }
}

/**
 * The width of a full line: the most common width among the longer lines
 * (to the half em), so that titles, headings, paragraph ends and indented first
 * lines do not pull it down; a tie goes to the wider.
 */
function estimateFullWidth(widths: readonly number[]): number {
  if (widths.length === 0) return 0
  // (the widest tenth of the lines, not the widest line: one paragraph left on a line of its own above hard-wrapped
  // text, a forum's repost of a newspaper lead say, is no measure of the wrapping)
  const sorted = [...widths].sort((a, b) => a - b)
  const max = widths.length >= 10 ? (sorted[Math.floor(sorted.length * 0.9)] as number) : (sorted.at(-1) as number)
  const counts = new Map<number, number>()
  for (const w of widths) {
    if (w < max * 0.75) continue
    const key = Math.round(w * 2) / 2
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let best = max
  let bestCount = 0
  for (const [w, n] of counts) {
    if (n > bestCount || (n === bestCount && w > best)) [best, bestCount] = [w, n]
  }
  return best
}

/**
 * Hard-wrapped text (a PDF extraction) has many lines of about the full width
 * that stop mid-sentence; text with one paragraph per line (pasted from a web
 * page) has lines of every width that end their sentences.
 */
function isHardWrapped(lines: readonly Line[], fullWidth: number): boolean {
  const full = lines.filter((line) => Math.abs(line.width - fullWidth) <= 1.5 && line.width >= 10)
  if (full.length < 3) return false
  const open = full.filter((line) => !SENTENCE_END.test(line.text.text))
  return open.length >= full.length / 2
}

/** A section number alone on its line (一, 二、): never the end of the paragraph before it, even when that paragraph was cut short. */
const SECTION_NUMBER_LINE = /^[一二三四五六七八九十]{1,3}[、.．]?$/

function endsParagraph(previous: Line, next: Line, fullWidth: number): boolean {
  if (previous.width < fullWidth - SHORT_MARGIN) return true
  if (PARAGRAPH_OPENING.test(next.text.text) || SECTION_NUMBER_LINE.test(next.text.text)) return true
  return SENTENCE_END.test(previous.text.text) && next.width <= fullWidth - INDENT_MARGIN
}

function joinLines(lines: readonly Line[]): { text: MappedText; brokenNumbers: number } {
  const out = new MappedTextBuilder()
  let brokenNumbers = 0
  const chinese = lines.some((line) => /\p{Script=Han}/u.test(line.text.text))
  lines.forEach((line, i) => {
    const text = line.text
    if (i > 0) {
      const before = out.lastCodePoint()
      const after = text.text[0] ?? ''
      if (chinese && isAsciiDigit(before) && isAsciiDigit(after)) brokenNumbers++
      else if (!isCjk(before) && !isCjk(after) && !(isLatinLetter(after) && joinsHyphenated((lines[i - 1] as Line).text.text, text.text))) {
        // a line break in Latin-script text is a space (except inside a word hyphenated at the line's end, not a suspended "low- and")
        const at = text.start[0] as number
        out.push(' ', at, at)
      }
    }
    out.pushSlice(text)
  })
  return { text: out.build(), brokenNumbers }
}

/**
 * Drops the spaces the extraction puts around digits and Latin words inside
 * Chinese text ("第 2231 号" → "第2231号"), and collapses other runs of spaces.
 * A space between two ideographs is kept: titles use it as a separator
 * ("坚持可持续发展 共创繁荣美好世界").
 */
export function tidySpaces(m: MappedText): MappedText {
  const out = new MappedTextBuilder()
  const text = m.text
  let i = 0
  while (i < text.length) {
    if (!/\s/.test(text[i] as string)) {
      out.pushSlice(m, i, i + 1)
      i++
      continue
    }
    let j = i
    while (j < text.length && /\s/.test(text[j] as string)) j++
    const before = out.lastCodePoint()
    const after = text.codePointAt(j) !== undefined ? String.fromCodePoint(text.codePointAt(j) as number) : ''
    const keep = before !== '' && after !== '' && (isHan(before) && isHan(after) ? true : !isCjk(before) && !isCjk(after))
    if (keep) out.push(' ', m.start[i] as number, m.end[j - 1] as number)
    i = j
  }
  return out.build()
}
