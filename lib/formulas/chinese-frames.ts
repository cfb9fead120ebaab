/**
 * Chinese circumpositions: a preposition before a noun phrase and a word
 * after it that close one frame (以…为核心, 在…中, 朝着…方向, 同…一道,
 * 对…进行). A phrase that the frame's opening word precedes in most of its uses
 * and that holds the closing word begins inside the frame's object and runs
 * out of it — 以 | 联合国为核心, 朝着 | 更加公正合理的方向发展, 同 | 国际社会一道 —
 * so a reader would call it a part of a phrase. The object alone stays whole
 * (对 | 双边关系发展进行…: 双边关系发展 holds no 进行).
 */

import { chineseWordStarts } from '@/lib/text/chinese-words'

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

/**
 * @param leaders the word before each use ('' at the start of a clause)
 * @example insideFrame('联合国为核心', ['以', '以', '以']) // true
 * @example insideFrame('双边关系发展', ['对', '对', '就']) // false
 */
export function insideFrame(phrase: string, leaders: readonly string[]): boolean {
  if (leaders.length === 0 || !leaders.some((leader) => FRAMES.has(leader))) return false
  // the closer must be a word of the phrase (jieba's), not a character of one: 在 | 坚定奉行一个中国原则 holds 中国, not 中
  const starts = chineseWordStarts(phrase) ?? []
  const words = new Set(starts.slice(1).map((start, k) => phrase.slice(start, starts[k + 2] ?? phrase.length)))
  let framed = 0
  for (const leader of leaders) if (FRAMES.get(leader)?.some((closer) => words.has(closer))) framed++
  return framed >= FRAME_SHARE * leaders.length
}

/**
 * Whether the rest of a Chinese phrase follows it in most of its uses: 的, so
 * that it is an attribute whose head comes next (共同、综合、合作、可持续 | 的安全观,
 * 签订的《…条约》 | 的), or 、, so that it is cut inside a list (恐怖主义、极端主义 | 、分裂主义).
 * @param followers the word after each use
 * @example restFollows(['的', '的', '的', '，']) // true
 */
export function restFollows(followers: readonly string[]): boolean {
  if (followers.length === 0) return false
  return followers.filter((word) => word === '的' || word === '、').length >= FRAME_SHARE * followers.length
}
