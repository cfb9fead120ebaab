/**
 * English function words: they carry the syntax, not what a clause is about.
 * In two statements of one government they match everywhere (the aligner
 * weighs them at nothing), and a phrase that begins or ends with one is cut
 * from a longer one (a formula neither begins nor ends with one).
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being below between both but by can could did do does ' +
    'doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most ' +
    'my no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours us upon well further within without across among including'
  ).split(' '),
)

/**
 * A word as a Title Case heading prints it: capitalised (or a number, or opening with a bracket or a quotation mark), a
 * function word, or an ampersand standing for "and" ("… Director of Cybersecurity & Infrastructure Security Agency").
 */
export function isTitleCaseWord(word: string): boolean {
  return /^[\p{Lu}\d(“"‘'-]/u.test(word) || word === '&' || ENGLISH_STOPWORDS.has(word.toLowerCase())
}

/** An English word as a reader counts them: letters and digits, hyphenated or dotted parts joined (Indo-Pacific, U.S). */
export const ENGLISH_WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu
