/**
 * The party mask: counterpart names replaced by placeholders so that two
 * statements with different partners compare as equal where they use the same
 * formula (吉方 … / 塔方 …, 中吉 / 中塔, 热恩别科夫总统 / 拉赫蒙总统).
 *
 * The mask works on comparison text (see normalizeForComparison) and keeps the
 * mapping to the original, so the page still shows the real names. The
 * publishing governments of the bundled collections (China, the United States)
 * are not masked: each is the same on both sides of the comparisons Tongwen is
 * built for (China with Kyrgyzstan / with Tajikistan; the U.S. with the ROK /
 * with Japan). Counterparts are numbered by their order in the
 * statement's party list, so in a trilateral statement the two partners stay
 * distinct.
 */
import { MappedTextBuilder, type MappedText } from '@/lib/text/mapped-text'
import { chineseNames, englishForms, findPartyByCode, HOME_PARTY_CODES, type PartyEntry } from './gazetteer'

/** First placeholder for a counterpart country; counterpart n uses COUNTRY + n. */
export const COUNTRY_PLACEHOLDER = 0xe000
/** First placeholder for a counterpart's leader. */
export const PERSON_PLACEHOLDER = 0xe010

/** Offices a leader's name follows in English statements, in comparison form (lower case), longest first. */
const ENGLISH_OFFICES = [
  'his majesty king',
  'his royal highness',
  'his majesty',
  'her majesty',
  'his excellency',
  'her excellency',
  'his highness',
  'crown prince',
  'prime minister',
  'vice president',
  'president',
  'chancellor',
  'taoiseach',
  'premier',
  'emir',
  'amir',
  'king',
  'queen',
  'sultan',
  'leader',
]

interface MaskRule {
  /** the text to find */
  match: string
  /** the part of the match replaced by the placeholder */
  from: number
  to: number
  placeholder: string
}

/** One pass of rules: one regular expression finding them all, longest first. */
interface MaskPass {
  readonly pattern: RegExp
  readonly byMatch: ReadonlyMap<string, MaskRule>
}

/** A compiled mask: passes of rules, applied one after another. */
export interface PartyMask {
  readonly passes: readonly MaskPass[]
  readonly maskedCodes: readonly string[]
}

/**
 * The mask for a statement with these parties (gazetteer codes, in order).
 * Unknown codes are ignored: an unknown party's name cannot be recognised.
 */
export function buildPartyMask(partyCodes: readonly string[]): PartyMask {
  const counterparts = partyCodes
    .filter((code) => !HOME_PARTY_CODES.includes(code))
    .map((code) => findPartyByCode(code))
    .filter((party): party is PartyEntry => party !== undefined)
  const people: MaskRule[] = []
  const names: MaskRule[] = []
  const compounds: MaskRule[] = []
  counterparts.forEach((party, n) => {
    const country = String.fromCodePoint(COUNTRY_PLACEHOLDER + n)
    const person = String.fromCodePoint(PERSON_PLACEHOLDER + n)
    for (const name of party.people) people.push({ match: name, from: 0, to: name.length, placeholder: person })
    for (const name of chineseNames(party)) names.push({ match: name, from: 0, to: name.length, placeholder: country })
    // The abbreviation only in the compounds where it is unambiguous: 中吉, 吉方.
    const a = party.abbr
    if (a) {
      compounds.push({ match: `中${a}`, from: 1, to: 1 + a.length, placeholder: country })
      compounds.push({ match: `${a}方`, from: 0, to: a.length, placeholder: country })
    }
    // English, as the comparison form has it (lower case): names and people whole,
    // the adjective only where it names the party: the Kyrgyz side, the Kyrgyz people.
    for (const name of party.peopleEn.flatMap(nameOrders).flatMap(latinForms))
      people.push({ match: name, from: 0, to: name.length, placeholder: person })
    // every English form but the bare abbreviations, which in lower case are words ("us")
    const forms = englishForms(party).filter((form) => form.length > 3 || /[.]/.test(form))
    for (const name of forms.flatMap(latinForms)) names.push({ match: name, from: 0, to: name.length, placeholder: country })
    const adjective = party.adjectiveEn.toLowerCase()
    // a partner's leader with the office before the name is one counterpart, whatever the office:
    // "president yoon suk yeol" and "prime minister kishida" are the same place in the formula
    for (const office of ENGLISH_OFFICES)
      compounds.push({ match: `${office} ${person}`, from: 0, to: office.length + 1 + person.length, placeholder: person })
    for (const noun of [
      'side',
      'people',
      'government',
      'president',
      'prime minister',
      'leader',
      'leaders',
      'delegation',
      'economy',
      'forces',
    ]) {
      compounds.push({ match: `${adjective} ${noun}`, from: 0, to: adjective.length, placeholder: country })
    }
  })
  return {
    passes: [people, names, compounds].filter((rules) => rules.length > 0).map(compilePass),
    maskedCodes: counterparts.map((party) => party.code),
  }
}

/**
 * Applies the mask to comparison text, keeping the mapping to the original.
 * @example applyPartyMask(normalizeForComparison('吉方坚定奉行'), buildPartyMask(['china', 'kyrgyzstan'])).text // '\uE000方坚定奉行'
 */
export function applyPartyMask(m: MappedText, mask: PartyMask): MappedText {
  let current = m
  for (const pass of mask.passes) current = applyRules(current, pass)
  return current
}

/**
 * A Latin-script name in comparison form (lower case), with either
 * apostrophe, and a particle joined by a hyphen or a space as releases spell
 * it ("al-Sisi", "Al Sisi").
 */
function latinForms(name: string): string[] {
  const lower = name.toLowerCase()
  const spaced = lower.includes('-') ? [lower, lower.replace(/-/g, ' ')] : [lower]
  return spaced.flatMap((form) => (form.includes("'") ? [form, form.replace(/'/g, '\u2019')] : [form]))
}

/**
 * A person's name of two words in both orders: given name first, and family
 * name first as Japanese releases print it ("Fumio Kishida", "KISHIDA Fumio").
 */
function nameOrders(name: string): string[] {
  const words = name.split(' ')
  return words.length === 2 ? [name, `${words[1]} ${words[0]}`] : [name]
}

function compilePass(rules: readonly MaskRule[]): MaskPass {
  const sorted = [...rules].sort((x, y) => y.match.length - x.match.length)
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // a Latin name is matched as whole words only (kyrgyz, not the kyrgyz of kyrgyzstan)
  const piece = (rule: MaskRule) => (/[a-z]/.test(rule.match) ? `(?<![a-z0-9])${escape(rule.match)}(?![a-z0-9])` : escape(rule.match))
  return {
    pattern: new RegExp(sorted.map(piece).join('|'), 'g'),
    byMatch: new Map(sorted.map((rule) => [rule.match, rule])),
  }
}

function applyRules(m: MappedText, pass: MaskPass): MappedText {
  const text = m.text
  pass.pattern.lastIndex = 0
  let match = pass.pattern.exec(text)
  if (!match) return m // most clauses name no counterpart: nothing to rebuild
  const out = new MappedTextBuilder()
  let i = 0
  while (match) {
    const rule = pass.byMatch.get(match[0]) as MaskRule
    const at = match.index
    out.pushSlice(m, i, at + rule.from)
    out.push(rule.placeholder, m.start[at + rule.from] as number, m.end[at + rule.to - 1] as number)
    i = at + rule.to
    match = pass.pattern.exec(text)
  }
  out.pushSlice(m, i, text.length)
  return out.build()
}
