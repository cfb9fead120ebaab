/**
 * The parties Tongwen recognises: every UN member state, the two observer
 * states (Holy See, Palestine) and the groupings that issue or sign statements
 * (EU, ASEAN, SCO, G7, Quad, GCC …), with the forms their names take in Chinese
 * and English statements. The data is in ./gazetteer-data.ts.
 *
 * `abbr` is the one- or two-character form used in compounds (中吉, 吉方); it is
 * only ever matched in those compounds, never on its own, because characters such
 * as 吉, 塔 and 日 are common in ordinary words (a grouping may have none: '').
 * `people` lists heads of state or government whose names appear in statements,
 * longest form first, so that a comparison can treat "热恩别科夫总统" and
 * "拉赫蒙总统" as the same formula.
 */
import { PARTIES, type PartyEntry } from './gazetteer-data'

export { HOME_PARTY_CODE, HOME_PARTY_CODES, PARTIES } from './gazetteer-data'
export type { PartyEntry, PartyType } from './gazetteer-data'

const byCode = new Map(PARTIES.map((party) => [party.code, party]))

/** The gazetteer entry with this code, or undefined. */
export function findPartyByCode(code: string): PartyEntry | undefined {
  return byCode.get(code)
}

/** All Chinese forms of a party's name, longest first (abbreviation excluded). */
export function chineseNames(party: PartyEntry): string[] {
  return [...new Set([party.fullZh, party.nameZh, ...party.otherZh])].sort((a, b) => b.length - a.length)
}

/** A Chinese name as looked up: no spaces, ASCII parentheses, one kind of dash (刚果（布） = 刚果(布), 中国－中亚 = 中国—中亚). */
function chineseKey(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[-‐‑‒–—―－]+/g, '—')
}

/** The first party (in gazetteer order) with each Chinese form. */
const byChineseName = new Map<string, PartyEntry>()
for (const party of PARTIES) {
  for (const name of chineseNames(party)) if (!byChineseName.has(chineseKey(name))) byChineseName.set(chineseKey(name), party)
}

/**
 * The party a Chinese name refers to: an exact full, short or other form
 * ("吉尔吉斯共和国", "吉尔吉斯斯坦", "阿联酋"), or undefined when the name is not
 * known. Full-width and ASCII parentheses and the dashes are interchangeable.
 * @example findPartyByChineseName('塔吉克斯坦共和国')?.code // 'tajikistan'
 */
export function findPartyByChineseName(name: string): PartyEntry | undefined {
  return byChineseName.get(chineseKey(name))
}

/** The party whose head of state or government has this name, if known. */
export function findPartyByPerson(name: string): PartyEntry | undefined {
  return PARTIES.find((party) => party.people.includes(name.trim()))
}

/**
 * All English forms of a party's name, longest first: the official name with
 * and without "the", the short name. The adjective (Kyrgyz) is left out: it
 * is a name only in "the Kyrgyz side", which the mask matches as a compound.
 *
 * The party mask matches these case-insensitively, so abbreviations (US, UN,
 * ROK) are not here: in lower case they are ordinary words. See englishForms.
 */
export function englishNames(party: PartyEntry): string[] {
  const forms = [party.fullEn, party.nameEn]
  return [...new Set(forms)].sort((a, b) => b.length - a.length)
}

/**
 * Every English form of a party's name, longest first: official and short name
 * and the other forms statements print (U.S., USA, America; ROK; Viet Nam;
 * Türkiye), adjective excluded. Abbreviations (the forms in capitals: US, UN,
 * AU, PNG) are words in lower case: match those case-sensitively.
 */
export function englishForms(party: PartyEntry): string[] {
  return [...new Set([party.fullEn, party.nameEn, ...party.otherEn])].sort((a, b) => b.length - a.length)
}

/**
 * An English name as looked up: lower case, without diacritics (Türkiye =
 * Turkiye), full stops (U.S. = US) or a leading "the", one kind of apostrophe
 * and of dash, single spaces.
 */
export function englishKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*[-‐‑‒–—―]\s*/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
}

/** The first party (in gazetteer order) with each English form. */
const byEnglishForm = new Map<string, PartyEntry>()
for (const party of PARTIES) {
  for (const form of englishForms(party)) if (!byEnglishForm.has(englishKey(form))) byEnglishForm.set(englishKey(form), party)
}
/** Parties by adjective; an adjective two parties share (Congolese, Dominican) names neither. */
const byAdjective = new Map<string, PartyEntry | null>()
for (const party of PARTIES) {
  const key = englishKey(party.adjectiveEn)
  const known = byAdjective.get(key)
  byAdjective.set(key, known === undefined || known === party ? party : null)
}

/** Whether an English name is a state's (not a grouping's): "Saudi Arabia" in "Jeddah, Saudi Arabia". */
export const isCountryName = (name: string): boolean => (findPartyByEnglishName(name)?.type ?? 'grouping') !== 'grouping'

/**
 * The party an English name refers to ("the Kyrgyz Republic", "Kyrgyzstan",
 * "U.S.", "the ROK", "Türkiye"), or its adjective ("Kyrgyz", "Emirati"),
 * case-insensitively, "the" optional; undefined when it is not known or the
 * adjective is shared (Congolese).
 * @example findPartyByEnglishName("the Republic of Tajikistan")?.code // 'tajikistan'
 */
export function findPartyByEnglishName(name: string): PartyEntry | undefined {
  const key = englishKey(name)
  return byEnglishForm.get(key) ?? byAdjective.get(key) ?? undefined
}

/**
 * The party any name refers to: a Chinese form, an English form or adjective,
 * or a gazetteer code; undefined when it is not known.
 * @example findPartyByAnyName('阿联酋')?.code // 'united-arab-emirates'
 * @example findPartyByAnyName('the U.S.')?.code // 'united-states'
 */
export function findPartyByAnyName(name: string): PartyEntry | undefined {
  const wanted = name.trim()
  if (!wanted) return undefined
  return findPartyByChineseName(wanted) ?? findPartyByEnglishName(wanted) ?? findPartyByCode(wanted.toLowerCase())
}

/** The party of a person named in English ("Xi Jinping"), if known. */
export function findPartyByEnglishPerson(name: string): PartyEntry | undefined {
  const wanted = name.trim().toLowerCase()
  return PARTIES.find((party) => party.peopleEn.some((person) => person.toLowerCase() === wanted))
}
