/**
 * Who a statement is between: the parties named in a joint document's title
 * ("中华人民共和国和吉尔吉斯共和国关于…的联合声明"), or the country of a speaker.
 */
import { chineseNames, englishNames, findPartyByChineseName, findPartyByEnglishName, findPartyByPerson, PARTIES } from './gazetteer'

export interface FoundParties {
  /** gazetteer codes, or `zh:<name>` / `en:<name>` for a name the gazetteer does not know */
  codes: string[]
  unknown: string[]
}

const TITLE_PARTIES = /^(.+?)(?:关于|联合声明|联合宣言|联合公报|共同声明)/

/**
 * Parties named at the start of a joint document's title.
 * @example findPartiesInTitle('中华人民共和国和俄罗斯联邦关于加强当代全球战略稳定的联合声明').codes // ['china', 'russia']
 */
export function findPartiesInTitle(title: string): FoundParties {
  const match = TITLE_PARTIES.exec(title)
  if (!match) return { codes: [], unknown: [] }
  const names = splitPartyNames(match[1] as string)
  // a news headline before the document's name ("习近平晤阿巴斯 中巴建战略伙伴关系 联合声明全文") names no parties as a title does
  if (names.some((name) => /\s/u.test(name) || name.length > 24)) return { codes: [], unknown: [] }
  return resolveNames(names)
}

const ALL_NAMES = PARTIES.flatMap((party) => chineseNames(party)).sort((a, b) => b.length - a.length)
/** 和 joins two names, except inside 共和国. */
const CONJUNCTION = /(?<!共)和|与|同|及|、/

/** "中华人民共和国和吉尔吉斯共和国" → the two names; known names are matched whole first. */
function splitPartyNames(text: string): string[] {
  const names: string[] = []
  let rest = text.trim()
  while (rest) {
    const known = ALL_NAMES.find((name) => rest.startsWith(name))
    const stop = rest.search(CONJUNCTION)
    const name = known ?? (stop < 0 ? rest : rest.slice(0, stop))
    if (name) names.push(name.trim())
    // (a government is its state's party: "中华人民共和国政府和柬埔寨王国政府")
    rest = rest
      .slice(Math.max(name.length, 0))
      .replace(/^政府/u, '')
      .replace(/^(和|与|同|及|、)/, '')
    if (!name) rest = rest.slice(1)
  }
  return names.filter(Boolean)
}

/** Offices only China has, named without the country: 国务院总理, 国家主席, 中共中央总书记, 全国人大常委会委员长. */
const CHINESE_OFFICE = /^(?:国务院|国家主席|国家副主席|中共中央|全国人大|全国政协|中央军委)/u

/** The country a speaker speaks for: from the office ("中华人民共和国主席") or the person. */
export function findSpeakerParty(role: string | null, speaker: string | null): FoundParties {
  if (role) {
    const party = PARTIES.find((entry) => role.startsWith(entry.fullZh) || role.startsWith(entry.nameZh))
    if (party) return { codes: [party.code], unknown: [] }
    // an office of China's own named without the country, as Chinese texts name it ("国务院总理温家宝")
    if (CHINESE_OFFICE.test(role)) return { codes: ['china'], unknown: [] }
  }
  const party = speaker ? findPartyByPerson(speaker) : undefined
  return party ? { codes: [party.code], unknown: [] } : { codes: [], unknown: [] }
}

function resolveNames(names: readonly string[]): FoundParties {
  const codes: string[] = []
  const unknown: string[] = []
  for (const name of names) {
    const party = findPartyByChineseName(name)
    if (party) codes.push(party.code)
    else {
      codes.push(`zh:${name}`)
      unknown.push(name)
    }
  }
  return { codes: [...new Set(codes)], unknown }
}

const ENGLISH_NAMES = PARTIES.flatMap((party) => englishNames(party).map((name) => ({ name: name.toLowerCase(), party }))).sort(
  (a, b) => b.name.length - a.name.length,
)

/**
 * Parties named in an English joint document's title: "Joint Statement between
 * the People's Republic of China and the Kyrgyz Republic on …", "Joint
 * Statement of … and …", "China-Kyrgyzstan Joint Statement".
 * @example findPartiesInTitleEn("Joint Statement between the People's Republic of China and the Kyrgyz Republic on …").codes // ['china', 'kyrgyzstan']
 */
export function findPartiesInTitleEn(title: string): FoundParties {
  const end = '(?:\\s+(?:on|regarding|concerning|about|for|in|at)\\s+[a-zA-Z]|[,:]\\s|$)'
  const between =
    new RegExp(`\\bbetween\\s+(.+?)${end}`).exec(title) ??
    new RegExp(`^Joint\\s+(?:Statement|Declaration|Communiqu[eé])\\s+of\\s+(.+?)${end}`, 'i').exec(title)
  const compound = /^([A-Z][\w’'.]+(?:[-–][A-Z][\w’'.]+)+)\s+Joint\b/.exec(title)
  const names = compound ? (compound[1] as string).split(/[-–]/) : between ? splitEnglishNames(between[1] as string) : []
  const codes: string[] = []
  const unknown: string[] = []
  for (const name of names) {
    const party = findPartyByEnglishName(name)
    if (party) codes.push(party.code)
    else if (name.trim()) {
      codes.push(`en:${name.trim()}`)
      unknown.push(name.trim())
    }
  }
  return { codes: [...new Set(codes)], unknown }
}

/** "the People's Republic of China and the Kyrgyz Republic" → the two names; known names are matched whole first. */
function splitEnglishNames(text: string): string[] {
  const names: string[] = []
  let rest = text.trim()
  while (rest) {
    rest = rest.replace(/^(?:and|,|the)\s+/i, '').replace(/^,\s*/, '')
    const lower = rest.toLowerCase()
    const known = ENGLISH_NAMES.find((entry) => lower.startsWith(entry.name) && !/^[a-z]/i.test(rest.charAt(entry.name.length)))
    if (known) {
      names.push(rest.slice(0, known.name.length))
      rest = rest.slice(known.name.length).trim()
      continue
    }
    const stop = rest.search(/\s+and\s+|,\s*/)
    names.push(stop < 0 ? rest : rest.slice(0, stop))
    rest = stop < 0 ? '' : rest.slice(stop).trim()
  }
  return names.filter(Boolean)
}

/** The parties of each one-character abbreviation (韩 South Korea, 越 Vietnam; 马 Malaysia, Mali, Malta, …). */
const ABBREVIATIONS = (() => {
  const byAbbr = new Map<string, string[]>()
  for (const party of PARTIES) if ([...party.abbr].length === 1) byAbbr.set(party.abbr, [...(byAbbr.get(party.abbr) ?? []), party.code])
  return byAbbr
})()

/**
 * The parties of a title's short compound, 中 and a partner's one-character
 * abbreviation ("中韩联合公报", "中俄总理第二十二次定期会晤联合公报", "日中两国…"), when the
 * text names that partner in full too (so 中亚 or 中拉, a region, is read as
 * no party); null otherwise.
 * @example compoundParties('中韩', '应大韩民国总统邀请') // ['china', 'south-korea']
 * @example compoundParties('马中', '应马来西亚总理邀请') // ['china', 'malaysia']
 */
export function compoundParties(name: string, text: string): string[] | null {
  // (in either order: 中韩, or 日中 as Japan writes it)
  const abbr = /^中(\p{Script=Han})/u.exec(name)?.[1] ?? /^(\p{Script=Han})中/u.exec(name)?.[1]
  // (an abbreviation several parties share, 马中, is the one the text names in full: 马来西亚)
  const named = (abbr ? (ABBREVIATIONS.get(abbr) ?? []) : [])
    .map((code) => PARTIES.find((entry) => entry.code === code))
    .filter((party): party is NonNullable<typeof party> => party !== undefined && party.code !== 'china')
    .filter((party) => chineseNames(party).some((form) => form.length >= 2 && text.includes(form)))
  return named.length === 1 ? ['china', (named[0] as (typeof named)[number]).code] : null
}
