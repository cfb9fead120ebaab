/**
 * Names are not formulas: a state, an organisation, a person, a treaty, a
 * place or an event recurs because it is named, not because it is a stock
 * phrase (issue 13: "names apart"). A mined phrase is a name when:
 * - in English, every word is capitalised or a masked name (〈X〉), apart from
 *   the function words inside it (United States and 〈X〉, World Health
 *   Organization, Convention on the Law of the Sea, Joseph R. Biden) — English
 *   capitalises names, and a stock phrase runs in lower case after its first
 *   word — or it has only one other word (United States and 〈X〉 affirm,
 *   President Biden announced): a name at the head of a sentence, not a formula;
 * - in Chinese, it is a title in 《》, or it is made only of names the
 *   gazetteer knows (states, groupings, their leaders), masked names and titles
 *   of office (中华人民共和国, 中华人民共和国主席习近平, 中华人民共和国和〈X〉), or it ends with the word for an
 *   institution, an agreement or an event (上海合作组织, 欧亚经济联盟,
 *   睦邻友好合作条约, 中国国际进口博览会) and is short enough to be one name, or it
 *   names a person with at most a verb or a frame of its own (中华人民共和国主席习近平感谢〈X〉总统〈X人名〉).
 */
import { ENGLISH_STOPWORDS, ENGLISH_WORD } from '@/lib/text/english-stopwords'
import { plainFormula } from './label'
import { chineseNames, PARTIES } from '@/lib/parties/gazetteer'

/** An English word, or a masked name (〈X〉). */
const WORD_OR_MASK = new RegExp(`${ENGLISH_WORD.source}|〈[^〉]*〉`, 'gu')

/**
 * An English phrase's words that are not names: a capitalised word or a
 * masked name is part of a name, except a capitalised first word followed by
 * a lower-case one (the first word of a sentence: "Allies and partners").
 */
function wordsBesideNames(phrase: string): string[] {
  const words = phrase.match(WORD_OR_MASK) ?? []
  const named = (word: string) => word.startsWith('〈') || /^[\p{Lu}\p{N}]/u.test(word)
  return words.filter((word, k) => !named(word) || (k === 0 && words.length > 1 && !named(words[1] as string)))
}

/** Prepositions by which a word of its own governs a name ("invasion of Ukraine", "support for 〈X〉"). */
const GOVERNING = new Set(['of', 'for', 'against', 'to', 'with', 'on', 'in', 'toward', 'towards'])

/**
 * Names only, or a name with at most one word of its own ("United States and
 * 〈X〉 affirm", "President Biden announced") — unless that word heads the
 * phrase and governs the name through a preposition ("invasion of Ukraine",
 * "solidarity with 〈X〉"): the name is then the object of a phrase about it.
 */
function isEnglishName(phrase: string): boolean {
  const own = wordsBesideNames(phrase).filter((word) => !ENGLISH_STOPWORDS.has(word.toLowerCase()))
  if (own.length >= 2) return false
  if (own.length === 0) return true
  const words: string[] = phrase.match(WORD_OR_MASK) ?? []
  const head = words.indexOf(own[0] as string)
  // a lower-case word (not a name's first word) that heads the phrase — only function words or a possessive before it
  // ("the invasion", "Russia’s invasion"; not "Japan stands", "President Biden met") — followed by a preposition and a name
  const heads = words.slice(0, head).every((word) => ENGLISH_STOPWORDS.has(word.toLowerCase()) || /['’]s$/u.test(word))
  const governs = heads && /^\p{Ll}/u.test(own[0] as string) && GOVERNING.has(words[head + 1] ?? '') && head + 2 < words.length
  return !governs
}

/** Titles of office that follow a state's name (中华人民共和国主席). */
const OFFICES = ['主席', '总统', '总理', '国王', '首相', '政府', '外交部', '外长']
/** Words that end the name of an institution, an agreement or an event. */
const INSTITUTIONS =
  /(组织|联盟|联合国|安理会|理事会|委员会|会议|峰会|论坛|博览会|银行|基金|条约|公约|协定|宪章|议定书|大学|研究院|共和国|王国|联邦)$/u
/** A name longer than this (in characters) is a phrase about an institution rather than its name. */
const MAX_INSTITUTION_NAME = 20

let chineseNameList: string[] | null = null

/** Every Chinese name the gazetteer knows, longest first. */
function knownChineseNames(): string[] {
  chineseNameList ??= [...new Set(PARTIES.flatMap((party) => [...chineseNames(party), ...party.people]))]
    .filter((n) => n.length >= 2)
    .sort((x, y) => y.length - x.length)
  return chineseNameList
}

/** Characters of its own a phrase naming a person may have and still be a name: a verb or a frame (感谢, 应…邀请). */
const PERSON_OWN_WORDS = 4

let personList: string[] | null = null

/** Whether a Chinese phrase names a person: a leader the gazetteer knows, or a masked one (〈X人名〉). */
function namesPerson(phrase: string): boolean {
  personList ??= PARTIES.flatMap((party) => party.people).filter((name) => name.length >= 2)
  return /〈[^〉]*人名〉/u.test(phrase) || personList.some((name) => phrase.includes(name))
}

function isChineseName(phrase: string): boolean {
  if (/^《[^《》]+》$/u.test(phrase)) return true
  // names, masked names, offices, and 和/与/、 between them
  let rest = phrase.replace(/〈[^〉]*〉/gu, '')
  for (const name of knownChineseNames()) rest = rest.split(name).join('')
  for (const office of OFFICES) rest = rest.split(office).join('')
  if (rest.replace(/[和与、及]/gu, '') === '') return true
  // a person named with a word or two of its own, a verb or a frame (中华人民共和国主席习近平感谢〈X〉总统〈X人名〉,
  // 应〈X〉总统〈X人名〉邀请，中华人民共和国主席习近平): a name at the head of a sentence, as in English
  if (namesPerson(phrase) && [...rest.replace(/[^\p{Script=Han}]/gu, '')].length <= PERSON_OWN_WORDS) return true
  // a name in quotation marks is still a name (“制止生化恐怖主义行为国际公约”); a quoted term alone is not one for that (“三股势力”)
  const unquoted = phrase.replace(/^“([^“”]+)”$/u, '$1')
  return INSTITUTIONS.test(unquoted) && [...unquoted].length <= MAX_INSTITUTION_NAME && !/[的，,。；]/u.test(unquoted)
}

/**
 * @example isName('United States and 〈X〉') // true
 * @example isName('free and open Indo-Pacific') // false
 * @example isName('上海合作组织') // true
 */
export function isName(phrase: string): boolean {
  return isChinesePhrase(phrase) ? isChineseName(phrase) : isEnglishName(phrase)
}

/** Chinese by what is printed around the masked names (〈X人名〉 is a placeholder, not Chinese). */
export const isChinesePhrase = (phrase: string) => /\p{Script=Han}/u.test(phrase.replace(/〈[^〉]*〉/gu, ''))

/** HTML's lang for a formula as stored (placeholders and all): zh-Hans for Chinese, en otherwise. */
export const formulaLang = (text: string) => (isChinesePhrase(plainFormula(text)) ? 'zh-Hans' : 'en')
