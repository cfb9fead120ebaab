import { MappedTextBuilder, trimMapped, type MappedText } from '@/lib/text/mapped-text'

/**
 * The marks of a transcript (White House remarks, press conferences): who
 * speaks, when, and what the stenographer saw rather than heard.
 */

/**
 * A turn's speaker in capitals and a colon ("PRESIDENT BIDEN:", "THE VICE PRESIDENT:", "PRESIDENT LÓPEZ OBRADOR:"), or a
 * reporter's "Q", a dash of the question right after it or not ("Q — the flooding.", "Q– the test — when can …").
 */
export const SPEAKER_LABEL = /^(?:(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,4}\p{Lu}[\p{Lu}.'’-]+:\s+|Q(?:\s+|(?=[—–]\s)))/u

/** A time stamp on a line of its own: "11:15 A.M. EDT", "2:38 P.M. CEST". */
const TIME_STAMP_WORDS = String.raw`\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5})?`
const TIME_STAMP = new RegExp(`^${TIME_STAMP_WORDS}$`)

/**
 * A stage direction: in parentheses, a few capitalised words ("(Laughter.)",
 * "(Inaudible)") or a short note ending in a full stop ("(As interpreted.)",
 * "(Cross-talk by reporters.)", "(Referring to the language interpretation.)", "(No translation provided.)"),
 * a hyphenated note ("(Off-mic.)"), or what a leader does, said in the present ("(President Biden offers a toast.)", "(The President hands the signing pen to
 * Jake Bomba.)", "(The President signs the bill.)").
 */
const DIRECTION =
  /^\((?:[A-Z][a-z]+(?:-[a-z]+)?(?:\s(?:[A-Z][a-z]+|[a-z]+)){0,3}\.?|(?:As interpreted|Cross-?talk|Referring to|Speaks|Speaking|Via interpret|Interpret|Translat|No translation|Audio|Video|Laugh|Applause|Inaudible|Gestures|Points|Pause)[^()]{0,50}\.|(?:The )?(?:President|Vice President|Prime Minister|First Lady|Second Gentleman|Chancellor|King|Queen|Emperor|Amir|Crown Prince)(?: [A-Z][a-z]+){0,2} [a-z]+s\b[^()]{0,80}\.)\)\.?$/u

/**
 * Whether a piece of a transcript is only a stage direction, perhaps after its
 * speaker's label ("PRESIDENT BIDEN: (Laughs.)"): not something said.
 * @example isStageDirection('PRIME MINISTER MODI: (As interpreted.)') // true
 */
// (a short note of what was heard or done, capitalised as a sentence: "(Laughter.)", "(Turkeys gobble.)", "(Commander barks)")
export function isStageDirection(text: string, inTranscript = false): boolean {
  const note = text.replace(SPEAKER_LABEL, '').trim()
  // (or several, one after another: "THE PRESIDENT:  (Laughs.)  (Applause.)")
  return note.split(/(?<=\)\.?)\s+(?=\()/u).every((part) => DIRECTION.test(part) || (inTranscript && TRANSCRIPT_DIRECTION.test(part)))
}

/**
 * In a transcript, also what someone does, unnamed or in the passive: "(Makes the sign of the cross.)", "(Addressing the
 * staff of FEMA.)", "(The Medal of Valor is presented.)", or what something does: "(A cell phone interrupts.)", "(The
 * audience applauds.)". Elsewhere such a sentence in parentheses is the text's: "(The full list is attached.)". Its stop
 * may close a quotation or stand after it: "(The orchestra concludes playing “Hail to the Chief.”)", "(The executive order
 * is signed)."
 */
const TRANSCRIPT_DIRECTION =
  /^\((?:(?!(?:Every|Some|No|Any)thing\s|(?:During|Including|Regarding|Following|According|Pending|Concerning)\s)[A-Z][a-z]+(?:s|ing)\s[^()]{1,60}|(?:The|A|An)\s[^()]{1,60}\s(?:is|are)\s[a-z]+(?:ed|en)|(?:The|A|An)\s[^()]{1,100}?\s[a-z]+s(?:\s[^()]{1,100})?)(?:\.["”]?\)\.?|\)\.)$/u

/** Whether a paragraph is only a time stamp or a stage direction. */
export function isTranscriptMark(text: string): boolean {
  return TIME_STAMP.test(text) || isStageDirection(text)
}

/**
 * Whether paragraphs are a transcript: turns of speakers, two at least, one of them a person's ("Q", "THE PRESIDENT:",
 * "PRIME MINISTER KISHIDA:", "MS. JEAN-PIERRE:"), not a fact sheet's run-in leads in capitals ("NEW FUNDING:", "NOTE:").
 */
export function isTranscript(paragraphs: readonly string[]): boolean {
  const labels = paragraphs.map((text) => SPEAKER_LABEL.exec(text)?.[0].trim()).filter((label): label is string => label !== undefined)
  return labels.length >= 2 && labels.some((label) => PERSON_LABEL.test(label))
}

/** Whether a paragraph opens a person's turn ("THE PRESIDENT: Folks, …", "Q Thank you."), not a fact sheet's lead ("NOTE: …"). */
export function isPersonTurn(text: string): boolean {
  const label = SPEAKER_LABEL.exec(text)?.[0].trim()
  return label !== undefined && PERSON_LABEL.test(label)
}

/** A turn of a person named by a title of address or an office with a name, or of a reporter: "MS. PSAKI:", "Q", "THE
 * PRESIDENT:", "PRIME MINISTER KISHIDA:", "SENIOR ADMINISTRATION OFFICIAL:". */
const NAMED_PERSON_TURN =
  /^(?:Q\s|(?:MR|MS|MRS|DR)\.\s+[\p{Lu}.'’-]+(?:\s+[\p{Lu}.'’-]+)?:|THE (?:VICE )?PRESIDENT:|THE FIRST LADY:|(?:VICE )?PRESIDENT\s+[\p{Lu}'’-]+(?:\s+[\p{Lu}'’-]+)?:|(?:PRIME MINISTER|SECRETARY|AMBASSADOR|SENATOR|GOVERNOR|CHANCELLOR|ADMIRAL)\s+[\p{Lu}'’-]+(?:\s+[\p{Lu}'’-]+)?:|(?:SENIOR )?(?:ADMINISTRATION )?OFFICIAL:|MODERATOR:)/u

/**
 * Whether a paragraph opens the turn of a person by name or title, or of a reporter or official: narrower than
 * isPersonTurn, whose labels also take "THE …" and an office's word, so that a label in capitals over a fact sheet's
 * paragraph ("THE CHALLENGE: …", "GENERAL PROVISIONS: …") is none.
 */
export const isNamedPersonTurn = (text: string) => NAMED_PERSON_TURN.test(text)

/** A turn's label that names a person: a reporter's Q, an office, a title of address. */
const PERSON_LABEL =
  /^(?:Q|THE |(?:MR|MS|MRS|DR)\.|.*\b(?:PRESIDENT|MINISTER|SECRETARY|AMBASSADOR|ADMINISTRATOR|GOVERNOR|SENATOR|REPRESENTATIVE|MODERATOR|OFFICIAL|AUDIENCE|PARTICIPANT|CHANCELLOR|KING|QUEEN|PRINCE|PRINCESS|EMIR|AMIR|SULTAN|MAYOR|ADVIS[EO]R|DIRECTOR|CHAIR(?:MAN|WOMAN)?|GENERAL|ADMIRAL|SPOKESPERSON|SPEAKER|LEADER|PREMIER|TAOISEACH|COMMISSIONER|DEPUTY|FIRST LADY|SECOND GENTLEMAN)\b)/u

/** Whether a paragraph is a time stamp. */
export const isTimeStamp = (text: string) => TIME_STAMP.test(text)

/** Whether a paragraph ends with a time stamp run onto its last sentence: "I’ll see you guys tomorrow.  Thank you. 5:32 P.M. EDT". */
export const endsOnTimeStamp = (text: string) => RUN_IN_TIME_STAMP.test(text)
const RUN_IN_TIME_STAMP = new RegExp(`[.!?]["”’)]*\\s+${TIME_STAMP_WORDS}$`, 'u')

/**
 * A transcript's end mark with its time, "END 12:59 P.M. EST", where a line of no-break spaces ran it into the last turn
 * ("MS. PSAKI:  Thank you, everybody.  Have a good day." / "END 12:59 P.M." / "EST"): not something said.
 */
export const isEndMark = (text: string) => text === 'END' || (/^END\s+/u.test(text) && TIME_STAMP.test(text.replace(/^END\s+/u, '')))

/**
 * A stenographer's note inside what is said: "(Laughs.)", "(laughs)",
 * "(As interpreted.)", "(translator begins)", "(Cross-talk.)", "(Speaks French.)". Only these
 * words: a parenthesis of the text ("(Russia)", "(PRO)") stays, and so does
 * "(inaudible)", which marks words said but not heard.
 */
const INLINE_DIRECTION =
  /\s*\((?:laughs?|laughing|(?:laughter|applause)(?: and (?:laughter|applause|cheers))?|chuckles?|as interpreted|speaks [a-z]+|cross-?talk(?: by reporters)?|(?:translator|interpreter|interpretation|audio|video|feed) [a-z ]{2,30}|pause|coughs?|sighs?|clears (?:his |her )?throat|in progress|takes? a (?:sip|drink) of (?:water|a drink)|drinks water)\.?\)/giu

/** A note after a dash, at the end of its sentence: "That’s why he insisted — (laughter)." */
const DASHED_DIRECTION = new RegExp(`\\s*[—–]${INLINE_DIRECTION.source}(?=[.!?,;])`, 'giu')

/**
 * In a transcript, what the speaker does between two dashes, in lower case, by one of the verbs of a stenographer's note:
 * "God willing — (knocks on podium wood) — doing well". A parenthesis of the text stays ("— (this is important) —").
 */
const DASHED_ACTION =
  /(?<=[—–]-?)\s*\((?:applauds|claps|gestures|holds|knocks|laughs|looks|makes|motions|nods|points|raises|reads|shows|shrugs|sighs|sings|snaps|taps|turns|waves)(?:\s[a-z]+){0,4}\)(?=\s*[—–])/gu

/** Words broken off before a dash: the last word before it is a function word ("And —", "from our —") or cut short ("trav- —"). */
function brokenOff(before: string, atTurnEnd = true): boolean {
  // (or a word cut short: "You’ll be able to trav- —")
  if (/\p{L}-\s*[—–]?\s*$/u.test(before)) return true
  // (a pronoun's contracted verb ends no sentence, as its full form may: "That’s — (laughter).  That’s Ruth Ann …" broke off)
  if (
    /\b(?:that|this|it|there|here|what|who|where|how|why|he|she|we|you|they|i|let|everybody|everyone|nobody|somebody|someone)[’'‘](?:s|re|ll|ve|m|d)\s*[—–]?\s*$/iu.test(
      before,
    )
  )
    return true
  const word = /(\p{L}+)\s*[—–]?\s*$/u.exec(before)?.[1]?.toLowerCase()
  // (where the turn goes on, only a word no sentence ends on: "It is what it is — (laughter).  But …" ended its sentence)
  return word !== undefined && BREAKING_WORDS.has(word) && (atTurnEnd || !SENTENCE_FINAL_WORDS.has(word))
}

/** Words of BREAKING_WORDS that may end a sentence: "It is what it is.", "I’ll leave it at that.", "Yes, we will." */
const SENTENCE_FINAL_WORDS = new Set('is was be can could will would should must just that which'.split(' '))

/** Words a sentence does not end on: conjunctions, prepositions, articles, possessives, subject pronouns ("… but I —"). */
const BREAKING_WORDS = new Set(
  'and but or nor so yet because if when while whether that which the a an to of in on for with from at by as than into about our my your their his her its we i you they he she is was be can could will would should must just'.split(
    ' ',
  ),
)

/** "(Inaudible.)" as a sentence of its own, between two others: a turn's words not heard, no word of the sentence after it. */
const INAUDIBLE_SENTENCE = /\s*\((?:Inaudible|Unintelligible)(?:\.\)|\)\.)/gu

/**
 * A paragraph of a transcript without its stenographer's notes, which the
 * speaker did not say: "PRESIDENT MARCOS: (Laughs.) Well, …" → "PRESIDENT
 * MARCOS: Well, …" (the turn keeps its speaker), "from our — (laughs) — early
 * beginnings" → "from our — early beginnings". Every character left keeps its
 * place in the file.
 */
export function withoutInlineDirections(text: MappedText, transcript = false): MappedText {
  // ("insisted — (laughter)." → "insisted.": the dash before a note that ends the sentence goes with it; not after a function
  // word, where the dash marks words broken off: "And — (laughter)." at the paragraph's end → "And —", not "And."; with more
  // text after it the stop stays, to keep the sentences apart: "but I — (laughter).  You’re all here." → "but I —.")
  const dashed = [...text.text.matchAll(DASHED_DIRECTION)].filter(
    (m) => !brokenOff(text.text.slice(0, m.index), /^[.!?]\s*$/u.test(text.text.slice(m.index + m[0].length))),
  )
  const within = (at: number) => dashed.some((m) => m.index <= at && at < m.index + m[0].length)
  const matches = [
    ...dashed,
    ...[
      ...text.text.matchAll(INLINE_DIRECTION),
      ...text.text.matchAll(INAUDIBLE_SENTENCE),
      ...(transcript ? text.text.matchAll(DASHED_ACTION) : []),
    ].filter((m) => !within(m.index)),
  ].sort((x, y) => x.index - y.index)
  // "— (laughs) —": one dash is enough; "reads, “(Speaks Hebrew.) The Lord …": no space after the quotation mark
  return withoutMatches(text, matches, (before, after) => {
    // (a dash printed as an en dash and a hyphen too: "And at the time — (applause) –- and by the way")
    if (/[—–]-?\s*$/u.test(before))
      return (/^\s*[—–]-?/u.exec(after) ?? (brokenOff(before) ? /^[.!?]\s*$/u.exec(after) : null))?.[0].length ?? 0
    // (a note's own stop printed outside it, after a sentence that has one: "… Health [Protection] Act.  (Applause)." →
    // "… Act.", not "Act.."; an ellipsis too: "a group of people…” — (laughter)." → "people…”")
    if (/[.!?…]["”’)]*$/u.test(before) && /^[.!?]/u.test(after)) return 1
    return /[“‘"]$/u.test(before) ? (/^\s*/u.exec(after)?.[0].length ?? 0) : 0
  })
}

/**
 * `text` without the spans of `matches` (in order, not overlapping), and
 * without as many characters after each as `alsoAfter` says; every character
 * left keeps its place in the file.
 */
function withoutMatches(
  text: MappedText,
  matches: readonly RegExpExecArray[] | readonly RegExpMatchArray[],
  alsoAfter: (before: string, after: string) => number = () => 0,
): MappedText {
  if (matches.length === 0) return text
  const out = new MappedTextBuilder()
  let from = 0
  for (const match of matches) {
    const at = match.index as number
    out.pushSlice(text, from, at)
    from = at + match[0].length
    from += alsoAfter(text.text.slice(0, at), text.text.slice(from))
  }
  out.pushSlice(text, from)
  return out.build()
}

/** A sentence of narration in parentheses between two sentences of a turn: "Excuse me. (Takes sip of a drink.) When I …". */
const NARRATION = /(?:^|(?<=[.!?]["”’]?))\s*\([A-Z][a-z]+(?: [^()]{1,55})?\.\)(?=\s+["“]?\p{Lu}|\s*$)/gu

/**
 * A transcript's paragraph without the stenographer's narration between its
 * sentences ("(Takes sip of a drink.)", "(Holds up a chart.)"): the speaker
 * did not say it. Only in a transcript: a statement's "(The action plan is
 * annexed …)" is its text. Every character left keeps its place in the file.
 */
export function withoutNarration(text: MappedText): MappedText {
  const matches = [...text.text.matchAll(NARRATION)]
  return matches.length ? trimMapped(withoutMatches(text, matches)) : text
}
