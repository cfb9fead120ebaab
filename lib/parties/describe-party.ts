/**
 * Names for parties and people in URLs and in English: the gazetteer's where it
 * knows the party, pinyin otherwise (so an unknown party still gets a readable,
 * stable slug).
 */
import { pinyin } from 'pinyin-pro'
import { findPartyByCode } from './gazetteer'

export interface PartyDescription {
  /** slug-safe code: a gazetteer code or the pinyin of the name */
  code: string
  nameEn: string
  nameZh: string
}

/**
 * @example describeParty('kyrgyzstan') // { code: 'kyrgyzstan', nameEn: 'Kyrgyzstan', nameZh: '吉尔吉斯斯坦' }
 * @example describeParty('zh:阿斯特里亚共和国') // { code: 'asitelianyagongheguo'-like pinyin, nameEn: '阿斯特里亚共和国', nameZh: '阿斯特里亚共和国' }
 */
export function describeParty(code: string): PartyDescription {
  const known = findPartyByCode(code)
  if (known) return { code: known.code, nameEn: known.nameEn, nameZh: known.nameZh }
  if (code.startsWith('en:')) {
    const name = code.slice(3).replace(/^the\s+/i, '')
    const slug = name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    return { code: slug || 'unknown', nameEn: name, nameZh: name }
  }
  // a name the gazetteer does not know is shown as written: a romanisation would be a name nobody uses
  const name = code.replace(/^zh:/, '')
  return { code: romanize(name) || 'unknown', nameEn: name, nameZh: name }
}

/**
 * Pinyin without tones, syllables of a word run together, words joined by '-'.
 * A Chinese personal name is surname + given name: 习近平 → 'xi-jinping'.
 */
export function romanizePerson(name: string): string {
  if (!/\p{Script=Han}/u.test(name))
    return name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  const parts = name.split(/[·・\s]+/).filter(Boolean)
  if (parts.length > 1) return parts.map((part) => syllablesOf(part).join('')).join('-')
  const syllables = syllablesOf(name)
  if (syllables.length <= 1) return syllables.join('')
  return `${syllables[0]}-${syllables.slice(1).join('')}`
}

/** Pinyin for a place or institution name, split where the name has parts. */
export function romanize(name: string): string {
  return slugify(syllablesOf(name).join(''))
}

function syllablesOf(text: string): string[] {
  const out = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[]
  return out.map((s) => slugify(s)).filter(Boolean)
}

/** Lower-case ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
