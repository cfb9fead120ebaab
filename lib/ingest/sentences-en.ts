/**
 * English sentence boundaries in one pass (linear in the text's length).
 *
 * A sentence ends at . ? ! (with any closing quotes or brackets) followed by a
 * space and something that can open a sentence: a capital, a digit, an opening
 * quote or bracket; or, where extraction lost the space, directly by a
 * capitalised word after a lower-case one ("resolutions.Both"). A full stop does not end a sentence after an initial
 * ("Joseph R. Biden"), a title ("Mr.", "Gen.", "Amb."), or a reference ("No. 5",
 * "para. 3"); after a dotted abbreviation or a name's suffix ("U.N.", "U.S.",
 * "D.C.", "Jr.", "Inc.") it ends one only when the next word is one that opens
 * sentences ("The", "We", "In" …), so "the U.N. Human Rights Council" stays one
 * sentence and "in Washington, D.C. The leaders …" is two. (Punkt, Kiss & Strunk
 * 2006, learns such lists from a corpus; these are written down because the
 * texts are few and their abbreviations well known.)
 */

import { ENGLISH_STOPWORDS } from '@/lib/text/english-stopwords'
import { EMOJI_PART } from '@/lib/text/chars'

/** Abbreviations after which a full stop never ends the sentence (lower case, without the stop). */
const ALWAYS_JOINED = new Set([
  // (South Asian honorifics too: "External Affairs Minister Smt. Sushma Swaraj", "Shri.", "Hon.")
  'smt',
  'shri',
  'sh',
  'hon',
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'prof',
  'st',
  // (and Sainte: "Sault Ste. Marie")
  'ste',
  'mt',
  'ft',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'sen',
  'rep',
  // (titles of several people: "along with Drs. Brainard and Cook", "Sens. Warren and Markey", "Reps. Pelosi and Clyburn")
  'drs',
  'sens',
  'reps',
  'profs',
  'supt',
  'amb',
  'pres',
  'hon',
  'rev',
  'sec',
  'dept',
  'para',
  'paras',
  'vol',
  'ch',
  'fig',
  'pp',
  'vs',
  'v',
  'cf',
  'approx',
  'e.g',
  'i.e',
  'viz',
  'ca',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'h.e',
  'h.m',
  'h.r.h',
  'h.h',
  'op',
  'ref',
])
/** Abbreviations that also end sentences: a boundary only before a sentence-opening word. */
const SOMETIMES_FINAL = new Set([
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'etc',
  'esq',
  'plc',
  'llc',
  // a governor's title, and a word of its own in speech: "… I promise you, Gov. This — we don't view this …"
  'gov',
  'mar',
  // legal citations: "U.S. Const. art. I, sec. 2, cl. 3", "amend. XIV", "secs. 1 and 2", "134 Stat. 281", "139 S. Ct. 2551"
  'const',
  'amend',
  'cl',
  'secs',
  'stat',
  'ct',
  'supp',
  // the Federal Register: "84 Fed. Reg. 51310"
  'fed',
  'reg',
  // a trade investigation's number: "USITC Inv. No. TA-201-075"
  'inv',
  // names of places and bodies, which may end a sentence too: "San Diego Int. Airport", "Natl. Guard", "Univ. of Delaware",
  // "Govt. of India", but "… Honeywell Intl. He later …"
  'int',
  'intl',
  'natl',
  'univ',
  'assn',
  'assoc',
  'govt',
])
/**
 * An article's abbreviation, joined to its number ("U.S. Const. art. I, sec. 2", "Arts. 5 and 6"), and otherwise the
 * word that ends a sentence ("… the National Endowment for the Arts. Brass instruments …", "… martial arts. She …").
 */
const ARTICLE = new Set(['art', 'arts'])
const ARTICLE_NUMBER = /^(?:\d|[IVXLC]{1,6}\b(?=[,;:)]|\s+(?:and|to|of|through|§|\(|sec\.|cl\.|\d))|[IVXLC]{2,6}\b(?!\s+\p{Ll}))/u
/** Abbreviations of a number's name, joined to the number: "No. 5", "No. TA-201-075", but "So, no. But …" ends a sentence. */
const BEFORE_NUMBER = new Set(['no', 'nos'])
/** Words that open sentences and are not names: after "U.S." or "Jr." they mark a new sentence. */
const OPENERS = new Set(
  (
    'the this that these those there their they we our it its in on at as by for from with to a an both each all he she his her i ' +
    'however moreover furthermore additionally together today finally further also meanwhile since while when after before during ' +
    'through under going looking recognizing building if although given such other many several some most one two three four five ' +
    'following consistent accordingly nevertheless yet but and or nor so thus therefore now here then my you your thank please let ' +
    // (and a question's: "… with the Fed. Is this …")
    'is are was were do does did can could would should has have how why what where who previously prior again'
  ).split(' '),
)
/**
 * Function words capitalised after "Inc.", "Jr." or "U.S." open a sentence too ("… Services, Inc. Between college and
 * law school, …", "… in the U.S. Once the facility …"): no name begins with one, but for prepositions that begin an
 * office's or a place's name ("Over", "Up") and the number's "No." ("Inv. No. TA-201-075"); "Under" opens a sentence
 * unless an office follows it ("the U.S. Under Secretary", opensSentenceAt).
 */
const OPENING_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...ENGLISH_STOPWORDS].filter(
    (word) => !['under', 'over', 'up', 'down', 'out', 'off', 'above', 'below', 'us', 'me', 'am', 'no'].includes(word),
  ),
)
/** Whether the word at `at` opens a sentence after an abbreviation that may end one ("U.S.", "Inc."). */
export function opensSentenceAt(text: string, at: number): boolean {
  if (/^Under[ -]Secretar/u.test(text.slice(at, at + 20))) return false
  const word = nextWord(text, at).toLowerCase()
  return OPENERS.has(word) || OPENING_FUNCTION_WORDS.has(word) || PARTICIPLE_OPENING.test(text.slice(at, at + 40))
}
/**
 * A participle and its preposition open a sentence as no name does: "… Colonel Ralph Puckett, Jr. Based on the alliance …",
 * "… in the U.S. Compared to last year …" (but "United", "Reed", "Ahmed" are names, too short or not followed so).
 */
const PARTICIPLE_OPENING = /^(?!United\b)\p{Lu}\p{Ll}{2,}ed\s+(?:on|upon|by|in|to|with|from|at|for|as|that|through|under)\s/u
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»'])
const OPENING = /[\p{Lu}\p{N}"“‘'(\[«•$€£]/u

/**
 * Whether what stands at `at` can open a sentence: a capital, a digit, an opening mark; a post's handle or hashtag
 * ("… 1 year ago. #NCSL has a new report", "… needs. @leagueofcities’ tracker shows"); or pictographs before any of these
 * ("… this week. 🎂 In PA, …").
 */
function opensAt(text: string, at: number): boolean {
  const rest = text.slice(at, at + 40)
  // (the emoji a sentence opens with: chars' EMOJI_PART, joined or not)
  let after = 0
  for (const point of rest) {
    if (!EMOJI_PART.test(point) && point !== '\u200d') break
    after += point.length
  }
  if (after) after += /^\s*/u.exec(rest.slice(after))?.[0].length ?? 0
  const first = rest[after]
  if (first === undefined) return false
  // (a tag the sentence goes on from, not the tags a post ends with: "… is #PastDue. #SOTU.”")
  // (or an ellipsis before a capital, a quoted line's words left out before it: "We are problem solvers. …We have changed
  // the world.")
  return (
    OPENING.test(first) ||
    /^[#@]\p{L}[\p{L}\p{N}_]*(?:['’]s?)?\s+\p{L}/u.test(rest.slice(after)) ||
    /^(?:…|\.\.\.)\p{Lu}/u.test(rest.slice(after))
  )
}

/**
 * [from, to) of each sentence of `text`, covering it without gaps.
 * @example sentenceBoundsEnglish('President Joseph R. Biden Jr. met him. They spoke.').length // 2
 */
export function sentenceBoundsEnglish(text: string): [number, number][] {
  const bounds: [number, number][] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (ch !== '.' && ch !== '?' && ch !== '!' && ch !== '…') continue
    let end = i + 1
    while (end < text.length && (text[end] === '.' || text[end] === '?' || text[end] === '!' || CLOSING.has(text[end] as string))) end++
    // (a footnote's mark after the stop ends the sentence with it: "… from 2016.[1] Because …"; after an abbreviation
    // it ends none, "e.g.[4] Chicago")
    const closed = end
    end += /^\[\d{1,3}\]/.exec(text.slice(end, end + 5))?.[0].length ?? 0
    let next = end
    if (next < text.length && gluedSentence(text, i, end)) {
      // a lost space or paragraph break: "…Security Council resolutions.Both leaders urge…"
      bounds.push([start, end])
      start = end
      i = end - 1
      continue
    }
    if (next >= text.length || !/\s/.test(text[next] as string)) {
      i = end - 1
      continue
    }
    while (next < text.length && /\s/.test(text[next] as string)) next++
    if (next >= text.length || !opensAt(text, next)) {
      i = end - 1
      continue
    }
    // an abbreviation in parentheses ends no sentence either: "Executive Order (E.O.) 13219 of June 26, 2001", nor one in
    // an editor's brackets: "title 18 of the [U.S.] Code"; and neither does "et seq." or "et al." before a closing
    // parenthesis: "(50 U.S.C. 1701 et seq.) (IEEPA)"
    const closer = text.slice(i + 1, closed)
    const bracketed =
      (closer === ')' &&
        (/\(\S{1,10}$/.test(text.slice(Math.max(0, i - 11), i + 1)) || /\bet\s+(?:al|seq)$/i.test(text.slice(Math.max(0, i - 8), i)))) ||
      (closer === ']' && /\[\S{1,10}$/.test(text.slice(Math.max(0, i - 11), i + 1)))
    // (nor a citation's abbreviation in parentheses before another parenthesis: "as amended (5 U.S.C. App.) (the “Act”), may";
    // nor the Code's appendix before its section's number: "the Trading With the Enemy Act (50 U.S.C. App. 1 et seq.)")
    const citation =
      ch === '.' &&
      ((closer === ')' && text[next] === '(' && /(?:^|[\s(])(?:App|Supp)$/u.test(text.slice(Math.max(0, i - 6), i))) ||
        (closed === i + 1 && /\d/u.test(text[next] as string) && /\bU\.S\.C\.\s+(?:App|Supp)$/u.test(text.slice(Math.max(0, i - 16), i))))
    if (citation || (ch === '.' && (closed === i + 1 || bracketed) && !endsSentenceAfterStop(text, i, next))) {
      i = end - 1
      continue
    }
    // an ellipsis after a word no sentence ends on marks words left out inside the sentence: "designed around… Treasury[’s]
    // directive", "reach the… U.S.", "His… ELIQUIS"
    if (
      /^(?:…|\.\.\.)$/u.test(text.slice(i, closed)) &&
      // (or before an editor's word in lower case: "the Paxlovid medication… [it’s] a different time")
      (omissionInside(text, i) || /^\[\p{Ll}/u.test(text.slice(next, next + 2)))
    ) {
      i = end - 1
      continue
    }
    if (closed === i + 1 && insideShortQuotation(text, start, i, next)) {
      i = end - 1
      continue
    }
    bounds.push([start, end])
    start = next
    i = next - 1
  }
  if (start < text.length && text.slice(start).trim()) bounds.push([start, text.length])
  else if (bounds.length > 0 && start < text.length) (bounds.at(-1) as [number, number])[1] = text.length
  return bounds
}

/**
 * Articles, possessives, coordinating conjunctions and prepositions that no sentence ends on (not "her", "to", "for", "at", "from",
 * which a sentence may end on: "I called her… She did not answer.", "what we are fighting for… We will …").
 */
const BEFORE_OMISSION = new Set(
  'the a an my your his its our their and or nor of with into onto upon around between among across within without toward towards'.split(
    ' ',
  ),
)

/** Whether the ellipsis ("…" or "...") whose first character is at `at` follows a word no sentence ends on. */
function omissionInside(text: string, at: number): boolean {
  const word = /(?:^|[^\p{L}])(\p{L}+)\s?$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]
  return word !== undefined && BEFORE_OMISSION.has(word.toLowerCase())
}

/**
 * Whether the stop at `stop` stands inside a short quoted name that its sentence goes on after: the quotation opened
 * shortly before it in the same sentence, closes shortly after it with no other stop, and the sentence goes on in lower
 * case or with a comma ("VA launched the “Don’t Wait. Reach Out” campaign.").
 */
function insideShortQuotation(text: string, start: number, stop: number, next: number): boolean {
  const before = text.slice(Math.max(start, stop - 60), stop)
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”')
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1
  if (!curly && !straight) return false
  const after = /^[^.!?“”"]{1,40}?([”"])(?=\s+\p{Ll}|[,;:])/u.exec(text.slice(next, next + 42))
  return after !== null && (curly ? after[1] === '”' : after[1] === '"')
}

/** A word that a letter names one of: "Appendix C", "Part D", "Title X", "Annex B", "Schedule F", "Hepatitis C". */
const LETTERED_PART =
  /(?:^|[^\p{L}])(?:Appendix|Annex|Part|Title|Schedule|Exhibit|Article|Chapter|Table|Figure|Phase|Tier|Category|Vitamin|Hepatitis)\s$/u

/** Whether the full stop at `stop` ends a sentence, given the word before it and the one at `next`. */
function endsSentenceAfterStop(text: string, stop: number, next: number): boolean {
  let from = stop
  // the word before the stop, dots included (U.S, e.g, R)
  while (from > 0 && /[\p{L}\p{N}.]/u.test(text[from - 1] as string)) from--
  const word = text.slice(from, stop)
  if (!word) return true
  // (an initialism joined by "&" is a word, not an initial: "… manufacturing and R&D. DOC will …", "AT&T. The …")
  if (/\p{L}&$/u.test(text.slice(Math.max(0, from - 2), from))) return true
  const lower = word.toLowerCase()
  // a list's number run into its paragraph, after a colon or a sentence's end, opens its item and ends nothing: "…
  // Congressional leadership to: 1. Reform our broken …", "… competitiveness. 2. Approve workforce …"
  // (one of a sequence: "1." with a "2." after it, or the next after its number; "… signed the pledge so far: 40. More will
  // join." ends its sentence, and so do "cl. 3.", "S.B. 8.")
  if (
    /^\d{1,2}$/u.test(word) &&
    /[:.!?]["”’)]*\s+$/u.test(text.slice(Math.max(0, from - 4), from)) &&
    inNumberedRun(text, from, Number(word))
  )
    return false
  // an initial: Joseph R. Biden; but "So do I. Thank you." ends a sentence (the pronoun after a word in lower case), and
  // so does a letter that ends a name when a sentence's first word follows ("… from Channel A.  Thank you very much …")
  if (/^\p{Lu}$/u.test(word) && !(word === 'I' && /(?:^|[^\p{L}])\p{Ll}+\s+$/u.test(text.slice(Math.max(0, from - 20), from)))) {
    // (a letter that names a part, "Appendix C.", "Medicare Part D.", "Title X.", is no initial: any capital after it opens)
    if (LETTERED_PART.test(text.slice(Math.max(0, from - 16), from))) return true
    // (nor is the last of a word spelled out letter by letter: "Eight percent.  E-I-G-H-T.  Eight percent.")
    if (/(?:^|[^\p{L}])(?:\p{Lu}-){2,}$/u.test(text.slice(Math.max(0, from - 40), from))) return true
    const after = nextWord(text, next)
    return after.length > 1 && OPENERS.has(after.toLowerCase()) && /\p{L}/u.test(text.slice(0, from))
  }
  // (but an abbreviation in capitals after an article is a name's initials: "… Felicia Schwartz from the FT.  You …"; and
  // two capitals after a city and its comma are its state's postal code, "… reside in Ridgeland, MS. They have …", not "Ms.")
  if (ALWAYS_JOINED.has(lower)) {
    if (/^\p{Lu}{2}$/u.test(word) && /\p{Lu}\p{Ll}+,\s$/u.test(text.slice(Math.max(0, from - 30), from)))
      return opensSentenceAt(text, next) || opensOtherSentence(text, next) || /^[“"‘]?\p{Lu}\p{Ll}/u.test(text.slice(next, next + 3))
    return (
      /^\p{Lu}{2,}$/u.test(word) &&
      /(?:^|[^\p{L}])(?:the|The)\s$/u.test(text.slice(Math.max(0, from - 5), from)) &&
      opensSentenceAt(text, next)
    )
  }
  if (BEFORE_NUMBER.has(lower)) {
    // (a number or a code with digits follows the abbreviation, "Inv. No. TA-201-075"; anything else, the word ends its
    // sentence, "MS. PSAKI: No. That's not …", "No. Look, …")
    return !/^[(\p{L}/.-]*\d/u.test(text.slice(next, next + 20).split(/\s/)[0] as string)
  }
  // "et al.", "et seq." (but "Hello, Al." ends its sentence)
  if ((lower === 'al' || lower === 'seq') && /\bet\s$/i.test(text.slice(Math.max(0, from - 3), from))) return false
  const dotted = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word) // U.S, U.N, D.C, E.U
  // (or, after a place's initials, a person by title opens the next: "… in Washington, D.C. Ms. Nguyen served …")
  // (or, after a place's initials that end its name, "City, D.C.", a name the text makes the subject of its other
  // sentences: "… in Washington, D.C.  Mushingi earned a Ph.D. …"; not "… the U.S. Government will …")
  // (and after a name's degree, a quotation opens the next: "… said APA President Vivian Pender, M.D. “The mental health …")
  if (dotted) {
    const afterComma = /\p{L},\s$/u.test(text.slice(Math.max(0, from - 3), from))
    return (
      opensSentenceAt(text, next) ||
      (afterComma && /^[“"]\p{Lu}/u.test(text.slice(next, next + 2))) ||
      HONORIFIC_NEXT.test(text.slice(next, next + 40)) ||
      (afterComma && opensOtherSentence(text, next))
    )
  }
  if (ARTICLE.has(lower)) return !ARTICLE_NUMBER.test(text.slice(next, next + 12))
  if (SOMETIMES_FINAL.has(lower)) return opensSentenceAt(text, next) || opensOtherSentence(text, next)
  return true
}

/** Whether the number `n` at `at` is one of a run of numbered items in the text: "1." with a "2." after it, else "n−1." before it. */
function inNumberedRun(text: string, at: number, n: number): boolean {
  return n === 1
    ? /(?:^|\s)2\.\s+[\p{Lu}\p{Ll}]/u.test(text.slice(at + 2))
    : new RegExp(`(?:^|\\s)${n - 1}\\.\\s+[\\p{Lu}\\p{Ll}]`, 'u').test(text.slice(0, at))
}

/**
 * Whether the capitalised word at `at`, with a word in lower case after it, opens another sentence of the text, after a
 * stop: a name the text makes the subject of its sentences, so that it opens one here too ("… the federal business unit
 * of Marvell Technology, Inc. Zakheim previously served …" where "Zakheim serves on the Board …" opens one before it).
 * A word of a name that goes on after "Jr." or "Inc." ("Martin Luther King, Jr. Memorial") opens none elsewhere.
 */
function opensOtherSentence(text: string, at: number): boolean {
  // (a verb or an adverb after it, not a preposition or a conjunction: "Memorial in Washington" names a place)
  // (a name of two or three words too: "… Multnomah Defenders, Inc. Justice Nelson received her J.D. …")
  const word = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?=\s+(?!(?:of|in|on|at|for|to|and|or|the|a|an|with|from|by|as)\b)\p{Ll})/u.exec(
    text.slice(at, at + 60),
  )?.[0]
  if (!word) return false
  const opening = new RegExp(`(?:^|[.!?]["”’)]*\\s+)${word}\\s+\\p{Ll}`, 'gu')
  for (const match of text.matchAll(opening)) if (match.index + match[0].lastIndexOf(word) !== at) return true
  return false
}

/** A word that opens a sentence glued to the one before: capitalised, or, after a full stop, "A" or "I" alone. */
const GLUED_AFTER_MARK = /^\p{Lu}\p{Ll}/u
const GLUED_AFTER_STOP = /^(?:\p{Lu}\p{Ll}|[AI](?:\s|$))/u

/**
 * Two sentences run together without a space, as extraction leaves them where a
 * paragraph break was lost ("…resolutions.Both leaders…"): the stop follows a
 * word of at least two lower-case letters (not an abbreviation such as "U.S" or
 * "e.g", nor "Mr") and is followed by a capitalised word. "node.Js" would be
 * split too; such words do not occur in statements.
 */
function gluedSentence(text: string, stop: number, end: number): boolean {
  // (the next word may be "A" or "I" after a full stop: "… for President Barack Obama.A native Texan, …"; not after an
  // ellipsis, which joins a quotation's parts: "… it was very concerning…I don’t know if …")
  if (!(text[stop] === '.' ? GLUED_AFTER_STOP : GLUED_AFTER_MARK).test(text.slice(end, end + 2))) return false
  // (nor after an ellipsis that leaves words out of its sentence: "ELIQUIS and…Crestor"; after any other, an excerpt's break
  // between sentences glues them after an amount or a year too, or before a site's name, where no address holds an
  // ellipsis: "averaging $3.66…The national average", "in 2021…It now costs", "gas tanks…GasBuddy.com reported")
  const ellipsis = /^(?:…|\.\.\.)/u.test(text.slice(stop, end))
  if (ellipsis && omissionInside(text, stop)) return false
  if (ellipsis && /[\d%]$/u.test(text.slice(Math.max(0, stop - 1), stop))) return true
  if (!ellipsis && inWebAddress(text, stop, end)) return false
  // (after a number of two digits or more, or a name's number, inside a sentence, before a word in lower case after its
  // capital: "… on July 12, 14, and 19.This delivery …", "… from COVID-19.Test-to-Treat …", "… the S-400.The …"; not a list's
  // numeral that opens its line, "1.Infrastructure", "10.Expand access …")
  const head = text.slice(Math.max(0, stop - 200), stop)
  const number = /(?:^|[\s(])((?:[\p{L}\d]+[-–])?\d{2,})$/u.exec(head)
  if (number) {
    const before = head.slice(0, number.index)
    const sentence = before.slice(Math.max(...['. ', '? ', '! ', '\n'].map((mark) => before.lastIndexOf(mark))) + 1)
    if (/\p{L}/u.test(sentence)) return GLUED_AFTER_MARK.test(text.slice(end, end + 2))
  }
  let from = stop
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1] as string)) from--
  const word = text.slice(from, stop)
  return /^\p{L}*\p{Ll}{2}$/u.test(word) && !ALWAYS_JOINED.has(word.toLowerCase())
}

/**
 * Whether the stop is a dot of a web or mail address, which has no space in it
 * either ("www.DisasterAssistance.gov", "http://www.CDC.gov/HeartDisease",
 * "info@Example.org"): the run of text around it starts with a scheme or
 * "www.", holds an "@", or goes on from the stop as a domain name does, or ends one ("ChildTaxCredit.Gov").
 */
function inWebAddress(text: string, stop: number, end: number): boolean {
  let from = stop
  while (from > 0 && !/[\s(<\[“"]/u.test(text[from - 1] as string)) from--
  const before = text.slice(from, stop)
  return (
    /^(?:[a-z][a-z\d+.-]*:\/\/|www(?:\.|$))/i.test(before) ||
    before.includes('@') ||
    /^[\p{L}\d-]+\.(?:gov|com|org|net|edu|mil|int|info|io)\b/iu.test(text.slice(end, end + 80)) ||
    // (or the word after it is the domain's last part: "New Government Website – ChildTaxCredit.Gov – Directs …")
    /^(?:gov|com|org|net|edu|mil|int|info|io)\b/iu.test(text.slice(end, end + 8))
  )
}

/** A title of address and a capitalised name: "Ms. Nguyen", "Dr. Brainard". */
const HONORIFIC_NEXT = /^(?:Mr|Ms|Mrs|Dr)\.\s+\p{Lu}\p{Ll}/u

function nextWord(text: string, at: number): string {
  let end = at
  while (end < text.length && /[\p{L}]/u.test(text[end] as string)) end++
  return text.slice(at, end)
}
