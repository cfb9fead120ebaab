/**
 * Reading the header of an English statement: the title (one or more lines
 * that end no sentence), a subtitle ("— Speech at …"), a date line
 * ("Bishkek, 13 June 2019", "(June 13, 2019, Bishkek)") and a speaker line
 * naming a known person ("President of the People's Republic of China Xi
 * Jinping"). The body starts at the first paragraph that is a sentence, at a
 * salutation, or at a section number.
 */
import { SUBTITLE_MAX } from '@/lib/vocab/statement-kinds'
import { partiesNamedIn } from '@/lib/parties/find-parties-en'
import { findPartyByEnglishPerson, PARTIES } from '@/lib/parties/gazetteer'
import { asDateLine, isBracketedDateLineEn, readDateLineEn, readPlaceLineEn, WASHINGTON_DC } from './sign-off'
import { sentenceBoundsEnglish } from './sentences-en'
import { ENGLISH_STOPWORDS } from '@/lib/text/english-stopwords'
import { capitalsAsWords } from '@/lib/text/chars'
import { monthNumber } from './months'
import type { Header } from './read-header'
import type { RepairedParagraph } from './types'

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
/** "13 June 2019" or "June 13, 2019" */
export const DATE_EN = `(?:(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4}))`
/** "Bishkek, 13 June 2019", "(13 June 2019, Bishkek)", "June 13, 2019" */
const DATE_LINE = new RegExp(
  `^\\(?\\s*(?:([A-Z][\\p{L} .'’-]{1,40}?),\\s*)?${DATE_EN}(?:\\s*,\\s*([A-Z][\\p{L} .'’-]{1,40}))?\\s*\\)?$`,
  'u',
)
const SALUTATION = /^(Your (Excellenc|Majest|Highness)|Excellenc|Dear |Ladies and [Gg]entlemen|Distinguished|Friends|Colleagues)/
export const SECTION_LINE_EN = /^(?:(?:Part|Chapter|Section)\s+)?(?:[IVXL]{1,6}|\d{1,2})[.)]?(?:\s+[A-Z].{0,80})?$/
const PEOPLE = PARTIES.flatMap((party) => party.peopleEn).sort((a, b) => b.length - a.length)

/** A date from its printed parts ("13", "June", "2019"), or null. */
export function englishDate(
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
): { year: number; month: number; day: number } | null {
  const m = month ? monthNumber(month) : undefined
  const d = Number(day)
  const y = Number(year)
  if (!m || !d || d > 31 || !y) return null
  return { year: y, month: m, day: d }
}

function dateLine(line: string): { date: { year: number; month: number; day: number }; place: string | null } | null {
  const text = asDateLine(line)
  const match = DATE_LINE.exec(text)
  if (!match) {
    const line = readDateLineEn(text)
    if (!line) return null
    const [year, month, day] = line.date.split('-').map(Number) as [number, number, number]
    return { date: { year, month, day }, place: line.place }
  }
  // groups: 1 place before, 2 day, 3 month, 4 year | 5 month, 6 day, 7 year, 8 place after
  const date = match[2] ? englishDate(match[2], match[3], match[4]) : englishDate(match[6], match[5], match[7])
  if (!date) return null
  const place = (match[1] ?? match[8] ?? '').trim()
  // (a title with its date is no date line: "Press Gaggle by Press Secretary Jen Psaki, April 19, 2022", "Statement on the
  // Passing of Bob Dole, December 5, 2021"; a place's name is short, and its words in lower case are particles, "Port of
  // Spain", "Dar es Salaam", "Port-au-Prince", "Trinidad and Tobago")
  const words = place.split(/\s+/u)
  if (words.length > PLACE_WORDS || words.some((word) => NO_PLACE_WORD.has(word))) return null
  return { date, place: place && !WEEKDAY.test(place) ? place : null }
}

/** The most words a date line's place has: "Bandar Seri Begawan", "Newcastle upon Tyne", "Saint Vincent and the Grenadines". */
const PLACE_WORDS = 5
/** Words in lower case that a title has and a place's name does not: "… by Press Secretary …", "… for …". */
const NO_PLACE_WORD: ReadonlySet<string> = new Set('by for with from to at as is are was will'.split(' '))

/** A line naming a known person, with the office before or after the name. */
function speakerLine(text: string): { speaker: string; role: string | null } | null {
  if (text.length > 160 || /[.;!?]$/.test(text)) return null
  // (a heading that names a document by its author is none: "Statement by President Joe Biden" over his words, then "Letter
  // from Neera Tanden to President Biden …" over hers)
  // (not "Message of President Xi Jinping", a speech's line)
  if (/^(?:Statement|Letter|Readout|Memorandum|Fact Sheet)\s+(?:by|from)\s/iu.test(text)) return null
  // (a whole name: "Conte" is not in "Main Content"; the longest name first, as PEOPLE is ordered)
  const person = PEOPLE.find((name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (!/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(at + name.length))) return true
    return false
  })
  if (!person) return null
  const role = text
    .replace(person, '')
    .replace(/^(by\s+)?(H\.?\s?E\.?\s+)?/i, '')
    .replace(/^[\s,]+|[\s,]+$/g, '')
  return { speaker: person, role: role || null }
}

/** The most words a speaker's role has beside the name ("President of the People’s Republic of China"). */
const SPEAKER_ROLE_WORDS = 10

const endsSentence = (text: string) => /[.;!?:]["”’)]*$/.test(text)

/** Lines a copied web page carries around a statement: not part of it. */
const FURNITURE =
  /^(Briefing Room|Statements and Releases|Speeches and Remarks|Presidential Actions|Press Briefings|Share|Print|Home|Menu|Search|Skip to content|Read more|The White House|For Immediate Release|Office of the Press Secretary|Media Note|Immediate Release|Press release|Main Content|Main Container|(?:[\p{L} ]{0,30}\s)?Check against delivery|(?:[\p{L} ]{0,30}\s)?As prepared for delivery|(?:[\p{L} ]{0,30}\s)?As delivered|\[?Provisional translation\]?|Back to top)$/iu

/**
 * What a web page prints around a text, whatever the site: a trail of links ("Home > News > Diplomatic Relations >
 * …", "Home / 2015Xi Visit US", "Summits | Meetings | Publications | Home"), a time stamp of posting ("2001-07-24 17:13",
 * "( Updated: 2015-09-24 02:36", "Bruxelles, 10/04/2019 - 04:48, UNIQUE ID: 190410_1"), a row of language links.
 */
export function isPageChromeEn(text: string): boolean {
  if (text.length > 200) return false
  if ((text.match(/\s[>›»|/]\s/gu) ?? []).length >= 2 || /^Home\s*[>›»|/]/iu.test(text)) return true
  if (/\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*(?:[-–]\s*)?\d{1,2}:\d{2}\b/u.test(text) && text.length <= 80) return true
  // a row of a page's languages: words in three scripts or more, with no sentence
  if (text.length > 80) return false
  return LANGUAGE_SCRIPTS.filter((script) => script.test(text)).length >= 3
}

/** The scripts a row of a page's language links is written in. */
const LANGUAGE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Arabic}/u, /\p{Script=Cyrillic}/u, /\p{Script=Han}/u]

/** An editor's line that says the full text follows: "Following is the full text of the speech.", "The full text of the statement follows:". */
const FULL_TEXT_FOLLOWS_EN =
  /^(?:(?:Following|Below|Here) is|The following is)\b[^.!?]{0,40}\bfull text\b[^.!?]{0,60}[.:]$|^(?:The )?full text of the [^.!?]{2,60}(?:follows|is as follows|reads)\s*[.:]$/i

/** A title's line that ends with its date and perhaps the place after it: "…, 30 April 2018, Panmunjom". */
const TITLE_DATE = new RegExp(`^(.+?),\\s*${DATE_EN}(?:,\\s*(\\p{Lu}[\\p{L}.'’-]{1,30}(?: \\p{Lu}[\\p{L}.'’-]{1,30})?))?$`, 'u')

/** A site's name for its section or office, above a page's title, is at most this many words. */
const SITE_NAME_WORDS = 8
/** Whether a line of a few words names a party, as a title's first line does ("Australia-Japan" / "Joint Statement on …"). */
const namesParty = (text: string) => text.split(/\s+/).length <= 3 && partiesNamedIn(text).length > 0

const MONTH_OF_ISSUE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/u

/** A day of the week before a date ("Saturday, January 25, 2014"): no place. */
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i
/** Words that name a document in its title. */
const DOCUMENT_WORD =
  /(?<!\p{L})(Statement|Declaration|Communiqu[eé]|Fact Sheet|Readout|Remarks|Address|Speech|Vision|Charter|Principles|Roadmap|Partnership|Framework|Agreement|Memorandum|Action Plan|Initiative|Compact|Message)(?!\p{L})/iu

/** Whether two lines say the same words, whatever their case and marks: a title printed again under itself. */
const sameWords = (a: string, b: string) => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  return words(a) === words(b)
}

/** The fewest words of a title in sentence case over its date line, as a letter's or a report's runs ("Letter to the Speaker …"). */
const SENTENCE_CASE_TITLE_WORDS = 8

/**
 * A title that ends on a full stop, as a page copied from a browser may print it over its date line: in Title Case, of four
 * words or more, the stop after a word ("… Integrity of Ukraine.", "… Passed – Now What?", "… COVID-19 Summit:"), a year
 * ("A Proclamation on National Breast Cancer Awareness Month, 2022.") or initials ("… En Route Washington, D.C.").
 */
export function isStoppedTitle(text: string): boolean {
  return /(?:[^.]\p{Ll}[.?:]|,\s(?:19|20)\d{2}\.|\b(?:\p{Lu}\.){2,})$/u.test(text) && text.split(/\s+/u).length >= 4 && isTitleCase(text)
}

/** Title Case: most words of four letters or more start with a capital. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]{4,}/u.test(word.replace(/^["“‘(]/, '')))
  if (words.length === 0) return false
  const capital = words.filter((word) => /^["“‘(]?\p{Lu}/u.test(word)).length
  return capital >= words.length * 0.7
}

/**
 * A city printed after its venue on one line, as a copy joins a venue's two lines: "Belweder Palace Warsaw" → "Warsaw",
 * "Abu Dhabi International Airport Abu Dhabi" → "Abu Dhabi", "The Pentagon Arlington" → "Arlington"; not a city whose name
 * opens with a venue's noun, "College Park", "University Park", nor "Joint Base Andrews".
 */
function afterVenue(place: string): string {
  const city = VENUE_THEN_CITY.exec(place)?.[1]
  if (!city) return place
  // (a city of two words where its first is one that opens cities' names, "New York", "Abu Dhabi", or printed in the venue's
  // name too; not the venue's last word before its city, "Atlanta University Center Consortium Atlanta")
  const [head, ...rest] = city.split(/\s+/u)
  return rest.length === 0 || CITY_OPENING.has(head as string) || place.indexOf(city) < place.length - city.length ? city : place
}
/** Words that open a city's name of two words: "New York", "San Juan", "Abu Dhabi", "Phnom Penh". */
const CITY_OPENING: ReadonlySet<string> = new Set(
  'New San Santa Santo Los Las Saint St. Fort Port Abu Tel Hong Kuala Buenos Rio São Sao Salt Baton Palm Cape Phnom Addis Dar Ho Bandar Kuwait Mexico Panama Guatemala Kansas Oklahoma Long Grand El La Le Al'.split(
    ' ',
  ),
)
const VENUE_THEN_CITY =
  /^(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:of|the|and|for|at)\s+)*){1,6}(?:Airport|Palace|Pentagon|Building|Hall|Auditorium|Cent(?:er|re)|Residence|Library|Theat(?:er|re)|Museum|Capitol|Ballroom|Stadium|Arena|Hotel|Cathedral|Pavilion|Hangar|Plaza|University|College|Cemetery)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})$/u

/**
 * The city of a transcript's venue line: the part before its last comma,
 * after any venue ("Seoul, Republic of Korea" → Seoul, "Tonino Lamborghini
 * International Convention Center, Sharm el-Sheikh, Egypt" → Sharm el-Sheikh,
 * "Los Angeles, California" → Los Angeles); null for a venue alone ("Oval
 * Office", "Via Teleconference").
 */
export function cityOfVenue(line: string): string | null {
  // a gaggle's "En Route Tel Aviv, Israel" is on the way there
  const parts = line
    .replace(/^En Route(?: to)?\s+/i, '')
    // (the District printed without its comma: "Washington D.C.")
    .replace(WASHINGTON_DC, 'Washington, D.C.')
    .split(',')
    .map((part) => part.trim())
  // a room of the White House is no city ("East Room, The White House")
  if (/^(?:the\s+)?White House$/i.test(parts.at(-1) ?? '')) return null
  if (parts.length < 2) return null
  const city = afterVenue(parts[parts.length - 2] as string)
  const region = parts[parts.length - 1] as string
  const name = /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}$/u
  return name.test(city) && name.test(region.replace(/\s+of\s+/g, ' ')) ? city : null
}

/** A deck in italics, not bold, under a title the file gives is its subtitle from this many words. */
const SHORT_DECK_WORDS = 5

/** A line in emphasis under a title is its subtitle from this many words: a section's heading is shorter. */
const SUBTITLE_WORDS = 8

export interface ReadHeaderOptions {
  /** a title the file already gives (front matter): the text's first lines are then not taken for one */
  knownTitle?: string | null
  /** whether a name is a country's (for place lines such as "Jeddah, Saudi Arabia") */
  isCountry?: (name: string) => boolean
}

/** Splits the paragraphs of an English statement into its header fields and the index where the body starts. */
export function readHeaderEn(paragraphs: readonly RepairedParagraph[], options: ReadHeaderOptions = {}): Header {
  const header: Header = {
    title: '',
    subtitle: null,
    printedDate: null,
    printedPlace: null,
    speaker: null,
    speakerRole: null,
    bodyStart: 0,
  }
  const titleParts: string[] = []
  // (the paragraph the subtitle was read from)
  let subtitleIndex = -1
  let i = 0
  // a page's headline, caption and news lead above "Following is the full text of the speech.": the text begins under it
  // (and the headline is its title if it prints none of its own)
  const fullText = options.knownTitle
    ? -1
    : paragraphs.slice(0, 12).findIndex((p, k) => k > 0 && k + 1 < paragraphs.length && FULL_TEXT_FOLLOWS_EN.test(p.text.text.trim()))
  const headline =
    fullText > 0
      ? paragraphs
          .slice(0, fullText)
          .map((p) => p.text.text.trim())
          .find((text) => text && !endsSentence(text) && !FURNITURE.test(text) && !isPageChromeEn(text) && !dateLine(text))
      : undefined
  if (fullText > 0) {
    // (a date line above it is still the text's: "Joint Statement of the Ministers …" / "Beijing, 5 May 2023" / "The
    // following is the full text of the statement:")
    const above = paragraphs
      .slice(0, fullText)
      .map((p) => dateLine(p.text.text.trim()))
      .find((found) => found !== null)
    if (above) {
      header.printedDate = above.date
      header.printedPlace = above.place
    }
    i = fullText + 1
  }
  for (; i < paragraphs.length && i < 12 + Math.max(fullText + 1, 0); i++) {
    const paragraph = paragraphs[i] as RepairedParagraph
    const text = paragraph.text.text.trim()
    if (!text) continue
    // (and a month of issue alone, "April 2022", which dates nothing to the day)
    if (FURNITURE.test(text) || isPageChromeEn(text) || MONTH_OF_ISSUE.test(text)) continue
    // a date line before a section number: "1 February 2021" is no section 1
    const date = dateLine(text)
    if (!date && (SALUTATION.test(text) || (titleParts.length > 0 && SECTION_LINE_EN.test(text)))) break
    // (a memorandum's address block is the body's, to be read as such: "MEMORANDUM FOR THE SECRETARY OF STATE" under a
    // pasted page's title and date)
    if (titleParts.length > 0 && /^MEMORANDUM FOR\b/u.test(text)) break
    if (date && !header.printedDate) {
      header.printedDate = date.date
      header.printedPlace = header.printedPlace ?? date.place
      continue
    }
    // (and the text's own date line under the page's, as a pasted page has it: "November 16, 2022" / "Bali, Indonesia, 15-16
    // November 2022": its place is the text's, its line no heading)
    if (date?.place && !header.printedPlace) {
      header.printedPlace = date.place
      continue
    }
    // (or, in brackets under a transcript's venue, the day it was said, where the page's date line above is the day it was
    // posted: "December 26, 2021" / "South Court Auditorium" / "(December 25, 2021)")
    if (date && isBracketedDateLineEn(text) && paragraphs[i - 1]?.placeLine) {
      header.printedDate = date.date
      continue
    }
    // (or the same day again, with the place on the line under it: "September 29, 2021" / "September 29, 2021" /
    // "Pittsburgh, Pennsylvania")
    const printed = header.printedDate
    if (date && printed && date.date.year === printed.year && date.date.month === printed.month && date.date.day === printed.day) continue
    // a transcript's place above its time stamp: "Oval Office", "Los Angeles Convention Center" / "Los Angeles, California"
    // (the place is its city, as a date line's is: "Seoul, Republic of Korea" under "The People’s House" is Seoul; a room of
    // the White House alone, "Oval Office", names none)
    if (paragraph.placeLine) {
      // the last venue line names the city ("Grand Hall, Green River College" / "Auburn, Washington")
      if (!paragraphs[i + 1]?.placeLine) header.printedPlace = header.printedPlace ?? cityOfVenue(text)
      continue
    }
    // a room of the White House on a line of its own, where prepared remarks print no time stamp: their venue, naming no
    // city ("Roosevelt Room, The White House")
    if (/^(?:\p{Lu}[\p{L}’'. -]{1,50},\s*)?The White House$/iu.test(text)) continue
    // a place line: "Jeddah, Saudi Arabia"; or right under a date line, any "City, Region" ("Pittsburgh, Pennsylvania")
    // (not a short sentence with a comma, "When I think of Nancy Pelosi, I think of dignity.", "Q Hi, Karine.")
    const underDate =
      header.printedDate && /^[A-Z][\p{L}.'’ -]{1,40},\s*[A-Z][\p{L}.'’ -]{1,30}$/u.test(text) && !/\p{Ll}{2}\.$/u.test(text)
        ? afterVenue((text.split(',')[0] as string).trim())
        : null
    const place = header.printedPlace ? null : (underDate ?? (options.isCountry ? readPlaceLineEn(text, options.isCountry) : null))
    if (place) {
      header.printedPlace = place
      continue
    }
    // (not a deck under a pasted title and date that names a person in a headline's words: "President Biden to Meet with
    // Bipartisan Governors to Discuss Innovative Ways …", whose "role" would be most of a sentence)
    // (the title printed again under the date line, as a copied page prints its headline twice, is no speaker's line:
    // "President Joseph R. Biden, Jr. Amends New Mexico Disaster Declaration")
    if (titleParts.length > 0 && header.printedDate && sameWords(text, titleParts.join(' ')) && speakerLine(text)) continue
    const named = titleParts.length > 0 && !header.speaker ? speakerLine(text) : null
    const speaker = named && (named.role ?? '').split(/\s+/u).length <= SPEAKER_ROLE_WORDS ? named : null
    if (speaker) {
      header.speaker = speaker.speaker
      header.speakerRole = speaker.role
      continue
    }
    // (and what says who issued it: "Issued by the Heads of State and Government participating in the meeting of …")
    if ((/^(--|—|–)/.test(text) || /^(?:Issued|Adopted|Released) by\b/.test(text)) && titleParts.length > 0 && !header.subtitle) {
      header.subtitle = text.replace(/^(--|—|–)\s*/, '')
      continue
    }
    // (and a byline, the names or offices of who wrote it: "By Betsy Lawrence", "By Domestic Policy Advisor Susan E. Rice")
    if (isByline(text) && (titleParts.length > 0 || options.knownTitle) && !header.subtitle) {
      header.subtitle = text.replace(/,$/u, '')
      continue
    }
    // a line in emphasis under the title, longer than a heading and ending no sentence: its subtitle ("*Departments of Energy
    // and Transportation Announce New Actions to Upgrade America’s Power Infrastructure — Creating Jobs, …*")
    // (a page may print two, one under the other: "*International Community Put Forward …*" / "*The United States Will
    // Continue to Push for Action Beyond Glasgow …*"; they are one subtitle, its parts set apart by a dash)
    // (in the same emphasis: a bold section heading under an italic deck is the body's)
    const subtitleAbove = subtitleIndex === i - 1 && (paragraphs[i - 1]?.heading === true) === (paragraph.heading === true)
    // (or, under a title the file gives, a deck printed plain, in Title Case, not marked as a heading: "The President Orders
    // PREP Act Declaration Amendment …" / "HHS Launches New Portal for Vaccinators …")
    // (not a banner in capitals, "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA", "MEMORANDUM FOR …")
    // (nor a sentence, a turn or a venue: every longer word in lower case is a function word, "with their State")
    // (or under a title and date line the text itself prints, as a page pasted from a browser has them: "FACT SHEET: …" /
    // "September 20, 2021" / "New Initiatives at OSHA and Across Agencies Will Enhance Workplace Safety, …")
    const plainDeck =
      (Boolean(options.knownTitle) || (titleParts.length > 0 && header.printedDate !== null)) &&
      !paragraph.heading &&
      !paragraph.listItem &&
      /\p{Ll}/u.test(text) &&
      isTitleCase(text) &&
      text.split(/\s+/u).every((word) => !/^\p{Ll}{4,}/u.test(word) || ENGLISH_STOPWORDS.has(word.replace(/[^\p{L}]+$/u, ''))) &&
      !/[:–—-]\s/u.test(text) &&
      !/^Memorandum for\b/iu.test(text) &&
      sentenceBoundsEnglish(text).length === 1 &&
      !sameWords(text, options.knownTitle ?? titleParts.join(' ')) &&
      // (nor a letter's addressee, "His Excellency Mr. António Guterres Secretary-General …")
      !/^(?:(?:His|Her|Their)\s+(?:Excellency|Majesty|Highness)|The\s+Honou?rable)\b/u.test(text) &&
      cityOfVenue(text) === null &&
      !(options.isCountry?.(/,\s*([^,]+)$/u.exec(text)?.[1] ?? '') ?? false)
    // (or, in sentence case, a long line with no stop right under a pasted title and date line, over the text's prose: the
    // deck a browser copies without its italics, "Biden-Harris Administration will make federal procurement more economical
    // and efficient by improving coordination …")
    const copiedDeck =
      !options.knownTitle &&
      titleParts.length > 0 &&
      header.printedDate !== null &&
      !header.subtitle &&
      dateLine((paragraphs[i - 1]?.text.text ?? '').trim()) !== null &&
      !paragraph.heading &&
      !paragraph.listItem &&
      !/[.!?:;,]["”’)]*$/u.test(text) &&
      text.split(/\s+/u).length >= SUBTITLE_WORDS &&
      // (in sentence case: a letter's addressee, "His Excellency Mr. António Guterres Secretary-General United Nations …", is none)
      (text.match(/(?:^|\s)\p{Ll}{4,}/gu)?.length ?? 0) >= 3 &&
      // (nor a news lead that lost its stop, "President Joseph R. Biden, Jr. today announced …", "Yesterday, President … declared …", nor sentences whose stops a
      // footnote's number hides, "… (50 U.S.C. § 1549).1 It provides notice …")
      !/\b(?:today|yesterday|tonight|this (?:week|morning|afternoon|evening))\b/iu.test(text) &&
      !/[\p{Ll})][.!?]["”’)]*\d{0,2}\s+\p{Lu}\p{Ll}/u.test(text) &&
      sentenceBoundsEnglish(text).length === 1 &&
      endsSentence(paragraphs[i + 1]?.text.text.trim() ?? '') &&
      cityOfVenue(text) === null
    if (
      (paragraph.emphasized || plainDeck || copiedDeck) &&
      (!header.subtitle || subtitleAbove) &&
      (titleParts.length > 0 || options.knownTitle) &&
      // (one in Title Case may end on an abbreviation's stop: "*… More Readily Available to Every Person in the U.S.*")
      (!endsSentence(text) || (paragraph.emphasized === true && isTitleCase(text) && /\b(?:\p{Lu}\.){2,}$/u.test(text))) &&
      // (a deck in italics under a title the file gives may be shorter: "*Highlights the Most Equitable Economic Recovery
      // Ever*" over "*Details Efforts to Ensure Equity in 32 …*"; a section's heading is bold)
      text.split(/\s+/).length >= (options.knownTitle && paragraph.emphasized && !paragraph.heading ? SHORT_DECK_WORDS : SUBTITLE_WORDS) &&
      text.length <= SUBTITLE_MAX - (header.subtitle ? header.subtitle.length + 3 : 0)
    ) {
      header.subtitle = header.subtitle ? `${header.subtitle} — ${text}` : text
      subtitleIndex = i
      continue
    }
    // (the title the file gives, printed again at the text's top over lines that hard breaks cut it into: "**FACT SHEET:  " /
    // "President Biden and Vice President Harris Delivered Results for Working Families in First Year**")
    if (options.knownTitle) {
      let again = text
      let more = 0
      while (!sameWords(again, options.knownTitle) && more < 2 && paragraphs[i + more + 1]) {
        more++
        again = `${again} ${(paragraphs[i + more] as RepairedParagraph).text.text.trim()}`
      }
      // (a title printed again on one line of its own stays the heading it is marked as: "NOMINATIONS SENT TO THE SENATE:")
      if (more > 0 && sameWords(again, options.knownTitle) && !paragraph.listItem) {
        i += more
        continue
      }
      break
    }
    // a title is a line or a few that end no sentence, before the body: named as a document, in Title Case, or marked as a heading
    const titleLength = titleParts.reduce((n, part) => n + part.length + 1, 0)
    // (a title may end with a colon before its second line: "Carbis Bay G7 Summit Communiqué:" / "Our Shared Agenda …")
    const nextText = paragraphs[i + 1]?.text.text.trim() ?? ''
    const colonTitle =
      /:$/.test(text) &&
      text.length <= 120 &&
      isTitleCase(text) &&
      DOCUMENT_WORD.test(text) &&
      nextText.length <= 160 &&
      !endsSentence(nextText) &&
      paragraphs[i + 1]?.listItem !== true &&
      isTitleCase(nextText)
    // (or a page's title that ends on a stop, in Title Case right over its date line, as a page copied from a browser prints
    // them: "Message to the Congress on Prohibiting Certain Imports … Integrity of Ukraine." / "March 8, 2022")
    const stoppedOverDate = titleParts.length === 0 && !header.printedDate && isStoppedTitle(text) && dateLine(nextText) !== null
    // (in sentence case too, right over its date line at the text's top: "Letter to the Speaker … on the President’s intent to
    // terminate the designation of Burkina Faso …" / "November 2, 2022")
    // (a title's length, not a site's "Latest news" over the day it posts)
    const overDate =
      titleParts.length === 0 &&
      !header.printedDate &&
      dateLine(nextText) !== null &&
      text.split(/\s+/u).length >= SENTENCE_CASE_TITLE_WORDS
    const titleLike =
      (!endsSentence(text) || colonTitle || stoppedOverDate) &&
      !paragraph.listItem &&
      (paragraph.heading || DOCUMENT_WORD.test(text) || isTitleCase(text) || titleParts.length > 0 || overDate)
    // (a page may print its date above the title: "14 Nov 2018" / "Chairman's Statement of the 21st ASEAN-China Summit …")
    if (
      titleLike &&
      titleLength + text.length <= 320 &&
      titleParts.length < 4 &&
      (!header.printedDate || titleParts.length === 0) &&
      !header.speaker
    ) {
      // a line that names the document after short lines that name none is the title; those were a site's names for
      // its section or office ("Diplomatic Relations", "Delegation of the European Union to China")
      if (
        titleParts.length > 0 &&
        DOCUMENT_WORD.test(text) &&
        titleParts.every((part) => !DOCUMENT_WORD.test(part) && part.split(/\s+/).length <= SITE_NAME_WORDS && !namesParty(part)) &&
        !/(?:\b(?:of|and|the|for|on|to|in|with|between)|[:,–—-])$/iu.test(titleParts.at(-1) as string)
      )
        titleParts.splice(0)
      titleParts.push(text)
      continue
    }
    break
  }
  header.title = (titleParts.length ? titleParts.join(' ') : (headline ?? '')).replace(/\s+/g, ' ')
  // the date printed at the end of the title's line, and the place after it, are the text's date and place: "… ASEAN-China Strategic Partnership
  // Singapore, 14 November 2018", "… on the 2018 Inter-Korean Summit, 30 April 2018, Panmunjom"
  const dated = TITLE_DATE.exec(header.title)
  if (dated && (dated[1] as string).length >= 12) {
    // groups: 1 title, 2 day, 3 month, 4 year | 5 month, 6 day, 7 year, 8 place after
    const date = dated[2] ? englishDate(dated[2], dated[3], dated[4]) : englishDate(dated[6], dated[5], dated[7])
    // (the title keeps them, as it is printed: "G7 Statement on Ukraine, 11 October 2022")
    if (date) {
      header.printedDate = header.printedDate ?? date
      header.printedPlace = header.printedPlace ?? dated[8] ?? null
    }
  }
  header.bodyStart = i
  // the one speaker a speech's title names: "Speech by H.E. Xi Jinping", "Address by Prime Minister KISHIDA Fumio at …",
  // "Closing Remarks by National Security Advisor Jake Sullivan at …"
  // (the title the file gives too: an archive's front matter, where the text prints none)
  // (a title in capitals read as its words capitalised: "REMARKS BY VICE PRESIDENT HARRIS AFTER RECEIVING …")
  const printedTitle = header.title || options.knownTitle || ''
  const title = /\p{Ll}/u.test(printedTitle) ? printedTitle : capitalsAsWords(printedTitle)
  // (and to what was done: "Remarks by President Biden After Meeting with …", "… Honoring the 2020 World Series Champions, the
  // Los Angeles Dodgers": the "with" and the comma after them name no second speaker)
  // (or named last, after what was said: "Remarks on a Modern American Industrial Strategy By NEC Director Brian Deese")
  // (one the gazetteer does not know, by office and name: a leader it knows is the topic's, "Remarks on the Invasion of
  // Ukraine by President Vladimir Putin")
  const last = TITLE_SPEAKER_LAST.exec(title)
  const by = TITLE_SPEAKER.exec(title) ?? (last && speakerLine(last[1] as string) === null ? last : null)
  // (one speaker only: not "Remarks by President Biden and …", nor "… with Prime Minister Kishida …", but "Remarks by Vice
  // President Harris to U.S. and Polish Troops": the speaker's words, and the word after them)
  const after = by ? title.slice(by[0].length) : ''
  if (
    !header.speaker &&
    by &&
    // (a word that ends in "land" names no second speaker: "Homeland Security Advisor …", "… of Iceland")
    !/\s(?:[Aa]nd|[Ww]ith|[Aa]longside)\s|\p{Ll}(?:And|With|Alongside)\s|,|&/u.test(by[1] as string) &&
    !/^\s*(?:[,&]|(?:and|with|alongside)\s)/i.test(after)
  ) {
    // (one the gazetteer does not know, by office and name: "Remarks by Homeland Security Advisor Liz Sherwood-Randall at …")
    const named = speakerLine(by[1] as string) ?? officeAndName(by[1] as string)
    if (named) {
      header.speaker = named.speaker
      header.speakerRole = named.role
    }
  }
  return header
}

/** What a speaker did, after their name in a title ("… Honoring the 2020 World Series Champions", "… Virtually"): the name ends before it. */
const OCCASION_VERBS =
  'announcing|celebrating|welcoming|honoring|commemorating|marking|providing|highlighting|signing|discussing|addressing|laying|visiting|delivering|launching|touring|unveiling|meeting|virtually|today|tonight'

/**
 * The one speaker of a speech's title: its words after "by" (or "of"), to a preposition, an occasion's verb, "as", a dash, a
 * comma or a colon ("Pre-Taped Remarks by President Biden as Prepared for Delivery at …", "Excerpts from Remarks as Prepared
 * for Delivery by Vice President Harris to …", "Remarks of President Joe Biden – State of the Union Address …").
 */
const TITLE_SPEAKER = new RegExp(
  String.raw`^(?:Excerpts (?:from|of)\s+)?(?:(?:Opening|Closing|Keynote|Welcom(?:e|ing)|Concluding|Introductory|Commencement|Farewell|Virtual|Pre-?taped|Pre-?recorded|Video(?:taped)?)\s+)?(?:Speech|Address|Remarks)(?: (?:as )?(?:Prepared for Delivery|Delivered))? (?:by|of)\s+(.+?)(?=\s+(?:at|to|on|before|after|following|during|in|with|alongside|as|${OCCASION_VERBS})\s|\s[–—]\s|[,:]|$)`,
  'iu',
)

/**
 * A speech's title that names its one speaker last, after its topic or occasion: "Remarks on Executing a Modern American
 * Industrial Strategy by NEC Director Brian Deese" (not "… Hosted by …", "… Run by …", whose host is no speaker, nor the
 * author of a work the topic names, "… on the Report by Surgeon General …").
 */
const TITLE_SPEAKER_LAST =
  /^(?:Speech|Address|Remarks|Keynote Remarks|Keynote Address)\s+(?:on|at|to|for|before)\s+.{3,160}?(?<!\p{L}ed|\b(?:Run|Held|Led|Written|Given|Made|Taken|Set|Sent|Won|Drawn|Shown|Built|Put)|\b(?:Report|Bill|Proposal|Invasion|Attack|Advisory|Decision|Letter|Book|Study|Ruling|Veto))\s+[Bb]y\s+(\p{Lu}[^,:;]+)$/u

/**
 * A speaker the gazetteer does not know, named by office and name: the office's words, ending in an office's noun
 * ("Homeland Security Advisor", "Deputy Secretary of Commerce"), then the name, a given name and a surname with any initials between
 * ("Liz Sherwood-Randall", "Don Graves", "Gina M. Raimondo"). A name alone, or an office alone ("the Vice President"), gives none.
 * @example officeAndName('Homeland Security Advisor Liz Sherwood-Randall') // { speaker: 'Liz Sherwood-Randall', role: 'Homeland Security Advisor' }
 */
export function officeAndName(text: string): { speaker: string; role: string } | null {
  const match = OFFICE_AND_NAME_EN.exec(text.trim())
  if (!match) return null
  return { speaker: match[2] as string, role: match[1] as string }
}

const OFFICE_AND_NAME_EN =
  /^((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:of|for|on|to)\s+(?:the\s+)?)?){0,6}?(?:Advis[eo]r|Secretary|Director|Administrator|Ambassador|Coordinator|Chair(?:man|woman|person)?|Spokesperson|Envoy|Governor|Senator|Representative|Congress(?:man|woman)|Mayor|Counsel(?:or)?|Commissioner|Minister|Czar|Surgeon General|Attorney General|Chief of Staff)(?:\s+(?:of|for|on|to)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}?)?)\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?(\p{Lu}[\p{L}’'-]*\p{Ll}\s+(?:\p{Lu}\.\s+){0,2}\p{Lu}[\p{L}’'-]*\p{Ll})$/u

/** The country an English speaker speaks for: from the office ("President of the People's Republic of China") or the person. */
export function findSpeakerPartyEn(role: string | null, speaker: string | null): { codes: string[]; unknown: string[] } {
  const lowerRole = role?.toLowerCase() ?? ''
  const byRole = PARTIES.find((party) => lowerRole.includes(party.fullEn.toLowerCase()))
  const party = byRole ?? (speaker ? findPartyByEnglishPerson(speaker) : undefined)
  return party ? { codes: [party.code], unknown: [] } : { codes: [], unknown: [] }
}

/**
 * A byline: "By" and names or offices, every longer word in capitals but the function words ("By Gene Sperling, American
 * Rescue Plan Coordinator and Senior Advisor to the President", "By: The White House Gender Policy Council"); not a
 * sentence that opens with "By" ("By September, we anticipate …"), nor a proclamation's "By the President of …".
 */
export function isByline(text: string): boolean {
  return (
    text.length <= BYLINE_MAX &&
    /^By:?\s+\p{Lu}/u.test(text) &&
    !/[.!?;:]["”’)]*$/u.test(text.replace(/\b\p{Lu}\.$/u, '')) &&
    text
      .split(/\s+/u)
      .slice(1)
      .every((word) => !/^\p{Ll}/u.test(word) || ENGLISH_STOPWORDS.has(word.replace(/[^\p{L}]+$/u, '')))
  )
}

/** A byline is at most this long: four names with their offices. */
const BYLINE_MAX = 200
