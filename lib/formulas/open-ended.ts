/**
 * Whether an English phrase is open: in most of its uses the words that
 * complete it follow, so that a reader would call it a part of a phrase, not
 * a formula (data/gold/formulas/README.md, "fragment" (a)).
 *
 * - Its complement follows: "recognize the importance" → of …, "reaffirm our
 *   commitment" → to …, "emissions no later" → than …, in at least
 *   COMPLEMENT_SHARE of its uses. A phrase that only sometimes takes one stays
 *   whole: "sovereignty and territorial integrity" (of Ukraine) in a fifth of its uses.
 *   After an adverb, "to" begins a purpose ("work together to …"), not a complement.
 * - Its head or object follows: a content word or a determiner comes next in at
 *   least HEAD_SHARE of its uses ("public and private" → sector, partners;
 *   "continue to support" → the, Ukraine; "climate and clean" → energy), where a
 *   whole phrase is followed by punctuation, a conjunction or a preposition.
 * - It ends on "to" and a verb (tagged by compromise) and is not followed by
 *   the end of a sentence or a conjunction in most of its uses: "continue to
 *   work" (together, with …), "look forward to working" (with …); "the right
 *   to vote" (, …) stays whole.
 * Each of its neighbours alone need not recur (that is the bound-context test of
 * the miner): the words that complete it vary from use to use.
 */
import nlp from 'compromise/two'
import { ENGLISH_STOPWORDS } from '@/lib/text/english-stopwords'

/** Function words that open a complement the phrase needs. */
const COMPLEMENT = new Set(['of', 'to', 'than'])
/** Function words that begin the noun phrase a phrase needs (an object, or the head of a modifier). */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'our',
  'their',
  'its',
  'this',
  'these',
  'those',
  'his',
  'her',
  'my',
  'your',
  'all',
  'any',
  'each',
  'some',
])
/** What follows a phrase that is complete where it ends. */
const CLOSING = new Set(['', 'and', 'or', 'but', 'nor'])

export const COMPLEMENT_SHARE = 0.75
export const HEAD_SHARE = 0.6

/** A word, or a masked partner's name (a private-use placeholder: "continue to support 〈X〉"). */
const isWord = (word: string) => /^[\p{L}\p{N}\uE000-\uF8FF]/u.test(word)

/** After an adverb ("work together", "work closely"), "to" begins a purpose, not a complement the phrase needs. */
const endsInAdverb = (phrase: string) => /(?:\btogether|ly)$/iu.test(phrase)

/** "… to <verb>": an infinitive or a gerund after "to", its object or complement not in the phrase. */
function endsInVerbAfterTo(phrase: string): boolean {
  const words = phrase.split(/\s+/u)
  if (words.length < 2 || words.at(-2)?.toLowerCase() !== 'to') return false
  const terms = nlp(phrase).terms().json() as { terms: { tags: string[] }[] }[]
  return terms.at(-1)?.terms[0]?.tags.includes('Verb') ?? false
}

/**
 * @param followers the word after each use ('' at the end of a clause, a punctuation mark as itself)
 * @example openEnded('recognize the importance', ['of', 'of', 'of', ',']) // true
 * @example openEnded('rule of law', [',', '.', 'and', 'in']) // false
 */
export function openEnded(phrase: string, followers: readonly string[]): boolean {
  if (followers.length === 0) return false
  const adverb = endsInAdverb(phrase)
  let complement = 0
  let head = 0
  let closing = 0
  for (const follower of followers) {
    const word = follower.toLowerCase()
    if (COMPLEMENT.has(word) && !(word === 'to' && adverb)) complement++
    else if (DETERMINERS.has(word) || (isWord(word) && !ENGLISH_STOPWORDS.has(word))) head++
    else if (CLOSING.has(word) || !isWord(word)) closing++
  }
  const n = followers.length
  if (complement >= COMPLEMENT_SHARE * n || head >= HEAD_SHARE * n) return true
  return closing < n / 2 && endsInVerbAfterTo(phrase)
}
