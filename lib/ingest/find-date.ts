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
