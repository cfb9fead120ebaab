/**
 * The marks of a transcript (White House remarks, press conferences): who
 * speaks, when, and what the stenographer saw rather than heard.
 */

/** A turn's speaker in capitals and a colon ("PRESIDENT BIDEN:", "THE VICE PRESIDENT:", "MR. ROKER:"), or a reporter's "Q". */
export const SPEAKER_LABEL = /^(?:(?:[A-Z][A-Z.'’-]*\s+){0,4}[A-Z][A-Z.'’-]+:|Q)\s+/u

/** A time stamp on a line of its own: "11:15 A.M. EDT", "2:38 P.M. CEST". */
const TIME_STAMP = /^\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5})?$/

/**
 * A stage direction: in parentheses, a few capitalised words ("(Laughter.)",
 * "(Inaudible)") or a short note ending in a full stop ("(As interpreted.)",
 * "(Cross-talk by reporters.)", "(Referring to the language interpretation.)").
 */
const DIRECTION = /^\((?:(?:[A-Z][a-z]+\s?){1,4}\.?|[A-Z][^()]{0,60}\.)\)$/u

/**
 * Whether a piece of a transcript is only a stage direction, perhaps after its
 * speaker's label ("PRESIDENT BIDEN: (Laughs.)"): not something said.
 * @example isStageDirection('PRIME MINISTER MODI: (As interpreted.)') // true
 */
export function isStageDirection(text: string): boolean {
  return DIRECTION.test(text.replace(SPEAKER_LABEL, '').trim())
}

/** Whether a paragraph is only a time stamp or a stage direction. */
export function isTranscriptMark(text: string): boolean {
  return TIME_STAMP.test(text) || isStageDirection(text)
}

/** Whether a paragraph is a time stamp. */
export const isTimeStamp = (text: string) => TIME_STAMP.test(text)
