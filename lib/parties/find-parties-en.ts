/**
 * Who an English statement is of, read from its title and, failing that, from
 * its opening paragraph, by every form the gazetteer knows: official and short
 * names ("the Republic of Korea", "Korea" is not one), abbreviations ("U.S.",
 * "ROK", "UAE"), compounds ("U.S.-ROK", "United States–Japan"), groupings
 * ("Quad", "G7"), leaders by name ("President Yoon Suk Yeol") and by office
 * with an adjective or a country ("Egyptian President", "Prime Minister of
 * Japan").
 *
 * A one-voice statement ("Statement by President Biden on the Situation in
 * Burma") is of its speaker: the topic after "on …" names no party.
 */
import { englishForms, HOME_PARTY_CODES, PARTIES, type PartyEntry } from './gazetteer'

export interface EnglishParties {
  /** gazetteer codes, in the order they are first named */
  codes: string[]
  /** where they were found */
  from: 'title' | 'opening' | 'none'
}

interface Form {
  text: string
  party: PartyEntry
  /** match letter case exactly (abbreviations: US is not "us") */
  exact: boolean
  /** a surname alone: counts only after an office */
  person: boolean
}

const OFFICES = '(?:President|Vice President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Crown Prince|Sultan|Taoiseach|Foreign Minister|Minister|Secretary|Government|Leaders?|Presidents?|Prime Ministers)'

function formsOf(party: PartyEntry): Form[] {
  const forms: Form[] = englishForms(party).map((text) => ({ text, party, exact: isAbbreviation(text), person: false }))
  // a leader's full name anywhere; a surname alone only after an office ("President Biden")
  for (const person of party.peopleEn) forms.push({ text: person, party, exact: false, person: !/\s/.test(person) })
  return forms
}

/** "US", "ROK", "U.S.", "G7": forms whose case matters. */
function isAbbreviation(text: string): boolean {
  return /^[A-Z0-9.&+-]{2,8}$/.test(text.replace(/\s/g, '')) && !/^[A-Z][a-z]/.test(text)
}

let cache: { forms: Form[]; pattern: RegExp } | null = null

function allForms(): { forms: Form[]; pattern: RegExp } {
  if (cache) return cache
  const forms = PARTIES.flatMap(formsOf).sort((a, b) => b.text.length - a.text.length)
  const escaped = forms.map((form) => form.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  // a name is a whole word: not inside another word, and "U.S." not inside "U.S.A."
  // "Northern Ireland", "North America", "Latin America" name no party
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?<!(?:North|Northern|South|Southern|Latin|Central|East|Eastern|West|Western)\\s)(?:${escaped.join('|')})(?![\\p{L}\\p{N}]|\\.[A-Z])`, 'giu')
  cache = { forms, pattern }
  return cache
}

/** The parties named in `text`, in order of first mention, each once. */
export function partiesNamedIn(text: string): PartyEntry[] {
  const { forms, pattern } = allForms()
  const found: PartyEntry[] = []
  const normalized = text.replace(/[\u00a0\u202f]/g, ' ').replace(/[’]/g, "'")
  for (const match of normalized.matchAll(pattern)) {
    const seen = match[0]
    const form = forms.find((f) => (f.exact ? f.text === seen : f.text.toLowerCase() === seen.toLowerCase()))
    if (!form) continue
    if (form.person && !new RegExp(`${OFFICES}\\s+$`).test(normalized.slice(Math.max(0, match.index - 30), match.index))) continue
    if (!found.includes(form.party)) found.push(form.party)
  }
  for (const match of normalized.matchAll(new RegExp(`\\b([A-Z][a-z]+(?:i|n|ese|ian|ish|ch|ic|an|ani))\\s+${OFFICES}\\b`, 'g'))) {
    const party = PARTIES.find((p) => p.adjectiveEn === match[1])
    if (party && !found.includes(party)) found.push(party)
  }
  return found
}

const TOPIC = /\s(?:on|regarding|concerning|about|to mark|marking|in support of|in response to|following|after)\s/i
/** Documents in one voice: a statement by someone, a fact sheet, a chair's statement. */
const ONE_VOICE = /^(?:(?:Statement|Remarks|Message|Readout)\s+(?:by|from|of)\s+|(?:FACT SHEET|Fact Sheet|Fact sheet)\s*:\s*|Chair[’']s\s+Statement\b)/

/** The first sentence of a paragraph, at most 400 characters. */
function firstSentence(text: string): string {
  const end = text.search(/[.;:!?](?:\s|$)/)
  return (end > 0 ? text.slice(0, end) : text).slice(0, 400)
}

/**
 * The parties of an English statement.
 * `publisher` is the government whose site published it, when known (a
 * one-voice document — a statement by its president, a fact sheet — is its).
 * @example findPartiesEn({ title: 'U.S.-ROK Leaders’ Joint Statement', opening: '' }).codes // ['united-states', 'south-korea']
 */
export function findPartiesEn({ title, opening, publisher = null }: { title: string; opening: string; publisher?: string | null }): EnglishParties {
  if (ONE_VOICE.test(title) && !/^joint\b/i.test(title)) {
    if (publisher) return { codes: [publisher], from: 'title' }
    const speakerPart = title.replace(ONE_VOICE, '').split(TOPIC)[0] as string
    const speaker = /^(?:FACT SHEET|Fact Sheet)/i.test(title) ? [] : partiesNamedIn(speakerPart)
    if (speaker.length) return { codes: [(speaker[0] as PartyEntry).code], from: 'title' }
    // a fact sheet or a statement by an office: the publishing government it names
    const named = [...partiesNamedIn(title), ...partiesNamedIn(firstSentence(opening))]
    const home = named.find((party) => HOME_PARTY_CODES.includes(party.code)) ?? named[0]
    return home ? { codes: [home.code], from: 'opening' } : { codes: [], from: 'none' }
  }
  const between = /\b(?:between|of the leaders of|by the leaders of)\s+(.+?)(?=\s(?:on|regarding|concerning|following|to|in)\s|[:,]\s|$)/i.exec(title)
  if (between) {
    const named = partiesNamedIn(between[1] as string)
    if (named.length >= 2) return { codes: named.map((p) => p.code), from: 'title' }
  }
  const actors = partiesNamedIn(title.split(TOPIC)[0] as string)
  if (actors.length) return { codes: actors.map((p) => p.code), from: 'title' }
  const first = partiesNamedIn(firstSentence(opening))
  if (first.length) return { codes: first.map((p) => p.code), from: 'opening' }
  const named = partiesNamedIn(title)
  if (named.length) return { codes: named.map((p) => p.code), from: 'title' }
  return { codes: [], from: 'none' }
}
