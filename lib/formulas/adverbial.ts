/**
 * Whether an English phrase is an adverbial of place or time — "around the
 * world", "throughout the region", "later this year", "the next five years",
 * "decades to come" — wording any text uses, with no diplomatic content of its
 * own (data/gold/formulas/README.md, "fragment" (b)). It begins with a
 * preposition (compromise's tagger; the function-word prepositions are cut off
 * already), or begins or ends with a unit of the calendar.
 */
import nlp from 'compromise/two'

const CALENDAR = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades'])

const prepositions = new Map<string, boolean>()

/** A word the tagger reads as a preposition when it begins a phrase (kept: a corpus has few distinct first words). */
function isPreposition(word: string): boolean {
  let known = prepositions.get(word)
  if (known === undefined) {
    const terms = nlp(`${word} the region`).terms().json() as { terms: { tags: string[] }[] }[]
    known = terms[0]?.terms[0]?.tags.includes('Preposition') ?? false
    prepositions.set(word, known)
  }
  return known
}

/**
 * @example isAdverbial('around the world') // true
 * @example isAdverbial('rule of law') // false
 */
export function isAdverbial(phrase: string): boolean {
  const words = phrase.split(/\s+/u)
  const first = words[0] ?? ''
  const last = words.at(-1) ?? ''
  // a capitalised calendar word is in a name ("Decade of Action", "Year of Youth Exchanges"), which the names rule keeps
  if (CALENDAR.has(first) || CALENDAR.has(last)) return true
  // a hyphenated word is a compound, not a preposition ("in-depth", "on-site"), whatever the tagger makes of its first part
  return !/[-‐]/u.test(first) && isPreposition(first.toLowerCase())
}
