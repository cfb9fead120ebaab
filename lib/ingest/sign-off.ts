/**
 * Date lines and sign-offs: where a statement says when and where it was made.
 *
 * Chinese: "2019年7月23日于北京", "二〇一九年七月二十三日于北京", "（2019年6月5日，莫斯科）";
 * English: "May 21, 2022", "20 May 2023, Hiroshima", "Washington, D.C., August 2, 2023",
 * "Done at Jeddah on July 15, 2022". A line is one of these only when it is
 * nothing else: a sentence that mentions a date is not a date line.
 */
import { isoDate } from './find-date'
import { monthNumber } from './months'

export interface DatePlace {
  date: string
  place: string | null
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 二〇一九 → 2019; 二十三 → 23; 十二 → 12; also ASCII and full-width digits. */
export function chineseNumber(text: string): number | null {
  const ascii = text.normalize('NFKC')
  if (/^\d+$/.test(ascii)) return Number(ascii)
  if (/^[〇零Ｏ一二三四五六七八九]{4}$/.test(text)) return Number([...text].map((ch) => DIGITS[ch]).join(''))
  const tens = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text)
  if (tens) return (tens[1] ? (DIGITS[tens[1]] as number) : 1) * 10 + (tens[2] ? (DIGITS[tens[2]] as number) : 0)
  if (/^[一二三四五六七八九]$/.test(text)) return DIGITS[text] as number
  return null
}

const NUM = '[0-9０-９]{1,4}|[〇零Ｏ一二三四五六七八九十]{1,4}'
const ZH_DATE = new RegExp(
  `^[（(]?\\s*(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日\\s*(?:[，,、]?\\s*(?:于|在)?\\s*([\\p{Script=Han}·]{2,12}?))?\\s*[）)]?$`,
  'u',
)
const ZH_PLACE_FIRST = new RegExp(
  `^[（(]?\\s*([\\p{Script=Han}·]{2,12}?)\\s*[，,、]\\s*(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日\\s*[）)]?$`,
  'u',
)

/** A Chinese date line or sign-off, or null. */
export function readDateLineZh(line: string): DatePlace | null {
  const text = line.trim()
  if (text.length > 40) return null
  let match = ZH_DATE.exec(text)
  if (match) return zhDate(match[1], match[2], match[3], match[4])
  match = ZH_PLACE_FIRST.exec(text)
  if (match) return zhDate(match[2], match[3], match[4], match[1])
  return null
}

function zhDate(y?: string, m?: string, d?: string, place?: string): DatePlace | null {
  const year = chineseNumber(y ?? '')
  const month = chineseNumber(m ?? '')
  const day = chineseNumber(d ?? '')
  if (!year || year < 1900 || year > 2100 || !month || month > 12 || !day || day > 31) return null
  return { date: isoDate(year, month, day), place: place?.replace(/^[·•，,、\s]*(?:于|在)?/u, '') || null }
}

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const DAY_FIRST = `(?:\\d{1,2}\\s*[-–]\\s*)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?${MONTH},?\\s+(\\d{4})`
const MONTH_FIRST = `${MONTH}\\s+(?:\\d{1,2}\\s*[-–]\\s*)?(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`
const PLACE =
  "([A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,4}(?:,\\s*(?:D\\.\\s?C\\.|[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3}))?)"
const EN_LINE = new RegExp(
  `^[(\\[]?\\s*(?:(?:Done|Signed|Issued|Adopted)\\s+(?:at|in)\\s+)?(?:${PLACE}\\s*[,–—-]?\\s*(?:on\\s+|this\\s+)?)?(?:${DAY_FIRST}|${MONTH_FIRST})(?:\\s*[,–—-]?\\s*${PLACE})?\\s*[)\\]]?\\.?$`,
  'u',
)

/**
 * A date line as a web page prints it, read as a date line: capitals that a
 * style sheet made ("MAY 23, 2022") in title case, and the site's category
 * after a bullet or bar ("May 23, 2022 • Statements and Releases") left off.
 */
export function asDateLine(line: string): string {
  const text = line
    .replace(/\s*[•·|]\s*[\p{L} &,-]{1,40}$/u, '')
    // a page's dash after its date ("11 Jul. 2018 -"), a time before it ("7pm 3 April 2019"), the byline before it
    // ("SM Lee Hsien Loong | 21 August 2022"), the word of issue before it ("Issued on 11 Jul. 2018")
    .replace(/\s+[-–—|]\s*$/u, '')
    .replace(/^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?,?\s+/iu, '')
    .replace(/^[\p{L} .]{2,40}\s+[|｜]\s+(?=\d{1,2}\s+\p{L}+\s+\d{4}$|\p{L}+\s+\d{1,2},\s+\d{4}$)/u, '')
    .replace(/^(?:Issued|Released|Published|Adopted) on\s+(?=\d{1,2}\s+\p{L}+\.?\s+\d{4}$|\p{L}+\.?\s+\d{1,2},\s+\d{4}$)/u, '')
    .trim()
  return /\p{Ll}/u.test(text) ? text : text.replace(/\p{Lu}+/gu, (word) => `${word[0]}${word.slice(1).toLowerCase()}`)
}

/** An English date line or sign-off ("Done at Jeddah, July 15, 2022", "2021-02-01"), or null. */
export function readDateLineEn(line: string): DatePlace | null {
  const text = asDateLine(line.trim().replace(/\s+/g, ' '))
  if (text.length > 90) return null
  // an ISO date alone
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (iso) {
    const [year, month, day] = iso.slice(1).map(Number) as [number, number, number]
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 2100
      ? { date: isoDate(year, month, day), place: null }
      : null
  }
  const match = EN_LINE.exec(text)
  if (!match) return null
  // groups: 1 place before; 2 day, 3 month, 4 year | 5 month, 6 day, 7 year; 8 place after
  const [, before, d1, m1, y1, m2, d2, y2, after] = match
  const month = monthNumber((m1 ?? m2) as string)
  const day = Number(d1 ?? d2)
  const year = Number(y1 ?? y2)
  if (!month || !day || day > 31 || year < 1900 || year > 2100) return null
  return { date: isoDate(year, month, day), place: cityOf(before ?? after ?? null) }
}

/** A date line in brackets, as a transcript prints the day it was spoken under its venue: "(December 25, 2021)". */
export function isBracketedDateLineEn(line: string): boolean {
  const inner = /^\((.*)\)$/u.exec(line.trim())?.[1]
  return inner !== undefined && readDateLineEn(inner) !== null
}

/** "Washington, D.C." → "Washington"; "Jeddah, Saudi Arabia" → "Jeddah". */
export function cityOf(place: string | null): string | null {
  if (!place) return null
  const city = place.split(',')[0]?.trim() ?? ''
  return city || null
}

/** The capital printed without the comma before its District: "Washington D.C.", "Washington DC". */
export const WASHINGTON_DC = /^Washington\s+D\.?\s?C\.?$/u

/** "Jeddah, Saudi Arabia", "Washington, D.C.", "Tokyo, Japan": a line that is only a place. */
export function readPlaceLineEn(line: string, isCountry: (name: string) => boolean): string | null {
  const text = line.trim().replace(/[.]$/, '')
  // (the capital needs no comma before its District: "Washington D.C.")
  if (WASHINGTON_DC.test(line.trim())) return 'Washington'
  const match = /^([A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,3}),\s*(D\.\s?C|[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,3})$/u.exec(text)
  if (!match) return null
  const region = match[2] as string
  if (!/^D\.\s?C$/.test(region) && !isCountry(region) && !US_STATES.has(region) && !UK_NATIONS.has(region)) return null
  return match[1] as string
}

/** The nations of the United Kingdom, named as a place's country: "Glasgow, Scotland", "Suffolk, England". */
const UK_NATIONS: ReadonlySet<string> = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland'])

/**
 * The states of the United States, its district and territories, by name and postal code, after which a line is a
 * dateline's place: "New York, NY", "Broward County, FL", "Auburn, Washington".
 */
export const US_STATES: ReadonlySet<string> = new Set([
  ...'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Guam'.split(
    ' ',
  ),
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
  'Puerto Rico',
  'American Samoa',
  'Northern Mariana Islands',
  'Virgin Islands',
  'District of Columbia',
  ...'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP'.split(
    ' ',
  ),
])
