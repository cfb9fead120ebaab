/**
 * Markup left in a text as published: Markdown from archives and scrapers
 * (**bold**, _emphasis_, `# heading`, `- item`, `[link](url)`, backslash
 * escapes such as `\[` and `\###`) and HTML tags from a copied page
 * (`<sup>nd</sup>`, `<u>…</u>`, `<br>`), and the spaces of the web: no-break,
 * narrow no-break, thin and zero-width spaces. The markup goes, the words stay,
 * and every character kept still maps to its place in the source file.
 */
import { MappedTextBuilder, sliceMapped, type MappedText } from '@/lib/text/mapped-text'
import { EMOJI_PART } from '@/lib/text/chars'

export interface CleanLine {
  text: MappedText
  /** a Markdown heading (`# …`) or a line that is bold as a whole (`**…**`) */
  heading: boolean
  /** a list item (`- `, `* `, `+ `, `• `): the bullet is gone */
  listItem: boolean
  /** the line was only markup or spacing (a horizontal rule, `###`, an empty tag) */
  empty: boolean
  /** the line ends in a Markdown hard break (two spaces, or a backslash) */
  hardBreak: boolean
  /**
   * Where the line stands in a bold run wrapped over several lines: it opens
   * one (`**Artificial Intelligence (AI) Roadmap and Pilot Project on`), closes
   * one (`Research for the Public Good**`), or has no bold mark at all.
   */
  bold?: 'opens' | 'closes' | 'none'
  /** a list item's indentation: the spaces before its bullet (an item under another is indented more) */
  indent?: number
}

/** What a line leaves open for the next: an HTML tag wrapped over two lines. */
export interface MarkupState {
  inTag: boolean
  /** the text has no Markdown links, so its brackets are its own ("Mr. President [Prime Minister]"), not a link's */
  textBrackets?: boolean
}

/** Spaces a web page uses that are spaces to a reader. */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/
/** An HTML entity by name or number: "&amp;", "&#8217;", "&#x2019;". */
const ENTITY = /^&(amp|lt|gt|quot|apos|nbsp|#\d{1,7}|#x[\da-f]{1,6});/i
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The character an entity's name or number stands for, or null for no character. */
function decodeEntity(name: string): string | null {
  const named = NAMED_ENTITIES[name.toLowerCase()]
  if (named !== undefined) return named
  const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null
}

/** Characters that are not there for a reader at all (U+FFFC: the placeholder an editor leaves where an object was). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\ufffc]/
const HEADING_MARK = /^\s{0,3}(#{1,6})\s+/
/** A list item's bullet at a line's start (`- `, `* `, `• `). */
// (deeper than six spaces only as a converter prints a nested item, with spaces after its bullet: "        -   invest in …", not
// a wrapped line that begins with a dash, "    - the rest of a sentence")
export const BULLET = /^(?:\s{0,6}|\s{7,14}(?=\S\s{2}))([-*+•·▪◦●■]|\u2022)\s+(?=\S)/
/** A list's number before a bold run that opens the line: "1.  **<u>Judge Sarah A. L. Merriam: Nominee …" */
const NUMBERED_BOLD = /^\d{1,3}\.\s+(?=\*\*|__)/u
const RULE = /^\s*(?:[-*_]\s*){3,}$|^\s*\\?#{3}\s*$|^\s*-\s*30\s*-\s*$/
const OPEN_TAG = /^<\/?[A-Za-z][A-Za-z0-9]*(?:\s|$)/
const TAG = /^<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?\/?>/
/** A Markdown autolink: an address in angle brackets, a web address or an e-mail one (<https://…>, <jointhecall@state.gov>). */
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/i
/**
 * A link whose address has a ")" of its own, which a converter left unescaped: where the text after the first ")" is
 * more of an address ("…#:~:text=data%20not%20shown).-,Shingles%20…whites.)", "…growth67/en/pdf)"), the address runs to
 * the ")" that the text goes on after (a space, a stop, the line's end), never into the next link.
 * @returns the length of the link's target "(…)" that starts at `at`, or null to take it to its first ")"
 */
function looseTarget(raw: string, at: number): number | null {
  const strict = /^\([^)\s]*\)/.exec(raw.slice(at))
  if (!strict) return null
  // (an address with balanced parentheses of its own runs to the one that closes the first, as CommonMark reads it:
  // "…Staffing-Up-FINAL.pdf%20(debeaumont.org))")
  const balanced = balancedTarget(raw, at)
  if (balanced !== null && balanced > strict[0].length) return balanced
  const residue = /^\S*/.exec(raw.slice(at + strict[0].length))?.[0] ?? ''
  if (!/[%=&/]/.test(residue)) return null
  return /^\([^\s[\]]*?\)(?=[.,;:!?"”’)\]*_]*(?:\s|$|<))/.exec(raw.slice(at))?.[0].length ?? null
}

/** The length of "(…)" at `at` to the parenthesis that closes it, nesting counted, without spaces; null if none does. */
function balancedTarget(raw: string, at: number): number | null {
  let depth = 0
  for (let k = at; k < raw.length && k < at + 2000; k++) {
    const ch = raw[k] as string
    if (/\s/u.test(ch)) return null
    if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return k - at + 1
  }
  return null
}

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|<>~"'$&]/

/**
 * One line without its markup.
 * @example cleanLine(mapIdentity('**The Linchpin for Peace**')).text.text // 'The Linchpin for Peace'
 */
export function cleanLine(line: MappedText, state: MarkupState = { inTag: false }): CleanLine {
  const raw = line.text
  const hardBreak = / {2,}$|\\$/.test(raw)
  if (!raw.trim() || RULE.test(raw.replace(new RegExp(SPACES, 'g'), ' ')))
    return { text: line, heading: false, listItem: false, empty: true, hardBreak: false }
  let from = 0
  if (state.inTag) {
    // the rest of a tag the line before opened
    const close = raw.indexOf('>')
    if (close < 0) return { text: line, heading: false, listItem: false, empty: true, hardBreak: false }
    state.inTag = false
    from = close + 1
  }
  let heading = false
  let listItem = false
  const headingMark = from === 0 ? HEADING_MARK.exec(raw) : null
  if (headingMark) {
    heading = true
    from = headingMark[0].length
  } else {
    const bullet = from === 0 ? BULLET.exec(raw) : null
    // ("*  USAID Administrator Samantha Power*" is a line in emphasis that a converter spaced, not an item)
    if (bullet && !/^\s*\*\*/.test(raw) && !(bullet[1] === '*' && /[^\s*]\*\s*\\?$/.test(raw) && raw.split('*').length === 3)) {
      listItem = true
      from = bullet[0].length
      // (a bullet a page printed in its item's text, after the Markdown's own: "-   • The Department of Agriculture’s …")
      from += /^[•▪◦●·]\s+/u.exec(raw.slice(from))?.[0].length ?? 0
    }
  }
  const body = raw.slice(from).trim()
  // a line bold as a whole (and not two bold runs with plain words between) is a heading, after a list's number too (a
  // page's heading printed as a numbered item: "1.  **Reviewing Our Progress**")
  // (an HTML tag around the bold is no part of it: "<span style=\"text-decoration: underline\">**Richard L. Revesz, Nominee")
  const marked = withoutOuterTags(body).replace(NUMBERED_BOLD, '')
  if (!heading && /^(\*\*|__)(?!\s).*(?:\S|[^\s.!?]\s)\1[:.]?$/.test(marked) && !/\S(\*\*|__)\s+\S/.test(marked.slice(2, -2)))
    heading = true
  const out = new MappedTextBuilder()
  let i = from
  while (i < raw.length) {
    const ch = raw[i] as string
    if (ch === '\\' && i + 1 < raw.length && ESCAPABLE.test(raw[i + 1] as string)) {
      out.pushSlice(line, i + 1, i + 2)
      i += 2
      continue
    }
    // an HTML entity, in a table's cells the page left as HTML: "MTL HLTH &amp; MTL RET"
    const entity = ch === '&' ? ENTITY.exec(raw.slice(i, i + 12)) : null
    const decoded = entity ? decodeEntity(entity[1] as string) : null
    if (entity && decoded !== null) {
      out.push(decoded, line.start[i] as number, line.end[i + entity[0].length - 1] as number)
      i += entity[0].length
      continue
    }
    if (ch === '<' && raw.startsWith('<!--', i)) {
      // an HTML comment
      const end = raw.indexOf('-->', i + 4)
      i = end < 0 ? raw.length : end + 3
      continue
    }
    if (ch === '<' && /^<(script|style)\b/i.test(raw.slice(i, i + 7))) {
      // a script or style element is not text: it goes with its content
      const close = raw.slice(i).search(/<\/(script|style)\s*>/i)
      if (close >= 0) {
        i += close + (/^<\/(script|style)\s*>/i.exec(raw.slice(i + close))?.[0].length ?? 0)
        continue
      }
    }
    if (ch === '<') {
      // struck-through words were taken back by the page's own correction beside them: "pulling <s>America</s> \[Africa\]"
      // (the page's correction takes their place, a word apart from a word or a comma before it: "Madam<s>President</s> \[First
      // Lady\]" → "Madam [First Lady]", but "Davis-<s>Macon</s> \[Bacon\]" → "Davis-[Bacon]"; without a correction the
      // space after them goes unless they were struck from inside a word, "our alliance<s>s</s> is strong")
      const struck = /^<(s|del|strike)>[^<]*<\/\1>/i.exec(raw.slice(i))
      if (struck) {
        const before = raw[i - 1] ?? ' '
        const at = i
        i += struck[0].length
        const spaces = /^\s*/u.exec(raw.slice(i))?.[0].length ?? 0
        if (/^\\?\[/u.test(raw.slice(i + spaces))) {
          i += spaces
          // (after a word or its comma, not after a hyphen: "advocate,<s>Mr.</s> \[Ms. Urvashi\]" → "advocate, [Ms. Urvashi]")
          if (/[\p{L},;:)\]]/u.test(before)) out.push(' ', line.start[at] as number, line.end[i - 1] as number)
        } else if (/\s/u.test(before)) i += Math.min(spaces, 1)
        // (spaces alone struck between two words leave one: "Atlantic Hurricane<s> </s>Season Outlook")
        else if (/^<\w+>\s+<\//u.test(struck[0]) && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(raw[i] ?? ''))
          out.push(' ', line.start[at] as number, line.end[i - 1] as number)
        continue
      }
      // an autolink keeps its address and loses its brackets: <https://www.IC3.gov>
      const autolink = AUTOLINK.exec(raw.slice(i))
      if (autolink) {
        out.pushSlice(line, i + 1, i + 1 + (autolink[1] as string).length)
        i += autolink[0].length
        continue
      }
      const tag = TAG.exec(raw.slice(i))
      if (tag) {
        // a line break tag is a space between words; other tags are nothing
        if (/^<br\b/i.test(tag[0])) out.push(' ', line.start[i] as number, line.end[i + tag[0].length - 1] as number)
        i += tag[0].length
        continue
      }
      if (OPEN_TAG.test(raw.slice(i)) && !raw.includes('>', i)) {
        // a tag wrapped onto the next line
        state.inTag = true
        break
      }
    }
    if (ch === ']' && raw[i + 1] === '(') {
      // the target of a link whose text began on an earlier line: "[first-ever" … "sanctions](https://…)"
      const target = /^\]\([^)\s]*(?:\s+"[^"]*")?\)/.exec(raw.slice(i))
      if (target) {
        i += 1 + (looseTarget(raw, i + 1) ?? target[0].length - 1)
        continue
      }
    }
    if ((ch === '[' || ch === ']') && !state.textBrackets) {
      // an unescaped bracket is Markdown's (a link's); brackets of the text are escaped (\[)
      i++
      continue
    }
    // (but in text without links, tags or escapes, a line's one asterisk, opening it before a word in lower case, is a
    // footnote's mark the page prints: "*denotes virtual participant"; emphasis opens on a capital or a number, "*President
    // …", "*2021 Report on the State of …" wrapped to its closing mark)
    const footnoteMark = ch === '*' && state.textBrackets === true && /^\s*\*\p{Ll}[^*]*$/u.test(raw)
    if ((ch === '*' && !footnoteMark) || (ch === '_' && isEmphasisUnderscore(raw, i))) {
      i++
      continue
    }
    if (ch === '!' && raw[i + 1] === '[') {
      const image = /^!\[[^\]]*\]\([^)]*\)/.exec(raw.slice(i))
      if (image) {
        i += image[0].length
        continue
      }
    }
    if (ch === '[') {
      const link = /^\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)/.exec(raw.slice(i))
      if (link) {
        out.pushSlice(line, i + 1, i + 1 + (link[1] as string).length)
        const text = (link[1] as string).length + 2
        i += text + (looseTarget(raw, i + text) ?? link[0].length - text)
        continue
      }
    }
    // (but the joiner inside an emoji sequence is part of the one picture it makes: "🙋🏻‍♀️", a woman raising her hand)
    if (INVISIBLE.test(ch) && !(ch === '\u200d' && joinsEmoji(raw, i))) {
      i++
      continue
    }
    if (SPACES.test(ch)) {
      out.push(' ', line.start[i] as number, line.end[i] as number)
      i++
      continue
    }
    out.pushSlice(line, i, i + 1)
    i++
  }
  const spaced = collapseSpaces(out.build())
  // (a stop left at a line's start by an empty bold label, "-   **.** In partnership with …", is no part of its text)
  // (not a colon, which a wrapped label's line may open with: "… Compete More Effectively**" / "    **:** Calling for …")
  // (an empty label in the Markdown, or a page's copy, where a line is a paragraph or an item: not a hard-wrapped line that
  // a sentence's stop was wrapped onto, "… of the United States" / ". The next step …")
  const emptyLabel = /^\s*(?:[-*+•]\s+)?(\*\*|__)\.\1/u.test(raw) || state.textBrackets === true
  const stray = emptyLabel ? (/^\.\s+(?=\p{Lu})/u.exec(spaced.text)?.[0].length ?? 0) : 0
  const text = stray ? sliceMapped(spaced, stray, spaced.text.length) : spaced
  // (a dash alone is the end of a line of speech broken off, wrapped onto its own line: "… within reconciliation" / "—")
  const empty = !/[\p{L}\p{N}]/u.test(text.text) && !/^[—–]$/u.test(text.text.trim())
  // (a bold run may open a numbered item, as a page's list of one item prints a heading: "1.  **<u>Judge Sarah A. L.
  // Merriam: Nominee for the United States Court" / "of Appeals for the Second Circuit</u>**")
  return {
    text,
    heading,
    listItem,
    empty,
    hardBreak,
    bold: boldMark(marked),
    ...(listItem ? { indent: /^\s*/u.exec(raw)?.[0].length ?? 0 } : {}),
  }
}

/**
 * A line's markup without the HTML tags around it, to read its Markdown marks: "<span style=…>**Richard L. Revesz, …"
 * opens a bold run. (Tags inside stay: "**<u>… Ambassador   </u>**" closes its run after the tag, not after the spaces.)
 */
export function withoutOuterTags(raw: string): string {
  return raw.replace(OUTER_TAGS_START, '').replace(OUTER_TAGS_END, '')
}
const OUTER_TAGS_START = new RegExp(`^(?:\\s*${TAG.source.slice(1)})+`, 'u')
const OUTER_TAGS_END = new RegExp(`(?:${TAG.source.slice(1)}\\s*)+$`, 'u')

/**
 * `_` that opens or closes emphasis (at a word's edge), not one inside a name or a URL; at a word's edge, only one that pairs
 * with another on the line (an opener with the next closer), so that a handle's own stays ("And @BridgeUSA_ will make it …").
 */
function isEmphasisUnderscore(raw: string, i: number): boolean {
  if (raw[i + 1] === '_' || raw[i - 1] === '_') return true
  return pairedUnderscores(raw).has(i)
}

/** The underscores of a line that open or close emphasis, paired left to right; the last line's, kept (one line at a time). */
let pairedCache: { raw: string; paired: ReadonlySet<number> } | null = null
function pairedUnderscores(raw: string): ReadonlySet<number> {
  if (pairedCache?.raw === raw) return pairedCache.paired
  const paired = new Set<number>()
  let opener = -1
  for (let k = raw.indexOf('_'); k >= 0; k = raw.indexOf('_', k + 1)) {
    const wordBefore = /[\p{L}\p{N}]/u.test(raw[k - 1] ?? ' ')
    const wordAfter = /[\p{L}\p{N}]/u.test(raw[k + 1] ?? ' ')
    if (wordBefore === wordAfter) continue
    if (wordAfter) opener = k
    else if (opener >= 0) {
      paired.add(opener).add(k)
      opener = -1
    }
  }
  pairedCache = { raw, paired }
  return paired
}

/** Whether the zero-width joiner at `i` joins two code points of an emoji sequence (chars' EMOJI_PART). */
function joinsEmoji(raw: string, i: number): boolean {
  const before = raw.codePointAt(/[\uDC00-\uDFFF]/u.test(raw[i - 1] ?? '') ? i - 2 : i - 1)
  const after = raw.codePointAt(i + 1)
  return (
    before !== undefined &&
    after !== undefined &&
    EMOJI_PART.test(String.fromCodePoint(before)) &&
    EMOJI_PART.test(String.fromCodePoint(after))
  )
}

/** Runs of spaces as one, none at either end. */
function collapseSpaces(m: MappedText): MappedText {
  const out = new MappedTextBuilder()
  const text = m.text
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && (out.length === 0 || text[i + 1] === ' ' || i === text.length - 1)) continue
    out.pushSlice(m, i, i + 1)
  }
  return out.build()
}

/** A line's part in a bold run over several lines (CleanLine.bold), from its text with its marks. */
function boldMark(line: string): CleanLine['bold'] {
  // a backslash hard break after the closing mark is no part of the text
  // and a run closed and opened again at the line's end ("…health security******", an empty bold run a converter left
  // for the next line to close) closes it
  const body = line
    .replace(/\\$/, '')
    .trimEnd()
    .replace(/(\*{2,3})\*{2,3}$/, '$1')
  const marks = body.match(/\*\*|__/g)?.length ?? 0
  if (marks === 0) return 'none'
  // (a run with a bold run of its own nested in it, as a converter prints a page's nested bold, is one run: "**<u>Michael
  // Raynor, Nominee **for Ambassador to** the Republic of" opens one, its inner mark opening after a space)
  if (marks === 3 && /^(\*\*|__)(?!\s)[^*_]*\s(\*\*|__)\S/.test(body)) return 'opens'
  if (marks !== 1) return undefined
  if (/^(\*\*|__)(?!\s)/.test(body)) return 'opens'
  // (a space before the closing mark, as a page's converter leaves one: "…LOCAL LEVELS **")
  if (/(?:\S|[^\s.!?]\s)(\*\*|__)[:.]?$/.test(body)) return 'closes'
  return undefined
}
