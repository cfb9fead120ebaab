/**
 * Segmenting a statement's body into sections and clauses.
 *
 * Sections are numbered lines (一, 二, …), named headings inside them (政治合作),
 * or, before the first of them, the preamble. Clauses are sentences, split at
 * 。！？ (with any closing quote kept), and at ； where it separates two
 * commitments long enough to stand alone. An enumeration that opens a paragraph
 * （一） / 第一， / —— is kept in the clause's text and recorded as its label.
 *
 * English statements number their sections I. / II. / Part I / Article 1 (a
 * line alone, or with its heading: "I. Political Cooperation"), their
 * paragraphs 1. / (1) / (a); sentences are found by sentences-en.ts.
 */
import nlp from 'compromise/two'
import { isHan } from '@/lib/text/chars'
import { ENGLISH_STOPWORDS, isTitleCaseWord } from '@/lib/text/english-stopwords'
import { MappedTextBuilder, originalRange, sliceMapped, trimMapped, type MappedText } from '@/lib/text/mapped-text'
import { PARAGRAPH_OPENING } from './repair-extraction'
import { sentenceBoundsEnglish } from './sentences-en'
import { isEndMark, isStageDirection, isTimeStamp, SPEAKER_LABEL, withoutInlineDirections } from './transcript'
import {
  AUXILIARY_WORDS,
  isBoldSentenceHeading,
  isLinkPointer,
  LEGAL_SECTION,
  MARKED_HEADING,
  isParticiple,
  TITLE_CASE_LOWER,
} from './english-layout'
import type { ParsedClause, ParsedSection, RepairedParagraph } from './types'

const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}[、.．]?$/
/**
 * A section's number and its heading on one line: "一、双边合作", "一、共同致力于加强多边体系,维护集体安全" (a phrase, perhaps
 * of two parts, that ends no sentence or clause); and a subsection's: "(一)关于经济全球化问题的发言".
 */
const NUMBERED_HEADING = /^([一二三四五六七八九十]{1,3})[、.．]\s*(\p{Script=Han}[^。！？；;!?：:]{1,38}[^。！？；;!?：:，,、])$/u
const NUMBERED_SUBHEADING = /^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(\p{Script=Han}[^。！？；;!?：:]{1,38}[^。！？；;!?：:，,、])$/u
/** I. / II / Part III / Article 4 / Annex II / 2. — alone, or followed by the section's heading */
const SECTION_NUMBER_EN =
  /^((?:Part|Chapter|Section|Article|Annex|Appendix)\s+(?:[IVXL]{1,6}|\d{1,3}|[A-H])|[IVXL]{1,6})[.):]?(?:\s+([A-Z][^.;!?]{1,80}))?$/
/**
 * 1. / (1) / (a) / (ii) … (xxvii) / a) / a. / Article 4, and a transcript's speaker: "PRESIDENT BIDEN:", "PRESIDENT LÓPEZ OBRADOR:"
 * (before a word, "I" or "A" included, a parenthesis, the dash of a turn that goes on from an interruption, a number or an
 * opening quotation mark: "MS. PSAKI:  $400,000.", "Q  — to the federal government", or an acronym said alone: "THE
 * PRESIDENT:  ATU."), or a reporter's "Q" (a dash right after it too: "Q– the test — when can …"; or a word in lower case, "Q  thank
 * you so much, Jen.", not "Q and A");
 * a number glued to its item's first word is one too ("1.Infrastructure should be climate resilient")
 */
const PARAGRAPH_OPENING_EN =
  /^(?:(\(\d{1,3}\)|\([a-z]\)|\([A-Z]\)(?=\s)|\((?=[ivxl]{2})(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})\)|\d{1,3}\.(?!\d)|\d{1,3}\)(?=\s)|[a-z][.)]|Article\s+\d{1,3}[.:]?|\p{Lu}[\p{Lu}.'’ -]{2,40}:(?=\s+(?:[([]|[—–…]|\p{Lu}?\p{Ll}|[IA](?=[\s’',])|\p{Lu}{2,8}[.!?,;]|(?<=[\s.]\p{Lu}[\p{Lu}'’-]*:\s+)\p{Lu}{2,8}\s+\p{Ll}|[\p{N}$€£“"‘]))|Q(?!\s+and\s+A\b)(?=\s+[\p{L}([—–\p{N}$€£“"‘]|[—–]\s))(?=\s|(?<=^Q)[—–])|\d{1,3}\.(?=\p{Lu}[\p{Ll}\s]))/u
const HEADING = /^[\p{Script=Han}]{2,16}$/u
/** An editor's line that says the full text follows: "以下是联合声明全文：", "全文如下：". */
const EDITOR_LINE = /^(?:以下[为是][^。！？]{0,12}全文|[^。！？]{0,8}全文如下)[：:]$/u
const SENTENCE_END = /[。！？!?]/
const CLOSERS = /[”’」』）)》]/
/** A ； separates commitments when both sides have at least this many ideographs. */
const MIN_SEMICOLON_PART = 8

/**
 * Sections with their clauses, from the body paragraphs of one statement.
 * Empty sections are dropped; clause and paragraph indices are statement-wide.
 */
export function segmentBody(paragraphs: readonly RepairedParagraph[], language: 'zh' | 'en' = 'zh'): ParsedSection[] {
  const sections: ParsedSection[] = [{ level: 0, label: null, heading: null, clauses: [] }]
  // the sections whose heading the page's markup made one (a bold line, a `#` heading), not its shape alone
  const marked = new WeakSet<ParsedSection>()
  let paragraphIndex = 0
  let topLabel: string | null = null
  // a paragraph's clauses go into the last section, and a paragraph with any counts
  const addClauses = (clauses: ParsedClause[]) => {
    if (clauses.length === 0) return
    ;(sections.at(-1) as ParsedSection).clauses.push(...clauses)
    paragraphIndex++
  }
  const unmarked = language === 'en' ? unmarkedLeadIns(paragraphs) : new Map<number, string>()
  paragraphs.forEach((paragraph, i) => {
    const text = paragraph.text.text.trim()
    if (language === 'zh' && SECTION_NUMBER.test(text)) {
      topLabel = text.replace(/[、.．]$/, '')
      sections.push({ level: 1, label: topLabel, heading: null, clauses: [] })
      return
    }
    // a section's number and its heading on one line, ending no sentence ("一、双边合作", "二、 国际问题")
    // (over prose: a run of short numbered lines is a list, "（一）加强高层交往，深化政治互信" / "（二）深化经贸合作")
    const listed = language === 'zh' && (isShortNumbered(paragraphs[i - 1]) || isShortNumbered(paragraphs[i + 1]))
    const numbered = language === 'zh' && paragraph.short && !listed ? NUMBERED_HEADING.exec(text) : null
    if (numbered && paragraphs[i + 1]) {
      topLabel = numbered[1] as string
      sections.push({ level: 1, label: topLabel, heading: numbered[2] as string, clauses: [] })
      return
    }
    const subsection = language === 'zh' && paragraph.short && !listed ? NUMBERED_SUBHEADING.exec(text) : null
    if (subsection && paragraphs[i + 1]) {
      sections.push({ level: topLabel ? 2 : 1, label: subsection[1] as string, heading: subsection[2] as string, clauses: [] })
      return
    }
    const english = language === 'en' ? SECTION_NUMBER_EN.exec(text) : null
    if (english) {
      topLabel = english[1] as string
      sections.push({ level: 1, label: topLabel, heading: english[2]?.trim() ?? null, clauses: [] })
      return
    }
    const legal = language === 'en' ? LEGAL_SECTION.exec(paragraph.text.text) : null
    if (legal) {
      topLabel = legal[1] as string
      const { heading, rest } = legalSectionTitle(trimMapped(sliceMapped(paragraph.text, legal[0].length, paragraph.text.text.length)))
      sections.push({ level: 1, label: topLabel, heading, clauses: [] })
      if (rest) addClauses(splitClauses(rest, paragraphIndex, language, paragraph.listItem === true))
      return
    }
    // (but bold items of a list, one under another, are its items: "1.  **Strengthening our alliance**" / "2.  **…**")
    const boldItem = language === 'en' && NUMBERED_ITEM.test(text) && [paragraphs[i - 1], paragraphs[i + 1]].some(isNumberedBold)
    if (!boldItem && (language === 'zh' ? isHeading(paragraphs, i) : isHeadingEn(paragraphs, i))) {
      const last = sections.at(-1) as ParsedSection
      // a heading right under a bare section number is that section's heading
      if (last.label && !last.heading && last.clauses.length === 0 && language === 'en') last.heading = text
      else {
        // (a bold heading a page printed as a numbered item keeps its number as its label: "3. **REDUCE EXPOSURE …**")
        const item = language === 'en' ? NUMBERED_ITEM.exec(text) : null
        const section: ParsedSection = { level: topLabel ? 2 : 1, label: item?.[1] ?? null, heading: item?.[2] ?? text, clauses: [] }
        if (paragraph.markedHeading) marked.add(section)
        sections.push(section)
      }
      return
    }
    // an editor's line between a page's preamble and the text it prints ("以下是联合声明全文：") is not the text's
    if (language === 'zh' && EDITOR_LINE.test(text)) return
    addClauses(
      splitClauses(
        paragraph.text,
        paragraphIndex,
        language,
        paragraph.listItem === true,
        paragraph.transcript === true,
        paragraph.leadIn ?? unmarked.get(i) ?? null,
      ),
    )
  })
  return withOuterHeadings(sections, marked)
}

/**
 * Run-in labels that lost their bold, as a browser copies a fact sheet ("Submarines. AUKUS will provide …", "Committing to
 * climate investments at MCC. The Millennium Challenge Corporation …", each item on a line of its own, without its bullet):
 * where three paragraphs or more of a text open with a short first sentence that reads as a label (isMarkedLabel: an -ing
 * phrase, or a few words with no subject or auxiliary) and go on with another, their first sentences are labels, as the
 * bold made them on the page. One such opening alone is a sentence ("Enough. We’ve grieved …"); a transcript has none.
 */
function unmarkedLeadIns(paragraphs: readonly RepairedParagraph[]): Map<number, string> {
  const found = new Map<number, string>()
  // (an -ing label whose sentence after it is short, "Increasing broadband access for students and families. Broadband
  // internet is critical to learning.": a label only among siblings found without it)
  const shortAfter = new Map<number, string>()
  paragraphs.forEach((paragraph, i) => {
    if (paragraph.transcript || paragraph.heading || paragraph.leadIn) return
    const text = paragraph.text.text
    const [first, second] = sentenceBoundsEnglish(text)
    if (!first || !second) return
    const head = text.slice(first[0], first[1]).trim()
    const next = text.slice(second[0], second[1]).trim()
    const words = head.replace(/\.$/u, '').split(/\s+/u)
    // (no sentence: no subject, auxiliary or contraction, "Addressing this toll is both a moral imperative …", "We’re
    // marshalling every resource."; and the text it heads a sentence of its own, not a speech's answering phrase, "Choosing
    // hope over fear. Truth over lies.", nor a numbered subsection's title, "(B) Data quality.")
    // (an -ing phrase may run longer, as the bold of a fact sheet's items does: "Setting a New Record for Procurement Spending
    // on Small Businesses, Including …"; a possessive is no contraction, "Modernizing the DOT’s DBE rules.", but "it’s" is)
    const participle = /^\p{Lu}\p{Ll}+ing\s/u.test(head)
    const longest = participle ? UNMARKED_ING_LABEL_WORDS : UNMARKED_LABEL_WORDS
    // (in an -ing phrase in Title Case, a pronoun in lower case is its object, no subject: "Making it Easier for Americans to
    // Register to Vote.", "Proving that Democracy Delivers.")
    const titled = participle && inTitleCase(words.slice(1))
    const label =
      /^\p{Lu}[^.]*\.$/u.test(head.replace(DOTTED_ABBREVIATION, 'X')) &&
      words.length <= longest &&
      !words.some((word) => {
        const bare = word.replace(/[,;]$/u, '')
        // (and a word of a clause inside it capitalised as the rest: "Ensuring Transgender Americans Can Access Emergency
        // Shelter That Dignifies and Respects Their Identity.")
        if (titled && (/^(?:it|that|this|these|those)$/u.test(bare) || /^\p{Lu}/u.test(bare))) return false
        // (a possessive, plural too, is no contraction: "Restoring Federal Employees’ Organizing and Bargaining Rights.")
        return CLAUSE_WORDS.test(bare.replace(/[’']s$/u, '')) || (/[’']/u.test(bare) && !/^[\p{L}.-]+(?:[’']s|s[’'])$/u.test(bare))
      }) &&
      isMarkedLabel(head) &&
      !isSaid(head, next) &&
      // (nor a short sentence with a noun and its verb, which no label has: "The Summit catalyzed bold commitments.")
      (participle || !hasSubjectAndVerb(head))
    const after = next.split(/\s+/u).length
    if (label && after >= UNMARKED_LABEL_NEXT) found.set(i, head)
    else if (label && participle && after >= UNMARKED_ING_SIBLING_NEXT) shortAfter.set(i, head)
  })
  return found.size >= UNMARKED_LABELS ? new Map([...found, ...shortAfter]) : new Map()
}
/** A determiner that opens a noun phrase: "The Summit …", "Our partners …". */
const DETERMINER_OPENING = /^(?:The|This|That|These|Those|Our|Its|Their|His|Her|Each|Every)\s/u

/**
 * Whether a short phrase has a noun followed by a verb in a tense (compromise's tagger): a sentence ("The Summit catalyzed
 * bold commitments."), not a label ("Lowered costs for families.", "Advanced manufacturing.").
 */
function hasSubjectAndVerb(text: string): boolean {
  // (the subject opened by a determiner: a label's noun with a participle after it reads as one too, "Aid delivered to
  // Ukraine.", "Child care costs.")
  if (!DETERMINER_OPENING.test(text)) return false
  const terms = (nlp(text).terms().json() as { terms: { text: string; tags: string[] }[] }[]).map((term) => term.terms[0])
  const tags = terms.map((term) => term?.tags ?? [])
  return tags.some(
    (own, k) =>
      k > 0 &&
      (tags[k - 1] as string[]).includes('Noun') &&
      // (a verb in lower case: in a label's capitals a plural noun may pass for one, "Native Language Voting Rights Reports.")
      /^\p{Ll}/u.test(terms[k]?.text ?? '') &&
      own.includes('Verb') &&
      (own.includes('PastTense') || own.includes('PresentTense')) &&
      !own.includes('Infinitive') &&
      !own.includes('Gerund'),
  )
}

/** An abbreviation of initials, whose stops end no phrase: "U.S.", "D.C.". */
const DOTTED_ABBREVIATION = /\b(?:\p{L}\.){2,}/gu
/** Whether words are in Title Case: every word of four letters or more capitalised, but for prepositions and determiners. */
function inTitleCase(words: readonly string[]): boolean {
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word))
  return long.length >= 2 && long.every((word) => /^\p{Lu}/u.test(word) || TITLE_CASE_LOWER.has(word.replace(/\W+$/u, '')))
}

/** How many paragraphs must open with a label for unmarked labels to be read as labels, and the longest such label. */
const UNMARKED_LABELS = 3
const UNMARKED_LABEL_WORDS = 12
/** The longest unmarked label that opens with an -ing word (a participle's phrase is a label however long its object). */
const UNMARKED_ING_LABEL_WORDS = 20
/** The fewest words of the sentence after an unmarked label: a fact sheet's item says something after its label. */
const UNMARKED_LABEL_NEXT = 8
/** The fewest words after an -ing label among siblings read as labels without it. */
const UNMARKED_ING_SIBLING_NEXT = 4

/** A paragraph numbered as a list's item, its number and its words: "3. REDUCE EXPOSURE IN …". */
const NUMBERED_ITEM = /^(\d{1,3})\.\s+(\S.*)$/u
/** Whether a paragraph is a numbered item in bold (a heading by its markup). */
const isNumberedBold = (p: RepairedParagraph | undefined) => p?.heading === true && NUMBERED_ITEM.test(p.text.text.trim())

/**
 * The sections that hold clauses. A heading with none before the next one
 * heads it from outside ("II. Key Outcomes", then "A. Digital Infrastructure
 * and Connectivity", then "Joint Initiatives with Jamaica and Kenya" and the
 * first clauses): its words go before the next section's heading, which takes
 * its number and level if it has none, so that no heading of the text is
 * lost. Where the next heading's form differs from the outer one's (its
 * number, its capitals, a colon at its end), the outer heading heads the run of
 * headings of that form that follow it ("JUDICIAL NOMINEES:" over each
 * nominee's heading). A heading after the last clause (a date above the
 * signatures) heads nothing and is left out.
 */
function withOuterHeadings(sections: readonly ParsedSection[], marked: WeakSet<ParsedSection>): ParsedSection[] {
  // (markup tells two levels apart only where a page uses it so more than once: a bold heading over nothing but a plain one,
  // twice or more; a single bold heading among plain ones is only markup used unevenly)
  const markupLevels = sections.filter((section, i) => {
    const next = sections[i + 1]
    return marked.has(section) && section.clauses.length === 0 && next?.heading && !marked.has(next)
  }).length
  const formOf = (section: ParsedSection) => headingForm(section, markupLevels >= 2 && marked.has(section))
  const kept: ParsedSection[] = []
  let outer: ParsedSection[] = []
  // the outer headings over a run of headings of another form than theirs, and that form: "JUDICIAL NOMINEES:" over each
  // "Judge …: Nominee for …" that follows, not over the first alone (but "Iowa" over "Kansas" heads nothing more, nor
  // "PUERTO RICO" and two of its awardees in bold over "RHODE ISLAND")
  let group: { outer: ParsedSection[]; form: string } | null = null
  for (const section of sections) {
    if (section.clauses.length === 0) {
      if (section.label || section.heading) outer.push(section)
      continue
    }
    if (outer.length === 0) {
      // (a section already inside a numbered one, at a deeper level, is shown under it: "Annex II" over "Next Steps")
      if (group && formOf(section) === group.form && section.level <= Math.min(...group.outer.map((o) => o.level)))
        kept.push(underOuter(section, group.outer))
      else {
        group = null
        kept.push(section)
      }
      continue
    }
    kept.push(underOuter(section, outer))
    const form = formOf(section)
    // (an outer heading of the section's own form is one of its siblings, bold where the others are not: no group)
    group = outer.every((o) => formOf(o) !== form) ? { outer, form } : null
    outer = []
  }
  return kept
}

/** A section with the words of the headings over it before its own heading, and their number and level if it has none. */
function underOuter(section: ParsedSection, outer: readonly ParsedSection[]): ParsedSection {
  // the nearest number: "II. Key Outcomes" over "A. Digital Infrastructure", not an earlier one
  const numbered = outer.findLast((o) => o.label)
  const label = section.label ?? numbered?.label ?? null
  // the words of each outer heading, without a number that is now the section's label
  // (and without the colon that ended it on the page: "The Japan-U.S. Alliance: › Strengthening Deterrence" read oddly)
  const words = outer.map((o) =>
    (o === numbered && !section.label ? o.heading : [o.label, o.heading].filter(Boolean).join(' '))?.replace(/\s*[:：]$/u, ''),
  )
  const heading = [...words, section.heading].filter(Boolean).join(OUTER_HEADING_JOIN) || null
  return { ...section, label, heading, level: Math.min(section.level, ...outer.map((o) => o.level)) }
}

/**
 * The form of a section's heading, to tell a heading over others from one of them: the kind of its number (none, digits,
 * a letter, a Roman numeral), whether it is in capitals, whether it ends on a colon, and (where the page prints two levels
 * so) whether its markup made it a heading: bold "Infrastructure, Energy, and Resilience" over "Broadband" and "Energy Grid
 * Modernization", underlined.
 */
function headingForm(section: ParsedSection, marked: boolean): string {
  const label = section.label?.replace(/[.):]+$/u, '').replace(/^\(/u, '') ?? ''
  const number =
    label === ''
      ? 'none'
      : /^\d+$/u.test(label)
        ? 'digits'
        : /^[IVXL]+$/u.test(label)
          ? 'roman'
          : /^[A-Za-z]$/u.test(label)
            ? 'letter'
            : 'other'
  const heading = section.heading ?? ''
  const capitals = /\p{Lu}/u.test(heading) && !/\p{Ll}/u.test(heading)
  return `${number} ${capitals ? 'capitals' : 'mixed'} ${heading.trim().endsWith(':') ? 'colon' : ''} ${marked ? 'marked' : 'plain'}`
}

/**
 * A legal section's title, where the text after "Sec. 2." opens with one: a short phrase in Title Case ending in a full stop
 * ("Policy.", "Establishment of Emergency Board (Board).", "Amendment to Executive Order 13295."), not a sentence ("Nothing in
 * this order shall …", "For the purposes of this order:"); and the text after it, which the section's clauses are.
 */
function legalSectionTitle(text: MappedText): { heading: string | null; rest: MappedText | null } {
  const rest = text.text.trim() === '' ? null : text
  // (where a subsection's label follows the title, it ends there: "Revocation of Schedule F. (a) The creation …", whose
  // single capital the sentence splitter reads as an initial)
  const labelled = /^[^(]{1,250}?\.(?=\s+\([a-z\d]{1,4}\)\s)/u.exec(text.text)?.[0]
  const first = sentenceBoundsEnglish(text.text)[0]
  const end = labelled !== undefined && isLegalTitle(labelled) ? labelled.length : first?.[1]
  if (end === undefined) return { heading: null, rest }
  const head = text.text.slice(0, end).trim()
  if (!isLegalTitle(head)) return { heading: null, rest }
  const after = trimMapped(sliceMapped(text, end, text.text.length))
  return { heading: head.replace(/\.$/u, ''), rest: after.text === '' ? null : after }
}

/** Title Case words ending in one full stop, not a number (but a compound opening with one, "100-Day Supply Chain Review.") or a parenthesis, and not only function words. */
function isLegalTitle(head: string): boolean {
  const words = head.replace(/\.$/u, '').split(/\s+/u)
  return (
    /[^.]\.$/u.test(head) &&
    (!/^[(\d]/u.test(head) || /^\d[\d,]*-\p{Lu}/u.test(head)) &&
    words.length <= 25 &&
    everyWordCapitalised(head) &&
    words.some((word) => !ENGLISH_STOPWORDS.has(word.toLowerCase()))
  )
}

/** Between an outer heading and the one it heads, in a section's heading. */
const OUTER_HEADING_JOIN = ' › '

/**
 * A row of a table printed with dot leaders, its figure at the end: "Africa . . . . . . . 40,000", "Annex ........ 12".
 * It is one clause, and no heading, though it ends on no full stop.
 */
const DOT_LEADER_ROW = /\S(?:\s?\.){4,}\s*[$€£]?\d[\d,.]*%?$/u

/** The most words of a bold line ending in a colon that is a label over what follows, however it reads (collectors' rule 4). */
const BOLD_LABEL_WORDS = 8

/** The most words of a name alone on a line ("Raymond Duane Kemp, Sr."). */
const NAME_HEADING_WORDS = 5
/** A name's suffix at a line's end, after a capitalised word: "… Thompson Jr.", "… Biden, Sr.". */
const NAME_SUFFIX_END = /(?<=\p{Lu}\p{Ll}+,?\s)(?:Jr|Sr)\.$/u

/** A short line that ends no sentence, alone between two paragraphs: a heading ("Political Cooperation"). */
function isHeadingEn(paragraphs: readonly RepairedParagraph[], i: number): boolean {
  const paragraph = paragraphs[i] as RepairedParagraph
  const text = paragraph.text.text.trim()
  const next = paragraphs[i + 1]
  if (!next || DOT_LEADER_ROW.test(text)) return false
  // a list item's bold label over the item's text, after a line break ("- **Accelerate Vaccination of the World’s Most
  // Vulnerable**" / "We are fully committed …"): a heading, as a bold line is; a list item ending a sentence is text
  // (a list item heads the items indented under it, not a list of its siblings)
  // (a numbered nominee's line over the biography: "1. Roger B. Handberg: Candidate for United States Attorney …" / "Roger
  // B. Handberg has been …", its number in bold apart from the line, "**1.** **<u>Roger B. Handberg: …</u>**", or not bold)
  // (a line, not a sentence: "1. Jane Doe, a candidate in 2019, served as mayor …" over "Jane Doe also chaired …" is text)
  const overBiography = isNomineeOverBiography(text, next)
  if (
    (paragraph.listItem || /^\d{1,2}\.\s/u.test(text)) &&
    !paragraph.transcript &&
    text.length <= MARKED_HEADING &&
    !/[.!?;]["”’)]*$/u.test(text) &&
    overBiography
  )
    return true
  if (paragraph.listItem)
    return (
      paragraph.heading === true &&
      (next.listItem !== true || (next.indent ?? 0) > (paragraph.indent ?? 0)) &&
      text.length <= 160 &&
      !/[.!?;]["”’)]*$/.test(text)
    )
  // (but a bold sentence of more than eight words that leads into a list is text, as the collectors count it: "Today the
  // President will highlight the following actions:", as a wrapped one is, english-layout's isWrappedBoldHeading; a heading
  // that ends on a colon is in Title Case, or shorter: "Today’s announcement includes:", "*White House participants:*")
  // (a longer one over a list, or saying what follows, is text)
  // (one longer than a line, up to a nominee's name and post, ends no sentence)
  // (and a bold one that ends a sentence heads only when short, by the collectors' rule: isBoldSentenceHeading; a "###"
  // heading is one by its mark, whatever its length)
  if (paragraph.heading && (text.length <= 160 || (text.length <= MARKED_HEADING && !/[.!?]["”’)]*$/u.test(text))))
    return !(
      (paragraph.emphasized === true && /[.!?]["”’)]*$/u.test(text) && !isBoldSentenceHeading(text)) ||
      (text.endsWith(':') &&
        text.split(/\s+/u).length > BOLD_LABEL_WORDS &&
        (next.listItem === true || /\b(?:includ\w*|are|is|will|were|was|has|have|below|following|follows)\b/iu.test(text)) &&
        text.split(/\s+/u).some((word) => /^\p{Ll}{4,}/u.test(word) && !ENGLISH_STOPWORDS.has(word.replace(/:$/u, ''))))
    )
  // (and so is a line in italics of up to eight words that ends on a colon, as bold: "*White House participants:*" over its
  // list, beside "*Attorneys General:*")
  if (paragraph.emphasized && !paragraph.transcript && text.endsWith(':') && text.split(/\s+/u).length <= BOLD_LABEL_WORDS) return true
  // in a transcript only markup makes a heading: a line of speech cut by a blank line ("I can’t believe he puts the words") is none
  if (paragraph.transcript) return false
  // a line broken off with a dash or an ellipsis is speech interrupted ("… to work on energy security —"), not a heading
  // (a longer one heads what follows only in Title Case, and over prose: "Military Operations Conducted Pursuant to the 2001
  // Authorization …" over its paragraph, not "The Honorable …, Administrator of …" over the next name of a list)
  const long = text.length > 80
  // (or in sentence case over the biography of the person it names first: "Dr. Arati Prabhakar, nominee to serve as Director,
  // Office of Science and Technology Policy" / "Dr. Arati Prabhakar has led two different federal R&D agencies …")
  // (named as a nominee or to a post after the comma: not a sentence whose subject the next one repeats, "The United States,
  // Japan, and Australia will jointly finance …" / "The United States will provide …")
  // (not over the next entry of a list of nominations, which opens with the same name: "L. Michelle Moore, of Georgia, to be
  // … (Reappointment)" / "L. Michelle Moore, of Georgia, to be … for the remainder of the term …")
  // (nor a quotation's attribution under it: "President Joseph R. Biden, Jr. – Inaugural Address at the United States
  // Capitol …, January 20, 2021")
  // (a dash between its name and its occasion: a heading after a quotation, "John Podesta, Senior Advisor …", is one)
  const underQuotation = /\s[–—]\s/u.test(text) && /["”]$/u.test(paragraphs[i - 1]?.text.text.trim() ?? '')
  if (
    long &&
    !overBiography &&
    (text.length > 160 ||
      !everyWordCapitalised(text) ||
      /\p{Ll}{2}\.\s/u.test(text) ||
      !/[.!?:;]["”’)]*$/u.test(next.text.text.trim()) ||
      underQuotation)
  )
    return false
  // (a label in capitals over what follows is one, colon and all: "NOMINATIONS SENT TO THE SENATE:"; a transcript's speaker
  // is none, as the transcript's lines are none above)
  // (nor a sentence's lead-in, "WE HEREBY DECLARE TO:")
  const capitalLabel = text.length <= 80 && /^\p{Lu}[^\p{Ll}]*:$/u.test(text) && !/^(?:WE|I|YOU|THEY|IT|HE|SHE)\b/u.test(text)
  // (a name's "Jr." ends no sentence: "Kenny Thompson Jr." over his biography, as "Karen R. Adler" over hers; a name alone, its
  // words capitalised, not a sentence that ends on one, nor a quotation's attribution, "President Joseph R. Biden, Jr.")
  const words = text.split(/\s+/u)
  const nameAlone =
    words.length <= NAME_HEADING_WORDS &&
    words.every((word) => /^\p{Lu}/u.test(word)) &&
    !/["”’]$/u.test(paragraphs[i - 1]?.text.text.trim() ?? '')
  const ends = nameAlone ? text.replace(NAME_SUFFIX_END, '') : text
  if (!/^[A-Z]/.test(text) || (/[.;:!?,—–…-]["”’)]*$/.test(ends) && !capitalLabel) || PARAGRAPH_OPENING_EN.test(text)) return false
  // (nor is a person named by title with a post after a comma, unmarked: a list's entry, "Mr. Raymond Greene, Chargé
  // d’Affaires ad interim, U.S. Embassy Tokyo" under "Members of the Presidential Delegation:")
  // (between a lead-in and another such entry: over a biography, "Dr. Robert Califf, Nominee for Commissioner of Food and
  // Drugs" copied without its bold is a heading)
  const entry = (line: string) => /^(?:(?:Mr|Mrs|Ms|Dr)\.|The Honou?rable|(?:His|Her) (?:Excellency|Majesty))\s[^,]{2,60},\s/u.test(line)
  // (or over a lead-in to the others: the head of a delegation above "Members of the Presidential Delegation:")
  const leadIn = (line: RepairedParagraph | undefined) => /:$/u.test(line?.text.text.trim() ?? '')
  if (entry(text) && (leadIn(paragraphs[i - 1]) || entry(next.text.text.trim()) || leadIn(next))) return false
  // (a sentence with a note in brackets after its stop is a line of a list, however short: "Chris Inglis, of Maryland, to be
  // National Cyber Director. (New Position)")
  if (/\p{Ll}{2}[.!?]["”’]?\s+\([^()]+\)$/u.test(text)) return false
  const previous = paragraphs[i - 1]?.text.text.trim() ?? ''
  // (under a lead-in's colon, a line the next line matches is a list's first item, not a heading over the rest:
  // "Members of the Presidential Delegation:" / "The Honorable Rahm Emanuel, …" / "The Honorable Katherine Tai, …")
  if (/:["”’)]*$/u.test(previous) && isBareLine(next)) return false
  // (or after a list, whose last item may end on no mark, over prose: "Roger Israel Zakheim, Nominee for Member of …" /
  // "Richard L. Revesz, Nominee for Administrator of …" over his paragraph, as a page copied prints the list and the
  // heading after it; in Title Case, not an item's line after a hard break, "Chat: https://…")
  const afterList =
    paragraphs[i - 1]?.listItem === true &&
    next.listItem !== true &&
    everyWordCapitalised(text) &&
    /[.!?]["”’)]*$/u.test(next.text.text.trim())
  // (and a line in capitals under a heading in capitals, over prose: a notice's "NOTICE" over "CONTINUATION OF THE NATIONAL
  // EMERGENCY WITH RESPECT TO THE ACTIONS OF THE GOVERNMENT OF SYRIA" over its text; not the items of a list in capitals
  // under its heading, "CHINA MOBILE LIMITED" / "CHINA NATIONAL NUCLEAR CORPORATION" / …, nor the last of them)
  const allCapitals = (line: string) => /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line)
  // (nor a list's last item, under the items above it)
  const stacked =
    allCapitals(text) &&
    allCapitals(previous) &&
    !allCapitals(next.text.text) &&
    !allCapitals(paragraphs[i - 2]?.text.text ?? '') &&
    isHeadingEn(paragraphs, i - 1)
  // (and a line in Title Case under a heading in capitals, over prose: a heading a level under it, "CIRCUIT COURTS" / "Judge
  // Lucy H. Koh: Nominee for the United States Court of Appeals for the Ninth Circuit" / her biography)
  const subheading =
    allCapitals(previous) &&
    !allCapitals(text) &&
    everyWordCapitalised(text) &&
    /\p{Ll}/u.test(next.text.text) &&
    /[.!?]["”’)]*$/u.test(next.text.text.trim()) &&
    isHeadingEn(paragraphs, i - 1)
  return previous === '' || stacked || subheading || /[.!?:;]["”’)]*$/.test(previous) || SECTION_NUMBER_EN.test(previous) || afterList
}

/** Whether a line, numbered or not, names a nominee and the post over the biography, which opens with the same name (not the next line of a list of nominations, which names another). */
function isNomineeOverBiography(text: string, next: RepairedParagraph): boolean {
  // (numbered or not: "1. Roger B. Handberg: Candidate for …")
  const name = NOMINEE_LINE.exec(text.replace(/^\d{1,2}\.\s+/u, ''))?.[1]
  return (
    name !== undefined &&
    /\s/u.test(name) &&
    everyWordCapitalised(name) &&
    opensWithName(next.text.text.trimStart(), name) &&
    !NOMINEE_LINE.test(next.text.text.trimStart())
  )
}

/**
 * Whether a paragraph opens with a person's name as a heading gave it, perhaps with a courtesy title before it, a middle
 * name, an initial or a nickname more, and a comma after it: "Adam Scheinman, Nominee for …" over "Adam M. Scheinman is a
 * Professor …", "Mary Catherine Phee, Nominee …" over "Mary Catherine Phee, a career member …", "Julianne Smith, …" over
 * "Julianne “Julie” Smith is …".
 */
function opensWithName(text: string, name: string): boolean {
  const bare = (word: string | undefined) => (word ?? '').replace(/(?:[,;:]|[’']s)$/u, '')
  const words = name.replace(COURTESY_TITLE, '').split(/\s+/u)
  const opening = text.replace(COURTESY_TITLE, '').split(/\s+/u, words.length + 3)
  const given = words.length - 1
  if (words.slice(0, given).some((word, k) => bare(opening[k]) !== word)) return false
  // (then no word more, or one or two middle names, initials or a nickname in quotation marks, then the surname)
  return [0, 1, 2].some(
    (middle) =>
      opening.slice(given, given + middle).every((word) => /^[“"‘]?\p{Lu}[\p{L}’'-]*\.?[”"’]?$/u.test(word)) &&
      bare(opening[given + middle]) === words[given],
  )
}

/**
 * A line that names a nominee and the post: "Adam Scheinman, Nominee for …", "Dr. Arati Prabhakar, nominee to serve as …",
 * "Roger B. Handberg: Candidate for United States Attorney …".
 */
const NOMINEE_LINE = /^([^,:–—]{5,60}?)(?:[,:]|\s[–—-])\s+.{0,40}?\b(?:nominee|candidate|intent to nominate|to serve|to be)\b/iu

/** A courtesy title before a name, which a heading or a biography may leave out: "Dr. Adam M. Scheinman is …", "Judge Robert Kirsch: Candidate …" / "Robert Kirsch has served …". */
const COURTESY_TITLE = /^(?:(?:Dr|Mr|Mrs|Ms|Mx)\.|Judge|Justice)\s+/u

/** A short line as a list's item without bullets is: capitalised, ending no sentence or clause, and no heading by its markup. */
function isBareLine(paragraph: RepairedParagraph): boolean {
  const text = paragraph.text.text.trim()
  return paragraph.heading !== true && text.length <= 160 && /^[A-Z]/.test(text) && !/[.;:!?,—–…-]["”’)]*$/.test(text)
}

/**
 * Every word capitalised (or a number) but the function words: "Operations in Support of the Multinational Force".
 * (A sentence inside it, "… Review Board. (New Position)", makes it a line of a list, not a heading: the caller's test.)
 */
function everyWordCapitalised(text: string): boolean {
  const words = text.split(/\s+/u)
  const capital = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word)
  // (a name's particle between capitalised words of the name, "María de la Concepción", not anywhere)
  const particle = (k: number) => {
    let before = k - 1
    while (before >= 0 && NAME_PARTICLES.has(words[before] as string)) before--
    let after = k + 1
    while (after < words.length && NAME_PARTICLES.has(words[after] as string)) after++
    return NAME_PARTICLES.has(words[k] as string) && capital(words[before]) && capital(words[after])
  }
  // (and a dash between two parts, not one that breaks the line off: "REBUILD … OUR INFRASTRUCTURE – INCLUDING OUR NATION’S
  // SCHOOLS …", not "And —")
  const dash = (k: number) => /^[–—]$/u.test(words[k] as string) && k > 0 && k < words.length - 1
  return words.every((word, k) => isTitleCaseWord(word) || particle(k) || dash(k))
}

/** The particles a name keeps in lower case: "María de la Concepción Hernández Legorreta", "Ursula von der Leyen". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de la las los del della di da das do dos du des le van von der den ten ter zu bin ibn al el y'.split(' '),
)

/** A short numbered line that ends no sentence: a heading, or an item of a list when others stand beside it. */
function isShortNumbered(paragraph: RepairedParagraph | undefined): boolean {
  const text = paragraph?.text.text.trim() ?? ''
  return paragraph?.short === true && (NUMBERED_HEADING.test(text) || NUMBERED_SUBHEADING.test(text))
}

/** A short line of ideographs alone between two paragraphs, not the last thing in the text. */
function isHeading(paragraphs: readonly RepairedParagraph[], i: number): boolean {
  const paragraph = paragraphs[i] as RepairedParagraph
  const next = paragraphs[i + 1]
  if (!paragraph.short || !next || !HEADING.test(paragraph.text.text.trim())) return false
  const previous = paragraphs[i - 1]?.text.text.trim() ?? ''
  // (after a sentence, or a lead-in's colon, full-width or as a page may print it: "双方商定如下:")
  return previous === '' || /[。！？：；:;]$/.test(previous) || SECTION_NUMBER.test(previous)
}

/** The clauses of one paragraph. */
export function splitClauses(
  paragraph: MappedText,
  paragraphIndex: number,
  language: 'zh' | 'en' = 'zh',
  /** the paragraph is a list item, which may open with its topic in sentence case (isRunInLabel) */
  listItem = false,
  /** the paragraph is a transcript's, whose speech has no run-in labels ("Okay. Go ahead, Phil." is two sentences) */
  transcript = false,
  /** the run-in label the paragraph's markup opens it with, in bold (RepairedParagraph.leadIn) */
  leadIn: string | null = null,
): ParsedClause[] {
  // a transcript's notes inside a turn are not said ("PRESIDENT MARCOS: (Laughs.) Well, …")
  const said = language === 'en' ? withoutInlineDirections(paragraph, transcript) : paragraph
  const narrated = said.text !== paragraph.text
  paragraph = said
  const label = (language === 'en' ? PARAGRAPH_OPENING_EN : PARAGRAPH_OPENING).exec(paragraph.text)?.[0] ?? null
  const clauses: ParsedClause[] = []
  // the speaker of a turn that opens with a stage direction, for the turn's first sentence ("PRESIDENT BIDEN:  (Gets up and
  // pretends to walk away.)  You’re a brave man." → "PRESIDENT BIDEN: You’re a brave man.")
  let speaker: MappedText | null = null
  const bounds = language === 'en' ? sentenceBoundsEn(paragraph.text, label, listItem, transcript, leadIn) : sentenceBounds(paragraph.text)
  // where the paragraph's last sentences only point to links ("To learn more about the policy, read our voluntary disclosure
  // policy. To view visitor log records, view our disclosure page."): all of them, the first too where there are two or more
  let pointersFrom = paragraph.text.length
  if (language === 'en' && bounds.length >= 2)
    for (let k = bounds.length - 1; k >= 0; k--) {
      const [from, to] = bounds[k] as [number, number]
      const sentence = paragraph.text.slice(from, to).trim()
      if (!isLinkPointer(sentence)) break
      // (the first only as a pointer to a page, not as advice that reads as one: "Read more with your children tonight.")
      if (k === 0 && /^(?:Learn|Read|Find out) more\b/iu.test(sentence) && !/\b(?:about|here|at)\b/iu.test(sentence)) break
      pointersFrom = from
    }
  for (const [from, to] of bounds) {
    let piece = trimMapped(sliceMapped(paragraph, from, to))
    // (no sentence opens with a colon: an empty label's, "-   **:** The Administration is collaborating …")
    if (/^[:;]\s/u.test(piece.text)) piece = trimMapped(sliceMapped(piece, 1, piece.text.length))
    // a transcript's stage direction ("(Laughter.)", "(As interpreted.)") is not something said
    // (outside a transcript only one that ends with its full stop: a nomination's "(New Position)", "(Reappointment)" is text)
    if (language === 'en' && isStageDirection(piece.text, transcript) && (transcript || /\.\)\.?$|\)\.$/u.test(piece.text))) {
      const turn = clauses.length === 0 ? SPEAKER_LABEL.exec(piece.text) : null
      if (turn) speaker = sliceMapped(piece, 0, turn[0].length)
      continue
    }
    if (speaker && clauses.length === 0 && !SPEAKER_LABEL.test(piece.text) && /[\p{L}\p{N}]/u.test(piece.text))
      piece = new MappedTextBuilder().pushSlice(speaker).pushSlice(piece).build()
    // (and a turn's label left alone when its notes are gone says nothing: "THE VICE PRESIDENT:  (Inaudible).  (Laughs.)")
    if (narrated && `${piece.text} `.replace(SPEAKER_LABEL, '').trim() === '' && piece.text.endsWith(':')) continue
    // (nor a transcript's end mark or time stamp run into its last turn: "… Thank you. 5:32 P.M. EDT")
    if (language === 'en' && to === paragraph.text.length && (isEndMark(piece.text) || isTimeStamp(piece.text))) continue
    // (nor is a page's pointer to a link among a paragraph's last sentences: "You can read more about … here.")
    if (from >= pointersFrom) continue
    // (a short note in parentheses after a sentence is that sentence's: "… expiring June 30, 2027.   (Reappointment)"; and so
    // is its source in brackets: "… during the darkest days of Covid.” [Tweet, 3/8/22]")
    // (a source with its date, not a transcript's "[Applause]" or "[inaudible]")
    const note = /^(?:\([^().!?]{1,40}\)|\[[^[\].!?]{0,30}\d[^[\].!?]{0,30}\])$/u.test(piece.text) && clauses.length > 0
    if (!/[\p{L}\p{N}]/u.test(piece.text) || note) {
      // a stray closing mark or ellipsis belongs to the clause before it
      const last = clauses.at(-1)
      if (last && piece.text) {
        last.text += note ? ` ${piece.text}` : piece.text
        last.sourceEnd = originalRange(piece, 0, piece.text.length)[1]
      }
      continue
    }
    const [sourceStart, sourceEnd] = originalRange(piece, 0, piece.text.length)
    clauses.push({ text: piece.text, label: clauses.length === 0 ? label : null, paragraph: paragraphIndex, sourceStart, sourceEnd })
  }
  return clauses
}

/** [from, to) ranges of the sentences (and separable ；-parts) of a paragraph. */
function sentenceBounds(text: string): [number, number][] {
  const bounds: [number, number][] = []
  let start = 0
  let quoteDepth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (ch === '“' || ch === '「') quoteDepth++
    else if ((ch === '”' || ch === '」') && quoteDepth > 0) quoteDepth--
    let end = -1
    if (SENTENCE_END.test(ch)) {
      end = i + 1
      while (end < text.length && (SENTENCE_END.test(text[end] as string) || CLOSERS.test(text[end] as string))) end++
      // a sentence quoted inside another one ends only with its closing quote
      if (quoteDepth > 0 && !/[”」]/.test(text.slice(i + 1, end))) end = -1
      else quoteDepth = 0
    } else if ((ch === '；' || ch === ';') && quoteDepth === 0) {
      const rest = text.slice(i + 1)
      const nextStop = rest.search(/[；;。！？!?]/)
      const nextPart = nextStop < 0 ? rest : rest.slice(0, nextStop)
      if (hanCount(text.slice(start, i)) >= MIN_SEMICOLON_PART && hanCount(nextPart) >= MIN_SEMICOLON_PART) end = i + 1
    }
    if (end > 0) {
      bounds.push([start, end])
      start = end
      i = end - 1
    }
  }
  if (start < text.length) bounds.push([start, text.length])
  return bounds
}

/**
 * Sentences of an English paragraph by Intl.Segmenter; a paragraph number
 * ("1.") that the segmenter takes for a sentence of its own stays with the
 * sentence it numbers.
 */
function sentenceBoundsEn(
  text: string,
  label: string | null,
  listItem: boolean,
  transcript: boolean,
  leadIn: string | null,
): [number, number][] {
  if (DOT_LEADER_ROW.test(text.trim())) return [[0, text.length]]
  let bounds = sentenceBoundsEnglish(text)
  // a paragraph's number that the segmenter takes for a sentence of its own opens the sentence it numbers
  const numberAlone = label !== null && bounds.length > 1 && text.slice(bounds[0]![0], bounds[0]![1]).trim() === label
  if (numberAlone) bounds = [[bounds[0]![0], bounds[1]![1]], ...bounds.slice(2)]
  const first = bounds[0]
  const second = bounds[1]
  if (!first || !second) return bounds
  const head = text.slice(first[0], first[1]).trim()
  // a run-in label ("Working Groups. Seventeen trilateral working groups …") opens its first sentence
  const next = text.slice(second[0], second[1]).trim()
  const joined: [number, number][] = [[first[0], second[1]], ...bounds.slice(2)]
  // (a label the markup sets in bold is one by what it says: an -ing phrase, a short one, or a numbered one ("Pillar V: …");
  // a longer lead in bold is a sentence, "**Suspend the tariffs related to this dispute for five years.**")
  // (after the paragraph's number, if it has one: "2.  **Bolster Pacific regionalism. **The PBP will …")
  const unnumbered = label && head.startsWith(label) ? head.slice(label.length).trim() : head
  if (leadIn !== null && !transcript && unnumbered === leadIn.trim())
    return isMarkedLabel(unnumbered) && !isSaid(unnumbered, next) ? joined : bounds
  if (!numberAlone && !transcript && isRunInLabel(head, listItem) && !isSaid(head, next)) return joined
  return bounds
}

/**
 * Whether a short first sentence that looks like a run-in label is something said, in speech: the sentence after it opens
 * with a conjunction ("Happy Thanksgiving. And God bless you.") or says it again ("Enough. Enough."), or it is a word of
 * address or a pronoun's clause ("Okay. Thank you.", "That’s America. That’s who we are."). A label heads its item's text.
 */
function isSaid(head: string, next: string): boolean {
  const plain = (sentence: string) => sentence.replace(/[.:!?]+$/u, '').toLowerCase()
  return (
    /^(?:And|But|So|Or|Nor|Yet)\b/u.test(next) ||
    plain(head) === plain(next) ||
    /^(?:okay|ok|yes|no|well|now|look|thanks|please|folks|wow|(?:that|it|there|here|what|let|who)[’']s)\b/iu.test(head)
  )
}

/** Words that make a short sentence a sentence: a subject pronoun or an auxiliary ("We agree.", "This is vital."). */
const SUBJECT_WORDS = 'i|we|you|he|she|it|they|this|that|these|those|there'
const CLAUSE_WORDS = new RegExp(`^(?:${SUBJECT_WORDS}|${AUXILIARY_WORDS})$`, 'i')

/**
 * A short phrase ending in a full stop or colon that heads what follows:
 * in Title Case ("Working Groups.", "Securing Supply Chains:"), or, opening
 * a list item, a phrase of up to four words in sentence case, where a fact
 * sheet's item opens with its topic ("Nuclear stewardship. For several
 * weeks …"): no subject pronoun or auxiliary, as a sentence that short would
 * have. A paragraph's short first sentence ("Progress continues.") is left alone.
 */
function isMarkedLabel(text: string): boolean {
  const words = text.replace(/[.:]$/u, '').split(/\s+/u)
  if (/^(?:Pillar|Section|Annex|Part|Goal|Chapter)\s+[IVX0-9]+\b/u.test(text)) return true
  const first = (words[0] ?? '').toLowerCase()
  if (isParticiple(first)) return true
  // (a short one is a sentence, however short, with a subject pronoun or an auxiliary and no topic before a colon:
  // "**We agree.**", "**This is vital.**", "**The President is not done.**", "**Thank you.**"; but "**Knowledge: Information is
  // Power.**" is a label)
  const sentence =
    !text.includes(':') &&
    (SUBJECT.test(first.replace(/[,;]$/u, '')) ||
      words.some((word, k) => (k > 0 && PERSON.test(word.replace(/[,;]$/u, ''))) || AUXILIARIES.test(word.replace(/[,;]$/u, ''))) ||
      /^thanks?$/u.test(first))
  return words.length <= 5 && !sentence
}

const SUBJECT = new RegExp(`^(?:${SUBJECT_WORDS})$`, 'u')
/** A person as a subject after the first word, in lower case ("During the pandemic, we acted."; not "United We Stand Summit"). */
const PERSON = /^(?:we|you|he|she|they)$/u
const AUXILIARIES = new RegExp(`^(?:${AUXILIARY_WORDS})$`, 'iu')

function isRunInLabel(text: string, listItem: boolean): boolean {
  // a transcript's turn opens with its speaker, not a label ("THE VICE PRESIDENT: Welcome, Mr. President.")
  if (SPEAKER_LABEL.test(text)) return false
  const words = text.replace(/[.:]$/, '').split(/\s+/)
  // (four words at most, as the collectors' rule 5 reads a list item's plain label, "Working Groups."; an -ing phrase up to
  // six, "Launching an Online Vaccinator Portal.", the label a page sets in bold that a copy has lost)
  if (!/[.:]$/.test(text) || text.length > 50 || words.length > (isParticiple(words[0] as string) ? 6 : 4)) return false
  // (one word and a full stop, unmarked, outside a list, is a sentence: "Enough. We’ve grieved and prayed with …"; not a
  // numeral, "III.", nor an abbreviation the sentence rules do not know, "Fmr. Rep. Mia Love")
  if (!listItem && words.length === 1 && /^\p{Lu}\p{Ll}{3,}\.$/u.test(text) && /[aeiouy]/u.test(text)) return false
  if (words.every((word) => /^[\p{Lu}\d(“"]|^(?:and|of|the|for|to|in|on|with|a|an|&)$/u.test(word))) return true
  return (
    listItem &&
    words.length <= 4 &&
    /^\p{Lu}/u.test(words[0] as string) &&
    words.every((word) => /^[\p{L}\d][\p{L}\d’'-]*$/u.test(word) && !CLAUSE_WORDS.test(word))
  )
}

function hanCount(text: string): number {
  let n = 0
  for (const ch of text) if (isHan(ch)) n++
  return n
}
