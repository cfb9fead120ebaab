/**
 * Mining the formulas of a corpus: the phrases that recur across statements.
 *
 * 1. Exact repeats: the maximal repeats of the corpus (suffix array, Kasai
 *    LCP, bottom-up interval traversal; see maximalRepeats) found in at least
 *    `minDocuments` statements, cut to phrases (see phraseBounds), and kept
 *    when at least `minHan` ideographs long (or `minWords` English words, two of them not function words). A phrase
 *    that lies inside a longer formula found in exactly the same statements
 *    is dropped: the reader learns nothing new from it.
 * 2. Near-variants: two phrases that follow each other with at most `maxGap`
 *    characters between them, in at least `minDocuments` statements and with
 *    at least two different gaps, are one formula with variants —
 *    支持两岸关系和平发展和中国政府为实现国家统一 / …实现国家和平统一.
 * Cost: O(n log n) for the suffix array; after it, linear in the number of
 * occurrences, which are kept in typed arrays.
 */
import { englishStem } from '@/lib/text/english-stem'
import { isHan } from '@/lib/text/chars'
import { cutsWord } from './word-edges'
import { ENGLISH_STOPWORDS, ENGLISH_WORD } from '@/lib/text/english-stopwords'
import { maximalRepeats } from './maximal-repeats'
import { isAdverbial } from './adverbial'
import { endsInsideFrame, insideFrame, restFollows, runsIntoPart, subjectWithoutObject, verbWithoutObject } from './chinese-frames'
import { isName } from './names'
import { plainFormula } from './label'
import { openEnded } from './open-ended'
import { isFunctionWord, phraseBounds, wordBoundaryCache } from './phrase-bounds'
import { lcpArray, suffixArray } from './suffix-array'
import type { MinedFormula, MiningDocument, MiningOptions, Occurrences, Variant } from './types'

export const DEFAULT_MINING_OPTIONS: MiningOptions = { minDocuments: 2, minHan: 6, minWords: 3, maxGap: 2 }

interface Phrase {
  id: number
  pattern: string
  /** global positions where it starts, ascending, unique */
  positions: Int32Array
  /** the documents it occurs in, ascending */
  documents: Int32Array
}

/**
 * The formulas of a corpus, most widely used first.
 * @example mineFormulas([{ id: 1, clauses: [{ id: 1, text: '坚定奉行一个中国原则' }] }, { id: 2, clauses: [{ id: 2, text: '坚定奉行一个中国原则' }] }])[0]?.key // '坚定奉行一个中国原则'
 */
export function mineFormulas(documents: readonly MiningDocument[], options: MiningOptions = DEFAULT_MINING_OPTIONS): MinedFormula[] {
  const corpus = encode(documents)
  // each clause's words, segmented once for both the cutting and the neighbours (jieba is most of the cost)
  const words = wordBoundaryCache((clause) => corpus.clauseTexts[clause] as string)
  const phrases = findPhrases(corpus, options, words)
  // drop what adds nothing first: variants are only looked for among the phrases that say something
  // a formula with variants that is cut from a longer phrase is not made, and its parts stay phrases of their own: one that
  // ends inside a frame it opened (…将加强两国在联合国 | 等多边框架内), or that the rules a phrase of one wording is held to cut
  const cutShort = variantCutShort(corpus, words)
  const { distinct, merged } = distinctAndMerged(phrases, corpus, options, (formula) => !endsInsideFrame(formula.key) && !cutShort(formula))
  // a phrase that is one wording of a formula with variants is shown as that
  const wordings = new Set(merged.formulas.flatMap((formula) => formula.variants.map((variant) => variant.pattern)))
  // a phrase that most statements continue (or begin) with one and the same word is part of a longer phrase
  const bound = boundContext(corpus, words)
  const kept = distinct.filter((phrase) => !merged.absorbed.has(phrase.id) && !wordings.has(phrase.pattern) && !bound(phrase))
  const formulas = [...kept.map((phrase) => single(phrase, corpus)), ...merged.formulas].sort((x, y) =>
    byUse(
      { statements: x.documents, length: x.length, variants: x.variants.length, key: x.key },
      {
        statements: y.documents,
        length: y.length,
        variants: y.variants.length,
        key: y.key,
      },
    ),
  )
  // two pairs of phrases can make the same wording the main one: the more widely used stays
  const keys = new Set<string>()
  return formulas.filter((formula) => !keys.has(formula.key) && keys.add(formula.key))
}

/** A formula's wordings in order: the most widely used first (the main one), then the most used, the shortest, by wording. */
export function byVariantUse(
  x: { documents: number; occurrences: number; pattern: string },
  y: { documents: number; occurrences: number; pattern: string },
): number {
  return (
    y.documents - x.documents ||
    y.occurrences - x.occurrences ||
    x.pattern.length - y.pattern.length ||
    (x.pattern < y.pattern ? -1 : x.pattern > y.pattern ? 1 : 0)
  )
}

/** A record's place in the list, as byUse reads it. */
export const useRank = (record: {
  statementCount: number
  length: number
  variants: { length: number } | number
  key: string
}): UseRank => ({
  statements: record.statementCount,
  length: record.length,
  variants: typeof record.variants === 'number' ? record.variants : record.variants.length,
  key: record.key,
})

/** What the formula list is ordered by. */
export interface UseRank {
  statements: number
  length: number
  variants: number
  key: string
}

/**
 * The list's order: the most widely used first, then the longest, then the one
 * with most variants, then by key (UTF-16 code units, as JavaScript compares).
 */
export function byUse(x: UseRank, y: UseRank): number {
  return y.statements - x.statements || y.length - x.length || y.variants - x.variants || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)
}

/**
 * The phrases that say something of their own, and the formulas with
 * variants. The index of every occurrence lives only in here: it is the
 * largest structure, and is garbage by the time the formulas are made.
 */
function distinctAndMerged(phrases: readonly Phrase[], corpus: Corpus, options: MiningOptions, whole: (formula: MinedFormula) => boolean) {
  const index = indexByClause(phrases, corpus)
  const distinct = phrases.filter((phrase) => !isContained(phrase, phrases, index, corpus)).map((phrase, id) => ({ ...phrase, id }))
  return { distinct, merged: mergeVariants(distinct, keepInIndex(index, phrases, distinct), corpus, options, whole) }
}

/**
 * The corpus as one string of symbols: each clause's units, then a separator
 * (0). Clauses are numbered densely here and mapped back to their ids on output.
 */
function encode(documents: readonly MiningDocument[]) {
  const units = new Map<number, number>()
  const clauseIds: number[] = []
  const clauseTexts: string[] = []
  const clauseDocument: number[] = []
  let total = 0
  for (const document of documents) {
    for (const clause of document.clauses) {
      clauseIds.push(clause.id)
      clauseTexts.push(clause.text)
      clauseDocument.push(document.id)
      total += clause.text.length + 1
    }
  }
  const symbols = new Int32Array(total)
  const docOf = new Int32Array(total)
  const clauseOf = new Int32Array(total)
  const offsetOf = new Int32Array(total)
  let p = 0
  clauseTexts.forEach((text, c) => {
    for (let k = 0; k < text.length; k++) {
      const unit = text.charCodeAt(k)
      let symbol = units.get(unit)
      if (symbol === undefined) units.set(unit, (symbol = units.size + 1))
      symbols[p] = symbol
      docOf[p] = clauseDocument[c] as number
      clauseOf[p] = c
      offsetOf[p++] = k
    }
    symbols[p] = 0
    docOf[p] = -1
    clauseOf[p] = c
    offsetOf[p++] = text.length
  })
  return { symbols, alphabetSize: units.size + 1, docOf, clauseOf, offsetOf, clauseIds, clauseTexts, clauseDocument }
}

type Corpus = ReturnType<typeof encode>

/** A clause's word starts (see wordBoundaryCache). */
type WordBoundaries = ReturnType<typeof wordBoundaryCache>

const lowerMedian = (values: number[]) => values.sort((x, y) => x - y)[(values.length - 1) >> 1] as number

/** How many occurrences of a repeat are read to find where most of them have word boundaries. */
const BOUNDS_SAMPLE = 8

/** The maximal repeats, cut to phrases; repeats cut to the same phrase pool their positions. */
function findPhrases(corpus: Corpus, options: MiningOptions, words: WordBoundaries): Phrase[] {
  const sa = suffixArray(corpus.symbols, corpus.alphabetSize)
  const repeats = maximalRepeats(corpus.symbols, sa, lcpArray(corpus.symbols, sa), corpus.docOf, 0, {
    minLength: Math.min(options.minHan, options.minWords * 2),
    minDocuments: options.minDocuments,
  })
  // per phrase, the suffix-array ranges it comes from: lb, rb, lead (positions are made once, below)
  const pooled = new Map<string, number[]>()
  for (const repeat of repeats) {
    const first = sa[repeat.lb] as number
    const clause = corpus.clauseOf[first] as number
    const offset = corpus.offsetOf[first] as number
    const text = corpus.clauseTexts[clause] as string
    // cut where most occurrences (of a sample) have a word boundary: 中国 ends a word in 和中国统一, not in 和中国政府;
    // the lower median, so that where two occurrences disagree (国家统一 / 国家和平|统一: the very point where variants part) the cut stays
    const leads: number[] = []
    const trails: number[] = []
    const count = repeat.rb - repeat.lb + 1
    const step = Math.max(1, Math.floor(count / BOUNDS_SAMPLE))
    for (let i = repeat.lb; i <= repeat.rb; i += step) {
      const at = sa[i] as number
      const c = corpus.clauseOf[at] as number
      const [l, t] = phraseBounds(corpus.clauseTexts[c] as string, corpus.offsetOf[at] as number, repeat.length, words(c))
      leads.push(l)
      trails.push(t)
    }
    const lead = lowerMedian(leads)
    const trail = lowerMedian(trails)
    if (lead + trail >= repeat.length) continue
    const pattern = text.slice(offset + lead, offset + repeat.length - trail)
    if (!qualifies(pattern, options)) continue
    let ranges = pooled.get(pattern)
    if (!ranges) pooled.set(pattern, (ranges = []))
    ranges.push(repeat.lb, repeat.rb, lead)
  }
  const phrases: Phrase[] = []
  for (const [pattern, ranges] of pooled) {
    let count = 0
    for (let r = 0; r < ranges.length; r += 3) count += (ranges[r + 1] as number) - (ranges[r] as number) + 1
    const positions = new Int32Array(count)
    let k = 0
    for (let r = 0; r < ranges.length; r += 3) {
      for (let i = ranges[r] as number; i <= (ranges[r + 1] as number); i++) positions[k++] = (sa[i] as number) + (ranges[r + 2] as number)
    }
    positions.sort()
    const unique = onWordEdges(dedupeSorted(positions), pattern.length, corpus)
    const documents = documentsOf(unique, corpus)
    if (documents.length >= options.minDocuments) phrases.push({ id: phrases.length, pattern, positions: unique, documents })
  }
  return phrases
}

/**
 * The uses of a phrase that are whole words at both ends (see cutsWord): a
 * repeat cut to "commit to work" also starts "commit to working", where the
 * phrase is not what the text says.
 */
function onWordEdges(positions: Int32Array, length: number, corpus: Corpus): Int32Array {
  let k = 0
  for (const position of positions) {
    const text = corpus.clauseTexts[corpus.clauseOf[position] as number] as string
    const start = corpus.offsetOf[position] as number
    if (cutsWord(text, start, start + length)) continue
    positions[k++] = position
  }
  return positions.subarray(0, k)
}

function dedupeSorted(values: Int32Array): Int32Array {
  let k = 0
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[k++] = values[i] as number
  return values.subarray(0, k)
}

/** The documents of ascending positions: documents are laid out one after another, so each is one run. */
function documentsOf(positions: Int32Array, corpus: Corpus): Int32Array {
  const documents: number[] = []
  for (const position of positions) {
    const document = corpus.docOf[position] as number
    if (documents.at(-1) !== document) documents.push(document)
  }
  return Int32Array.from(documents).sort()
}

const sameDocuments = (x: Int32Array, y: Int32Array) => x.length === y.length && x.every((d, k) => d === y[k])

/**
 * Long enough, and more than numbers and party names: ideographs, or Latin
 * words. A quoted term counts its quotes: “三股势力” is a set phrase by the
 * writer's own marking, as long as a six-character one.
 */
function qualifies(pattern: string, options: MiningOptions): boolean {
  let han = 0
  let latin = 0
  for (const ch of pattern) {
    if (isHan(ch)) han++
    else if (/\p{Script=Latin}/u.test(ch)) latin++
  }
  if (han + (isQuoted(pattern) ? 2 : 0) >= options.minHan && han > 0) return true
  if (latin <= han) return false
  // English: words as a reader counts them (Indo-Pacific is one), and at least two that are not function words
  const words = pattern.match(ENGLISH_WORD) ?? []
  return words.length >= options.minWords && words.filter((word) => !ENGLISH_STOPWORDS.has(word.toLowerCase())).length >= 2
}

const QUOTES: Record<string, string> = { '“': '”', '《': '》', '「': '」' }

/** “…” or 《…》 around the whole phrase, and no other quote inside. */
function isQuoted(pattern: string): boolean {
  const close = QUOTES[pattern.charAt(0)]
  return close !== undefined && pattern.endsWith(close) && pattern.indexOf(close) === pattern.length - 1
}

/**
 * A phrase's length as the list gives it, counted as the length rule counts
 * it (qualifies): ideographs, and a quoted term's quotes (“一带一路” is 6); or
 * else English words as a reader counts them (Indo-Pacific is one).
 */
export function lengthOf(pattern: string): number {
  let han = 0
  for (const ch of pattern) if (isHan(ch)) han++
  if (han > 0) return han + (isQuoted(pattern) ? 2 : 0)
  return pattern.match(ENGLISH_WORD)?.length ?? 0
}

/**
 * Every phrase occurrence, grouped by clause (in `from[c] … from[c + 1]`) and
 * within a clause by start: typed arrays, since a large corpus has millions.
 */
interface ClauseIndex {
  from: Int32Array
  phrase: Int32Array
  start: Int32Array
  end: Int32Array
}

function indexByClause(phrases: readonly Phrase[], corpus: Corpus): ClauseIndex {
  const clauses = corpus.clauseTexts.length
  const from = new Int32Array(clauses + 1)
  for (const phrase of phrases) {
    for (const position of phrase.positions) {
      const c = (corpus.clauseOf[position] as number) + 1
      from[c] = (from[c] as number) + 1
    }
  }
  for (let c = 0; c < clauses; c++) from[c + 1] = (from[c + 1] as number) + (from[c] as number)
  const total = from[clauses] as number
  const fill = from.slice(0, clauses)
  const phrase = new Int32Array(total)
  const start = new Int32Array(total)
  const end = new Int32Array(total)
  for (const p of phrases) {
    for (const position of p.positions) {
      const c = corpus.clauseOf[position] as number
      const k = fill[c] as number
      fill[c] = k + 1
      phrase[k] = p.id
      start[k] = corpus.offsetOf[position] as number
      end[k] = (start[k] as number) + p.pattern.length
    }
  }
  // order each clause's entries by start: a counting sort over the clause's offsets
  const sortedPhrase = new Int32Array(total)
  const sortedStart = new Int32Array(total)
  const sortedEnd = new Int32Array(total)
  for (let c = 0; c < clauses; c++) {
    const lo = from[c] as number
    const hi = from[c + 1] as number
    const length = (corpus.clauseTexts[c] as string).length + 1
    const slots = new Int32Array(length + 1)
    for (let k = lo; k < hi; k++) {
      const slot = (start[k] as number) + 1
      slots[slot] = (slots[slot] as number) + 1
    }
    for (let x = 0; x < length; x++) slots[x + 1] = (slots[x + 1] as number) + (slots[x] as number)
    for (let k = lo; k < hi; k++) {
      const slot = start[k] as number
      const at = lo + (slots[slot] as number)
      slots[slot] = at - lo + 1
      sortedPhrase[at] = phrase[k] as number
      sortedStart[at] = start[k] as number
      sortedEnd[at] = end[k] as number
    }
  }
  return { from, phrase: sortedPhrase, start: sortedStart, end: sortedEnd }
}

/**
 * The index of the kept phrases only, renumbered as `kept` numbers them:
 * compacted in place (a large corpus's index is hundreds of megabytes).
 */
function keepInIndex(index: ClauseIndex, phrases: readonly Phrase[], kept: readonly Phrase[]): ClauseIndex {
  const renumber = new Int32Array(phrases.length).fill(-1)
  const byPattern = new Map(phrases.map((phrase) => [phrase.pattern, phrase.id]))
  for (const phrase of kept) renumber[byPattern.get(phrase.pattern) as number] = phrase.id
  let to = 0
  for (let c = 0; c + 1 < index.from.length; c++) {
    const lo = index.from[c] as number
    const hi = index.from[c + 1] as number
    index.from[c] = to
    for (let k = lo; k < hi; k++) {
      const id = renumber[index.phrase[k] as number] as number
      if (id < 0) continue
      index.phrase[to] = id
      index.start[to] = index.start[k] as number
      index.end[to++] = index.end[k] as number
    }
  }
  index.from[index.from.length - 1] = to
  return index
}

/**
 * A phrase that lies inside a longer phrase found in exactly the same
 * statements says nothing of its own: where it is used, the longer one is.
 */
function isContained(phrase: Phrase, phrases: readonly Phrase[], index: ClauseIndex, corpus: Corpus): boolean {
  const first = phrase.positions[0] as number
  const clause = corpus.clauseOf[first] as number
  const start = corpus.offsetOf[first] as number
  const end = start + phrase.pattern.length
  for (let k = index.from[clause] as number; k < (index.from[clause + 1] as number) && (index.start[k] as number) <= start; k++) {
    const other = index.phrase[k] as number
    if (
      other === phrase.id ||
      (index.end[k] as number) < end ||
      (index.end[k] as number) - (index.start[k] as number) <= phrase.pattern.length
    )
      continue
    if (sameDocuments((phrases[other] as Phrase).documents, phrase.documents)) return true
  }
  return false
}

/** The share of a phrase's statements in which one word follows (or precedes) it, from which it is part of a longer phrase. */
const BOUND_SHARE = 0.6

/**
 * The share of a phrase's statements that put one and the same preposition or
 * conjunction before it, from which it is the tail of a longer phrase
 * (as | soon as possible, of | navigation and overflight, both | sides of the
 * Atlantic): the labelling rule's "almost only as part of a longer phrase".
 * Higher than BOUND_SHARE, since a phrase follows such words in any text
 * (doses of | safe and effective vaccines, in 9 of 11 statements, is a formula).
 */
const BINDER_SHARE = 0.9

/**
 * English words that tie what follows them to what goes before: prepositions
 * and conjunctions. Not articles, possessives or determiners, which begin a
 * phrase (the | rule of law), nor "to", which begins a verb phrase
 * (to | tackle the climate crisis).
 */
const BINDERS: ReadonlySet<string> = new Set(
  (
    'about above across after against among and as at before below between both but by during for from in including into nor of off on or ' +
    'over than through under until upon with within without'
  ).split(' '),
)

/** The word that begins at `at` in a clause (after any spaces), as the clause's words cut it; '' at its end. */
function wordAfterIn(corpus: Corpus, words: WordBoundaries): (clause: number, at: number) => string {
  return (clause, at) => {
    const text = corpus.clauseTexts[clause] as string
    const marks = words(clause)
    let from = at
    while (from < text.length && /\s/u.test(text.charAt(from))) from++
    let to = from + 1
    while (to < text.length && !marks[to]) to++
    return text.slice(from, Math.min(to, text.length))
  }
}

/**
 * The words of the part of the sentence before `at` in a clause (since the
 * last comma, semicolon, colon or full stop), as the clause's words cut it.
 */
function sentencePartBeforeIn(corpus: Corpus, words: WordBoundaries): (clause: number, at: number) => string[] {
  return (clause, at) => {
    const text = corpus.clauseTexts[clause] as string
    const marks = words(clause)
    let from = at
    while (from > 0 && !/[，。；：！？,.;:!?]/u.test(text.charAt(from - 1))) from--
    const part: string[] = []
    for (let start = from, k = from + 1; k <= at; k++) {
      if (k === at || marks[k]) {
        if (k > start) part.push(text.slice(start, k))
        start = k
      }
    }
    return part
  }
}

/**
 * Whether a Chinese formula with variants is cut from a longer phrase by what
 * follows its uses, as boundContext reads a phrase of one wording
 * (cutBeforeItsRest).
 */
function variantCutShort(corpus: Corpus, words: WordBoundaries): (formula: MinedFormula) => boolean {
  const wordAfter = wordAfterIn(corpus, words)
  const sentencePartBefore = sentencePartBeforeIn(corpus, words)
  const clauseIndex = new Map(corpus.clauseIds.map((id, index) => [id, index]))
  return (formula) => {
    if (!/\p{Script=Han}/u.test(formula.key)) return false
    const { clause, start, end } = formula.occurrences
    const index = (k: number) => clauseIndex.get(clause[k] as number) as number
    const followers = Array.from(clause, (_, k) => wordAfter(index(k), end[k] as number))
    if (cutBeforeItsRest(formula.key, followers)) return true
    // …or that begins inside a frame opened before its uses (以 | 联合国为核心的国际体系), as insideFrame reads a phrase
    return insideFrame(
      formula.key,
      Array.from(clause, (_, k) => sentencePartBefore(index(k), start[k] as number)),
    )
  }
}

/**
 * Whether a Chinese phrase is cut from a longer one by what follows its uses:
 * the rest of a list or an attribute (restFollows), the object of the sentence
 * it opens (subjectWithoutObject), the rest of the sentence part it runs into
 * (runsIntoPart), or the object of the verb it ends on, unless it is a name
 * (verbWithoutObject).
 * @param followers the word after each use
 */
function cutBeforeItsRest(pattern: string, followers: readonly string[]): boolean {
  return (
    restFollows(pattern, followers) ||
    subjectWithoutObject(pattern, followers) ||
    runsIntoPart(pattern, followers) ||
    (verbWithoutObject(pattern, followers) && !isName(plainFormula(pattern)))
  )
}

/**
 * A neighbouring word as boundContext compares them: an English content word
 * by its stem (impose, imposed, imposing | costs on Russia), any number as one
 * (a phrase that follows a different amount each time, $50 | million in new
 * funding, lacks its amount), anything else in lower case.
 */
function neighbourKey(word: string): string {
  const lower = word.toLowerCase()
  if (/^\$?\d[\d.,]*$/u.test(lower)) return '0'
  return isFunctionWord(lower) ? lower : englishStem(lower)
}

/**
 * Whether a phrase is bound to a neighbouring word: in at least BOUND_SHARE
 * of the statements that use it, the same content word follows it (free and
 * open → Indo-Pacific, critical and emerging → technologies, 全面战略协作 →
 * 伙伴关系) or, in English, precedes it; a Chinese phrase governed by one verb (构建人类命运共同体) is a whole
 * phrase still, and a quoted term (“一带一路”) is whole whatever follows it. Such a
 * phrase is a fragment of a longer one, which is listed itself when it
 * recurs. A function word or punctuation next to it binds nothing at that
 * share: "of Ukraine" after "sovereignty and territorial integrity" does not
 * make it a fragment; but an English phrase that one preposition or
 * conjunction precedes in nearly all its statements (BINDER_SHARE) is the
 * tail of a longer phrase. (Accessor variety in term extraction: a unit's
 * neighbours vary.)
 */
function boundContext(corpus: Corpus, words: WordBoundaries): (phrase: Phrase) => boolean {
  const wordAfter = wordAfterIn(corpus, words)
  const wordBefore = (clause: number, at: number): string => {
    const text = corpus.clauseTexts[clause] as string
    const marks = words(clause)
    let to = at
    while (to > 0 && /\s/u.test(text.charAt(to - 1))) to--
    let from = to - 1
    while (from > 0 && !marks[from]) from--
    return to > 0 ? text.slice(Math.max(0, from), to) : ''
  }
  const sentencePartBefore = sentencePartBeforeIn(corpus, words)
  const isContent = (word: string) => /[\p{L}\p{N}]/u.test(word) && !isFunctionWord(word)
  // one neighbour of the kind `counts` takes, in at least `share` of the phrase's statements (and two of them)
  const heldBy = (neighbours: Map<string, Set<number>>, statements: number, share: number, counts: (word: string) => boolean) => {
    for (const [word, users] of neighbours) if (counts(word) && users.size >= 2 && users.size >= share * statements) return true
    return false
  }
  const dominant = (neighbours: Map<string, Set<number>>, statements: number) => heldBy(neighbours, statements, BOUND_SHARE, isContent)
  // a preposition or conjunction most uses follow (as | soon as possible, of | navigation and overflight): the phrase is a part of the longer one
  const boundBy = (neighbours: Map<string, Set<number>>, statements: number) =>
    heldBy(neighbours, statements, BINDER_SHARE, (word) => BINDERS.has(word))
  return (phrase) => {
    const after = new Map<string, Set<number>>()
    const before = new Map<string, Set<number>>()
    const followers: string[] = []
    const befores: string[][] = []
    for (const position of phrase.positions) {
      const clause = corpus.clauseOf[position] as number
      const offset = corpus.offsetOf[position] as number
      const document = corpus.docOf[position] as number
      const next = wordAfter(clause, offset + phrase.pattern.length)
      const previous = wordBefore(clause, offset)
      followers.push(next)
      befores.push(sentencePartBefore(clause, offset))
      for (const [map, word] of [
        [after, next],
        [before, previous],
      ] as const) {
        const key = neighbourKey(word)
        let users = map.get(key)
        if (!users) map.set(key, (users = new Set()))
        users.add(document)
      }
    }
    if (isQuoted(phrase.pattern)) return false
    // a Chinese phrase is complete at its left end whatever verb governs it (构建 | 人类命运共同体: its head is at the right)
    const english = !/\p{Script=Han}/u.test(phrase.pattern)
    if (english && (openEnded(phrase.pattern, followers) || isAdverbial(phrase.pattern))) return true
    if (!english && insideFrame(phrase.pattern, befores)) return true
    if (!english && (endsInsideFrame(phrase.pattern) || cutBeforeItsRest(phrase.pattern, followers))) return true
    return (
      dominant(after, phrase.documents.length) ||
      (english && (dominant(before, phrase.documents.length) || boundBy(before, phrase.documents.length)))
    )
  }
}

function single(phrase: Phrase, corpus: Corpus): MinedFormula {
  const n = phrase.positions.length
  const occurrences: Occurrences = {
    document: new Int32Array(n),
    clause: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    variant: new Int32Array(n),
  }
  phrase.positions.forEach((position, k) => {
    occurrences.document[k] = corpus.docOf[position] as number
    occurrences.clause[k] = corpus.clauseIds[corpus.clauseOf[position] as number] as number
    occurrences.start[k] = corpus.offsetOf[position] as number
    occurrences.end[k] = (corpus.offsetOf[position] as number) + phrase.pattern.length
  })
  return {
    key: phrase.pattern,
    variants: [{ pattern: phrase.pattern, occurrences: n, documents: phrase.documents.length }],
    occurrences,
    documents: phrase.documents.length,
    length: lengthOf(phrase.pattern),
  }
}

/**
 * Two phrases that follow each other, at most maxGap characters apart, with
 * different gaps in different statements: one formula, whose variants are the
 * texts with their gaps. A phrase found in no other statement than such a
 * formula is absorbed into it.
 *
 * At each place only the longest phrase ending there and the longest starting
 * there are paired (a shorter one is part of them), and the pairs are counted
 * in two passes: first which pairs are seen with two different gaps, then the
 * places of those pairs only. A large corpus has millions of neighbouring
 * phrases, and only a few of them are variants.
 */
function mergeVariants(
  phrases: readonly Phrase[],
  index: ClauseIndex,
  corpus: Corpus,
  options: MiningOptions,
  whole: (formula: MinedFormula) => boolean,
) {
  const width = phrases.length
  const MANY = -1
  const gaps = new Map<number, number>()
  forEachNeighbours(phrases, index, corpus, options.maxGap, (_clause, left, right, gap) => {
    const key = left * width + right
    const seen = gaps.get(key)
    if (seen === undefined) gaps.set(key, gap)
    else if (seen !== gap && seen !== MANY) gaps.set(key, MANY)
  })
  // the places of the pairs seen with different gaps: clause, start, gap length, gap signature
  const places = new Map<number, number[]>()
  forEachNeighbours(phrases, index, corpus, options.maxGap, (clause, left, right, gap, start, gapLength) => {
    const key = left * width + right
    if (gaps.get(key) !== MANY) return
    let list = places.get(key)
    if (!list) places.set(key, (list = []))
    list.push(clause, start, gapLength, gap)
  })
  gaps.clear()
  const formulas: MinedFormula[] = []
  const absorbed = new Set<number>()
  for (const [key, list] of places) {
    const left = phrases[Math.floor(key / width)] as Phrase
    const right = phrases[key % width] as Phrase
    const documents = new Set<number>()
    for (let s = 0; s < list.length; s += 4) documents.add(corpus.clauseDocument[list[s] as number] as number)
    if (documents.size < options.minDocuments) continue
    const formula = variantFormula(left, right, list, documents.size, corpus)
    // one cut from a longer phrase is not made, and absorbs nothing
    if (!whole(formula)) continue
    formulas.push(formula)
    // a part found in no other statement than the merged formula is absorbed into it
    const merged = Int32Array.from(documents).sort()
    if (sameDocuments(left.documents, merged)) absorbed.add(left.id)
    if (sameDocuments(right.documents, merged)) absorbed.add(right.id)
  }
  return { formulas: withoutNested(formulas), absorbed }
}

/** The places where one phrase is followed by another, at most maxGap characters later, in the same clause. */
function forEachNeighbours(
  phrases: readonly Phrase[],
  index: ClauseIndex,
  corpus: Corpus,
  maxGap: number,
  visit: (clause: number, left: number, right: number, gap: number, start: number, gapLength: number) => void,
) {
  let longest = 0
  for (const text of corpus.clauseTexts) longest = Math.max(longest, text.length)
  // per offset of the clause at hand: the longest phrase ending there, the longest starting there
  const endingAt = new Int32Array(longest + 1).fill(-1)
  const startingAt = new Int32Array(longest + 1).fill(-1)
  for (let c = 0; c < corpus.clauseTexts.length; c++) {
    const lo = index.from[c] as number
    const hi = index.from[c + 1] as number
    if (hi - lo < 2) continue
    const text = corpus.clauseTexts[c] as string
    for (let k = lo; k < hi; k++) {
      const phrase = index.phrase[k] as number
      const start = index.start[k] as number
      const end = index.end[k] as number
      const before = endingAt[end] as number
      if (before < 0 || (phrases[before] as Phrase).pattern.length < end - start) endingAt[end] = phrase
      const after = startingAt[start] as number
      if (after < 0 || (phrases[after] as Phrase).pattern.length < end - start) startingAt[start] = phrase
    }
    for (let k = lo; k < hi; k++) {
      const end = index.end[k] as number
      const left = endingAt[end] as number
      if (left < 0) continue
      endingAt[end] = -1 // each end once
      for (let gapLength = 0; gapLength <= maxGap && end + gapLength < text.length; gapLength++) {
        const right = startingAt[end + gapLength] as number
        if (right < 0 || right === left) continue
        visit(c, left, right, gapSignature(text, end, gapLength), end - (phrases[left] as Phrase).pattern.length, gapLength)
      }
    }
    for (let k = lo; k < hi; k++) startingAt[index.start[k] as number] = -1
  }
}

/** The gap's characters as one number (at most two UTF-16 units). */
function gapSignature(text: string, at: number, length: number): number {
  if (length === 0) return 0
  if (length === 1) return 1 + text.charCodeAt(at)
  return 0x10001 + text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1)
}

/** The formula made of `left`, a gap, and `right`: one variant per gap, most used first. */
function variantFormula(left: Phrase, right: Phrase, list: readonly number[], documentCount: number, corpus: Corpus): MinedFormula {
  const groups = new Map<number, number[]>()
  for (let s = 0; s < list.length; s += 4) {
    const gap = list[s + 3] as number
    let group = groups.get(gap)
    if (!group) groups.set(gap, (group = []))
    group.push(s)
  }
  const variants = [...groups.values()]
    .map((places) => {
      const s = places[0] as number
      const clause = list[s] as number
      const start = (list[s + 1] as number) + left.pattern.length
      const gap = (corpus.clauseTexts[clause] as string).slice(start, start + (list[s + 2] as number))
      const documents = new Set(places.map((p) => corpus.clauseDocument[list[p] as number])).size
      return { pattern: left.pattern + gap + right.pattern, occurrences: places.length, documents, places }
    })
    .sort(byVariantUse)
  const order = variants.flatMap((variant, v) => variant.places.map((s) => [s, v] as const))
  const documentOf = (s: number) => corpus.clauseDocument[list[s] as number] as number
  order.sort(
    ([s], [t]) =>
      documentOf(s) - documentOf(t) || (list[s] as number) - (list[t] as number) || (list[s + 1] as number) - (list[t + 1] as number),
  )
  const n = order.length
  const occurrences: Occurrences = {
    document: new Int32Array(n),
    clause: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    variant: new Int32Array(n),
  }
  order.forEach(([s, v], k) => {
    occurrences.document[k] = documentOf(s)
    occurrences.clause[k] = corpus.clauseIds[list[s] as number] as number
    occurrences.start[k] = list[s + 1] as number
    occurrences.end[k] = (list[s + 1] as number) + (variants[v] as Variant).pattern.length
    occurrences.variant[k] = v
  })
  const key = (variants[0] as Variant).pattern
  return {
    key,
    variants: variants.map(({ pattern, occurrences: count, documents }) => ({ pattern, occurrences: count, documents })),
    occurrences,
    documents: documentCount,
    length: lengthOf(key),
  }
}

/**
 * Without the formulas that lie inside a longer one used in exactly the same
 * statements (where one is used, so is the other: the shorter says nothing of
 * its own). Checked at each formula's first use, which the longer one must
 * cover. The miner drops nested merged formulas with it; a sharded mining
 * (lib/formulas/sharded) every counted formula.
 */
export function withoutNested<F extends { occurrences: Occurrences }>(formulas: readonly F[]): F[] {
  // only the clauses of first uses are looked in: the index holds the uses there alone
  const wanted = new Set(formulas.map((formula) => formula.occurrences.clause[0] as number))
  const inClause = new Map<number, number[]>()
  formulas.forEach((formula, f) => {
    const o = formula.occurrences
    for (let k = 0; k < o.clause.length; k++) {
      const clause = o.clause[k] as number
      if (!wanted.has(clause)) continue
      const list = inClause.get(clause)
      if (list) list.push(f, o.start[k] as number, o.end[k] as number)
      else inClause.set(clause, [f, o.start[k] as number, o.end[k] as number])
    }
  })
  // each formula's statements (its uses come in statement order), made once when first compared
  const statementIds = new Map<number, Int32Array>()
  const idsOf = (f: number) => {
    let ids = statementIds.get(f)
    if (!ids) {
      const d = (formulas[f] as F).occurrences.document
      const list: number[] = []
      for (let k = 0; k < d.length; k++) if (k === 0 || d[k] !== d[k - 1]) list.push(d[k] as number)
      statementIds.set(f, (ids = Int32Array.from(list).sort()))
    }
    return ids
  }
  return formulas.filter((formula, f) => {
    const o = formula.occurrences
    if (o.clause.length === 0) return true
    const start = o.start[0] as number
    const end = o.end[0] as number
    const list = inClause.get(o.clause[0] as number) as number[]
    for (let k = 0; k < list.length; k += 3) {
      const g = list[k] as number
      const s = list[k + 1] as number
      const e = list[k + 2] as number
      if (g === f || s > start || e < end || e - s <= end - start) continue
      if (sameDocuments(idsOf(f), idsOf(g))) return false
    }
    return true
  })
}
