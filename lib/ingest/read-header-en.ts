/**
 * Reading the header of an English statement: the title (one or more lines
 * that end no sentence), a subtitle ("— Speech at …"), a date line
 * ("Bishkek, 13 June 2019", "(June 13, 2019, Bishkek)") and a speaker line
 * naming a known person ("President of the People's Republic of China Xi
 * Jinping"). The body starts at the first paragraph that is a sentence, at a
 * salutation, or at a section number.
 */
import { findPartyByEnglishPerson, PARTIES } from '@/lib/parties/gazetteer'
import { monthNumber } from './split-documents'
import type { Header } from './read-header'
import type { RepairedParagraph } from './types'

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
/** "13 June 2019" or "June 13, 2019" */
export const DATE_EN = `(?:(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4}))`
/** "Bishkek, 13 June 2019", "(13 June 2019, Bishkek)", "June 13, 2019" */
const DATE_LINE = new RegExp(`^\\(?\\s*(?:([A-Z][\\p{L} .'’-]{1,40}?),\\s*)?${DATE_EN}(?:\\s*,\\s*([A-Z][\\p{L} .'’-]{1,40}))?\\s*\\)?$`, 'u')
const SALUTATION = /^(Your (Excellenc|Majest|Highness)|Excellenc|Dear |Ladies and [Gg]entlemen|Distinguished|Friends|Colleagues)/
export const SECTION_LINE_EN = /^(?:(?:Part|Chapter|Section)\s+)?(?:[IVXL]{1,6}|\d{1,2})[.)]?(?:\s+[A-Z].{0,80})?$/
const PEOPLE = PARTIES.flatMap((party) => party.peopleEn).sort((a, b) => b.length - a.length)

/** A date from its printed parts ("13", "June", "2019"), or null. */
export function englishDate(day: string | undefined, month: string | undefined, year: string | undefined): { year: number; month: number; day: number } | null {
  const m = month ? monthNumber(month) : undefined
  const d = Number(day)
  const y = Number(year)
  if (!m || !d || d > 31 || !y) return null
  return { year: y, month: m, day: d }
}

function dateLine(text: string): { date: { year: number; month: number; day: number }; place: string | null } | null {
  const match = DATE_LINE.exec(text)
  if (!match) return null
  // groups: 1 place before, 2 day, 3 month, 4 year | 5 month, 6 day, 7 year, 8 place after
  const date = match[2] ? englishDate(match[2], match[3], match[4]) : englishDate(match[6], match[5], match[7])
  if (!date) return null
  return { date, place: (match[1] ?? match[8] ?? '').trim() || null }
}

/** A line naming a known person, with the office before or after the name. */
function speakerLine(text: string): { speaker: string; role: string | null } | null {
  if (text.length > 160 || /[.;!?]$/.test(text)) return null
  const person = PEOPLE.find((name) => text.includes(name))
  if (!person) return null
  const role = text.replace(person, '').replace(/^(by\s+)?(H\.?\s?E\.?\s+)?/i, '').replace(/^[\s,]+|[\s,]+$/g, '')
  return { speaker: person, role: role || null }
}

const endsSentence = (text: string) => /[.;!?:]["”’)]*$/.test(text)

/** Splits the paragraphs of an English statement into its header fields and the index where the body starts. */
export function readHeaderEn(paragraphs: readonly RepairedParagraph[]): Header {
  const header: Header = { title: '', subtitle: null, printedDate: null, printedPlace: null, speaker: null, speakerRole: null, bodyStart: 0 }
  const titleParts: string[] = []
  let i = 0
  for (; i < paragraphs.length; i++) {
    const text = (paragraphs[i] as RepairedParagraph).text.text.trim()
    if (!text) continue
    if (SALUTATION.test(text) || (titleParts.length > 0 && SECTION_LINE_EN.test(text))) break
    const date = dateLine(text)
    if (date && !header.printedDate) {
      header.printedDate = date.date
      header.printedPlace = date.place
      continue
    }
    const speaker = titleParts.length > 0 && !header.speaker ? speakerLine(text) : null
    if (speaker) {
      header.speaker = speaker.speaker
      header.speakerRole = speaker.role
      continue
    }
    if (/^(--|—|–)/.test(text) && titleParts.length > 0 && !header.subtitle) {
      header.subtitle = text.replace(/^(--|—|–)\s*/, '')
      continue
    }
    // a title is a line or two that end no sentence; anything else is the body
    const titleLength = titleParts.reduce((n, part) => n + part.length + 1, 0)
    if (!endsSentence(text) && titleLength + text.length <= 320 && titleParts.length < 6 && !header.printedDate && !header.speaker) {
      titleParts.push(text)
      continue
    }
    break
  }
  header.title = titleParts.join(' ').replace(/\s+/g, ' ')
  header.bodyStart = i
  return header
}

/** The country an English speaker speaks for: from the office ("President of the People's Republic of China") or the person. */
export function findSpeakerPartyEn(role: string | null, speaker: string | null): { codes: string[]; unknown: string[] } {
  const lowerRole = role?.toLowerCase() ?? ''
  const byRole = PARTIES.find((party) => lowerRole.includes(party.fullEn.toLowerCase()))
  const party = byRole ?? (speaker ? findPartyByEnglishPerson(speaker) : undefined)
  return party ? { codes: [party.code], unknown: [] } : { codes: [], unknown: [] }
}
