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
import { capitalsAsWords } from '@/lib/text/chars'
import { sentenceBoundsEnglish } from '@/lib/ingest/sentences-en'
import { US_STATES } from '@/lib/ingest/sign-off'
import { englishForms, findPartyByCode, HOME_PARTY_CODES, PARTIES, type PartyEntry } from './gazetteer'

export interface EnglishParties {
  /** gazetteer codes, in the order they are first named */
  codes: string[]
  /** where they were found; 'publisher' for a one-voice document taken for the publishing government it names most */
  from: 'title' | 'opening' | 'publisher' | 'none'
}

interface Form {
  text: string
  party: PartyEntry
  /** match letter case exactly (abbreviations: US is not "us") */
  exact: boolean
  /** a surname alone: counts only after an office */
  person: boolean
  /** a leader's name, not a country's */
  leader: boolean
}

const OFFICES =
  '(?:(?:First\\s+)?(?:Deputy|Acting|Vice)\\s+)?(?:President|Vice President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Crown Prince|Sultan|Taoiseach|(?:Foreign|Defen[cs]e|Finance|Trade|Interior|External Affairs)\\s+Minister|National\\s+Security\\s+Advis[eo]r|Counterparts?|(?:(?:Coordinating|Senior|State|Cabinet|Chief)\\s+)?Minister|Secretary|Government|Leaders?|Presidents?|Prime Ministers)'

/** The gazetteer's adjectives of more than one word ("South African", "Sri Lankan"), as one alternation. */
// (a real adjective, not the party's name where it has none: "European Commission", "Cook Islands")
const TWO_WORD_ADJECTIVES = PARTIES.filter((p) => p.adjectiveEn !== p.nameEn && p.adjectiveEn !== p.fullEn)
  .map((p) => p.adjectiveEn)
  .filter((adjective) => /^[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)+$/u.test(adjective))
  .map((adjective) => adjective.replace(/\s+/gu, '\\s+'))
  .join('|')

function formsOf(party: PartyEntry): Form[] {
  const forms: Form[] = englishForms(party).map((text) => ({ text, party, exact: isAbbreviation(text), person: false, leader: false }))
  // a leader's full name anywhere; a surname alone only after an office ("President Biden")
  for (const person of party.peopleEn) forms.push({ text: person, party, exact: false, person: !/\s/.test(person), leader: true })
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
  // "Northern Ireland", "North America", "Latin America" name no party, nor does "Non-NATO"
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?<!\\bnon-)(?<!(?:North|Northern|South|Southern|Latin|Central|East|Eastern|West|Western)\\s)(?:${escaped.join('|')})(?![\\p{L}\\p{N}]|\\.[A-Z])`,
    'giu',
  )
  cache = { forms, pattern }
  return cache
}

interface Mention {
  party: PartyEntry
  at: number
  /** named by a leader (by name, or by an office with an adjective or a country) */
  leader: boolean
  /** inside parentheses: "(AUKUS)", "(I2U2)" after the members' names */
  parenthetical: boolean
  /** a grouping named as an occasion, not as one who speaks: "at the G20 Summit", "during its G20 Presidency" */
  occasion: boolean
  /** where the name ends, for a name as printed */
  end?: number
}

/**
 * A state or territory of the Union named after a country, no country ("New Mexico Governor Michelle Lujan Grisham",
 * "Approves American Samoa Disaster Declaration"); matched case-sensitively, as "new Ukraine aid" names Ukraine.
 */
const US_NAMESAKES = ['New Mexico', 'American Samoa']

/** What follows a grouping named as an occasion: "G20 Summit", "G7 Leaders' Summit", "G20 Presidency", "G20 Ministerial". */
const OCCASION_AFTER = /^[\p{L}\p{N}.]*\s+(?:Leaders'?\s+)?(?:Summit|summit|Presidency|presidency|Ministerial|Chairmanship)\b/u

/** What follows a leader's surname that names his government: "-Harris Administration", " administration". */
const ADMINISTRATION_AFTER = /^(?:-\p{Lu}\p{Ll}+)?\s+[Aa]dministration\b/u

/** Every mention of a party in `text`, in order. */
function mentionsIn(text: string): Mention[] {
  const { forms, pattern } = allForms()
  const normalized = text.replace(/[\u00a0\u202f]/g, ' ').replace(/[’]/g, "'")
  const mentions: Mention[] = []
  const inParentheses = (at: number) => {
    const open = normalized.lastIndexOf('(', at)
    return open >= 0 && normalized.lastIndexOf(')', at) < open && at - open < 12
  }
  for (const match of normalized.matchAll(pattern)) {
    const seen = match[0]
    const form = forms.find((f) => (f.exact ? f.text === seen : f.text.toLowerCase() === seen.toLowerCase()))
    if (!form) continue
    // (or before "Administration": "the Biden-Harris Administration", "the Biden administration" is that government)
    if (
      form.person &&
      !new RegExp(`${OFFICES}\\s+$`).test(normalized.slice(Math.max(0, match.index - 30), match.index)) &&
      !ADMINISTRATION_AFTER.test(normalized.slice(match.index + seen.length, match.index + seen.length + 40))
    )
      continue
    const before = normalized.slice(Math.max(0, match.index - 12), match.index)
    if (US_NAMESAKES.some((name) => name.endsWith(` ${seen}`) && before.endsWith(name.slice(0, -seen.length)))) continue
    const occasion = form.party.type === 'grouping' && OCCASION_AFTER.test(normalized.slice(match.index, match.index + 60))
    mentions.push({
      party: form.party,
      at: match.index,
      leader: form.leader,
      parenthetical: inParentheses(match.index),
      occasion,
      end: match.index + seen.length,
    })
  }
  for (const match of normalized.matchAll(new RegExp(`\\b([A-Z][a-z]+(?:i|n|ese|ian|ish|ch|ic|an|ani))\\s+${OFFICES}\\b`, 'g'))) {
    const party = PARTIES.find((p) => p.adjectiveEn === match[1])
    if (party) mentions.push({ party, at: match.index, leader: true, parenthetical: false, occasion: false })
  }
  // (an adjective of two words too: "South African National Security Advisor")
  for (const match of normalized.matchAll(new RegExp(`\\b(${TWO_WORD_ADJECTIVES})\\s+${OFFICES}\\b`, 'g'))) {
    const party = PARTIES.find((p) => p.adjectiveEn === match[1])
    if (party) mentions.push({ party, at: match.index, leader: true, parenthetical: false, occasion: false })
  }
  // "the Prime Minister of Japan", "President Zelenskyy of Ukraine": a leader of that party
  // (with a courtesy title before the name: "Prime Minister Dr. Keith Mitchell of Grenada")
  for (const match of normalized.matchAll(
    new RegExp(`\\b${OFFICES}(?:\\s+(?:Dr|Mr|Mrs|Ms)\\.)?(?:\\s+[A-Z][\\p{L}'-]+){0,3}\\s+of\\s+(?:the\\s+)?`, 'gu'),
  )) {
    const after = mentions.find((m) => m.at === match.index + match[0].length)
    if (after) after.leader = true
  }
  mentions.sort((x, y) => x.at - y.at)
  // an organisation named before its officer's office and name is one counterpart with the officer, whom the gazetteer
  // files under the body they speak for, as the collection does: "European Commission President Ursula von der Leyen" is
  // the Union's, once
  const officerOf = new RegExp(`^\\s+${OFFICES}\\s+$`, 'u')
  return mentions.filter((mention, k) => {
    const after = mentions[k + 1]
    if (!mention.end || !after?.leader || mention.leader || mention.party.type !== 'grouping' || after.party === mention.party) return true
    return !officerOf.test(normalized.slice(mention.end, after.at))
  })
}

/**
 * Parties of mentions, each once, in order; a grouping named in parentheses beside its members is an alias, not a
 * party, and one named as the occasion ("at the G20 Summit") is where they met, unless no one else is named.
 */
function partiesOf(mentions: readonly Mention[]): PartyEntry[] {
  const plain = mentions.filter((m) => !m.parenthetical && !m.occasion)
  const kept = plain.length > 0 ? plain : mentions
  const found: PartyEntry[] = []
  for (const mention of kept) if (!found.includes(mention.party)) found.push(mention.party)
  return found
}

/** The parties named in `text`, in order of first mention, each once. */
export function partiesNamedIn(text: string): PartyEntry[] {
  return partiesOf(mentionsIn(text))
}

/**
 * The states and groupings that open a paragraph as the subject of its first
 * sentence, named and nothing else ("Australia, India, Japan and the United
 * States recognize …"): two or more who speak together (the caller asks how many it needs). Leaders by office or
 * name are no such list ("President Biden and Prime Minister Kishida spoke"),
 * nor is a subject with other words in it ("The United States and Japan's
 * partners …").
 * @example namedSubjectEn('Australia, India, Japan and the United States recognize the need.').map((p) => p.code) // ['australia', 'india', 'japan', 'united-states']
 */
export function namedSubjectEn(opening: string): PartyEntry[] {
  const first = openingSentences(opening, 1)[0] ?? ''
  // (the "of" inside a state's name goes on with the subject: "The United States, the Republic of Korea (ROK), and Japan
  // issued …")
  const stop = first.search(/\s(?!(?:and|the|of)\b)[a-z]/)
  if (stop <= 0) return []
  const subject = first.slice(0, stop)
  const mentions = mentionsIn(subject)
  if (mentions.some((m) => m.leader || m.occasion)) return []
  // (nothing left between the names but commas, "and" and "the", and a name's abbreviation in parentheses after it)
  const rest = subject
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’]/g, "'")
    .replace(allForms().pattern, ' ')
  if (!/^(?:[\s,]|\(\s*\)|\band\b|\bthe\b)*$/iu.test(rest)) return []
  const parties = partiesOf(mentions)
  return parties.length >= 2 ? parties : []
}

/**
 * A readout's title: "Readout of …", or a headline of an officer's talks without the word, "Vice President Harris’s
 * Meeting with Prime Minister Mitsotakis of Greece", "… Call with …" (the publisher's account of them, in one voice).
 */
export function isReadoutTitle(title: string): boolean {
  return /^Readout\b/iu.test(title) || OFFICERS_TALKS.test(title)
}

const OFFICERS_TALKS =
  /^(?:U\.S\.\s+)?(?:President|Vice President|First Lady|Second Gentleman|National Security Advis[eo]r|Secretary)(?:\s+[A-Z][\p{L}.-]*){1,4}[’']s\s+(?:(?:Virtual|Bilateral|Trilateral|Phone|Telephone|Video)\s+)?(?:Meeting|Call|Conversation)s?\s+with\s/u

/**
 * The states and groupings a readout's title says the talks were with
 * ("Readout of President Joe Biden’s Call with Prime Minister Jacinda Ardern
 * of New Zealand", "… Meeting with President Lula of Brazil on …"), not the
 * topic after them, or the states its officer visited ("… Visit to Qatar"); none for a readout of the publisher's own
 * meeting.
 * @example readoutCounterparts('Readout of President Biden’s Call with Prime Minister Kishida of Japan').map((p) => p.code) // ['japan']
 */
export function readoutCounterparts(title: string): PartyEntry[] {
  if (!isReadoutTitle(title)) return []
  // (or between: "Readout of Meeting Between President Joseph R. Biden, Jr. and the Presidents of the Democratic Republic
  // of the Congo, Gabon, …", which names the publisher's side too: the caller sets it apart)
  // (or where its officer travelled, whose government the talks were with: "Readout of Homeland Security Advisor Dr. Liz
  // Sherwood-Randall’s Visit to Qatar", "… Travel to Nigeria, Equatorial Guinea, and Mauritania")
  // (or whose meeting it was: "Readout: Trilateral Meeting of Prime Minister Boris Johnson of the United Kingdom, President
  // Joe Biden, and Prime Minister Scott Morrison of Australia")
  const match = /^.*?\b(?:with|between|(?:Visit|Trip|Travel)\s+to|Meeting\s+of)\s+(.+)$/iu.exec(title)
  // (or an occasion of both sides, named by their compound: "Readout of U.S.-Colombia High-Level Roundtable")
  if (!match) return compoundParties(title)
  // (up to the topic, the place or the purpose: "… of Australia at the G20 Summit in Bali, Indonesia", "… of Germany to
  // Discuss Russia's …", "… Held Hostage in Iran", "U.S. Ambassador to Japan")
  const talks = (match[1] as string).split(READOUT_TOPIC)[0] as string
  // (a visit to a state of the Union is no foreign government's: "… Visit to Georgia", "… Travel to New Mexico")
  const visit = /\b(?:Visit|Trip|Travel)\s+to\s+$/iu.test(match[0].slice(0, match[0].length - (match[1] as string).length))
  if (visit && US_STATES.has(talks.trim())) return []
  return talksParties(talks, (m) => !m.occasion) ?? []
}

/** The two parties a compound names, "U.S.-Colombia", "U.S.–ROK", where the title has one; else none. */
function compoundParties(title: string): PartyEntry[] {
  for (const compound of title.matchAll(/(\S+)[-–](\S+)/gu)) {
    const [first, second] = [partiesNamedIn(compound[1] as string), partiesNamedIn(compound[2] as string)]
    if (first.length === 1 && second.length === 1 && first[0] !== second[0]) return [first[0] as PartyEntry, second[0] as PartyEntry]
  }
  return []
}

/**
 * The parties of the other side of talks, of the mentions `keep` keeps; null where that side is a governor, mayor or
 * legislator of a state of the Union, who is no foreign government ("Governor Brian Kemp of Georgia", "Georgia state
 * legislators"). A state named as where a person who speaks for no government comes from is not a party either
 * ("Opposition Leader Svyatlana Tsikhanouskaya of Belarus").
 */
function talksParties(talks: string, keep: (mention: Mention) => boolean): PartyEntry[] | null {
  if (US_OFFICERS.test(talks)) return null
  // (the person is the one named since the last comma or "and" before the state)
  const ofNoGovernment = (m: Mention) =>
    NO_GOVERNMENT.test(
      talks
        .slice(0, m.at)
        .split(/[,;]|\band\b/u)
        .at(-1) as string,
    )
  return partiesOf(mentionsIn(talks).filter((m) => keep(m) && !ofNoGovernment(m)))
}

/** Who speaks for no government: an opposition leader, an activist, a dissident, a journalist, a laureate. */
const NO_GOVERNMENT = /\b(?:opposition|activists?|dissidents?|journalists?|human rights defenders?|(?:Nobel\s+)?laureates?)\b/iu

/**
 * The states and groupings a readout's first sentence says its talks were with, where its title names them only by a
 * person or an occasion ("… Meeting with Politburo Member Yang Jiechi" / "… met with Chinese Communist Party Politburo
 * Member … Yang Jiechi in Zurich", "… Participation in the Bucharest Nine Virtual Summit" / "… a virtual summit of the
 * Bucharest Nine (B9), hosted by Presidents Klaus Iohannis of Romania and Andrzej Duda of Poland"): the governments named
 * after "met with", "spoke with", "hosted by" … up to the topic or the place, or the adjective that opens that side ("Chinese
 * Communist Party Politburo Member"); with `leadersOnly`, only the states of serving leaders and officials named by office
 * and name.
 */
export function openingCounterparts(opening: string, leadersOnly = false): PartyEntry[] {
  const first = openingSentences(opening, 1)[0] ?? ''
  const triggers = [...first.matchAll(TALKS_WITH)]
  const found: PartyEntry[] = []
  triggers.forEach((trigger, k) => {
    const from = trigger.index + trigger[0].length
    const talks = first.slice(from, triggers[k + 1]?.index ?? first.length).split(READOUT_TOPIC)[0] as string
    // (a state of the Union named without its leader is none either: "Georgia state legislators", but "President
    // Zourabichvili of Georgia")
    // (leadersOnly: a state by the office and name of a serving leader or official alone, not one a person comes from,
    // "who had just returned from Russia", nor a former leader's, "former Prime Minister Tony Blair of the United Kingdom")
    // (a leader by office, or a person of that state by office and name, "… Office Director Kim Sung-han of the Republic of
    // Korea")
    const serving = (m: Mention) =>
      (m.leader || /\p{Lu}[\p{L}'’-]+\s+of\s+(?:the\s+)?$/u.test(talks.slice(Math.max(0, m.at - 40), m.at))) &&
      !/\bformer\b/iu.test(
        talks
          .slice(0, m.at)
          .split(/[,;]|\band\b/u)
          .at(-1) as string,
      )
    const named = talksParties(talks, (m) => !m.occasion && (leadersOnly ? serving(m) : m.leader || !US_STATES.has(m.party.nameEn)))
    if (named === null) return
    if (leadersOnly) {
      for (const one of named) if (!found.includes(one)) found.push(one)
      return
    }
    // (or the adjective of one word or two that opens that side, "Chinese", "South African", before a capitalised word)
    // (not Americans of that descent: "Cuban American leaders")
    const words = named.length ? null : /^(?:the\s+)?(\p{Lu}[\p{L}-]+)(?:\s+(\p{Lu}[\p{L}-]+))?\s+\p{Lu}/u.exec(talks)
    if (/^(?:the\s+)?\p{Lu}[\p{L}]*[\s-]+Americans?\b/u.test(talks)) return
    const adjectives = words ? [words[1] as string, ...(words[2] ? [`${words[1]} ${words[2]}`] : [])] : []
    const party = PARTIES.find((p) => adjectives.includes(p.adjectiveEn) && p.adjectiveEn !== p.nameEn)
    for (const one of party ? [party] : named) if (!found.includes(one)) found.push(one)
  })
  return found
}

/**
 * A readout's sentence that lists who took part in its call or meeting beside its own officer, where its title and first
 * sentence name the others only as "Allies and partners": "Joining President Biden on the call were Prime Minister Trudeau
 * of Canada, …", "Also joining the meeting were …", "The President was joined on the call by …", "Leaders on the call
 * included …", "The Vice President spoke individually with: Prime Minister Kaja Kallas of Estonia; …" (not "Joining Forces
 * was relaunched …", a gerund's subject).
 */
const PARTICIPANTS = new RegExp(
  String.raw`^(?:(?:(?:Also\s+)?(?:[Jj]oining|[Pp]articipating\s+in|[Tt]aking\s+part\s+in)\b[^.:;]{0,60}?(?:(?:on|in|at|for)\s+)?|[^.:;]{0,60}?\bwas\s+joined\s+(?:on|in|at|for)\s+|(?:The\s+)?(?:[Ll]eaders|[Pp]articipants)\s+(?:on|in|at|for)\s+)the\s+(?:[\p{L}-]+\s+){0,2}?(?:call|meeting|videoconference|video\s+conference|discussion|session|summit)\s+(?:were|was|included|by)\s+|[^.:;]{0,60}?\b(?:spoke|met|talked)\s+(?:(?:individually|separately)\s+)?with:\s+)`,
  'u',
)

/** Whether a sentence lists who took part in talks (PARTICIPANTS). */
export const namesParticipants = (sentence: string): boolean => PARTICIPANTS.test(sentence)

/**
 * The governments and groupings whose leaders such a sentence lists, by office and name ("Prime Minister Trudeau of
 * Canada", "NATO Secretary General Stoltenberg"); not the states a person who leads none is from or posted to ("U.S.
 * Ambassador to NATO Julianne Smith", "Nobel laureate Maria Ressa of the Philippines"); none for another sentence.
 * @example participantParties('Joining President Biden on the call were Prime Minister Trudeau of Canada.').map((p) => p.code) // ['canada']
 */
export function participantParties(sentence: string): PartyEntry[] {
  const match = PARTICIPANTS.exec(sentence)
  // (up to the topic: "… of Estonia about the threat posed by President Putin of Russia")
  return match ? participantListParties(sentence.slice(match[0].length).split(PARTICIPANTS_TOPIC)[0] as string) : []
}

/** Where a list of participants gives way to the talks' topic: "… of Estonia about the threat …", "… to discuss …". */
const PARTICIPANTS_TOPIC = /\s(?:about|regarding|concerning|to\s+discuss)\s/u

/**
 * A readout's lead-in over a list of those who took part: "The Leaders that participated:", "Participants included:",
 * "Meeting attendees:", "The Vice President spoke individually with:", "Joining the call were the following leaders:" (each
 * item a person with an office: participantItemsParties).
 */
export const PARTICIPANTS_LEAD_IN =
  /^(?:The\s+)?(?:(?:[Ll]eaders|[Pp]articipants|[Aa]ttendees|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment))(?:\s+(?:that|who)\s+(?:participated|attended|took\s+part)(?:\s+(?:in|on)\s+the\s+(?:call|meeting|summit|session))?|\s+included)?|(?:Meeting|Call|Summit)\s+(?:participants|attendees)|[^.:;]{0,80}?\b(?:(?:spoke|met|talked)\s+(?:(?:individually|separately)\s+)?with|the\s+following\s+(?:leaders|participants|heads\s+of\s+(?:state|government))))\s*:$/u

/**
 * The governments and groupings a readout's list of participants names under its lead-in (PARTICIPANTS_LEAD_IN), an item
 * to a participant: those whose leaders it names (participantListParties), or the government or body an item names after
 * its last comma as the participant's, by its whole name ("Special Presidential Envoy for Climate Change Ruslan
 * Edelgeriyev, Russian Federation", "Secretary-General António Guterres, United Nations"; not "Marsha Jones, The Afiya
 * Center" nor "Neha Gill, Apna Ghar, Inc.").
 */
export function participantItemsParties(items: readonly string[]): PartyEntry[] {
  const found: PartyEntry[] = []
  for (const item of items) {
    const leaders = participantListParties(item)
    const segment = (item.split(',').at(-1) ?? '')
      .trim()
      .replace(/^the\s+/iu, '')
      .replace(/\.$/u, '')
    const mentions = leaders.length ? [] : mentionsIn(segment)
    // (not a state of the Union: "Senator Raphael Warnock, Georgia")
    const whole =
      mentions.length === 1 &&
      mentions[0]?.at === 0 &&
      mentions[0].end === segment.length &&
      !mentions[0].occasion &&
      !US_STATES.has(segment)
    for (const party of leaders.length ? leaders : whole ? [(mentions[0] as Mention).party] : [])
      if (!found.includes(party)) found.push(party)
  }
  return found
}

/**
 * The governments and groupings whose leaders a list of participants names (the words after a sentence's "Joining
 * President Biden on the call were", or an item of a list under PARTICIPANTS_LEAD_IN).
 */
function participantListParties(words: string): PartyEntry[] {
  // (a state's name with its article capitalised, as a list prints it: "Prime Minister Phillip Davis of The Bahamas")
  const list = words.replace(/[\u00a0\u202f]/gu, ' ').replace(/\bof The\s/gu, 'of the ')
  // (a grouping's head named by the grouping, office and name, or by office, name and grouping, leads it too: "NATO
  // Secretary General Stoltenberg", "Secretary-General Guterres of the United Nations")
  const head = (m: Mention) =>
    m.party.type === 'grouping' &&
    m.end !== undefined &&
    (GROUPING_HEAD.test(list.slice(m.end)) || GROUPING_HEAD_BEFORE.test(list.slice(Math.max(0, m.at - 60), m.at)))
  // (and the governments whose representatives took part, as listed right after: "… and representatives from France and
  // the European Union", not "representatives of civil society organizations working in Ukraine")
  const represented = /\brepresentatives?\s+(?:from|of)\s+/u.exec(list)
  const from = represented ? represented.index + represented[0].length : -1
  const to = represented ? from + listEnd(list.slice(from)) : -1
  const listed = (m: Mention) => m.at >= from && m.at < to
  return partiesOf(mentionsIn(list).filter((m) => (m.leader || head(m) || listed(m)) && !m.occasion))
}

/** The office and name after a grouping's name that make its head: "… Secretary General Stoltenberg", "… President Michel". */
const GROUPING_HEAD =
  /^\s+(?:Deputy\s+)?(?:Secretary[- ]General|President|Chair(?:man|woman|person)?|Director[- ]General|High Representative)\s+\p{Lu}/u
/** The same office and name before the grouping's name: "Secretary-General Guterres of the", "Chairperson Faki of the". */
const GROUPING_HEAD_BEFORE =
  /\b(?:Secretary[- ]General|President|Chair(?:man|woman|person)?|Director[- ]General|High Representative)(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+of\s+(?:the\s+)?$/u

/**
 * Who the talks of a readout's first sentence were with: "met (virtually) with …", "spoke by phone with …", "hosted by …",
 * "joined leaders of …" (not "joined by …", who come with its own side).
 */
const TALKS_WITH =
  /\b(?:(?:met|meets|spoke|speaks|talked|conferred)(?:\s+(?:today|yesterday|virtually|separately|by\s+(?:phone|telephone|video(?:\s*conference)?)|in\s+person))*\s+with|(?:hosted|convened|chaired)\s+by|joined(?:\s+(?:today|yesterday|virtually))*(?!\s+by\b))\s+/gu

/** What may stand before a sentence's subject named by office and name: "Today, President …", "The Biden-Harris …". */
const SUBJECT_BEFORE = new RegExp(`^(?:[\\p{L}\\d ]{1,20},\\s*)?(?:the\\s+)?(?:${OFFICES}\\s+)?$`, 'iu')

/** A governor, mayor or legislator of a state of the Union, whose talks are no foreign government's. */
const US_OFFICERS = /\b(?:Governors?|Mayors?|Senators?|Congress(?:wo)?m[ae]n|Legislators?|Members? of Congress)\b/iu

/** The part of a readout's title before "with": its own side ("Readout of President Biden’s Call"). */
export function readoutOwnSide(title: string): PartyEntry[] {
  const match = isReadoutTitle(title) ? /^(.*?)\bwith\s/iu.exec(title) : null
  return match ? partiesOf(mentionsIn(match[1] as string)) : []
}

/** Words that end a list of signatories: the verb after "We, the leaders of A, B and C …". */
const LIST_OF =
  /\b(?:leaders|heads of (?:state and |state or )?government|ministers|representatives|governments|members|member states|partners|presidents|prime ministers)\s+of\s+/i
/**
 * The same as the subject of its sentence, who speaks: "We, the leaders of …",
 * "On July 14, 2022, we, the Heads of Government of …", "The leaders of …",
 * not "… met with the leaders of …" nor "the Summit of the leaders of …".
 */
const SUBJECT_LIST_OF = new RegExp(`^(?:[^,]{0,40},\\s*){0,2}(?:we\\s*,?\\s*)?(?:the\\s+)?${LIST_OF.source.replace('\\b', '')}`, 'i')

/** The parties of the list that follows `list` in `sentence`: it runs to its first lower-case word other than and / the / of. */
function listedAfter(sentence: string, list: RegExpExecArray): PartyEntry[] {
  const rest = sentence.slice(list.index + list[0].length)
  return partiesNamedIn(rest.slice(0, listEnd(rest)))
}

/** Where a list of names ends: at its first word in lower case other than and / the / of or a name's particle (or its end). */
function listEnd(rest: string): number {
  const stop = rest.search(/\s(?!(?:and|the|of|de|da|du|la|le|del)\b)[a-z]/)
  return stop > 0 ? stop : rest.length
}

/**
 * Who an opening paragraph says is speaking: the list after "the leaders of"
 * as the subject of one of its first sentences ("We, the leaders of the
 * European Commission, France, … and the United States condemn …", after a
 * dateline or a preamble too), or a grouping alone there ("We, the leaders of
 * the G7"); else such a list of two or more anywhere in the first sentence;
 * else the leaders it names ("President Biden and Prime Minister Kishida");
 * else the countries of its first sentence.
 */
function openingParties(opening: string): PartyEntry[] {
  const sentences = openingSentences(opening, 5)
  const first = sentences[0] ?? ''
  for (const sentence of sentences) {
    const subject = SUBJECT_LIST_OF.exec(sentence)
    const listed = subject ? listedAfter(sentence, subject) : []
    if (listed.length >= 2 || (listed.length === 1 && (listed[0] as PartyEntry).type === 'grouping')) return listed
  }
  // "the Summit of the leaders of …" in a later sentence is an occasion, not who speaks
  const list = LIST_OF.exec(first)
  if (list) {
    const listed = listedAfter(first, list)
    if (listed.length >= 2) return listed
  }
  const paragraph = opening.slice(0, 1200)
  const leaders = mentionsIn(paragraph).filter((m) => m.leader)
  if (leaders.length >= 2 || (leaders.length === 1 && HOME_PARTY_CODES.includes((leaders[0] as Mention).party.code) === false)) {
    const found = partiesOf(leaders)
    if (found.length >= 2) return found
  }
  return partiesNamedIn(first)
}

const TOPIC = /\s(?:on|regarding|concerning|about|to mark|marking|in support of|in response to|following|after)\s/i
/** What ends the party a readout's talks were with: a topic, a place, a purpose. */
// ("to" unless an office follows, "Advisors to the President of Lithuania"; not "for", "Secretary for Strategic Affairs")
const READOUT_TOPIC = new RegExp(`${TOPIC.source}|\\s(?:at|in|during|over|ahead of|before)\\s|\\sto\\s(?!the\\s)`, 'i')
/**
 * The office that publishes for the United States, named in a text pasted without its address, and its officials as its
 * calls on background name them: "It will be attributed to “senior administration officials.”"
 */
const WHITE_HOUSE = /\bWhite House\b|\b[Ss]enior [Aa]dministration [Oo]fficials?\b/u
/**
 * The White House's offices and officials by office, as its own releases name them: the Executive Office of the
 * President's councils and offices ("Statement from CEA Chair Cecilia Rouse …", "… by OMB Director …"), and its
 * officials unnamed ("Background Press Call By Senior Admin Officials On …"), and the staff of the Vice President and the
 * First Lady, their government unnamed ("Statement from Press Secretary to the Vice President Kirsten Allen").
 */
const WHITE_HOUSE_OFFICE =
  /\b(?:White House|NSC|National Security Council|Senior Admin(?:istration)? Officials?|CEA|Council of Economic Advisers|OMB|Office of Management and Budget|OSTP|Office of Science and Technology Policy|National Economic Council|NEC|Domestic Policy Council|ONDCP|Office of National Drug Control Policy|Council on Environmental Quality|CEQ|National Cyber Director|Gender Policy Council|(?:Press Secretary|Deputy Press Secretary|Spokesperson|Chief of Staff|Communications Director|Director of Communications|Senior Advis[eo]r)\s+(?:to|for)\s+the\s+(?:Vice President|First Lady|Second Gentleman)(?!\s+of\b))\b/u
/**
 * The White House's offices that no other government has by that name: what a text naming no government but one of them
 * is (another country has its National Security Council, a company its NEC, France its CEA).
 */
const US_ONLY_OFFICE =
  /\b(?:White House|OMB|Office of Management and Budget|OSTP|Office of Science and Technology Policy|National Economic Council|Domestic Policy Council|ONDCP|Office of National Drug Control Policy|Council on Environmental Quality|National Cyber Director|Gender Policy Council|National Climate Advisor)\b/u
/** Whether a title or its opening names one of the White House's offices that no other government has (US_ONLY_OFFICE). */
const namesOwnOffice = (title: string, opening: string): boolean =>
  US_ONLY_OFFICE.test(title) || US_ONLY_OFFICE.test(opening.slice(0, 2000))

/** Documents in one voice: a statement by someone, a fact sheet ("U.S. FACT SHEET: …" too), a chair's statement, a government's press call or briefing. */
const ONE_VOICE =
  /^(?:(?:Statement|Remarks|Message|Readout|Address|Speech|Keynote Address|Keynote Speech)(?:\s+as\s+(?:Prepared\s+for\s+Delivery|Delivered))?\s+(?:[Bb]y|[Ff]rom|of)\s+|(?:U\.S\.\s+)?(?:FACT SHEET|Fact Sheet|Fact sheet)(?:\s*:\s*|\s+(?:on|about)\s+)|Readout\s*:\s*|Readout\s+of\s+|Chair(?:man|woman|person)?[’']s\s+(?:Statement|Summary)\b|(?:Background\s+|On-the-Record\s+)?Press\s+(?:Call|Briefing|Gaggle|Conference\s+Call)\s+(?:[Bb]y|[Ww]ith)\s+)/

/**
 * A news headline of its publisher's own act, in one voice: an officer or the administration and a verb in the present
 * ("President Biden Announces Presidential Delegation to Japan …", "First Lady Jill Biden to Travel to Romania and
 * Slovakia", "Biden Administration Approves First Operation Fly Formula Mission", "White House Announces Additional Actions
 * to Help Families Afford Energy Bills"), a government's press call or
 * briefing of any kind ("Background Press Call on the Upcoming Trilateral Meeting with Japan and the Republic of Korea"),
 * its list of nominations sent to the Senate, a media advisory of its events ("Media Advisory: Second COVID-19 Summit", whose
 * co-hosts are named in it). The countries such a headline names are where the act goes, not its authors. A department
 * may lead it ("U.S. Department of Homeland Security: Secretary Mayorkas Designates Venezuela for Temporary Protected Status").
 * (An officer by name: "Vice President Harris’s Meeting with …" has no verb.)
 */
const PUBLISHER_HEADLINE =
  /^(?:(?:(?:U\.S\.|United\s+States)\s+Department\s+of\s+(?:the\s+)?[A-Z][\p{L}]+(?:\s+(?:and\s+)?[A-Z][\p{L}]+){0,3}:\s+)?(?:(?:U\.S\.\s+)?(?:President|Vice President|First Lady|Second Gentleman|Press Secretary|National Security Advis[eo]r|Secretary)(?:\s+[A-Z][\p{L}.’'-]*|,\s+Jr\.){1,4}|(?:The\s+)?Biden(?:[-–]\s?Harris)?\s+Administration)\s+(?:to\s+[A-Z][a-z]+|[A-Z][a-z]+s)(?=\s)|(?:The\s+)?White\s+House\s+(?:Announces|Releases|Hosts|Launches|Convenes|Appoints|Unveils|Issues|Publishes|Celebrates|Honors|Names|Welcomes|Highlights|Opens|Marks|Outlines|Recognizes)(?=\s)|(?:Background\s+|On-the-Record\s+)?Press\s+(?:Call|Briefing|Gaggle)\b|(?:Media|Press)\s+Advisory\b|(?:Press\s+Release:\s*)?Nominations?\s+(?:and\s+Withdrawals?\s+)?Sent\s+to\s+the\s+Senate\b)/u

/**
 * Whether a title is a headline of its publisher's own act (PUBLISHER_HEADLINE), not one of a document it issues with
 * another ("Secretary Granholm Issues Joint Statement with Canadian Minister Wilkinson"; but "… Welcomes Joint Statement of
 * the G7 Leaders" is its own) or an instrument it signs with
 * another's officer ("Secretary Blinken Signs … Charter … with Foreign Minister Kuleba").
 */
export const isPublisherHeadline = (title: string): boolean =>
  PUBLISHER_HEADLINE.test(title) &&
  !/\b(?:Issues?|Releases?|Adopts?|Signs?|Delivers?)\s+(?:a\s+|the\s+)?Joint\s+(?:Statement|Declaration|Communiqu[eé]|Readout|Fact\s+Sheet)\b|\bSigns?\b.*\bwith\s+(?:[A-Z][\p{L}-]+\s+){0,3}(?:Minister|President|Secretary|Chancellor|Prime)\b/u.test(
    title,
  )

/** A paragraph's number or bullet: "1. ", "(2) ", "3\. " (escaped in Markdown), "• ". */
const NUMBER = /^\s*(?:\(?\d{1,3}\\?[.)]|[-•*])\s+/u

/**
 * The first `count` sentences of a paragraph, by the sentence rules ("U.S.
 * National Security Advisor …" goes on after "U.S."), each without its
 * number ("1. We, the leaders …") and cut at a semicolon or colon, which
 * ends the clause that names who speaks; at most 2,000 characters each (a
 * list of 36 signatories fits).
 */
function openingSentences(text: string, count: number): string[] {
  const head = text.slice(0, 6000).replace(NUMBER, '')
  return sentenceBoundsEnglish(head)
    .map(([from, to]) => {
      const sentence = head.slice(from, to).replace(NUMBER, '').trim()
      const end = sentence.search(/[;:](?:\s|$)/)
      return (end > 0 ? sentence.slice(0, end) : sentence).slice(0, 2000)
    })
    .filter((sentence) => sentence.length > 0)
    .slice(0, count)
}

/** What findPartiesEn reads of a statement. */
interface EnglishText {
  title: string
  opening: string
  closing?: string
  publisher?: string | null
  /** the text's first clauses, past its opening */
  head?: string
}

/**
 * The parties of an English statement.
 * `publisher` is the government whose site published it, when known (a
 * one-voice document — a statement by its president, a fact sheet — is its).
 * @example findPartiesEn({ title: 'U.S.-ROK Leaders’ Joint Statement', opening: '' }).codes // ['united-states', 'south-korea']
 */
export function findPartiesEn(text: EnglishText): EnglishParties {
  const found = partiesOfText(text)
  if (found.codes.length > 0) return found
  if (/\p{Ll}/u.test(text.title) || !/\p{Lu}{4}/u.test(text.title)) {
    // (a release that names no government but the White House's own offices is the United States': "May 2021 Visitor Log
    // Records Posted" / "Today the White House released visitor log records …"; pasted without its address, as with its
    // address the publisher is found for it)
    const own = !text.publisher && namesOwnOffice(text.title, text.opening)
    if (own) return { codes: ['united-states'], from: 'publisher' }
    // (or naming no government at all but one publishing government's leader, by office and name: "BY THE NUMBERS: The
    // Inflation Reduction Act" / "… President Biden and Congressional Democrats …" is the United States')
    // (the leader the subject of one of its first sentences, not a text of another's that names them: "He commends President
    // Biden for …", "We thank President Biden …")
    const head = text.opening.slice(0, 2000)
    const named = partiesNamedIn(head)
    const leader = openingSentences(head, 5)
      .map((sentence) => mentionsIn(sentence).find((m) => m.leader && SUBJECT_BEFORE.test(sentence.slice(0, m.at))))
      .find((m) => m !== undefined)?.party
    // (not a joint statement, whose authors are those its title names: "Joint Statement of BMW, Ford, Honda, …")
    if (
      !text.publisher &&
      !/\bjoint\b/iu.test(text.title) &&
      leader &&
      named.length === 1 &&
      named[0] === leader &&
      HOME_PARTY_CODES.includes(leader.code)
    )
      return { codes: [leader.code], from: 'publisher' }
    return found
  }
  // (a title in capitals names no one the gazetteer knows, who is named in Title Case: "FACT SHEET: BIDEN-HARRIS
  // ADMINISTRATION ANNOUNCES NEW PAY RAISES …"; read it so where it finds no one as printed)
  return partiesOfText({
    ...text,
    title: capitalsAsWords(text.title),
  })
}

function partiesOfText({ title, opening, closing = '', publisher = null, head = '' }: EnglishText): EnglishParties {
  // a notice of the President's acts that the White House alone issues, whoever it names: "Nominations Sent to the Senate",
  // "Withdrawal Sent to the Senate", "Bills Signed"
  if (WHITE_HOUSE_NOTICE.test(title)) return { codes: ['united-states'], from: 'publisher' }
  if ((ONE_VOICE.test(title) || isPublisherHeadline(title)) && !/^joint\b/i.test(title)) {
    // the speaker part runs to the topic: "Statement by President Biden Welcoming the Opening of …"
    // (and to where it was said: "Address by Prime Minister KISHIDA Fumio at the … United Nations General Assembly")
    // (a name that ends in -ing is no topic's verb: "President Xi Jinping of the People’s Republic of China")
    const speakerPart = (
      (title.replace(ONE_VOICE, '').split(TOPIC)[0] as string).split(/\s(?=[A-Z]?[a-z]+ing\s(?!of\s))/)[0] as string
    ).split(/\s(?:at|before|during)\s/)[0] as string
    // (a headline capitalises its prepositions or not: "Statement From Senior Advisor … Symone Sanders on …"; but not "Of",
    // "Statement Of Intent on … Between the United States and Japan" is an instrument's name)
    const voices = /^(?:Statement|Message|Remarks|Address|Speech|Keynote \w+)\s+(?:[Bb]y|[Ff]rom|of)\s+/.test(title)
      ? partiesNamedIn(speakerPart)
      : []
    // "Statement by Australia, Japan, New Zealand, the United Kingdom, and the United States": several voices
    if (voices.length >= 2) return { codes: voices.map((p) => p.code), from: 'title' }
    // "Remarks by Secretary Blinken and Foreign Minister … of Japan": the publisher's official and a foreign one
    const [voice] = voices
    if (publisher && voice && voice.code !== publisher && /\sand\s/.test(speakerPart))
      return { codes: [publisher, voice.code], from: 'title' }
    if (publisher) return { codes: [publisher], from: 'title' }
    if (voices.length) return { codes: [(voices[0] as PartyEntry).code], from: 'title' }
    // (a voice that is an office of the White House's own, not the government its topic names: "Statement by NSC
    // Spokesperson Adrienne Watson on Ukraine Power Outages …", "Background Press Call by Senior Administration Officials on
    // the President’s Upcoming G20 Visit")
    const office = WHITE_HOUSE_OFFICE.test(speakerPart) ? findPartyByCode('united-states') : undefined
    if (office) return { codes: [office.code], from: 'title' }
    // (a press call or briefing pasted without its address whose moderator says only after the opening whose officials speak:
    // "MR MUNOZ: Hey, everybody. …" / "This call will be attributable to “senior administration officials.”", the White
    // House's convention, whatever government its topic names, "Background Press Call on President Biden’s Call with
    // President Xi Jinping …")
    // (its officials by that convention, in any case; the White House named alone only where the title names no other
    // government, whose own briefing may be asked about it: "Press Briefing by the Foreign Ministry Spokesperson of the
    // People's Republic of China" / "Q The White House announced …")
    const heard = head.slice(0, HEAD_CHARACTERS)
    const foreignTitle = partiesNamedIn(title).some((party) => party.code !== 'united-states')
    if (PRESS_EVENT.test(title) && (SENIOR_OFFICIALS.test(heard) || (!foreignTitle && /\bWhite House\b/u.test(heard))))
      return { codes: ['united-states'], from: 'publisher' }
    // a fact sheet or a statement by an office: the publishing government it names
    // (the home government named most, not the first named: "FACT SHEET: CHIPS and Science Act Will … Counter China" over
    // "In President Biden’s first year in office, the Biden-Harris Administration …" is the United States')
    // (its office counts as a naming of its government: "Today, the White House welcomes our partners from the governments of
    // Canada and Mexico as we jointly host …" is the United States'; not where another home government is named, whose
    // spokesperson speaks of the White House: "The White House convened … China firmly opposes this.")
    const officeNamings = (text: string) => text.match(new RegExp(WHITE_HOUSE.source, 'gu'))?.length ?? 0
    const listed = [...partiesNamedIn(title), ...partiesNamedIn(opening.slice(0, 2000))]
    const otherHome = listed.some((party) => HOME_PARTY_CODES.includes(party.code) && party.code !== 'united-states')
    const offices = otherHome ? 0 : officeNamings(title) + officeNamings(opening.slice(0, 2000))
    const unitedStates = offices ? findPartyByCode('united-states') : undefined
    const named = [...listed, ...(unitedStates ? [unitedStates] : [])]
    const mentions = [...mentionsIn(title), ...mentionsIn(opening.slice(0, 2000))].filter((m) => !m.parenthetical && !m.occasion)
    const times = (party: PartyEntry) => mentions.filter((m) => m.party === party).length + (party === unitedStates ? offices : 0)
    // (but a title whose subject is a home government names it: "FACT SHEET: The United States Continues to Strengthen
    // Cooperation with G7 on … Challenges … Posed by the People’s Republic of China")
    const headline = title.replace(/^[^:]{0,40}:\s*/u, '').replace(/^the\s+/iu, '')
    const subject = mentionsIn(headline).find((m) => m.at === 0 && HOME_PARTY_CODES.includes(m.party.code))?.party
    const home =
      subject ??
      named
        .filter((party) => HOME_PARTY_CODES.includes(party.code))
        .reduce<PartyEntry | undefined>((best, party) => (best && times(best) >= times(party) ? best : party), undefined) ??
      // (or, naming nothing else, one of the White House's offices by name: "… National Climate Advisor Gina McCarthy and
      // National Economic Council Director Brian Deese hosted a roundtable with stakeholders from the private sector …")
      (namesOwnOffice(title, opening) ? findPartyByCode('united-states') : undefined)
    // (never the first foreign state or grouping it names, which is its topic: "Statement by the President on the United
    // Nations General Assembly Vote …" / "I commend the Member States of the United Nations …" is not the United Nations';
    // but a state that is the subject of its first sentence speaks: "Statement by the Foreign Secretary" / "The United
    // Kingdom condemns …", "The Government of Japan strongly condemns …")
    const speaking =
      home ??
      openingSentences(opening.slice(0, 2000), 1)
        .map((sentence) =>
          mentionsIn(sentence).find((m) => SUBJECT_BEFORE.test(sentence.slice(0, m.at).replace(/\bGovernment of\s+$/iu, ''))),
        )
        .find((m) => m !== undefined && m.party.type === 'state')?.party
    return speaking ? { codes: [speaking.code], from: 'publisher' } : { codes: [], from: 'none' }
  }
  const between =
    /\b(?:between|of the leaders of|by the leaders of)\s+(.+?)(?=\s(?:on|regarding|concerning|following|to|in)\s|[:,]\s|$)/i.exec(title)
  if (between) {
    const named = partiesNamedIn(between[1] as string)
    if (named.length >= 2) return { codes: named.map((p) => p.code), from: 'title' }
  }
  // leaders the title names, wherever: "… Following Meeting of President Joseph R. Biden and His Majesty King Abdullah II of Jordan"
  const leaders = partiesOf(mentionsIn(title).filter((m) => m.leader))
  if (leaders.length >= 2) return { codes: leaders.map((p) => p.code), from: 'title' }
  const actors = partiesNamedIn(title.split(TOPIC)[0] as string)
  if (actors.length >= 2 || actors.some((p) => p.type === 'grouping')) return { codes: actors.map((p) => p.code), from: 'title' }
  // (a title naming no one over an opening whose subject is a home government's leader alone, who will host or meet the
  // others, is that government's announcement: "North American Leaders’ Summit (NALS)" / "On November 18, President Biden will host Prime
  // Minister Justin Trudeau of Canada and President Andrés Manuel López Obrador of Mexico …")
  const host = actors.length === 0 && !/\bjoint\b/iu.test(title) ? homeLeaderAlone(opening) : undefined
  if (host) return { codes: [host.code], from: 'opening' }
  // one state in the title ("Vision Statement for the U.S.-Africa Partnership"): its partners are in the opening, or among the signatures
  const others = [...openingParties(opening), ...partiesOf(mentionsIn(closing).filter((m) => m.leader))]
  const merged = [...actors]
  for (const party of others) if (!merged.includes(party)) merged.push(party)
  if (merged.length > actors.length) return { codes: merged.map((p) => p.code), from: actors.length ? 'title' : 'opening' }
  if (actors.length) return { codes: actors.map((p) => p.code), from: 'title' }
  const named = partiesNamedIn(title)
  if (named.length) return { codes: named.map((p) => p.code), from: 'title' }
  return { codes: [], from: 'none' }
}

/** A government's press call, briefing or gaggle, by its title. */
const PRESS_EVENT = /^(?:Background\s+|On-the-Record\s+)?Press\s+(?:Call|Briefing|Gaggle|Conference\s+Call)\b/u
/** The White House's officials on background, as its calls name them, in any case: "SENIOR ADMINISTRATION OFFICIAL:". */
const SENIOR_OFFICIALS = /\bsenior administration officials?\b/iu
/** How much of a text's first clauses is read for whose officials speak. */
const HEAD_CHARACTERS = 4000

/** The titles of the White House's notices of the President's acts. */
const WHITE_HOUSE_NOTICE =
  /^(?:Press Release:\s*)?(?:(?:Nominations?|Withdrawals?)(?:\s+and\s+(?:Nominations?|Withdrawals?))?\s+Sent\s+to\s+the\s+Senate|Bills?\s+Signed)\b/iu

/**
 * The home government whose leader alone is the subject of an opening's first sentence that announces what the leader
 * will do ("On November 18, President Biden will host …"), not one of several ("President Biden and Prime Minister Kishida
 * will meet …", "President Biden, Prime Minister …").
 */
function homeLeaderAlone(opening: string): PartyEntry | undefined {
  const first = openingSentences(opening, 1)[0] ?? ''
  const [mention] = mentionsIn(first)
  if (!mention?.leader || !mention.end || !HOME_PARTY_CODES.includes(mention.party.code)) return undefined
  if (!SUBJECT_BEFORE.test(first.slice(0, mention.at))) return undefined
  // (the name goes on to the verb: "Biden, Jr. will host", not "Biden and …", "Biden, Prime Minister …")
  const after = first.slice(mention.end).replace(/^(?:\s+\p{Lu}\.)*(?:,?\s+Jr\.,?)?/u, '')
  // (and announces what they will do: an account of talks held, "President Biden hosted the leaders of the Pacific Islands
  // Forum", is of both sides, as a readout is)
  return /^\s+(?:will|(?:is|are)\s+(?:set|scheduled|expected|going)\s+to|plans?\s+to|intends?\s+to)\b/u.test(after)
    ? mention.party
    : undefined
}
