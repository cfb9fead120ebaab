/**
 * Chinese circumpositions: a preposition before a noun phrase and a word
 * after it that close one frame (以…为核心, 在…中, 朝着…方向, 同…一道,
 * 对…进行). A phrase that holds the closing word, and before which the frame's
 * opening word stands in its part of the sentence in most of its uses, begins
 * inside the frame's object and runs out of it — 以 | 联合国为核心, 朝着 |
 * 更加公正合理的方向发展, 同 | 国际社会一道, 在涉及国家主权、安全… | 核心利益问题上相互支持 —
 * so a reader would call it a part of a phrase; so does one that begins with
 * the frame's closing localiser (在上海合作组织 | 中发挥核心作用). The object
 * alone stays whole (对 | 双边关系发展进行…: 双边关系发展 holds no 进行).
 */

import { chineseTaggedWords, chineseWords } from '@/lib/text/chinese-words'
import { HEAD_SHARE } from './open-ended'

/** Opening preposition → the words that close its frame. */
const FRAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['以', ['为']],
  ['在', ['中', '上', '下', '内', '外', '方面', '领域', '框架', '期间']],
  ['于', ['中', '上']],
  ['朝着', ['方向']],
  ['朝', ['方向']],
  ['向', ['方向']],
  ['同', ['一道', '一起']],
  ['与', ['一道', '一起']],
  ['和', ['一道', '一起']],
  ['对', ['进行']],
  ['从', ['出发', '角度']],
  ['就', ['进行', '问题']],
])

/** The share of a phrase's uses in which a frame's opener precedes it, from which it is part of the frame. */
export const FRAME_SHARE = 0.75

/** Localisers that close a frame (在…中, 在…上) and that a phrase cannot begin with. */
const LOCALISERS = new Set(['中', '上', '下', '内', '外'])

/**
 * The frames still open after these words, innermost last, and the opener the
 * last word closed (if it closed one): a closer closes the innermost open frame
 * it belongs to, and any opened inside it.
 */
function scanFrames(words: readonly string[]): { open: string[]; closedByLast: string | null } {
  const open: string[] = []
  let closedByLast: string | null = null
  for (const word of words) {
    closedByLast = null
    let closing = -1
    for (let k = open.length - 1; k >= 0 && closing < 0; k--) if (FRAMES.get(open[k] as string)?.includes(word)) closing = k
    if (closing >= 0) {
      closedByLast = open[closing] as string
      open.length = closing
    } else if (FRAMES.has(word)) open.push(word)
  }
  return { open, closedByLast }
}

/**
 * @param contexts the words of each use's sentence part (since the last comma or full stop) before it
 * @example insideFrame('联合国为核心', [['维护', '以'], ['坚持', '以'], ['以']]) // true
 * @example insideFrame('深化经贸领域合作', [['双方', '愿', '在', '平等互利', '基础', '上']]) // false: 在…上 closed before it
 */
export function insideFrame(phrase: string, contexts: readonly (readonly string[])[]): boolean {
  if (contexts.length === 0) return false
  // the closer must be a word of the phrase (jieba's), not a character of one: 在 | 坚定奉行一个中国原则 holds 中国, not 中
  const [first = '', ...rest] = chineseWords(phrase)
  const words = new Set(rest)
  const startsWithLocaliser = LOCALISERS.has(first) && /^\p{Script=Han}/u.test(rest[0] ?? '')
  let framed = 0
  for (const context of contexts) {
    const { open, closedByLast } = scanFrames(context)
    const closesHere = (closer: (word: string) => boolean) => open.some((opener) => FRAMES.get(opener)?.some(closer))
    if (
      // it holds the closer of a frame open where it begins (以 | 联合国为核心), or begins with it (在上海合作组织 | 中发挥核心作用)
      closesHere((closer) => words.has(closer) || (startsWithLocaliser && closer === first)) ||
      // it is the complement of 以…为, closed just before it (以国际法为 | 基础的国际秩序)
      closedByLast === '以'
    )
      framed++
  }
  return framed >= FRAME_SHARE * contexts.length
}

/**
 * Whether the rest of a Chinese phrase follows it in most of its uses: 的, so
 * that it is an attribute whose head comes next (共同、综合、合作、可持续 | 的安全观,
 * 签订的《…条约》 | 的), or 、 (or, after a list, 和), so that it is cut inside a list
 * (恐怖主义、极端主义 | 和分裂主义).
 * @param followers the word after each use
 * @example restFollows('共同、综合、合作、可持续', ['的', '的', '的', '，']) // true
 */
export function restFollows(phrase: string, followers: readonly string[]): boolean {
  if (followers.length === 0) return false
  // a list's last item comes after 和, 及 or 与 (恐怖主义、极端主义 | 和分裂主义)
  const list = phrase.includes('、')
  const rest = (word: string) => word === '的' || word === '、' || (list && LIST_END.has(word))
  return followers.filter(rest).length >= FRAME_SHARE * followers.length
}

const LIST_END = new Set(['和', '及', '以及', '与'])

/** The parties as a Chinese statement names them when they act: 双方, 各方, 中方, and a masked partner's 〈X〉方. */
const PARTY_SUBJECT = /^(?:双方|各方|我们|\p{Script=Han}方|[\uE000-\uF8FF]方)/u

/** A masked name (a private-use placeholder) or an ideograph that is not a function word: what an object begins with. */
const isContent = (word: string) => /^[\uE000-\uF8FF]/u.test(word) || (/^\p{Script=Han}/u.test(word) && !FUNCTION_WORDS.has(word))

/**
 * Whether a Chinese phrase opens a sentence whose object it lacks: it begins
 * with the party that acts (双方, 各方, 中方, 〈X〉方; not 两国, which is as often an attribute: 两国和两国人民) and an object follows it in
 * at least HEAD_SHARE of its uses — 双方高度评价 | 两国…, 中方高度评价 | 〈X〉…,
 * 双方将进一步 | 加强… — where a whole sentence is followed by its punctuation
 * (中方欢迎〈X〉方参加中方举办的各类技术培训班 | 。).
 * @param followers the word after each use
 * @example subjectWithoutObject('双方高度评价', ['两国', '两国', '。']) // true
 */
export function subjectWithoutObject(phrase: string, followers: readonly string[]): boolean {
  // 双方 is also an attribute (双方共同关心的国际和地区问题 | 交换意见): a phrase with 的 is a noun phrase, not a sentence's start
  if (followers.length === 0 || !PARTY_SUBJECT.test(phrase) || phrase.includes('的')) return false
  // 中方, 吉方 are a party; 地方, 西方 and 官方 are words of their own (jieba's first word)
  if (
    /^\p{Script=Han}方/u.test(phrase) &&
    !/^(?:双方|各方)/u.test(phrase) &&
    (NOT_PARTIES.has(phrase.slice(0, 2)) || chineseWords(phrase)[0] !== phrase.slice(0, 2))
  )
    return false
  return followers.filter(isContent).length >= HEAD_SHARE * followers.length
}

const NOT_PARTIES = new Set(['地方', '东方', '西方', '南方', '北方', '官方', '对方', '一方', '远方', '多方', '军方', '警方'])
const FUNCTION_WORDS = new Set(['的', '和', '与', '及', '并', '等', '也', '都', '是', '在', '对', '将', '为', '以'])

/** Prepositions whose frame a phrase cannot end inside: 在 takes its object and then a localiser or verb (在联合国 | 等多边框架内). */
const OPEN_AT_END = new Set(['在', '朝着', '朝', '从'])

/**
 * Whether a Chinese phrase ends inside a frame it opened itself: its
 * preposition's object, or the word that closes the frame, comes after it
 * (…将加强两国在联合国 | 等多边框架内的协调).
 * @example endsInsideFrame('将加强两国在联合国') // true
 * @example endsInsideFrame('支持联合国在国际事务中发挥核心作用') // false: 在…中 closed
 */
export function endsInsideFrame(phrase: string): boolean {
  if (!scanFrames(chineseWords(phrase)).open.some((opener) => OPEN_AT_END.has(opener))) return false
  // a verb, a predicate idiom or set phrase (jieba's i, l) or a localiser after the last opener closes its frame too
  // (两国元首在北京举行会谈, 朝着…目标迈进)
  const tagged = chineseTaggedWords(phrase)
  let last = -1
  tagged.forEach(({ word }, k) => {
    if (OPEN_AT_END.has(word)) last = k
  })
  return last >= 0 && !tagged.slice(last + 1).some(({ tag }) => tag.startsWith('v') || tag === 'f' || tag === 'i' || tag === 'l')
}

/**
 * Whether a Chinese phrase ends on a verb whose object follows it in most of
 * its uses (友好的气氛中举行 | 会谈), or 的 and the noun the verb qualifies
 * (各领域合作取得 | 的丰硕成果): cut between the verb and its object, as an
 * English phrase ending on "to" is. A verb that ends its
 * uses (热情友好接待 | 。) keeps the phrase whole, and so do verbs in a row (共商共建共享 | 原则,
 * | 的全球治理观) and a verb in a name (上海合作组织 | 成员国: 组织 reads as a verb to jieba).
 * @param followers the word after each use
 * @example verbWithoutObject('各领域合作取得', ['丰硕', '积极', '重要']) // true
 */
export function verbWithoutObject(phrase: string, followers: readonly string[]): boolean {
  if (followers.length === 0) return false
  const tagged = chineseTaggedWords(phrase)
  const last = tagged.at(-1)
  if (!last || last.tag !== 'v' || [...last.word].length < 2) return false
  // verbs in a row are one compound predicate, as often a name for a principle as a verb (共商共建共享 | 原则, | 的全球治理观)
  if (tagged.at(-2)?.tag === 'v') return false
  // its object, or 的 and the noun it qualifies (各领域合作取得 | 的丰硕成果)
  return followers.filter((word) => word === '的' || isContent(word)).length >= HEAD_SHARE * followers.length
}

/** What ends a part of a Chinese sentence: a comma, semicolon or colon, or the sentence's own end. */
const PART_END = /^[，；：。！？,;:.!?]/u

/**
 * Whether a Chinese phrase runs over a comma, semicolon or colon into the
 * next part of its sentence and stops inside that part in most of its uses
 * (坚定维护以联合国为核心的国际体系，坚定维护 | 多边…; 友好的气氛中举行会谈，高度评价中华人民共和国和〈X〉 | （以下称…）):
 * a stock sentence of several parts is quoted whole, to the end of a part
 * (〈X〉方坚定奉行一个中国原则，重申… 不可分割的一部分 | 。), so a phrase that
 * takes in the start of a part and not its end is a cut of a longer one.
 * @param followers the word after each use ('' at the end of the clause)
 * @example runsIntoPart('坚定维护以联合国为核心的国际体系，坚定维护', ['多边', '多边']) // true
 */
export function runsIntoPart(phrase: string, followers: readonly string[]): boolean {
  if (followers.length === 0 || !/[，；：,;:]/u.test(phrase)) return false
  const ended = followers.filter((word) => word === '' || PART_END.test(word)).length
  return ended < HEAD_SHARE * followers.length
}
