/**
 * What a file's name says when the text does not: archives and downloads name
 * files by date and title ("2022-05-21-united-states-republic-of-korea-leaders-joint-statement.md",
 * "中华人民共和国和哈萨克斯坦共和国联合声明.txt"). Used only as a last resort,
 * and always said as a doubt.
 */
import { isoDate } from './find-date'

/** The name pasted text is imported under: it has no file, and its name stands in for a title only. */
export const PASTED_TEXT_NAME = 'pasted text'

export interface FileNameHints {
  date: string | null
  title: string | null
}

const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'from',
  'between',
  'into',
  'over',
])
const UPPER = new Set([
  'rok',
  'dprk',
  'uae',
  'eu',
  'us',
  'usa',
  'uk',
  'un',
  'asean',
  'nato',
  'aukus',
  'apec',
  'gcc',
  'sco',
  'brics',
  'cica',
  'i2u2',
  'g7',
  'g20',
  'b3w',
  'pgii',
  'ipef',
  'covid',
  'ii',
  'iii',
  'iv',
])

/**
 * @example readFileName('2022-05-21-united-states-republic-of-korea-leaders-joint-statement.md')
 * // { date: '2022-05-21', title: 'United States Republic of Korea Leaders Joint Statement' }
 */
export function readFileName(name: string | undefined): FileNameHints {
  if (!name) return { date: null, title: null }
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '')
  let rest = base
  let date: string | null = null
  const dated = /^(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?:[-_ ]+|$)/.exec(base)
  if (dated) {
    const [year, month, day] = [Number(dated[1]), Number(dated[2]), Number(dated[3])]
    if (year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      date = isoDate(year, month, day)
      rest = base.slice(dated[0].length)
    }
  }
  const words = rest.split(/[-_\s]+/).filter(Boolean)
  if (words.length === 0) return { date, title: null }
  if (/\p{Script=Han}/u.test(rest)) return { date, title: rest.trim() }
  // "u-s" and "u-s-a" were "U.S." and "U.S.A." before the dots were dropped
  const joined: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    if (word === 'u' && words[i + 1] === 's') {
      joined.push(words[i + 2] === 'a' ? 'U.S.A.' : 'U.S.')
      i += words[i + 2] === 'a' ? 2 : 1
      continue
    }
    joined.push(word)
  }
  const title = joined
    .map((word, i) => {
      const lower = word.toLowerCase()
      if (word.includes('.')) return word
      if (UPPER.has(lower)) return lower === 'covid' ? 'COVID' : lower.toUpperCase()
      if (i > 0 && SMALL.has(lower)) return lower
      return lower.charAt(0).toUpperCase() + lower.slice(1)
    })
    .join(' ')
  return { date, title: title.length >= 3 ? title : null }
}
