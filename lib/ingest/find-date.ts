/**
 * Establishing a release's date. Datelines carry the month and day but not the
 * year; the year must come from the text itself: the date line of a speech
 * ("（2019年6月5日，莫斯科）"), or a date range in the body that contains the
 * dateline's day ("于2019年6月12日至13日对吉尔吉斯共和国进行国事访问"). When the
 * text has neither, the caller may take the year of a sibling release with the
 * same dateline; it never guesses silently.
 */
import type { Dateline } from './types'

const DATE_RANGE = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:(?:至|到|-|－|—)(?:(\d{1,2})月)?(\d{1,2})日)?/g

/** The year of the dateline's day as the body states it, or null. */
export function findYearInText(body: string, dateline: Pick<Dateline, 'month' | 'day'>): number | null {
  const wanted = dateline.month * 100 + dateline.day
  for (const match of body.matchAll(DATE_RANGE)) {
    const year = Number(match[1])
    const month = Number(match[2])
    const from = month * 100 + Number(match[3])
    const to = match[5] ? Number(match[4] ?? month) * 100 + Number(match[5]) : from
    if (wanted >= from && wanted <= to) return year
    // a range over the new year (12月30日至1月2日): the end is in the next year
    if (to < from && (wanted >= from || wanted <= to)) return wanted >= from ? year : year + 1
  }
  return null
}

/** YYYY-MM-DD */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const MONTH_EN =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
/** "12 to 13 June 2019", "13 June 2019" */
const RANGE_EN_DMY = new RegExp(`\\b(\\d{1,2})(?:\\s*(?:to|-|–|and)\\s*(\\d{1,2}))?\\s+${MONTH_EN}\\s+(\\d{4})`, 'g')
/** "June 12-13, 2019", "June 13, 2019" */
const RANGE_EN_MDY = new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})(?:\\s*(?:to|-|–)\\s*(\\d{1,2}))?,?\\s+(\\d{4})`, 'g')

export interface DateSpan {
  year: number
  month: number
  from: number
  to: number
}

/** The dates (and day ranges) a text gives, in order. */
export function datesInText(text: string, language: 'zh' | 'en'): DateSpan[] {
  return datesInTextAt(text, language).map((s) => s.span)
}

/** The dates and ranges of datesInText, each with where it stands in the text and how long it is there. */
export function datesInTextAt(text: string, language: 'zh' | 'en'): { at: number; length: number; span: DateSpan }[] {
  const spans: { at: number; length: number; span: DateSpan }[] = []
  if (language === 'zh') {
    for (const m of text.matchAll(DATE_RANGE)) {
      const month = Number(m[2])
      if (!m[4] || Number(m[4]) === month)
        spans.push({ at: m.index, length: m[0].length, span: { year: Number(m[1]), month, from: Number(m[3]), to: Number(m[5] ?? m[3]) } })
      // a range into the next month ("2014年5月27日至6月1日") is read in its last month, where a visit ends
      else if (Number(m[4]) === month + 1)
        spans.push({ at: m.index, length: m[0].length, span: { year: Number(m[1]), month: month + 1, from: 1, to: Number(m[5]) } })
    }
  } else {
    for (const m of text.matchAll(RANGE_EN_DMY)) {
      const month = monthOf(m[3] as string)
      if (month)
        spans.push({ at: m.index, length: m[0].length, span: { year: Number(m[4]), month, from: Number(m[1]), to: Number(m[2] ?? m[1]) } })
    }
    for (const m of text.matchAll(RANGE_EN_MDY)) {
      const month = monthOf(m[1] as string)
      if (month)
        spans.push({ at: m.index, length: m[0].length, span: { year: Number(m[4]), month, from: Number(m[2]), to: Number(m[3] ?? m[2]) } })
    }
  }
  return spans.sort((x, y) => x.at - y.at).filter(({ span: s }) => s.from >= 1 && s.to <= 31 && s.from <= s.to)
}

function monthOf(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3)
  const index = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key)
  return index < 0 ? undefined : index + 1
}

/** The year of the dateline's day as an English body states it ("from 12 to 13 June 2019"), or null. */
export function findYearInTextEn(body: string, dateline: Pick<Dateline, 'month' | 'day'>): number | null {
  const span = datesInText(body, 'en').find((s) => s.month === dateline.month && dateline.day >= s.from && dateline.day <= s.to)
  return span?.year ?? null
}
