/**
 * Who a statement is between: the parties named in a joint document's title
 * ("中华人民共和国和吉尔吉斯共和国关于…的联合声明"), or the country of a speaker.
 */
import { chineseNames, findPartyByChineseName, findPartyByPerson, PARTIES } from './gazetteer'

export interface FoundParties {
  /** gazetteer codes, or `zh:<name>` for a name the gazetteer does not know */
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
  return resolveNames(splitPartyNames(match[1] as string))
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
    rest = rest.slice(Math.max(name.length, 0)).replace(/^(和|与|同|及|、)/, '')
    if (!name) rest = rest.slice(1)
  }
  return names.filter(Boolean)
}

/** The country a speaker speaks for: from the office ("中华人民共和国主席") or the person. */
export function findSpeakerParty(role: string | null, speaker: string | null): FoundParties {
  if (role) {
    const party = PARTIES.find((entry) => role.startsWith(entry.fullZh) || role.startsWith(entry.nameZh))
    if (party) return { codes: [party.code], unknown: [] }
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
