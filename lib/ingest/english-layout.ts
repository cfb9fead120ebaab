/**
 * Paragraphs of an English text as it is published: Markdown from an archive,
 * text copied from a web page, an e-mail hard-wrapped at 72 characters, or a
 * PDF extraction.
 *
 * - Where blank lines (or lines of spaces and no-break spaces) separate blocks,
 *   a blank line ends a paragraph and the lines inside a block are one
 *   paragraph joined with spaces, as Markdown reads them; a heading line or a
 *   list item inside a block still stands on its own, and so does each line of
 *   a block whose lines all end as list items end (a page's list, copied
 *   without its bullets).
 * - Without blank lines, a text whose lines run to about one width and stop
 *   mid-sentence is hard-wrapped: a line well short of the width ends its
 *   paragraph. Otherwise every line is a paragraph (text pasted from a page).
 * Markup and the web's odd spaces are removed line by line (clean-markup.ts),
 * so every character still maps to its offset in the source.
 */
import { MappedTextBuilder, sliceMapped, trimMapped, type MappedText } from '@/lib/text/mapped-text'
import { mapIdentity } from '@/lib/text/mapped-text'
import { BULLET, cleanLine, withoutOuterTags, type CleanLine } from './clean-markup'
import { readDateLineEn, readPlaceLineEn } from './sign-off'
import { isCountryName } from '@/lib/parties/gazetteer'
import { joinsHyphenated } from '@/lib/text/line-hyphen'
import {
  isEndMark,
  isNamedPersonTurn,
  isPersonTurn,
  isTimeStamp,
  isTranscript,
  isTranscriptMark,
  SPEAKER_LABEL,
  withoutNarration,
} from './transcript'
import type { ImportNote, RepairedParagraph, SourceLine } from './types'
import { ENGLISH_STOPWORDS, isTitleCaseWord } from '@/lib/text/english-stopwords'
import { opensSentenceAt, sentenceBoundsEnglish } from './sentences-en'

/** A paragraph or list item opening with its number: "1. We have", "(a) the", "2) To". */
/**
 * A quotation's attribution on a line of its own: a dash and a name or office ("– President Joe Biden"), with the date it
 * was said or not ("– President Biden, February 19, 2021").
 */
const ATTRIBUTION = /^[–—-]\s*\p{Lu}[\p{L}\d.,'’ -]{2,80}$/u
/** An office and a name, nothing else: "President Joe Biden", "Prime Minister Justin Trudeau", "Secretary of State Antony Blinken". */
const OFFICE_AND_NAME =
  /^(?:(?:Vice\s+)?President|Prime\s+Minister|Chancellor|Premier|Taoiseach|King|Queen|Emir|Crown\s+Prince|Secretary(?:\s+of\s+\p{Lu}\p{L}+)?|Secretary-General|(?:Foreign\s+)?Minister|First\s+Lady)\s+\p{Lu}[\p{L}’'-]*\.?(?:\s+\p{Lu}[\p{L}’'-]*\.?){0,3}(?:,\s+Jr\.)?$/u
/** A short line under a quotation that ends no sentence: who said it, and where or when ("Secretary of State Tony Blinken, January 7, 2022"). */
const isAttributionLine = (line: string) => line.length <= 80 && /^[–—-]?\s*[\p{Lu}\d]/u.test(line) && !SENTENCE_END.test(line)
/** A line that ends on the word a cross-reference's letter or number follows: "… in subsection", "… of section 2". */
const CROSS_REFERENCE_END = /\b(?:sub)?(?:sections?|paragraphs?|clauses?)(?:\s+\d{1,3})?$/iu
/** A line that opens with the letter in brackets of a cross-reference the line above began: "subsection" / "(a) of this section". */
const isCrossReference = (previous: CleanLine | undefined, line: CleanLine) =>
  previous !== undefined && CROSS_REFERENCE_END.test(previous.text.text) && /^\([a-z\d]{1,3}\)\s/u.test(line.text.text)
/** A line that opens with a letter or numeral of a list: "a. to expand …", "(b) …", "ii) …". */
const LETTERED = /^\(?(?:[a-z]|[ivx]{1,4})[.)]\s/u

/**
 * Whether a line opens as a list's letter or numeral does, after the line above (the first line of its block given too):
 * not the "v." of a case's name broken after its first party, "… to codify Roe" / "v. Wade into law", unless the block
 * above is a list's item ("iv.", "u.").
 */
function opensLettered(text: string, above: string, aboveFirst: string): boolean {
  if (!LETTERED.test(text)) return false
  return !(/^v\.\s+\p{Lu}/u.test(text) && /\s\p{Lu}[\p{L}'’-]*$/u.test(above) && !LETTERED.test(aboveFirst))
}
// (not a telephone number's area code: "(202) 646-3272")
const NUMBERED_OPENING = /^(?:\(?\d{1,3}[.)]|\([a-z]\)|[a-z]\))\s+(?!\d{3}[-.]\d{4}\b)\S/
const SENTENCE_END = /[.!?:;]["”’)\]]*$/
/** A block ending on a comma at least this long is a sentence's first part, not a salutation or a list's line. */
const COMMA_BLOCK = 80
/**
 * A section of a legal text, an executive order's or a memorandum's: "Section 1.", "Sec. 2." opening its line or paragraph,
 * with the section’s title after it or not ("Sec. 5. General Provisions. (a) Nothing in this order …", "Sec. 4. (a) The …"; and
 * "Sec.203. National Climate Task Force.", printed without its space);
 * the label is its first group.
 */
export const LEGAL_SECTION = /^\s*((?:Section\s+|Sec\.\s*)\d{1,3})\.(?=\s|$)/u
/** A line this much shorter than the text's full width ends its paragraph in hard-wrapped text. */
const SHORT_RATIO = 0.8
/** A list item's end on a semicolon, with the "and" or "or" before the last item or not. */
const ITEM_SEMICOLON_END = /;(?:\s+(?:and|or))?$/u
/** A one-line paragraph shorter than this, ending no sentence, may be a title or heading. */
const SHORT_LINE = 100
/**
 * A paragraph that only points to a link, as a web page prints one: "To view
 * this fact sheet in your browser, click here.", "To view the letter, visit:",
 * "Read the full report here:", "Learn more about …", "back to top", or an address alone;
 * the link's address printed after it or not ("To view the COVID Press Briefing slides, visit: https://…").
 */
export function isLinkPointer(line: string): boolean {
  const text = /^(?:https?:\/\/|www\.)/iu.test(line) ? line : line.replace(/\s+(?:https?:\/\/|www\.)\S+$/iu, '')
  if (text.length > 160) return false
  // (the last words of a quotation, its closing mark after them, and its source in brackets are no page's link: "…offer
  // solutions to solve them. Learn more:” [Tweet, 3/11/22]")
  if ((text.match(/”/gu)?.length ?? 0) > (text.match(/“/gu)?.length ?? 0) || /\]$|:["”]$/u.test(text)) return false
  return (
    /^(?:[^.!?]{0,100}[,;]\s*)?click here\b[^.!?]{0,60}[.:]?$/i.test(text) ||
    /^(?:To (?:view|read|watch|see|download)|Read|Watch|View|Download)\b[^.!?]{0,100}\b(?:(?:here|visit|at)\s*:|visit)$/i.test(text) ||
    /^(?:https?:\/\/|www\.)\S+$/i.test(text) ||
    // a link's own words: "Learn more about the U.S.-Africa Partnership on Cancer Prevention, …", "For more information on …, please visit HERE."
    // (not one that prints the address, which the collectors count as a sentence: "Find out more at fda.gov.")
    (/^(?:Learn|Read|Find out) more\b(?:(?!\.\s)[^!?]){0,140}$/i.test(text) &&
      !/\b[\w-]+\.(?:gov|com|org|net|edu|mil|int|info|io)\b/iu.test(line)) ||
    // (its link's words lost in a copy: "To learn more about the policy, read our voluntary disclosure policy.", "To view visitor
    // log records, view our disclosure page."; not one that gives an address, a number or who does what, "To learn more
    // about ovarian cancer, visit www.cancer.gov/types/ovarian", "To find out more, veterans should contact …")
    /^To (?:(?:learn|find out|read) more|view|see|read|watch|download)\b[^.!?;]{0,120},\s*(?:view|visit|see|read|go to)\s+our\b[^.!?;:/\d]{1,60}\.?$/i.test(
      text,
    ) ||
    /^For more information\b(?:(?!\.\s)[^!?]){0,100}\b(?:visit|see|go to|click)\b[^.!?]{0,60}[.:]?$/i.test(text) ||
    /^(?:(?!\.\s)[^!?]){0,100}\b(?:is|are) available (?:here|online)\.?$/i.test(text) ||
    // a page's own links: "back to top", "Download the full Statement here.", "View the unclassified report here.",
    // "Full report here: https://…", "For additional details, please review the Report on … here"
    /^(?:back to top|top of page|return to top)$/i.test(text) ||
    // "You can read more about the Administration’s … approach to reduce gun crime here."
    /^You can (?:read|learn|find out|see) more\b[^!?]{0,160}\bhere\.?$/i.test(text) ||
    // "You can read a full wrap-up of the Summit here."
    /^You can (?:read|view|watch|see|find|access|download)\b(?:(?!\.\s)[^!?]){0,140}\bhere\.?$/i.test(text) ||
    /^(?:To (?:view|read|watch|see|download)|Read|Watch|View|Download|See)\b[^.!?]{0,100}\bhere\.?$/i.test(text) ||
    // "See here for more information on LIHEAP.", "Visit here to apply."
    /^(?:See|Visit|Go|Look) here (?:for|to)\b[^!?]{0,120}$/i.test(text) ||
    /^(?:The )?Full (?:report|text|statement|fact sheet|strategy)\b[^.!?]{0,40}\bhere\s*:?\s*(?:https?:\/\/\S+)?$/i.test(text) ||
    /^For (?:additional|more|further) (?:details|information)\b,? please (?:review|see|read|visit|go to)\b[^!?]{0,160}$/i.test(text)
  )
}

/**
 * Whether a hard break cuts a sentence of prose that the next line goes on with (no other speaker's turn): a line whose last
 * sentence it cuts off on a word ("The status quo was not an option.  Staying would have meant  " / "U.S. troops taking
 * casualties; …"), or a line of eight words or more that stops on one in lower case, before a line that ends a sentence
 * and opens none ("… learned and earned the nickname  " / "“Sheriff Joe” from President Obama."; not a verse's next line,
 * "… brought us to this day" / "What shall be our legacy?", nor a list of names broken by hand, which ends none).
 */
function cutOffProse(line: string, next: string): boolean {
  if (SPEAKER_LABEL.test(next)) return false
  if (/\p{Ll}[.!?]["”’)]*\s+\p{Lu}[^.!?:;]*\s\p{Ll}+$/u.test(line)) return true
  return (
    /^[^.!?:;]*\s\p{Ll}+$/u.test(line) &&
    line.trim().split(/\s+/u).length >= 8 &&
    /\p{Ll}{2}[.!?]["”’)]*(?:\s|$)/u.test(next) &&
    !opensSentenceAt(next, 0)
  )
}

/**
 * Whether a hard break after a sentence's lead-in and its colon breaks no list: the sentence goes on after it, in one
 * paragraph wrapped to the block's end ("And the most difficult moments some will ever face:  " / "No one should have to
 * choose between a job and a paycheck and take" / "caring of someone you love — a parent, a spouse, a child."). Not a
 * label's colon ("It will:" over an item), a quotation or a legal section it introduces, a list's lines each broken by hand,
 * nor another speaker's turn.
 */
function leadInGoesOn(line: string, lines: readonly { clean: CleanLine }[], at: number): boolean {
  const next = lines[at]?.clean.text.text ?? ''
  if (!/\p{Ll}[,)]?:$/u.test(line) || line.trim().split(/\s+/u).length < 6 || !/^\p{Lu}\p{Ll}*\s\p{Ll}/u.test(next)) return false
  if (SPEAKER_LABEL.test(next) || /^(?:Sec(?:tion|\.)|Article|Part|Chapter)\s/u.test(next)) return false
  // (the block's lines from the next to its last, read where they are, not copied at each hard break)
  let last = at
  while (last + 1 < lines.length && !(lines[last + 1] as { clean: CleanLine }).clean.empty) {
    if ((lines[last] as { clean: CleanLine }).clean.hardBreak) return false
    last++
  }
  return SENTENCE_END.test((lines[last] as { clean: CleanLine }).clean.text.text)
}

/**
 * Whether a hard break cuts a paragraph of wrapped prose in the middle of a sentence: lines wrapped without a break, more
 * than fifteen words since the block began, three of them content words in lower case (prose, not a name and its post),
 * the last line ending on a word or a comma ("… Nonproliferation," / "Anti-terrorism, Demining, and Related  " /
 * "Programs-Conventional Weapons Destruction (NADR-CWD); …"), as the collectors join such a break unless what is before it
 * heads something. Not before another speaker's turn, an item's number or a line in bold or italics.
 */
function proseGoesOn(lines: readonly CleanLine[], next: CleanLine, raw: (line: CleanLine) => string): boolean {
  if (lines.length < 2 || lines.slice(0, -1).some((line) => line.hardBreak)) return false
  const text = lines.map((line) => line.text.text.trim()).join(' ')
  const after = next.text.text
  // (not an item that ends on its list's "; or" or "; and", before the next item's number: "… or the head thereof; or" /
  // "(ii) the functions of the Director …"; nor a turn, "… what he would do if they" / "MS. PSAKI:  Well, …")
  if (/[;:]\s*(?:and|or)?$/u.test(text) || /^\(?(?:\d{1,3}|[a-zA-Z]|[ivxlIVXL]{1,6})[.)]\s/u.test(after)) return false
  if (SPEAKER_LABEL.test(after)) return false
  // (nor a heading the markup sets apart, in bold or italics, above the break or below it, however long: a nominee's name
  // and post, a news roundup's headline, "… including" / "**Capping insulin**"; nor a web address a note's wrap cut)
  const emphasis = (line: CleanLine) => line.heading || line.bold !== 'none' || /^\s*[*_]|[*_]\s*$/u.test(raw(line))
  if (lines.some(emphasis) || emphasis(next)) return false
  if (/(?:https?:\/\/|www\.)\S*$/u.test(text) || /^\//u.test(after)) return false
  const words = text.split(/\s+/u)
  const prose = words.filter((word) => /^\p{Ll}{3,}/u.test(word) && !ENGLISH_STOPWORDS.has(word.replace(/\W+$/u, ''))).length >= 3
  return words.length > 15 && prose && /[\p{L}\d,]$/u.test(text)
}

/** Whether a line that opens "1." has a "2." after it, near enough to be its list's second item. */
function listGoesOn(lines: readonly { clean: CleanLine }[], first: number): boolean {
  return lines.slice(first + 1, first + 41).some(({ clean }) => !clean.empty && /^\s*\(?2[.)](?:\s|$)/u.test(clean.text.text))
}

/** Whether a line stops inside a phrase: on a possessive or a function word ("… President Biden’s", "… the"). */
function endsInsidePhrase(line: string): boolean {
  const last = /(\p{L}+(?:[’']s)?)$/u.exec(line)?.[1] ?? ''
  return /[’']s$/u.test(last) || (/^\p{Ll}/u.test(last) && ENGLISH_STOPWORDS.has(last))
}

/** Lines this short that end in a hard break stand alone: date lines, places, signatures. */
const HARD_BREAK_SHORT = 60
/**
 * A room's or a building's name, every word capitalised ("Cross Hall", "State Dining Room", "South Court Auditorium"): over
 * the one turn of remarks, their venue; a heading's phrase has words in lower case ("A Message to the Troops").
 */
const VENUE_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*){0,5}$/u
/**
 * A building's or a room's name by the noun that ends it, with a room's number after it or not: "Eisenhower Executive Office
 * Building Room 350", "United States Capitol", "City Club of Cleveland" (a line over prepared remarks that names no city).
 */
const VENUE_BUILDING =
  /^(?:The\s+(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:of|the|and|for)\s+)*){0,6}|(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:of|the|and|for)\s+)*){1,6})(?:Building|Room|Hall|Auditorium|Cent(?:er|re)|Residence|Garden|Lawn|Library|Theat(?:er|re)|Airport|Museum|Capitol|Club|Ballroom|Chamber|Stadium|Arena|Hotel|Church|Cathedral|Pavilion|Hangar|Plaza)(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.-]*){0,4}(?:\s+\d{1,4}[A-Z]?)?$/u
/** The opening of remarks as said: thanks, a greeting, a form of address, or the first or second person. */
const SPOKEN_OPENING =
  /^(?:Thank|Thanks|Good (?:morning|afternoon|evening)|Hello|Hi\b|Welcome|Well\b|Madam|Mr\.|Ladies|Please|Folks)|\b(?:I|I’m|I'm|I’ve|me|my|you|your|we|us|our)\b/u
/** The time stamp that makes remarks of one speaker a transcript opens them: among their first paragraphs, under a venue's lines only. */
const OPENING_STAMP_AT = 4
/** Words of four letters or more a title in Title Case may keep in lower case: prepositions and determiners, "… Wildfires this Year:". */
export const TITLE_CASE_LOWER: ReadonlySet<string> = new Set(
  'with from into onto over this that these those than upon within without across among through about above below after before under until during against between toward towards'.split(
    ' ',
  ),
)
/** A note that a speech's text is the one prepared, or the one delivered, on a line of its own: "As Prepared for Delivery". */
const DELIVERY_NOTE = /^[*_(\[]*(?:As\s+Prepared\s+for\s+Delivery|As\s+Delivered|Check\s+Against\s+Delivery)[.:]?[*_)\]]*$/iu
/** Such a note is among a text's first paragraphs, under its header and any venue of two lines. */
const DELIVERY_NOTE_AT = 6
/** A venue above a transcript's time stamp runs to this many lines ("U.S. Department of State Headquarters" / "Harry S. Truman Building" / "Washington, D.C."). */
const VENUE_LINES = 3
/** A line longer than this was not wrapped (hard wrapping stops at 72 to 80 characters; isHardWrapped allows 120). */
const UNWRAPPED = 120
/** A run-in heading is at most this long (and of at most one word in 7.5 characters: 8 words). */
const RUN_IN_HEADING = 60
/**
 * A run-in heading right above its paragraph's one long line, in the same block, may be longer: the page's bold heading
 * over its text ("Executive Order Targeting the Harmful Foreign Activities of the Russian Government" / "Today, …").
 */
const RUN_IN_HEADING_ABOVE_TEXT = 120

/** A transcript's title, above its venue: "Remarks by …", "Press Briefing by …", "Background Press Call on …". */
const TRANSCRIPT_TITLE =
  /^(?:Remarks|Statement|Readout|Interview|Speech|Address|(?:Background |On-the-Record )?Press (?:Briefing|Gaggle|Call|Conference))\b.*\b(?:by|on|of|at|with|to|in|before|after|during)\b/iu

/** A line ending in initials: "Washington, D.C.", "Naval Station Norfolk, U.S.". */
const INITIALS_END = /(?:^|[\s,])(?:\p{Lu}\.){2,}$/u

/** A short note in parentheses on a line of its own, a sentence of narration: "(The press departs.)". */
const STENOGRAPHER_NOTE = /^\((?:[A-Z][^()]{1,60}\.|[A-Z][a-z]+(?: [a-z]+){0,4})\)$/u

/**
 * A numbered line that is an item of a list, not a heading: one beside
 * another numbered line ("1.  Building Back Together" / "2.  Promoting …").
 * A numbered line with its paragraph under it heads it ("1.  FREE AND OPEN").
 */
function isListedItem(line: CleanLine, before: CleanLine | undefined, after: CleanLine): boolean {
  if (!NUMBERED_OPENING.test(line.text.text)) return false
  return NUMBERED_OPENING.test(before?.text.text ?? '') || NUMBERED_OPENING.test(after.text.text)
}

/** Adverbs that lead a sentence or a list in, not a section ("Specifically:" above its list). */
const LEAD_IN_ADVERBS = new Set(
  'specifically additionally finally furthermore moreover namely notably importantly similarly also meanwhile including particularly'.split(
    ' ',
  ),
)

/**
 * A line that heads what follows, as a web page's bold run-in heading is
 * copied without its bold ("Combating COVID-19:" then its paragraph on the
 * next line): short, in title case (every word capitalised but the function
 * words), ending no sentence but perhaps with a colon. A lead-in that ends with
 * a colon is in sentence case ("they will emphasize their commitment to:").
 * @example isRunInHeading('Addressing Global Challenges:') // true
 */
export function isRunInHeading(text: string, longest = RUN_IN_HEADING): boolean {
  const line = text.trim()
  if (line.length > longest || !/^[\p{Lu}\d]/u.test(line) || /[.;!?,]["”’)]*$/u.test(line)) return false
  // (a person's turn is no heading, however short: "MS. PSAKI:  Yeah" between two questions; but a label in capitals
  // that names no one by title or name is, "THE CHALLENGE: Rising Prices for Families")
  if (isNamedPersonTurn(line)) return false
  const words = line.replace(/:$/u, '').split(/\s+/u)
  // a line that ends on a function word is cut inside a phrase ("Launching the" / "U.S.-Singapore Climate Partnership:")
  if (ENGLISH_STOPWORDS.has((words.at(-1) ?? '').toLowerCase())) return false
  // nor is a sentence's adverb that leads into a list ("Specifically:", "Additionally:")
  if (words.length === 1 && LEAD_IN_ADVERBS.has((words[0] as string).toLowerCase())) return false
  // (nor a sentence that such an adverb opens, with its comma: "Specifically, the Safer America Plan:" over its list)
  const opener = /^(\p{L}+),$/u.exec(words[0] ?? '')?.[1]?.toLowerCase()
  if (opener && (LEAD_IN_ADVERBS.has(opener) || /ly$/u.test(opener))) return false
  return words.length <= Math.round(longest / 7.5) && words.every(isTitleCaseWord)
}

/**
 * Lines of one English document → paragraphs, with a note for each kind of repair.
 * @example layoutEnglish(splitLines('A wrapped\nline.\n\nNext.')).paragraphs.map((p) => p.text.text) // ['A wrapped line.', 'Next.']
 */
export function layoutEnglish(source: readonly SourceLine[]): { paragraphs: RepairedParagraph[]; notes: ImportNote[] } {
  const lines = withHeadingsApart(withBulletsApart(source))
  // (a text with no markup, no Markdown link, HTML tag or escape, keeps its brackets: an editor's "[Prime Minister]" in a
  // transcript pasted from the page)
  const state = {
    inTag: false,
    textBrackets: !source.some((line) => /\]\(|\]\[|^\s*\[[^\]]+\]:\s|<\/?[a-z][\w-]*[\s>]|\\[[\]*_]/iu.test(line.text)),
  }
  const cleaned = lines.map((line) => ({ line, clean: cleanLine(mapIdentity(line.text, line.start), state) }))
  // a bold run opened on a line of markup alone ("**<u>" broken before the words it makes bold) opens on the next line
  // (its raw line too, so that a lead-in in bold is found where the bold opened: "**<u>  " / "Focusing on protecting the
  // highest-risk Americans.</u>** As we have done …")
  const openedAbove = new Map<CleanLine, string>()
  cleaned.forEach((entry, i) => {
    const next = cleaned[i + 1]
    // (and so does emphasis opened on a line of its own: "*  " / "Task Force Discussed Implementing … Environmental Justice*")
    const italic = /^\s*([*_])\s*$/u.exec(entry.line.text)?.[1]
    if (italic && entry.clean.empty && next && !next.clean.empty && !next.line.text.trimStart().startsWith(italic.charAt(0))) {
      openedAbove.set(next.clean, `${italic}${next.line.text.trimStart()}`)
      return
    }
    if (!entry.clean.empty || entry.clean.bold !== 'opens' || !next || next.clean.empty || next.clean.bold === 'opens') return
    if (next.clean.bold === 'none') next.clean = { ...next.clean, bold: 'opens' }
    openedAbove.set(next.clean, `${entry.line.text.trim()}${next.line.text.trimStart()}`)
  })
  const rawOf = new Map(cleaned.map(({ line, clean }) => [clean, openedAbove.get(clean) ?? line.text]))
  const markup = cleaned.filter(({ line, clean }) => !clean.empty && clean.text.text !== line.text.trim()).length
  const content = cleaned.filter(({ clean }) => !clean.empty)
  const blankSeparated = cleaned.some(({ clean }, i) => clean.empty && i > 0 && i < cleaned.length - 1) && content.length > 0
  const groups: CleanLine[][] = []
  const open = () => groups.push([])
  // a copied web page's run-in headings (their bold lost): headings, as the bold would make them
  const runIn = new Set<CleanLine>()
  // lines that end a paragraph with the next one on the very next line, no blank line between (a list item's label and its text)
  const runsOn = new Set<CleanLine>()
  // lines that a hard break on the line above put on a line of their own, no blank line between
  const brokenByHand = new Set<CleanLine>()
  if (blankSeparated) {
    // bold lines inside a sentence (boldInSentence)
    const boldInSentences = new Set<CleanLine>()
    // the number of the last line that opened a numbered paragraph
    let lastNumber = 0
    // the hard breaks since the last blank line
    let breaksInBlock = 0
    open()
    for (const [index, { clean }] of cleaned.entries()) {
      if (clean.empty) {
        if ((groups.at(-1) as CleanLine[]).length) open()
        breaksInBlock = 0
        continue
      }
      const current = groups.at(-1) as CleanLine[]
      const previous = current.at(-1)
      // a hard break after a short line (a date line, a signature) ends it as a paragraph would
      // (not before a line that goes on in lower case: a sentence broken with a hard break, "…around ways" / "to spur greater …")
      // (nor after a short line that a wrapped sentence of prose ran onto inside a name, the line above it ending in the name's
      // first words: "… the immediate priority.  And we committed …" / "… under the Global" / "Health  " / "Security Agenda, …";
      // not a wrapped heading's last word, nor one of a list of names broken line by line)
      const above = current.at(-2)
      const wrappedAbove =
        above && !above.hardBreak && current.length >= 3 && current.some((line) => /\p{Ll}[.!?]["”’)]*\s+\p{Lu}/u.test(line.text.text))
          ? above.text.text
          : ''
      // (or in a block broken by hand, from its second hard break on, however long the lines: a list of names, one to a
      // line, the longer ones wrapped without a break, "… (NY-08), Congressional" / "Black Caucus  " / "Chair Raul Ruiz …")
      const brokenShort =
        previous?.hardBreak &&
        (Math.min(previous.text.text.length, clean.text.text.length) <= HARD_BREAK_SHORT ||
          (breaksInBlock >= 2 && !endsInsidePhrase(previous.text.text))) &&
        !(/^\p{Ll}/u.test(clean.text.text) && !LETTERED.test(clean.text.text)) &&
        !(previous && cutOffProse(previous.text.text, clean.text.text)) &&
        !(previous && leadInGoesOn(previous.text.text, cleaned, index)) &&
        !proseGoesOn(current, clean, (line) => rawOf.get(line) ?? '') &&
        !(
          wrappedAbove.length > HARD_BREAK_SHORT &&
          /\s\p{Lu}\p{Ll}+$/u.test(wrappedAbove) &&
          /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*$/u.test(previous.text.text.trim()) &&
          !isDateLine(previous)
        )
      // and so does a bold run wrapped over lines that closes on a hard break: a list item's label over its text, however long
      const closesBold = previous?.hardBreak && previous.bold === 'closes' && current[0]?.bold === 'opens' && clean.bold === 'none'
      // a date line stands alone, and so does the line before it (a title copied with its date, no blank line between)
      // (but not a date that a sentence wrapped onto the line, "… from August 31 to" / "September 5, 2021.")
      const dated =
        (isDateLine(clean) && !(previous !== undefined && runsIntoDate(previous, clean))) ||
        (previous !== undefined && isDateLine(previous) && !(current.length > 1 && runsIntoDate(current.at(-2) as CleanLine, previous)))
      // and so does a transcript's time stamp, copied over the first turn without a line between ("6:40 P.M. EDT" /
      // "THE VICE PRESIDENT: …")
      const stamped = previous !== undefined && (isTimeStamp(previous.text.text.trim()) || isTimeStamp(clean.text.text.trim()))
      // a block that opens with a run-in heading and goes on with a paragraph on one line (longer than any wrapping leaves one)
      const headsBlock =
        previous !== undefined &&
        current.length === 1 &&
        isRunInHeading(previous.text.text, RUN_IN_HEADING_ABOVE_TEXT) &&
        /^[\p{Lu}\d“"]/u.test(clean.text.text) &&
        clean.text.text.length > UNWRAPPED
      // a line in bold that the next line goes on from in lower case is a sentence's bold subject, no heading
      // ("- **U.S. International Development Finance Corporation (DFC)**" / "announced $369 million …")
      // and so is a list item's bold label that ends with a colon: it introduces its own item's text, not a section of items
      // ("- **United States Trade and Development Agency (USTDA) Investments:**" / "Bolstering Power Africa, USTDA is …")
      const boldSubject =
        previous?.heading &&
        !clean.heading &&
        !clean.listItem &&
        ((/^\p{Ll}/u.test(clean.text.text) && !LETTERED.test(clean.text.text)) ||
          (previous.listItem && current.length === 1 && /:$/u.test(previous.text.text)) ||
          // or, in a paragraph of its own, a bold label ending with a colon that the paragraph goes on from on the very next line,
          // no blank line or hard break between: a run-in label ("**Grand Rapids Mayor Rosalynn Bliss, Chair Urban Core
          // Mayors**:" / "“Michigan’s urban core cities were …")
          // (not over a line with markup of its own, a bold label, a table's row, an item: "**Ports:**" / "**Port of Savannah.** …")
          (!previous.listItem &&
            !previous.hardBreak &&
            current.length === 1 &&
            /:$/u.test(previous.text.text) &&
            !/^\s*(?:[*_|#>]|[-+•—–]\s|\d{1,3}[.)]\s)/u.test(rawOf.get(clean) ?? '')) ||
          // or one cut inside its phrase, after a possessive or a function word ("**… implementing President Biden’s**" / "Executive Order …")
          endsInsidePhrase(previous.text.text) ||
          // or a fact sheet's lead in bold that ends with a full stop, as no heading does, the line ending where the bold
          // does ("**Expanding Veterans Affairs training programs for rural providers.**" / "The VA will …")
          // (and so does a list item's, its text going on indented under it: "-   **Distributing more free tests to Americans at
          // trusted locations.**" / "    In addition to continuing …")
          (current.length === 1 &&
            /[^.]\w\.$/u.test(previous.text.text) &&
            /^[\p{Lu}\d“"]/u.test(clean.text.text) &&
            (!previous.listItem || /^\s+\S/u.test(rawOf.get(clean) ?? ''))))
      // a bold run at the start of a wrapped line, after a line cut inside its phrase, is a name in the sentence, no heading
      // ("… Accountability Lab, launched the" / "**Anti-Corruption Solutions through Emerging Technologies (ASET)**" / "program to …")
      const boldInSentence =
        clean.heading && !clean.listItem && previous !== undefined && !previous.heading && endsInsidePhrase(previous.text.text)
      if (boldInSentence) boldInSentences.add(clean)
      // a line that opens with a number after a line cut at a dash or comma goes on with that sentence, unless it is the
      // next of a numbered list: a speaker repeating a figure ("this state has had 24 extreme weather events —" / "24.
      // Nationally, …")
      const number = /^\(?(\d{1,3})[.)]/.exec(clean.text.text)?.[1]
      // (and so does one after a line that ends no sentence, by the sentence rules, unless the number is a list's first or next:
      // "… Texas S.B." / "8. So after …", "… under Title" / "42. …"; a first with no second after it is no list's, "… a
      // deadline — May" / "1.  The Taliban onslaught …")
      const goesOnFrom = (line: string) => /[—–,]\s*$/u.test(line) || !endsSentence(line, clean.text.text)
      // (nor is a letter in brackets that a cross-reference wrapped onto the line: "… the determination in subsection" /
      // "(a) of this section with respect to …")
      const reference = isCrossReference(previous, clean)
      const numbered =
        NUMBERED_OPENING.test(clean.text.text) &&
        !reference &&
        !(
          number !== undefined &&
          previous !== undefined &&
          goesOnFrom(previous.text.text) &&
          (Number(number) === 1 ? !/:\s*$/u.test(previous.text.text) && !listGoesOn(cleaned, index) : Number(number) !== lastNumber + 1)
        )
      if (number !== undefined && numbered) lastNumber = Number(number)
      // a legal text's section opens on a line of its own after one that ends a sentence, however long that line
      // ("… from the National Defense Stockpile." / "Sec. 3.  Execution and Consultation.  In executing …")
      const legalSection = previous !== undefined && LEGAL_SECTION.test(clean.text.text) && SENTENCE_END.test(previous.text.text)
      if (
        current.length &&
        ((clean.heading && !boldInSentence) ||
          clean.listItem ||
          (previous?.heading && !boldSubject && !boldInSentences.has(previous)) ||
          brokenShort ||
          stamped ||
          closesBold ||
          dated ||
          headsBlock ||
          numbered ||
          legalSection)
      ) {
        if (!clean.listItem) runsOn.add(previous as CleanLine)
        if (previous?.hardBreak) brokenByHand.add(clean)
        open()
      }
      ;(groups.at(-1) as CleanLine[]).push(clean)
      if (clean.hardBreak) breaksInBlock++
    }
    // a block with lines longer than any wrapping leaves one is a web page's copy: a paragraph ends where a line ends a sentence
    // (a hard-wrapped text's width, where it breaks its lines; a text not wrapped has none)
    const full = fullWidth(content.map(({ clean }) => clean.text.text.length))
    const width = isHardWrapped(
      content.map(({ clean }) => clean),
      full,
    )
      ? full
      : Infinity
    groups.splice(
      0,
      groups.length,
      ...groups.flatMap((group, k) => splitUnwrapped(group, state.textBrackets, groups[k - 1]?.at(-1)?.text.text ?? '', width)),
    )
    // a blank line inside a sentence is no paragraph break: a block that ends on a function word ("…Cooperation (APEC)—which")
    // goes on in the next, which opens with no heading, item or number
    for (let k = groups.length - 2; k >= 0; k--) {
      const last = (groups[k] as CleanLine[]).at(-1)
      const next = (groups[k + 1] as CleanLine[])[0]
      // (a line taken for an item of a page's list, having no bullet of its own, goes on a sentence that opens lower case)
      const item = next?.listItem && !(/^\p{Ll}/u.test(next.text.text) && !BULLET.test(rawOf.get(next) ?? ''))
      if (!last || !next || last.heading || next.heading || item || NUMBERED_OPENING.test(next.text.text)) continue
      // a function word as printed, in lower case ("which", not "US", "I" of Part I, "AM" of a time stamp, "Do" of a heading)
      const lastWord = /(?:^|[^\p{L}])(\p{Ll}+)$/u.exec(last.text.text)?.[1]
      // (but a list item's "; and" before the last item ends the item, below)
      // and so does one that ends no sentence before a block that opens in lower case ("… a number" / "of Koreans find …",
      // "… as a country.  And" / "the challenges that we face …"): no paragraph of a statement opens so
      // (and a long block that ends on a comma goes on in the next that opens with its subject named in apposition: an
      // order's "By the authority vested in me … and section 301 of title 3, United States Code," / "I, JOSEPH R. BIDEN
      // JR., … find that …"; not a salutation, "Dear Madam Speaker,", nor a bill's line above its thanks, "S. 272, …
      // publicly available online," / "Thank you to Senators …")
      const block = groups[k] as CleanLine[]
      const onComma =
        /,$/u.test(last.text.text) &&
        /^I,\s/u.test(next.text.text) &&
        block.reduce((sum, line) => sum + line.text.text.length, 0) >= COMMA_BLOCK
      // (a semicolon ends no sentence either, unless the blocks around are a list's items, each ending on one or led in by a
      // colon: "… more than just financing;" / "that’s a critical piece of it.")
      const lastBlockText = (at: number) => (groups[at] as CleanLine[] | undefined)?.at(-1)?.text.text ?? ''
      const itemEnd = (line: string) => ITEM_SEMICOLON_END.test(line)
      // (a lead-in may end on a dash as on a colon, over items that end on semicolons, two at least: "During the period of 2012
      // to 2016—" / "the number of DACA recipients with a Bachelor’s degree tripled;" / "professional job attainment … grew by
      // 34%; and"; not a turn's words broken by blank lines, "… what we're going to do is —" / "… the bridges;" / "and we're
      // going to get it done.")
      const dashLeadInAt = (at: number) =>
        /[—–]$/u.test(lastBlockText(at)) &&
        itemEnd(lastBlockText(at + 1)) &&
        (itemEnd(lastBlockText(at + 2)) || itemEnd((groups[at + 2] as CleanLine[] | undefined)?.[0]?.text.text ?? ''))
      const dashLeadIn = dashLeadInAt(k)
      const onSemicolon =
        /;$/u.test(last.text.text) && !/[;:]$/u.test(lastBlockText(k - 1)) && !dashLeadInAt(k - 1) && !/;$/u.test(lastBlockText(k + 1))
      const goesOn =
        (/^\p{Ll}/u.test(next.text.text) &&
          !opensLettered(next.text.text, last.text.text, block[0]?.text.text ?? '') &&
          ((!SENTENCE_END.test(last.text.text) && !dashLeadIn) || onSemicolon)) ||
        onComma
      // (a page's pointer to a link ends on "here" with no stop, "Read the full strategy here": its own paragraph, unless
      // its sentence goes on in lower case, "Click here" / "to read the full fact sheet …")
      const pointer = !goesOn && isLinkPointer(joinLines((groups[k] as CleanLine[]).map((line) => line.text)).text)
      if (
        ((lastWord && ENGLISH_STOPWORDS.has(lastWord)) || goesOn) &&
        !pointer &&
        // (its "and" wrapped onto a line of its own too: "… in the national interest of the United States;" / "and")
        !/;\s*(?:and|or)$/u.test(
          block
            .slice(-2)
            .map((line) => line.text.text.trim())
            .join(' '),
        ) &&
        !(isDateLine(next) && !runsIntoDate(last, next)) &&
        !/^\p{Lu}[\p{Lu}\s.]*:/u.test(next.text.text) &&
        // (nor into another speaker's turn, a reporter's too: "… will be a part of" / "that" / "Q    And pivoting briefly, …")
        !SPEAKER_LABEL.test(next.text.text) &&
        // (nor a time stamp, which no sentence runs into: "PRESIDENT BIDEN:  Thank you" / "2:45 P.M. EST")
        !isTimeStamp(next.text.text.trim())
      )
        groups.splice(k, 2, [...(groups[k] as CleanLine[]), ...(groups[k + 1] as CleanLine[])])
    }
  } else {
    const widths = content.map(({ clean }) => clean.text.text.length)
    const full = fullWidth(widths)
    const wrapped = isHardWrapped(
      content.map(({ clean }) => clean),
      full,
    )
    for (const { line, clean } of content) {
      const previous = groups.at(-1)?.at(-1)
      // an indented line under a list item goes on with it, as in Markdown
      const itemGoesOn = groups.at(-1)?.[0]?.listItem && /^\s{2,}\S/.test(line.text) && !clean.listItem
      // (and a line cut inside its sentence goes on in the next that opens in lower case: after a function word however few
      // the lines, "… recognize the need for" / "improving cybersecurity …"; in text wrapped by hand, after any word or comma,
      // short of the width or not, "… and to minimize supply chain" / "vulnerabilities. The Vice President …")
      const lowerGoesOn =
        previous !== undefined &&
        !previous.heading &&
        !clean.heading &&
        !clean.listItem &&
        /^\p{Ll}/u.test(clean.text.text) &&
        !opensLettered(clean.text.text, previous.text.text, groups.at(-1)?.[0]?.text.text ?? '')
      const cutShort = lowerGoesOn && endsInsidePhrase(previous.text.text)
      const wrappedShort = lowerGoesOn && wrapped && /[\p{Ll},]$/u.test(previous.text.text)
      const continues =
        itemGoesOn ||
        cutShort ||
        wrappedShort ||
        (wrapped &&
          previous &&
          !previous.heading &&
          !clean.heading &&
          !clean.listItem &&
          (!NUMBERED_OPENING.test(clean.text.text) || isCrossReference(previous, clean)) &&
          previous.text.text.length >= full * SHORT_RATIO)
      if (continues) (groups.at(-1) as CleanLine[]).push(clean)
      else groups.push([clean])
    }
  }
  // a run-in heading copied without its bold heads the paragraph after it
  groups.forEach((group, k) => {
    const next = groups[k + 1]?.[0]
    const line = group[0]
    // (a label over a list wrapped inside a phrase is one too: "Latino Community Leaders in" / "Attendance:" over its names;
    // and a heading in capitals wrapped over two lines, over prose: "4. SUPPORT CONSERVATION, CLIMATE ADAPTATION, AND A JUST
    // ENERGY" / "TRANSITION", as its shorter siblings on one line are)
    if (group.length === 2 && line && next) {
      const label = joinLines(group.map((l) => l.text)).text
      if (next.listItem && label.endsWith(':') && isRunInHeading(label) && !line.text.text.trim().endsWith(':')) runIn.add(line)
      // (of four words or more, each line with words: not a table's row, "CAR" / "302,000")
      const capitals = !/\p{Ll}/u.test(label) && label.split(/\s+/u).length >= 4 && group.every((l) => /\p{Lu}{2}/u.test(l.text.text))
      if (capitals && k > 0 && !next.listItem && /^[\p{Lu}\d“"]/u.test(next.text.text) && isRunInHeading(label, RUN_IN_HEADING_ABOVE_TEXT))
        runIn.add(line)
      return
    }
    if (
      group.length === 1 &&
      line &&
      next &&
      k > 0 &&
      // (one in Title Case that ends on a colon may be longer: "Increasing the Availability of Gasoline and Easing Price
      // Pressures:" over its items)
      isRunInHeading(line.text.text, line.text.text.trim().endsWith(':') ? RUN_IN_HEADING_ABOVE_TEXT : RUN_IN_HEADING) &&
      /^[\p{Lu}\d“"]/u.test(next.text.text) &&
      line.text.text.length < next.text.text.length * SHORT_RATIO &&
      !isDateLine(line) &&
      !isDateLine(next) &&
      !isListedItem(line, groups[k - 1]?.at(-1), next) &&
      // (nor is a line of a block broken by hand, one to a line, the one above it ending on a hard break too: a list's name)
      !(line.hardBreak && brokenByHand.has(line))
    )
      runIn.add(line)
  })
  const groupsKept = groups.filter((group) => group.length > 0)
  const paragraphs = groupsKept.map((group, k): RepairedParagraph => {
    const first = group[0] as CleanLine
    const text = joinLines(group.map((line) => line.text))
    // (or a bold item over items indented under it: "-   **Strengthening Existing and New Supply Chains**" / "    -   Coordinate …")
    const under = groupsKept[k + 1]?.[0]
    const overItems = first.listItem && under?.listItem === true && (under.indent ?? 0) > (first.indent ?? 0)
    // a heading by its markup: a line in bold or `#`, or a bold run wrapped over lines
    const boldHeading = (first.heading && group.length === 1) || isWrappedBoldHeading(group, text.text)
    const raw = group.map((line) => rawOf.get(line) ?? '').join('\n')
    return {
      text,
      short: group.length === 1 && text.text.length < SHORT_LINE && !SENTENCE_END.test(text.text),
      heading: first.listItem
        ? // a list item is a heading only as a bold label with the item's text on the next line: not a last item of a bold
          // list ("- **Critical Minerals**", a blank line, then text) nor a short one ("- United States")
          (runsOn.has(group.at(-1) as CleanLine) || overItems) && boldHeading
        : boldHeading || runIn.has(first),
      markedHeading: !first.listItem && boldHeading,
      listItem: first.listItem,
      ...(first.listItem ? { indent: first.indent ?? 0 } : {}),
      emphasized: isEmphasized(raw),
      leadIn: boldLeadIn(raw, text.text),
    }
  })
  // a run of emphasis that hard breaks cut into lines of their own is emphasis on each ("*President Joe Biden  " /
  // "June 3, 2021*", an attribution under a quotation)
  const rawLine = (line: CleanLine | undefined) => (line ? (rawOf.get(line) ?? '') : '')
  groupsKept.forEach((group, k) => {
    const open = /^\s*(\*{1,3}|_{1,3})(?![*_\s])/u.exec(rawLine(group[0]))?.[1]
    if (!open || !(group.at(-1) as CleanLine).hardBreak || (paragraphs[k] as RepairedParagraph).emphasized) return
    for (let j = k + 1; j < Math.min(groupsKept.length, k + 4); j++) {
      const lines = groupsKept[j] as CleanLine[]
      if (!brokenByHand.has(lines[0] as CleanLine) || rawLine(lines[0]).trimStart().startsWith(open)) return
      if (
        rawLine(lines.at(-1))
          .replace(/(?:\\|\s)+$/u, '')
          .endsWith(open)
      ) {
        for (let m = k; m <= j; m++) (paragraphs[m] as RepairedParagraph).emphasized = true
        return
      }
    }
  })
  // a speaker's label misprinted with a full stop for its colon, where the same label opens two turns or more with one:
  // "MR. KIRBY.  Thank you, Karine." beside "MR. KIRBY: …" (the stop read as the colon, in its place)
  const labelled = new Map<string, number>()
  for (const p of paragraphs) {
    const label = /^(.+):$/u.exec(SPEAKER_LABEL.exec(p.text.text)?.[0].trim() ?? '')?.[1]
    if (label) labelled.set(label, (labelled.get(label) ?? 0) + 1)
  }
  let relabelled = 0
  for (const p of paragraphs) {
    const label = MISPRINTED_LABEL.exec(p.text.text)?.[1]
    if (label === undefined || (labelled.get(label) ?? 0) < 2) continue
    p.text = { ...p.text, text: `${label}:${p.text.text.slice(label.length + 1)}` }
    relabelled++
  }
  // a transcript's time stamps ("2:38 P.M. CEST") and stage directions ("(Laughter.)", "(As interpreted.)") are not what was said
  // the place above a transcript's first time stamp, on a line or two of its own ("Los Angeles Convention Center" /
  // "Los Angeles, California"): where it was said, not something said
  // (without a time stamp, the place in emphasis above the first turn: "*Office of the President*" / "*Seoul, Republic of Korea*")
  // (the time stamp that opens the remarks, above their first turn: not the one after "END", "6:08 P.M. EDT", that closes them)
  const anyStamp = paragraphs.findIndex((p) => isTimeStamp(p.text.text.trim()))
  const firstLabel = paragraphs.findIndex((p) => SPEAKER_LABEL.test(p.text.text.trim()))
  const stamp = firstLabel < 0 || anyStamp < firstLabel ? anyStamp : -1
  const firstTurn = stamp < 0 ? firstLabel : -1
  // (prepared remarks print neither: their first sentence, under the venue's lines, "Dulles International Airport" /
  // "Dulles, VA")
  const firstSaid =
    stamp < 0 && firstLabel < 0
      ? paragraphs.findIndex((p) => {
          const line = p.text.text.trim()
          return SENTENCE_END.test(line) && !INITIALS_END.test(line)
        })
      : -1
  // (one run of emphasis over the line or two above the first turn, however its hard break split it)
  const raw = (k: number) => (groupsKept[k] ?? []).map((line) => rawOf.get(line) ?? '').join('\n')
  // (or, in a transcript or over a person's first turn, the line or two that open it above that turn: "South Lawn",
  // "Private Residence" / "San Francisco, California", "Via Teleconference", "Cross Hall" / "THE PRESIDENT: Folks, …")
  const transcript = isTranscript(paragraphs.map((p) => p.text.text.trim()))
  // (a text that opens on a time stamp is a transcript too, of one speaker's remarks: its notes in parentheses are the
  // stenographer's)
  const spoken =
    transcript ||
    (anyStamp >= 0 &&
      anyStamp <= OPENING_STAMP_AT &&
      paragraphs.slice(0, anyStamp).every((p) => {
        const line = p.text.text.trim()
        return !SENTENCE_END.test(line) || INITIALS_END.test(line)
      }))
  // (a date line right above the first turn, "(December 25, 2021)", does not count among those lines: the loop below passes it)
  const dated = firstTurn >= 1 && isBracketedDateLine((paragraphs[firstTurn - 1] as RepairedParagraph).text.text.trim()) ? 1 : 0
  const emphasizedAbove =
    (transcript ||
      (firstTurn >= 0 &&
        isPersonTurn((paragraphs[firstTurn] as RepairedParagraph).text.text.trim()) &&
        paragraphs.slice(0, firstTurn - dated).every((p) => {
          const line = p.text.text.trim()
          // (a note under the venue too: "Residence Library" / "(Prerecorded)")
          return (
            VENUE_NAME.test(line) ||
            readPlaceLineEn(line, isCountryName) !== null ||
            /^[^,]{1,60},\s*[^,]{1,60}$/u.test(line) ||
            /^\([^()]{1,40}\)$/u.test(line)
          )
        }))) &&
    firstTurn - dated >= 1 &&
    firstTurn - dated <= VENUE_LINES
      ? firstTurn - dated
      : firstTurn >= 2 && venueEmphasis(`${raw(firstTurn - 2)}\n${raw(firstTurn - 1)}`)
        ? 2
        : firstTurn >= 1 && venueEmphasis(raw(firstTurn - 1))
          ? 1
          : (state.textBrackets ? plainVenue(paragraphs, firstTurn, groupsKept) : 0) ||
            openingVenue(paragraphs, firstTurn >= 0 ? firstTurn : firstSaid)
  const venueLines = new Map<number, CleanLine[]>()
  // (a date line among them, "(May 21, 2022)", is the header's date line: passed over)
  for (
    let k = (stamp >= 0 ? stamp : firstTurn >= 0 ? firstTurn : firstSaid) - 1, lines = 0;
    k >= 0 && lines < (stamp >= 0 ? VENUE_LINES : emphasizedAbove);
    k--
  ) {
    const line = (paragraphs[k] as RepairedParagraph).text.text.trim()
    // (a date line out of brackets is the header's, and so is the title above it, wherever its words would let it be
    // taken for a venue: "Background Press Call Previewing the German Chancellor’s Visit" / "February 7, 2022" / "5:09 P.M. EST")
    if (!line.startsWith('(') && readDateLineEn(line)?.date) break
    // (right above the time stamp; above a venue line it ends the venue: "Title" / "May 1, 2022" / "South Lawn")
    if (isBracketedDateLine(line)) {
      if (lines > 0) break
      continue
    }
    // (a place may end in its initials, "Washington, D.C.", but not in a sentence's full stop)
    if (line.length > 90 || (SENTENCE_END.test(line) && !INITIALS_END.test(line)) || paragraphs[k]?.listItem) break
    // (nor is the title of a pasted transcript: "Remarks by President Biden on the Economy")
    if (TRANSCRIPT_TITLE.test(line)) break
    ;(paragraphs[k] as RepairedParagraph).placeLine = true
    // (a venue's lines copied from the page without Markdown's hard break are still lines of their own, the last one
    // naming the city: "Waldorf Astoria" / "Jerusalem, Israel")
    const venue = groupsKept[k] ?? []
    // (a long one too, over a line that names the city: "Arthur G. James Cancer Hospital and Richard J. Solove Research
    // Institute" / "Columbus, Ohio")
    const cityLast = readPlaceLineEn((venue.at(-1) as CleanLine | undefined)?.text.text.trim() ?? '', isCountryName) !== null
    if (venue.length > 1 && (cityLast || venue.every((clean) => clean.text.text.length <= HARD_BREAK_SHORT))) venueLines.set(k, venue)
    lines++
  }
  for (const [k, venue] of [...venueLines].sort(([x], [y]) => y - x))
    paragraphs.splice(k, 1, ...venue.map((clean): RepairedParagraph => ({ text: trimMapped(clean.text), short: true, placeLine: true })))
  // (in a transcript, of several speakers or of remarks opening on a time stamp, any short note in parentheses on its own line
  // is the stenographer's:
  // "(Takes sip of a drink.)", "(The press departs.)"; elsewhere only a note of the known kinds is)
  const said: RepairedParagraph[] = []
  // (a turn of a note alone leaves its speaker to the words after it: "PRESIDENT BIDEN:  (Inaudible.)" / "Folks, I want to
  // thank — I want to thank the Prime Minister. …" are the President's, not the words of the turn before)
  let speaker: MappedText | null = null
  // (a speech's note that it is the text as prepared, on a line of its own near the top, is no sentence of it, under a venue
  // too: "Economic Club of New York" / "As Prepared for Delivery")
  let deliveryNotes = 0
  for (const [k, p] of paragraphs.entries()) {
    const line = p.text.text.trim()
    if (k < DELIVERY_NOTE_AT && DELIVERY_NOTE.test(line)) {
      deliveryNotes++
      // (and the short line or two right above it that open the text are where it was given, no heading: "City Club of
      // Cleveland", "Economic Club of New York" / "New York, New York")
      // (not the text's title or date line over the note: "Remarks by …" / "May 1, 2022" / "As Prepared for Delivery")
      // (the text's first line is a venue by its words, a building's, a city's or "Via …", or else its title: "Secretary
      // Yellen on the Outlook for the Global Economy" / "As Prepared for Delivery")
      for (const above of said.slice(-2).reverse()) {
        const venue = above.text.text.trim()
        const isVenue =
          venue.length <= 90 &&
          (above !== said[0] || VENUE_BUILDING.test(venue) || /^Via\s|^[^,]{1,60},\s*[^,]{1,60}$/u.test(venue)) &&
          !SENTENCE_END.test(venue) &&
          !above.listItem &&
          !TRANSCRIPT_TITLE.test(venue) &&
          !readDateLineEn(venue)?.date
        if (!isVenue) break
        above.placeLine = true
      }
      continue
    }
    if (isTranscriptMark(line) || (spoken && STENOGRAPHER_NOTE.test(line))) {
      const turn = spoken ? SPEAKER_LABEL.exec(p.text.text) : null
      if (turn && isPersonTurn(p.text.text) && turn[0].trim() !== 'Q') speaker = trimMapped(sliceMapped(p.text, 0, turn[0].length))
      continue
    }
    if (!spoken) {
      said.push(p)
      continue
    }
    // (and such a note between two sentences of a turn: "Excuse me. (Takes sip of a drink.) When I was visiting …")
    const words = withoutNarration(p.text)
    const end = speaker?.end.at(-1) ?? 0
    const text =
      speaker && !SPEAKER_LABEL.test(words.text) && !isEndMark(words.text.trim())
        ? new MappedTextBuilder().pushSlice(speaker).push(' ', end, end).pushSlice(words).build()
        : words
    speaker = null
    said.push({ ...p, text, transcript: true })
  }
  const dropped = paragraphs.length - said.length - deliveryNotes
  // nor is a web page's pointer to a link ("To view this fact sheet in your browser, click here."), nor the attribution
  // under a quotation ("“… in all corners of the world.”" / "– President Joe Biden"): who said it, not what the text says
  const attributions = new Set<number>()
  said.forEach((p, k) => {
    const line = p.text.text.trim()
    const before = said[k - 1]?.text.text.trim() ?? ''
    // under a whole quotation ("“By investing in …”"), or under the attribution's first line (the occasion below the speaker)
    // (or a whole paragraph in italics that ends a sentence, a quotation a page sets in emphasis, its attribution a name with
    // its occasion or date: "*This pandemic has spotlighted … workers.*" / "*President Joseph R. Biden, April 7, 2022*"; not a
    // poem's next line, "*On this side of the grave.*" / "*But then, once in a lifetime*")
    const underQuote =
      (/^[“"]/u.test(before) && /[”"]$/u.test(before)) ||
      (said[k - 1]?.emphasized === true && /[.!?]["”’]?$/u.test(before) && /^\p{Lu}[\p{L}.’'-]*\s+\p{Lu}[^,]*,\s/u.test(line))
    // a dash and a name, or a line in emphasis; not a heading, nor a line a quotation follows (a speaker heading the quotation
    // below it: "KS Choi – Samsung" in a roundtable's list of what each said)
    const after = said[k + 1]?.text.text.trim() ?? ''
    // (or, plain, the speakers by office and name on lines of their own, and then the day it was said: "President Joe Biden" /
    // "Prime Minister Justin Trudeau" / "February 23, 2021" under the leaders' joint words)
    // (with the occasion between them: "President Joe Biden" / "East Asia Summit" / "October 27, 2021")
    const dated = (text: string) => text.length <= 40 && readDateLineEn(text) !== null
    // (a name by office only in a run that a date line ends within two lines: a headline under a quotation, "President Biden
    // Delivers Results", is none)
    const datedSoon = dated(after) || dated(said[k + 2]?.text.text.trim() ?? '')
    const signer =
      (OFFICE_AND_NAME.test(line) && datedSoon) ||
      (attributions.has(k - 1) && (dated(line) || (isAttributionLine(line) && line.length <= 40 && dated(after))))
    // (a plain line is read as a heading by its shape alone, before a hard break: a signer's line still; not one marked so)
    const attribution =
      (((ATTRIBUTION.test(line) || (p.emphasized === true && isAttributionLine(line))) && !p.heading) ||
        (signer && !p.emphasized && !p.markedHeading)) &&
      !/^[“"]/u.test(after)
    if ((underQuote || attributions.has(k - 1)) && !p.listItem && attribution) attributions.add(k)
    // (and, plain, an office and a name with the day it was said, under a paragraph that ends its sentence: a quotation in
    // emphasis copied without it, "This pandemic has spotlighted … workers." / "President Joseph R. Biden, April 7, 2022")
    // (only near the top, under the first paragraph where a page opens with a quotation, under a quotation, or closing the
    // text, and on a plain line: a heading that names
    // a speaker and a day over what they said, "### President Joseph R. Biden, February 24, 2022", stays)
    const namedAndDated = () =>
      [...line.matchAll(/,\s+/gu)].some((m) => OFFICE_AND_NAME.test(line.slice(0, m.index)) && dated(line.slice(m.index + m[0].length)))
    if (
      (k <= 3 || underQuote || k === said.length - 1) &&
      !p.listItem &&
      !p.markedHeading &&
      /[.!?]["”’]?$/u.test(before) &&
      !/^[“"]/u.test(after) &&
      namedAndDated()
    )
      attributions.add(k)
  })
  // nor is the publisher's note in emphasis over a text it prints, near its top ("*President … and President … issued the
  // following statement on the side event …*", "*Today, the Leaders of … released the following statement:*"), or lower down
  // over the statements it prints ("**Participating Governors and Industry Stakeholders issued the following statements:**",
  // not a text's own lead-in, "… also made the following commitments:")
  const editorial = (p: RepairedParagraph, k: number) =>
    p.emphasized === true &&
    (k < 4
      ? /\b(?:issued|released|made|adopted)\s+the\s+following\b/iu.test(p.text.text)
      : /\b(?:issued|released)\s+the\s+following\s+(?:joint\s+)?statements?:\s*$/iu.test(p.text.text))
  const notesAbove = said.filter(editorial).length
  const text = said.filter((p, k) => !isLinkPointer(p.text.text.trim()) && !attributions.has(k) && !editorial(p, k))
  const pointers = said.length - text.length - notesAbove
  paragraphs.splice(0, paragraphs.length, ...text)
  const notes: ImportNote[] = []
  if (notesAbove)
    notes.push({ kind: 'repair', message: 'left out the publisher’s note over the text (“… issued the following statement”)' })
  if (pointers)
    notes.push({
      kind: 'repair',
      message: `left out ${pointers} pointer${pointers > 1 ? 's' : ''} to a link ("click here") or attribution${pointers > 1 ? 's' : ''} under a quotation`,
    })
  if (dropped)
    notes.push({
      kind: 'repair',
      message: `left out ${dropped} time stamp${dropped > 1 ? 's' : ''} and stage direction${dropped > 1 ? 's' : ''} of a transcript`,
    })
  if (deliveryNotes) notes.push({ kind: 'repair', message: 'left out the note that the text is as prepared for delivery' })
  if (relabelled)
    notes.push({
      kind: 'repair',
      message: `read ${relabelled} speaker’s label${relabelled > 1 ? 's' : ''} printed with a full stop for the colon as ${relabelled > 1 ? 'labels' : 'a label'}`,
    })
  const joined = groups.filter((group) => group.length > 1).length
  if (joined) notes.push({ kind: 'repair', message: `joined the wrapped lines of ${joined} paragraph${joined > 1 ? 's' : ''}` })
  if (markup)
    notes.push({
      kind: 'repair',
      message: `removed markup (Markdown, HTML tags, no-break spaces) from ${markup} line${markup > 1 ? 's' : ''}`,
    })
  return { paragraphs, notes }
}

/** A bold run in Title Case after the last sentence of a paragraph's last line: a heading a converter ran into it. */
const TRAILING_HEADING = /^(.*[.!?]["”’)]?)[\s\u00a0]+(\*\*\p{Lu}[^*]{1,80}\*\*)\s*$/u

/**
 * The lines with a heading that a page's converter ran onto the end of a
 * paragraph ("…in lockstep with Allies and partners.\u00a0**Engagements with
 * Ukraine**", above a blank line) set on a line of its own below it, after a
 * blank line, each keeping its place in the file.
 */
function withHeadingsApart(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((line, k) => {
    const match = TRAILING_HEADING.exec(line.text)
    const next = lines[k + 1]
    // (above a blank line and more text: at the very end it is a sign-off, "…We will not waver. **Slava Ukraini**")
    const more = next !== undefined && next.text.trim() === '' && lines.slice(k + 2).some((later) => later.text.trim() !== '')
    // (nor after what has no words, a list's number alone: "1.  **Reviewing Our Progress**" is a heading the page printed as a
    // numbered item)
    if (!match || !more || !/\p{L}/u.test(match[1] as string) || !isRunInHeading((match[2] as string).slice(2, -2))) return [line]
    const at = line.text.lastIndexOf(match[2] as string)
    return [
      { text: match[1] as string, start: line.start },
      { text: '', start: line.start + at },
      { text: match[2] as string, start: line.start + at },
    ]
  })
}

/**
 * A list's items run on after their lead-in on one line, each after a typographic bullet ("…roundtable include:• Belen
 * Buckley, …", "we’ve already: • Added 800 homes • Are building 800 more"), begin lines of their own, as items on lines of
 * their own do. Only after a lead-in's colon: a bullet between words is a separator ("By Jane Doe • March 10, 2022",
 * "Washington, D.C. • March 10, 2022 • Press Release", "Ohio • Michigan"), and a table's row keeps its cells.
 */
function withBulletsApart(lines: readonly SourceLine[]): readonly SourceLine[] {
  return lines.flatMap((line) => {
    const lead = LEAD_IN_BULLET.exec(line.text)
    if (!lead || /^\s*\|/u.test(line.text)) return [line]
    const first = lead.index + (lead[1] as string).length
    const rest = [...line.text.slice(first + 1).matchAll(ITEM_BULLET)].map((match) => first + 1 + match.index + (match[1] as string).length)
    const cuts = [first, ...rest]
    return [0, ...cuts].map((from, k) => ({ text: line.text.slice(from, cuts[k]), start: line.start + from }))
  })
}

/**
 * A typographic bullet after a lead-in's colon on the same line, or after the closing mark of the bold
 * line above ("**Chain Pharmacies  " / "**• Walgreens"), a space after it.
 */
const LEAD_IN_BULLET = /(\S:\s*|^\s*[*_]{1,3}\s*)[•▪◦●](?=[\s\u00a0]+\S)/u
/** The bullets of the items after it: a space on either side. */
const ITEM_BULLET = /(\S\s+)[•▪◦●](?=[\s\u00a0]+\S)/gu

/**
 * The run of bold (or bold italic) that opens a paragraph's markup and ends with a full stop or a colon, inside its marks or
 * right after them, when more text follows it on the page: "**Knowledge: Information is Power.** The United States …",
 * "***Launching a Global Climate Ambition Initiative***. The U.S. …". Its words as the paragraph's text has them.
 */
function boldLeadIn(raw: string, text: string): string | undefined {
  // (a run of bold closed and opened again at once is one run: "**<u>… as cases rise</u>****<u>.</u>**"; so is one closed
  // and opened again across a space: "**Creating Clean Energy Jobs and Advancing**<no-break space>**Decarbonization and Biodiversity**.")
  const body = raw.replace(/^\s*(?:[-*+•]\s+|\d{1,3}\.\s+)?/u, '').replace(/(\*{2,3})([\s\u00a0]*)\1(?=\S)/gu, '$2')
  // (the space after its stop may come before the closing mark: "**Collaborating with communities … sites. **Communities …")
  // (and the stop may stand between the marks that close it, the bold's and the italic's, with an empty run or not:
  // "***Launching a Greening Government Initiative*.** The …", "***Providing Immediate Relief …**.*** The …",
  // "***Promoting Naturalization****.* President …")
  const run = /^(\*{2,3}|__)(?![\s*_])([^*_]+?)(?:\1([.:]?)|(\*{1,5})([.:])(\*{1,3}))(\s*)(?=\S)/u.exec(body)
  if (!run || (run[4] && (run[4] as string).length + (run[6] as string).length < (run[1] as string).length)) return undefined
  if (!run[7] && !/[.:]\s+$/u.test(run[2] as string)) return undefined
  const label = `${run[2] as string}${run[3] ?? run[5]}`
    .replace(/<[^>]*>/gu, '')
    .replace(/\\(?=[^\s])/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
  // (the paragraph's text keeps its number: "2. Bolster Pacific regionalism. The PBP …")
  const words = text.replace(/^\d{1,3}\.\s+/u, '')
  return /[.:]$/u.test(label) && label.length < words.length && words.startsWith(label) ? label : undefined
}

/**
 * Whether a paragraph's markup is one run of emphasis around all its words:
 * **bold**, *italic* or ***both***, wrapped over lines or not, a hard break
 * or a space before the closing mark allowed (the archive's "*New Federal,
 * State, and Local Action … Lower Costs*" under a fact sheet's title).
 */
function isEmphasized(raw: string): boolean {
  // (a "- " bullet may come first; a "*" followed by spaces is the opening mark a converter spaced: "*  Samantha Power*")
  // (HTML tags around the run are no part of it: "<span …>**Richard L. Revesz, …**  " / "</span>")
  const body = withoutOuterTags(raw)
    .replace(/(?:\\|\s)+$/u, '')
    .replace(/^\s*(?:[-+]\s+)?/u, '')
  const open = /^(\*{1,3}|_{1,3})(?![*_])/.exec(body)?.[1]
  if (!open || !body.endsWith(open)) return false
  // (an italic run closed and opened again across a space only is one: "*… semiconductor funding from* *CHIPS and Science
  // Act*"; two bold runs are a name and its office, "**Stuart Delery,** **Assistant to the President …**")
  // (and so is one closed and opened around a trade mark's sign, which the page sets plain: "*… Nestlé Alfamino*® *and
  // Alfamino*®*Junior specialty infant formula this week*")
  const inner = body.slice(open.length, -open.length).replace(open === '*' ? /(?<=\S)\*([®™©]\s*|\s+)\*(?=\S)/gu : /(?!)/u, '$1')
  // one run: no closing and opening of the same mark inside ("*a* and *b*")
  return inner.trim().length > 0 && !inner.includes(open.charAt(0).repeat(open.length))
}

/**
 * In plain text (a page copied), the one or two short lines between the date line and the first turn: the venue, as
 * the page prints it without emphasis ("September 27, 2022" / "Zojoji Temple" / "Tokyo, Japan" / "THE VICE PRESIDENT: …").
 */
function plainVenue(paragraphs: readonly RepairedParagraph[], firstTurn: number, groups: readonly CleanLine[][]): number {
  for (let lines = 1; lines <= 2 && firstTurn - lines - 1 >= 0; lines++) {
    // (its lines may be one paragraph, a line each, up to a venue's three: "National Counterterrorism Center" / "Liberty
    // Crossing Intelligence Campus" / "McLean, Virginia")
    const group = (groups[firstTurn - lines] ?? []).map((clean) => clean.text.text.trim())
    const venue =
      group.length > 1 && group.length <= VENUE_LINES ? group : [(paragraphs[firstTurn - lines] as RepairedParagraph).text.text.trim()]
    // (a venue may end in its initials, "Washington, D.C.", but not in a sentence's full stop)
    if (
      venue.some((line) => line.length > HARD_BREAK_SHORT || (SENTENCE_END.test(line) && !INITIALS_END.test(line))) ||
      paragraphs[firstTurn - lines]?.listItem
    )
      return 0
    if (readDateLineEn((paragraphs[firstTurn - lines - 1] as RepairedParagraph).text.text.trim())) return lines
  }
  return 0
}

/**
 * The one or two short lines that open a text, right above its first turn, where a page of remarks prints no time stamp
 * and no emphasis: its venue, if the last line names a city ("TCF Center" / "Detroit, Michigan" / "THE VICE PRESIDENT:
 * Greetings, everyone.").
 */
function openingVenue(paragraphs: readonly RepairedParagraph[], firstTurn: number): number {
  if (firstTurn < 1 || firstTurn > 2) return 0
  const lines = paragraphs.slice(0, firstTurn).map((p) => p.text.text.trim())
  const venue = lines.every(
    (line, k) =>
      line.length <= HARD_BREAK_SHORT &&
      !(SENTENCE_END.test(line) && !INITIALS_END.test(line)) &&
      !paragraphs[k]?.listItem &&
      !TRANSCRIPT_TITLE.test(line),
  )
  const last = lines.at(-1) ?? ''
  // (a building's name on a plain line, not a heading in bold: "**Community Health Center**" heads a fact sheet's section)
  // (over remarks that open as said, to the audience or in the first person: not a fact sheet's heading, "Strengthening Our
  // Industrial Base")
  const said = (paragraphs[firstTurn] as RepairedParagraph | undefined)?.text.text ?? ''
  const building = VENUE_BUILDING.test(last) && !paragraphs[firstTurn - 1]?.heading && SPOKEN_OPENING.test(said)
  return venue && (readPlaceLineEn(last, isCountryName) !== null || building) ? firstTurn : 0
}

/**
 * A venue's lines in emphasis above the first turn, as the archive prints them, its marks matched or not ("*Warsaw
 * Chopin International Airport" / "*Warsaw, Poland**"): an opening mark first, a closing one last, and no sentence.
 */
function venueEmphasis(raw: string): boolean {
  if (isEmphasized(raw)) return true
  const body = raw.trim()
  return body.length <= 200 && /^[*_]/u.test(body) && /[*_]$/u.test(body) && !/[.!?]["”’)]*[*_]*$/u.test(body)
}

/**
 * A bold heading is at most this long, wrapped or on one line (segment-body's isHeadingEn): a nominee's name and post,
 * "Marie C. Damour, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Fiji, …, and Tuvalu"
 * (180 characters).
 */
export const MARKED_HEADING = 240

/**
 * Words in -ing that are no verb's form: a preposition, a pronoun, a noun, a place's or a person's name (a noun that is a
 * verb's too, "Funding", "Housing", counts as one, as the collectors' rule 5 reads an -ing word).
 */
const NOT_VERBS_ING: ReadonlySet<string> = new Set(
  'during nothing something anything everything morning evening spring string king thing bring ring wing sing beijing wyoming pudding ceiling chongqing liaoning kunming nanning manning harding'.split(
    ' ',
  ),
)

/** Whether a word is an -ing verb, hyphenated or not ("Ensuring", "Pre-positioning"; not "During", "Beijing"). */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase()
  return /^(?:\p{L}+-)*\p{L}{2,}ing$/u.test(lower) && !NOT_VERBS_ING.has(lower.replace(/^.*-/u, ''))
}

/** Words that make a short sentence a sentence, its verb's auxiliary or a negation ("This is vital.", "We will not."). */
export const AUXILIARY_WORDS = 'is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|not'

/** An ordinal that opens a point of an argument ("Second, we commit to …"): its bold sentence is a sentence, however short. */
const ORDINAL_OPENING = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Finally),\s/u

/**
 * Whether a bold run that ends a sentence heads what follows, by the collectors' rule 4: up to eight words, or one sentence
 * of up to fifteen ("**The Administration is expanding testing supply and availability.**" over its paragraphs), but not a
 * point of an argument that an ordinal opens; a longer one is a sentence of the text ("**Ensuring that ATF has the
 * leadership it needs to enforce our commonsense gun laws and fight gun crime.**", eighteen words).
 */
export function isBoldSentenceHeading(text: string): boolean {
  const words = text.trim().split(/\s+/u).length
  if (ORDINAL_OPENING.test(text)) return false
  return words <= 8 || (words <= 15 && sentenceBoundsEnglish(text).length === 1)
}

/**
 * A paragraph of several lines that is one bold run, short and ending no sentence (or a short sentence, as a bold line
 * may be: isBoldSentenceHeading): a heading hard-wrapped inside its bold, as the archive's Markdown wraps a long one
 * ("**Artificial Intelligence (AI) Roadmap and Pilot Project on / Privacy-Enhancing Technologies … / Research for the
 * Public Good**").
 */
function isWrappedBoldHeading(group: readonly CleanLine[], text: string): boolean {
  if (
    group.length < 2 ||
    text.length > MARKED_HEADING ||
    (/[.!?;,]["”’)]*$/.test(text) && !(/[.!?]["”’)]*$/u.test(text) && isBoldSentenceHeading(text)))
  )
    return false
  // a bold sentence that leads into a list ("…, which will prioritize:", "… new commitments with ASEAN:") is a clause; a
  // heading that ends on a colon is in Title Case ("Supporting Secure and Resilient Digital Connectivity in Third Countries:"),
  // its function words in lower case or not ("… Taking Action to Respond to Wildfires this Year:")
  if (
    text.endsWith(':') &&
    text.split(/\s+/).some((word) => word.length > 3 && /^\p{Ll}/u.test(word) && !TITLE_CASE_LOWER.has(word.replace(/\W+$/u, '')))
  )
    return false
  return group[0]?.bold === 'opens' && group.at(-1)?.bold === 'closes' && group.slice(1, -1).every((line) => line.bold === 'none')
}

/**
 * A block whose lines are longer than any wrapping leaves one (a page's
 * paragraph on a line) is split where a line ends its paragraph: it ends a
 * sentence (by the sentence rules: not after "U.S." or "Mr." that the next
 * line goes on from), ends with a colon, or is a run-in heading. Where a line
 * stops mid-sentence it goes on in the next, as wrapped text does. A block of
 * any width whose every line ends as a list item does (a sentence, a colon, a
 * semicolon) is a list copied from a page, a line to an item. In plain text (no Markdown links, tags or escapes: a copy of
 * a page, where a line break is the page's own) a run of lines that end on a word is a list printed without end marks.
 */
function splitUnwrapped(group: CleanLine[], plain: boolean, above: string, width: number): CleanLine[][] {
  if (group.length < 2) return [group]
  // whether line k ends a sentence before line k + 1, asked of the sentence rules once at most
  const known: boolean[] = []
  const endsSentenceAt = (k: number) =>
    (known[k] ??= endsSentence((group[k] as CleanLine).text.text, (group[k + 1] as CleanLine).text.text))
  // whether line k had room for the next line's first word within a hard-wrapped text's width: where it had none, its
  // end may be where the text was wrapped, not where an item ends
  const roomAt = (k: number, within: number) =>
    (group[k] as CleanLine).text.text.length + 1 + ((group[k + 1] as CleanLine).text.text.split(' ')[0] as string).length <= within
  // a list copied from a page (its bullets are drawn, not text): a line to an item, each ending as an item ends,
  // where wrapped prose stops mid-sentence on most lines (not prose hard-wrapped where a sentence or a colon happened to
  // fall at the line's end, "… Disease and despair." / "Injustice and corruption. …": at least half its breaks have room)
  const breaks = group.slice(0, -1)
  // (a last sentence that announces the list is a lead-in too, its stop where a colon might be: "…, President Joe Biden
  // announced his intent to appoint the following individuals to serve in key regional roles at the U.S. …." over their
  // names; not "the following year")
  const lastSentence = () => above.slice(sentenceBoundsEnglish(above).at(-1)?.[0] ?? 0)
  const underLeadIn =
    [above, ...group.map((line) => line.text.text)].some((line) => /:["”’)]*$/u.test(line)) ||
    (/\.["”’)]*$/u.test(above) &&
      /\bthe following\s+(?!(?:\w+\s+)?(?:day|week|month|year|morning|afternoon|evening|night|weekend|season|spring|summer|fall|autumn|winter|decade|session)s?\b)[\p{L}\d]/iu.test(
        lastSentence(),
      ))
  if (
    breaks.every((line, k) =>
      endsItem(line.text.text, (group[k + 1] as CleanLine).text.text, () => endsSentenceAt(k), underLeadIn && roomAt(k, width)),
    ) &&
    breaks.filter((_, k) => roomAt(k, width)).length * 2 >= breaks.length
  )
    // each line that ends as an item does a list item (not a lead-in with its colon, nor a heading's line after one)
    return group.map((line) => [/(?:[.!?;]["”’)\]]*|;\s+(?:and|or))$/u.test(line.text.text) ? { ...line, listItem: true } : line])
  // (not in a paragraph hard-wrapped at any width, however wide: there no line has room for the next line's first word
  // within the widest line, where at least half of a list's lines have)
  const widest = Math.max(...group.map((line) => line.text.text.length))
  const room = breaks.filter((_, k) => roomAt(k, widest))
  // (and only in a block of such lines alone, as a browser copies a page's list, or under a lead-in's colon, "Participants
  // in the meetings included:": where a whole text is pasted a paragraph to a line without blank lines, stacked headings,
  // a venue's lines, a signature block or a proclamation's banner stand among its sentences with no colon above them)
  const listAlone = group.every((line) => !SENTENCE_END.test(line.text.text))
  // (a line that ends on a word still ends its paragraph where the lines have room: a heading over its paragraph, "Boost
  // early childhood care and education" / "The President's agenda …"; only a list's lines are items)
  const unwrapped = plain && room.length * 2 >= group.length - 1
  const list = unwrapped && (underLeadIn || listAlone)
  if (!group.some((line) => line.text.text.length > UNWRAPPED)) {
    // a block of short lines is a list without end marks only under its lead-in's colon ("…, including by:"), and only if
    // every line ends as its item ("Investing in democratic institutions, a free press, and a vibrant civil society" /
    // "Improving fiscal transparency …"), on a word or a bracket, the last one too; else it is wrapped (a nomination
    // wrapped where a no-break space held "United States" together, "… of the United" / "States Postal Service …
    // term expired."), or a page's venue lines or menu
    // (in a block broken by hand, an item ends only at a hard break: a line without one was wrapped there, "Gro Harlem
    // Brundtland – Former Prime Minister of Norway, Former World" / "Health Organization Director-General  ")
    const byHand = group.slice(0, -1).some((line) => line.hardBreak)
    const endsAt = (k: number) => !byHand || (group[k] as CleanLine).hardBreak
    // (a name's suffix ends no sentence: "Raymond Duane Kemp, Sr.", "Neha Gill, Apna Ghar, Inc." end their items on a word)
    // (its stop dropped, the suffix kept: "… Justice Now!, Inc." ends on a word too)
    const item = (k: number) => (group[k] as CleanLine).text.text.replace(NAME_SUFFIX, (suffix) => suffix.slice(0, -1))
    // (and three lines or more of a few words each in Title Case under the colon, names or posts, are its items whatever
    // room their lines had, as names of about one length may have none: "Darrell Leroy Dorgan" / "John L. Estrada" / …; in
    // a text not hard-wrapped, where no line is a wrap's)
    const titled =
      width === Infinity &&
      group.length >= 3 &&
      group.every((_, k) => {
        const words = (group[k] as CleanLine).text.text.replace(NAME_SUFFIX, '').split(/\s+/u)
        return words.length <= TITLED_ITEM_WORDS && words.every((word) => isTitleCaseWord(word) || NAME_PARTICLE.test(word))
      })
    const items =
      (unwrapped || titled) &&
      underLeadIn &&
      group.length > 2 &&
      // (the last may end on a full stop, as a list's last item does, "… Federal Co-Chair of the Appalachian Regional
      // Commission.", in a list of four lines or more where every line but the widest had room for the next one's first word:
      // not a nomination wrapped at a width, "… to be a Governor of the United" / "States Postal Service …, vice Carolyn" /
      // "L. Gallagher, term expired.")
      group.every(
        (line, k) =>
          !endsAt(k) ||
          /[\p{L}\d)\]”’"]$/u.test(item(k)) ||
          (k === group.length - 1 &&
            k >= 3 &&
            /\p{L}\.$/u.test(line.text.text) &&
            breaks.every((above, j) => above.text.text.length === widest || roomAt(j, widest))),
      ) &&
      group.slice(0, -1).every((_, k) => !endsAt(k) || endsUnpunctuatedItem(item(k), (group[k + 1] as CleanLine).text.text))
    if (!items) {
      // (but a heading copied without its bold right above its paragraph's only line heads it: "Recommendations" / "The Plan
      // provides eight key recommendations for action:")
      // (two lines of a text not hard-wrapped, the first no longer than half the second: not a sentence wrapped at a width,
      // "**Combat Xenophobia Against Asian American and Pacific" / "Islanders.** While …"; not an item's first line, nor a
      // run-in label with its text, "Millennium Challenge Corporation (MCC) Compacts: The MCC", nor a name and post)
      const [first, second] = group as [CleanLine, CleanLine]
      const headed =
        plain &&
        width === Infinity &&
        group.length === 2 &&
        !first.listItem &&
        first.text.text.length * 2 <= second.text.text.length &&
        isRunInHeading(first.text.text) &&
        !/[:,]/u.test(first.text.text) &&
        // (nor a greeting, a byline or a photo's credit over the text: "Dear Friends", "Good Morning Everyone", "By Jill Biden")
        !GREETING_OR_BYLINE.test(first.text.text) &&
        /^\p{Lu}/u.test(second.text.text) &&
        SENTENCE_END.test(second.text.text)
      return headed ? [[first], [second]] : [group]
    }
    const listed: CleanLine[][] = [[]]
    group.forEach((line, k) => {
      ;(listed.at(-1) as CleanLine[]).push({ ...line, listItem: true })
      if (k < group.length - 1 && endsAt(k)) listed.push([])
    })
    return listed
  }
  const parts: CleanLine[][] = [[]]
  const unmarked: number[] = []
  group.forEach((line, k) => {
    ;(parts.at(-1) as CleanLine[]).push(line)
    const next = group[k + 1]
    if (!next) return
    const ends = unwrapped && endsUnpunctuatedItem(line.text.text, next.text.text)
    if (ends) unmarked.push(k)
    if (ends || endsParagraph(line.text.text, () => endsSentenceAt(k))) parts.push([])
  })
  // (two or more such ends in a row make a list, a line to an item, its last item included; one alone may be a heading
  // over its paragraph, "Procter & Gamble" / "P&G has donated …")
  const items = new Set<CleanLine>()
  if (list)
    unmarked.forEach((k, i) => {
      if (unmarked[i + 1] === k + 1 || unmarked[i - 1] === k - 1) items.add(group[k] as CleanLine).add(group[k + 1] as CleanLine)
    })
  return parts.map((part) => part.map((line) => (items.has(line) ? { ...line, listItem: true } : line)))
}

/**
 * How a list item ends, before the next: a sentence (not "U.S." inside one), a colon, or a semicolon, perhaps with the "and" or "or" before the last item.
 * With `lowerCaseItems` (under a lead-in's colon, where the line had room for the next line's first word) items may open in
 * lower case after a colon or a semicolon: "… above and beyond the call of duty while:" / "engaged in an action against an
 * enemy of the United States;" / "engaged in military operations …; or" / "serving with friendly foreign forces …".
 */
function endsItem(line: string, next: string, endsItsSentence: () => boolean, lowerCaseItems = false): boolean {
  const itemEnd = /(?:[;:]["”’)\]]*|;\s+(?:and|or))$/u.test(line)
  // …and the next line opens as an item does: a wrapped sentence goes on in lower case ("…energy;" / "they will…")
  // (or with an amount: "$1 billion for natural gas pipeline modernization …;")
  if (!/^[\p{Lu}\d\p{Sc}“"‘'(]/u.test(next)) return lowerCaseItems && itemEnd && /^\p{Ll}/u.test(next)
  return itemEnd || endsItsSentence()
}

/**
 * In a page's copy, where each line is a paragraph or an item, a line that ends no sentence yet ends its item: a list of
 * names printed without end marks ("Nikolai Tokarev (his wife Galina, …)" / "Boris Rotenberg (…)"). It ends on a word,
 * a closing bracket or a comma, not inside a phrase (a function word, a possessive, a hyphen or a dash), and the next line
 * opens as an item does, in capitals. A sentence a page breaks over lines goes on in lower case or after a function word.
 */
function endsUnpunctuatedItem(line: string, next: string): boolean {
  if (!/^[\p{Lu}\d“"‘(]/u.test(next) || /^(?:I|I’m|I'm)\b/u.test(next)) return false
  // (an item is one phrase: a line that holds a sentence before it stops is prose broken over lines, "The status quo was
  // not an option. Staying would have meant" / "U.S. troops taking casualties; …")
  if (line.length > UNPUNCTUATED_ITEM || sentenceBoundsEnglish(line).length > 1) return false
  return /[\p{L}\d)\]”’"],?$/u.test(line) && !endsInsidePhrase(line.replace(/,$/u, ''))
}

/** A speaker's label in capitals printed with a full stop for its colon, before the turn's words: "MR. KIRBY.  Thank you". */
const MISPRINTED_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*\s+){1,4}\p{Lu}[\p{Lu}'’-]+)\.\s/u

/** A greeting, a byline or a credit on a line of its own, no heading: "Dear Friends", "Good Morning Everyone", "By Jill Biden". */
const GREETING_OR_BYLINE =
  /^(?:Dear\s|(?:Hello|Hi|Greetings)\b|Good\s+(?:[Mm]orning|[Aa]fternoon|[Ee]vening)\b|By\s+(?!the\b|The\b)\p{Lu}\p{Ll}*\s+\p{Lu}|Photo\s+(?:by|[Cc]redit)\b|Credit:|Courtesy\s+of\b)/u

/**
 * A name's suffix at the end of a line, a person's or a company's: "Raymond Duane Kemp, Sr.", "John Smith Jr.", "Neha Gill,
 * Apna Ghar, Inc.", "… Fishing Co., Ltd.".
 */
const NAME_SUFFIX = /(?<=[\p{L}!).]),?\s+(?:Jr|Sr|Inc|Ltd|Corp|Co|LLC|LLP|PLC|L\.L\.C|P\.C)\.$/u
/**
 * The most words of a list's item in Title Case read as an item whatever room its line had: a legislator by state, office
 * and name, "Colorado House Majority Caucus Co-Chair Meg Froelich".
 */
const TITLED_ITEM_WORDS = 8
/** A particle of a name, in lower case inside it: "Ludwig van Beethoven", "María de la Concepción". */
const NAME_PARTICLE = /^(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von|bin|binti|al|el|y)$/u

/** An item of a list printed without end marks is at most this long. */
const UNPUNCTUATED_ITEM = 300

const endsSentence = (line: string, next: string) =>
  /[.!?]["”’)\]]*$/u.test(line) && sentenceBoundsEnglish(`${line} ${next}`).some(([, end]) => end === line.length)

function endsParagraph(line: string, endsItsSentence: () => boolean): boolean {
  return isRunInHeading(line) || /:["”’)]*$/u.test(line) || endsItsSentence()
}

function isDateLine(line: CleanLine): boolean {
  return line.text.text.length <= 90 && readDateLineEn(line.text.text) !== null
}

/** A date line, in parentheses or not: "(December 25, 2021)", "May 1, 2022". */
const isBracketedDateLine = (line: string) => readDateLineEn(line.replace(/^\((.*)\)$/u, '$1')) !== null

/** Length from which a line ending in a lower-case word is a wrapped line of prose, not a title in sentence case. */
const WRAPPED_PROSE = 60

/**
 * A line whose sentence goes on into a date on the next line, which is then no date line of its own: it ends on a comma
 * (not a sign-off in capitals, "THE WHITE HOUSE,"), on a function word ("… from August 31 to" / "September 5, 2021."), or,
 * wrapped prose, on any word in lower case where the sentence ends after the date ("… for the unexpired term ending" /
 * "January 31, 2026."; not a title in sentence case over its date line, "The President and Vice President release their
 * 2020 tax returns" / "May 17, 2021").
 */
function runsIntoDate(line: CleanLine, date: CleanLine): boolean {
  const text = line.text.text.trimEnd()
  if (/,$/u.test(text)) return /\p{Ll}/u.test(text)
  // (a domain's last part is no word: a title "… Through HealthCare.gov" over its date line; nor is an ordinal's ending, "…
  // by July 4th")
  const lastWord = /(?:^|[^\p{L}\p{N}.])(\p{Ll}+)$/u.exec(text)?.[1]
  return (
    lastWord !== undefined && (ENGLISH_STOPWORDS.has(lastWord) || (text.length >= WRAPPED_PROSE && !/\d$/u.test(date.text.text.trim())))
  )
}

/** Lines joined with a space, except inside a word hyphenated at a line's end ("Indo-" / "Pacific"; not "low-" / "and middle-income"). */
function joinLines(parts: readonly MappedText[]): MappedText {
  const out = new MappedTextBuilder()
  parts.forEach((part, i) => {
    if (i > 0) {
      const before = (parts[i - 1] as MappedText).text
      if (!joinsHyphenated(before, part.text)) {
        const at = part.start[0] ?? 0
        out.push(' ', at, at)
      }
    }
    out.pushSlice(part)
  })
  return out.build()
}

/** The length of a full line: the 90th percentile, so that a few long lines do not set it. */
function fullWidth(widths: readonly number[]): number {
  if (widths.length === 0) return 0
  const sorted = [...widths].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) * 0.9)] as number
}

/**
 * Hard-wrapped: most lines are close to the full width and at most 120
 * characters, and most of those stop mid-sentence.
 */
function isHardWrapped(lines: readonly CleanLine[], full: number): boolean {
  if (lines.length < 4 || full > 120 || full < 30) return false
  const long = lines.filter((line) => line.text.text.length >= full * SHORT_RATIO)
  if (long.length < lines.length * 0.5) return false
  return long.filter((line) => !SENTENCE_END.test(line.text.text)).length >= long.length * 0.5
}
