/**
 * Small readers of a statement's metadata that both languages share: a title
 * as sites print it, the parties an opening paragraph names, and the date of
 * the visit it reports.
 */
import { chineseNames, PARTIES } from '@/lib/parties/gazetteer'
import { isoDate, datesInTextAt } from './find-date'

/** A title as it reads: without invisible characters, emphasis marks and spacing a page sets in it. */
function plainTitle(title: string): string {
  return (
    title
      // invisible format characters a page sets in words (Biden-\u2060Harris, COVID-\u206019): the title is read, not typeset
      // (and the placeholder an editor leaves where an object was, U+FFFC, "\uFFFCRemarks By President Biden …")
      .replace(/[\p{Cf}\ufffc]/gu, '')
      .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
      .replace(/\*\*|__/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/**
 * A title without what sites add to it: （全文）/（摘要）, a site's prefix before
 * "|" (中国-中亚峰会|…), Markdown emphasis, and spacing.
 * @example cleanTitle('中国-中亚峰会|中华人民共和国和哈萨克斯坦共和国联合声明（全文）') // '中华人民共和国和哈萨克斯坦共和国联合声明'
 */
export function cleanTitle(title: string): string {
  let text = plainTitle(title)
  text = text.replace(/\s*[（(]\s*(全文|摘要|附全文|全文如下)\s*[）)]\s*$/u, '')
  // and without a document number a site adds (“中韩联合公报（2006年1号）”)
  text = text.replace(/\s*[（(]\s*\d{4}\s*年\s*第?\s*\d{1,3}\s*号\s*[）)]\s*$/u, '')
  const bar = text.search(/\s*[|｜]\s*/)
  if (bar > 0 && bar < 30) {
    const after = text.slice(bar).replace(/^\s*[|｜]\s*/, '')
    if (after.length >= 4) text = after
  }
  // a page's place after a bar at the end ("… Before Bilateral Meeting | Madrid, Spain"): the place is read apart (placeInTitle)
  const place = TITLE_PLACE.exec(text)
  if (place && place.index >= 30) text = text.slice(0, place.index)
  return text.replace(/[：:]\s*$/, '').trim()
}

/** A place a page prints after a bar at its title's end: "… Before Bilateral Meeting | Krün, Germany". */
const TITLE_PLACE = /\s+[|｜]\s+(\p{Lu}[\p{L}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?)$/u

/**
 * The city a title names after a bar at its end, which cleanTitle cuts off: the place where the text names none of its own.
 * @example placeInTitle('Remarks by President Biden and Chancellor Scholz Before Bilateral Meeting | Krün, Germany') // 'Krün'
 */
export function placeInTitle(title: string): string | null {
  const place = TITLE_PLACE.exec(plainTitle(title))
  return place && place.index >= 30 ? ((place[1] as string).split(',')[0] as string).trim() : null
}

const CHINESE_FORMS = PARTIES.flatMap((party) => chineseNames(party).map((name) => ({ name, party }))).sort(
  (a, b) => b.name.length - a.name.length,
)

/**
 * The parties a Chinese opening paragraph names, in order: "应…国家主席习近平邀请，
 * 阿拉伯联合酋长国总统…对中华人民共和国进行国事访问" → the two states.
 */
export function findPartiesInOpeningZh(opening: string): string[] {
  const codes: string[] = []
  const text = opening.slice(0, 400)
  let i = 0
  while (i < text.length) {
    const hit = CHINESE_FORMS.find((form) => text.startsWith(form.name, i))
    if (hit) {
      if (!codes.includes(hit.party.code)) codes.push(hit.party.code)
      i += hit.name.length
    } else i++
  }
  return codes
}

const VISIT_ZH = /(访问|会晤|会谈|出席|举行|峰会|期间|访华|到访)/
const CITED_ZH = /(签署|发表的?|通过的?|《)/
const VISIT_EN = /\b(visit|visited|visiting|met|meeting|summit|held|hosted|welcomed|conducted|traveled|travelled|talks)\b/i
const CITED_EN = /\b(signed|adopted|issued in|of\s+\d{4}|treaty|agreement of)\b/i

/**
 * The last day of the visit or meeting the opening paragraph reports
 * ("于2019年6月12日至13日对吉尔吉斯共和国进行国事访问", "visited Seoul May 20-22, 2022"):
 * a date next to a word of visiting or meeting, never one next to a word of
 * signing or citing (the communiqué of 1992 a statement recalls).
 */
export function visitDate(opening: string, language: 'zh' | 'en'): string | null {
  const text = opening.slice(0, 800)
  const visit = language === 'en' ? VISIT_EN : VISIT_ZH
  const cited = language === 'en' ? CITED_EN : CITED_ZH
  for (const { at, length, span } of datesInTextAt(text, language)) {
    // (the verb may stand a country's name away: "paid a state visit to the Russian Federation from July 15 to 18, 2001")
    const before = text.slice(Math.max(0, at - 60), at)
    const after = text.slice(at + length, at + length + 40)
    if (cited.test(before.slice(-12)) || cited.test(after.slice(0, 6))) continue
    if (visit.test(before) || visit.test(after)) return isoDate(span.year, span.month, span.to)
  }
  return null
}
