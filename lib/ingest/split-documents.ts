/**
 * Splitting a file into statements: by their datelines, the way wire copy
 * marks the start of each item ("新华社比什凯克6月13日电", "BISHKEK, June 13
 * (Xinhua) --"); without datelines, at each line that is a document's title
 * ("…联合声明", "Joint Statement between …"); and failing both, the whole text
 * is one statement (text pasted from a web page).
 */
import { monthNumber } from './months'
import { isSpeakerLineZh, LEAD_END, TITLE_LIKE } from './read-header'
import { isStoppedTitle } from './read-header-en'
import { isBracketedDateLineEn, readDateLineEn, readDateLineZh } from './sign-off'
import type { Dateline, RawDocument, SourceLine } from './types'

const DATELINE =
  /^\s*(新华社|中新社|人民日报|中国新闻社|新华网|中新网|中评社|[\p{Script=Han}]{1,5}?(?:社|网))\s*([\p{Script=Han}·]{1,16}?)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*电\s*(.*)$/u

const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
/** BISHKEK, June 13 (Xinhua) -- The text begins here. */
const DATELINE_EN = new RegExp(
  `^\\s*([A-Z][A-Z .'’-]{1,40}?),\\s+${MONTH_NAME}\\s+(\\d{1,2})\\s*\\((Xinhua|AP|AFP|Reuters|TASS|Kyodo)\\)\\s*(?:--|—|–|-)\\s*(.*)$`,
)

/** A line that is a whole document title: …联合声明 / Joint Statement between … (no full stop). */
const TITLE_ZH = /^[\p{Script=Han}（）()“”《》、·\s]{4,80}(联合声明|联合宣言|联合公报|共同声明)$/u
const TITLE_EN = /^(?:[A-Z][\w’'.-]*\s+){0,8}?Joint\s+(?:Statement|Declaration|Communiqu[eé]|Press\s+Communiqu[eé])(?![\p{L}])[^.]{0,260}$/u

/** Splits text into lines, keeping each line's offset; handles \n, \r\n and \r. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  const pattern = /\r\n|\n|\r/g
  let start = text.startsWith('\uFEFF') ? 1 : 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    lines.push({ text: text.slice(start, match.index), start })
    start = match.index + match[0].length
  }
  if (start < text.length) lines.push({ text: text.slice(start), start })
  return lines
}

/** The dateline a line opens with, if any. */
export function parseDateline(line: string): (Dateline & { rest: string }) | null {
  const english = DATELINE_EN.exec(line)
  if (english) {
    const [, place = '', monthName = '', day = '', agency = '', rest = ''] = english
    const month = monthNumber(monthName) ?? 0
    const d = Number(day)
    if (month < 1 || d < 1 || d > 31) return null
    const printed = line.trim()
    const text = rest ? printed.slice(0, printed.length - rest.length).trim() : printed
    return { agency, place: titleCase(place.trim()), month, day: d, text, rest }
  }
  const match = DATELINE.exec(line)
  if (!match) return null
  const [, agency = '', place = '', month = '', day = '', rest = ''] = match
  const m = Number(month)
  const d = Number(day)
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  const printed = line.trim()
  const text = rest ? printed.slice(0, printed.length - rest.length).trim() : printed
  return { agency, place, month: m, day: d, text, rest }
}

/** BISHKEK → Bishkek, ST. PETERSBURG → St. Petersburg. */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/**
 * The statements in a file: one per dateline, each with the lines up to the
 * next (text before the first dateline is not part of any); without datelines,
 * one per title line; and otherwise the whole text as one.
 * @example splitDocuments(' 新华社莫斯科 6 月 5 日电\n\n中华人民共和国…').length // 1
 */
export function splitDocuments(text: string, from = 0, options: { byTitles?: boolean } = {}): RawDocument[] {
  const lines = splitLines(text).filter((line) => line.start >= from)
  const byDateline = splitAtDatelines(lines)
  if (byDateline.length > 0) return byDateline
  if (options.byTitles === false) return wholeText(lines)
  return splitAtTitles(lines)
}

function splitAtDatelines(lines: readonly SourceLine[]): RawDocument[] {
  const documents: RawDocument[] = []
  let current: RawDocument | null = null
  lines.forEach((line, k) => {
    const dateline = parseDateline(line.text)
    if (dateline) {
      if (current) documents.push(current)
      const { rest, ...fields } = dateline
      current = { dateline: fields, lines: [], start: line.start, end: line.start + line.text.length }
      // above the first dateline, a page's headline naming the text is its title ("江泽民在…上发言（全文）" / a site line /
      // "新华网纽约9月7日电 …"): what else a page prints above it is not read
      const headline =
        documents.length === 0 ? lines.slice(Math.max(0, k - 4), k).findLast((l) => TITLE_LIKE.test(l.text.trim())) : undefined
      if (headline) {
        current.lines.push({ text: headline.text, start: headline.start })
        current.start = headline.start
      }
      if (rest) current.lines.push({ text: rest, start: line.start + line.text.lastIndexOf(rest) })
      return
    }
    if (current) {
      current.lines.push(line)
      if (line.text.trim()) current.end = line.start + line.text.length
    }
  })
  if (current) documents.push(current)
  return documents
}

/** A line that may be the first part of a wrapped title. */
function isTitlePart(text: string): boolean {
  const line = text.trim()
  return line.length > 0 && line.length <= 60 && !/[。；：！？.;:!?]$/.test(line)
}

/**
 * A Chinese title a page broke over a blank line: a first line of ideographs that names the parties and ends no phrase,
 * over a line that names none ("中华人民共和国和缅甸联邦关于未来双边" / (blank) / "关系合作框架文件的联合声明").
 */
function brokenTitleZh(above: string, line: string): boolean {
  return /^\p{Script=Han}{4,40}$/u.test(above.trim()) && /[和与同]/u.test(above) && !/[和与同]/u.test(line)
}

function isTitleLine(text: string): boolean {
  const line = text.trim()
  return TITLE_ZH.test(line) || TITLE_EN.test(line)
}

/** All the text as one document. */
function wholeText(lines: readonly SourceLine[]): RawDocument[] {
  const content = lines.filter((line) => line.text.trim())
  const first = content[0]
  const last = content.at(-1)
  if (!first || !last) return []
  return [
    {
      dateline: null,
      lines: lines.filter((line) => line.start >= first.start && line.start <= last.start),
      start: first.start,
      end: last.start + last.text.length,
    },
  ]
}

/**
 * Without datelines: a new statement at each title line after the first
 * statement's body (a document's title, or any title with a date line under
 * it); all text otherwise.
 */
/** A page's headline block above the document's own title is at most this many lines… */
const HEADLINE_BLOCK = 8
/** …with at most this many sentences (a standfirst, a photo's caption or two) and no date line. */
const HEADLINE_SENTENCES = 3

function splitAtTitles(lines: readonly SourceLine[]): RawDocument[] {
  const content = lines.filter((line) => line.text.trim())
  if (content.length === 0) return []
  // a title starts a paragraph: after a blank line, or after a line that ends a sentence (not mid-sentence in wrapped text)
  const afterBlank = new Set<SourceLine>()
  lines.forEach((line, i) => {
    if (i > 0 && !(lines[i - 1] as SourceLine).text.trim() && line.text.trim()) afterBlank.add(line)
  })
  const endsOnInitials = (line: string) => /(?:^|[\s(–-])(?:[A-Z]\.)+\s*$/.test(line) // "…and the ASEAN-U.S." goes on
  const endsSentence = (line: string) => /[.。!?！？:：;；"”)）]\s*$/.test(line) && !endsOnInitials(line)
  const startsParagraph = (k: number) => afterBlank.has(content[k] as SourceLine) || endsSentence(content[k - 1]?.text ?? '')
  // a title line under which a date line is printed, and then the text: "United States-Republic of Korea Leaders’
  // Joint Statement / May 21, 2022 / …" (a sign-off, "Done at Washington / May 21, 2022", has no text after it,
  // or another signature: "President Joe Biden / September 27, 2021 / President Andrés Manuel López Obrador"); the
  // text may open with a place or a link line
  const isProse = (text: string) => text.trim().length >= 60 || /[\p{Script=Han}]{12}/u.test(text)
  // each line asked of the date-line readers once: a title's test looks at the lines around it
  const dated = content.map(({ text }) => {
    const line = text.trim()
    return line.length <= 90 && (readDateLineEn(line) !== null || readDateLineZh(line) !== null)
  })
  const isDate = (k: number) => dated[k] === true
  const datedTitle = (k: number) => {
    const text = (content[k] as SourceLine).text.trim()
    return (
      text.length <= 250 &&
      // (not a page's "Share:" over its posting date; but a title may end on a stop: "Message to the Congress on … Integrity
      // of Ukraine." / "March 8, 2022"; not a signature, "Joseph R. Biden Jr." over a date)
      (!/[。；！？.;!?,，:：]["”’)）]*$/u.test(text) ||
        // (a title that asks or ends on a colon only at the text's top, not a heading over a date inside it: "When Will
        // Families Start Getting Their Payments?" / "July 15, 2021")
        (isStoppedTitle(text) && !/\b(?:Jr|Sr)\.$/u.test(text) && !/[?:]$/u.test(text) && text.split(/\s+/u).length >= 6)) &&
      !isDate(k) &&
      isDate(k + 1) &&
      !/^(?:Done|Signed|Issued|Adopted)\s+(?:at|in)\b/u.test(text) &&
      // (nor a speech's speaker over its date: "国务委员兼外长 王 毅" / "(2022年12月25日，北京)")
      !isSpeakerLineZh(text) &&
      [k + 2, k + 3].some((j) => isProse(content[j]?.text ?? '') && !isDate(j + 1))
    )
  }
  const starts: number[] = [0]
  content.forEach((line, k) => {
    if (k === 0) return
    const titled = isTitleLine(line.text) && !isTitleLine(content[k - 1]?.text ?? '')
    if (!titled && !datedTitle(k)) return
    // a title wrapped over lines starts at its first line: short lines that end no sentence (a line after a blank one
    // starts its own: the signatures above it end the statement before)
    let from = k
    while (
      from > k - 2 &&
      from - 1 >= (starts.at(-1) as number) &&
      (!afterBlank.has(content[from] as SourceLine) || brokenTitleZh(content[from - 1]?.text ?? '', content[from]?.text ?? '')) &&
      isTitlePart(content[from - 1]?.text ?? '')
    )
      from--
    // under a quotation, a name and a date attribute it ("…success.” / President Joe Biden / February 23, 2021")
    const attribution = !titled && /[”"’][*_]*\s*$/u.test(content[from - 1]?.text ?? '')
    // under an editor's lead ("…致辞全文如下："), the text it introduces: one document with its lead
    const introduced = LEAD_END.test((content[from - 1]?.text ?? '').trim())
    // and a title's second line under its first, which ends with a colon ("Carbis Bay G7 Summit Communiqué:" / "Our Shared
    // Agenda for Global Action to Build Back Better")
    const titleGoesOn = !afterBlank.has(content[from] as SourceLine) && /[:：]\s*$/u.test(content[from - 1]?.text ?? '')
    // (a title whose first line is where the text, or the last document, begins starts nothing new)
    if (from === starts.at(-1)) return
    // (nor do lines over a date under a title and date line with no text between: a transcript's venue and the day it was
    // spoken, "Remarks by …" / "December 26, 2021" / "South Court Auditorium" / "Eisenhower Executive Office Building" /
    // "(December 25, 2021)", are the one transcript's header)
    // (a date in brackets is the day a transcript was spoken, under its venue; a page that prints its header twice,
    // "FOR IMMEDIATE RELEASE" / "March 4, 2022" / the title again, starts its text there)
    const last = starts.at(-1) as number
    const between = content.slice(last, from)
    const spokenOn = isBracketedDateLineEn(content[k + 1]?.text ?? '')
    // (a long title may end on a bracket, which ends no sentence: "… Previewing the North American Leaders’ Summit (NALS)")
    const saidBetween = between.some(
      (line) => isProse(line.text) && /[.。!?！？;；]["”’)）]*\s*$/u.test(line.text) && !endsOnInitials(line.text),
    )
    if (spokenOn && between.some((_, j) => isDate(last + j)) && !saidBetween) return
    if (startsParagraph(from) && !attribution && !introduced && !titleGoesOn) starts.push(from)
  })
  // a page's headline with its standfirst and captions, above the document's own title that repeats it ("UK-Japan Joint
  // Statement" … "UK-Japan Joint Statement: A dynamic strategic partnership for the 21st century"), is no document
  // (only at the top of the text, and only over a standfirst and captions)
  const words = (k: number) => (content[k]?.text ?? '').replace(/[*_#]/g, '').trim().toLowerCase()
  const repeats = (from: number, next: number) =>
    [from, from + 1].some((k) => words(k).length >= 8 && words(next).startsWith(words(k)) && words(next).length > words(k).length)
  const cut = starts.findIndex((from, k) => (starts[k + 1] ?? Infinity) <= HEADLINE_BLOCK && repeats(from, starts[k + 1] as number))
  if (cut >= 0) {
    const own = content.slice(0, starts[cut + 1])
    const sentences = own.filter((line) => line.text.trim().length >= 60 && endsSentence(line.text)).length
    if (sentences <= HEADLINE_SENTENCES && !own.some((_, k) => isDate(k))) starts.splice(0, cut + 1)
  }
  return starts.map((from, k) => {
    const to = starts[k + 1] ?? content.length
    const own = content.slice(from, to)
    const first = own[0] as SourceLine
    const last = own.at(-1) as SourceLine
    // the lines in between, blank ones included: the repair reads them
    const all = lines.filter((line) => line.start >= first.start && line.start <= last.start)
    return { dateline: null, lines: all, start: first.start, end: last.start + last.text.length }
  })
}
