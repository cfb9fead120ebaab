/**
 * A statement read from its Simplified form (lib/text/script-fold) given back
 * in the characters its file prints: each clause character for character from
 * its own place in the file, and the title, headings, place and notes through
 * the file's own correspondences (the Traditional character each Simplified
 * one stands for most often in this file).
 */
import type { ParsedStatement } from './types'

/** How far ahead in the file the reading looks for a clause's next characters (a repair may drop a line break, a page number). */
const LOOK_AHEAD = 200
/** How many characters must agree for the reading to find its place again. */
const WINDOW = 4

export function inPrintedScript(statement: ParsedStatement, printed: string, simplified: string): ParsedStatement {
  const { sourceStart: from, sourceEnd: to } = statement
  const printedOf = correspondences(printed, simplified, from, to)
  const general = (text: string) => [...text].map((ch) => printedOf.get(ch) ?? ch).join('')
  // a title, heading or place: where the statement prints it (over two lines, perhaps)
  const printedAs = (text: string | null) => (text === null ? null : fromFile(text, printed, simplified, from, to, general, to - from))
  return {
    ...statement,
    title: printedAs(statement.title) as string,
    subtitle: printedAs(statement.subtitle),
    place: printedAs(statement.place),
    speaker: printedAs(statement.speaker),
    notes: statement.notes.map((note) => ({ ...note, message: general(note.message) })),
    sections: statement.sections.map((section) => ({
      ...section,
      label: printedAs(section.label),
      heading: printedAs(section.heading),
      clauses: section.clauses.map((clause) => {
        const text = fromFile(clause.text, printed, simplified, clause.sourceStart, clause.sourceEnd, general)
        const label = clause.label === null ? null : text.slice(0, clause.label.length)
        return { ...clause, text, label }
      }),
    })),
  }
}

/** For each Simplified character of the statement's range, the printed character it stands for most often there. */
function correspondences(printed: string, simplified: string, from: number, to: number): Map<string, string> {
  const counts = new Map<string, Map<string, number>>()
  for (let i = from; i < to; i++) {
    const s = simplified[i] as string
    const p = printed[i] as string
    let forS = counts.get(s)
    if (!forS) counts.set(s, (forS = new Map()))
    forS.set(p, (forS.get(p) ?? 0) + 1)
  }
  const result = new Map<string, string>()
  for (const [s, forS] of counts) {
    const [best] = [...forS].sort((x, y) => y[1] - x[1])
    if (best && best[0] !== s) result.set(s, best[0])
  }
  return result
}

/**
 * The clause's text with each character taken from the file where the clause
 * reads it: the next place in its range that has it in Simplified form, or,
 * where the reading dropped something (a line break, a page number), the next
 * place where it and the characters after it are found together. A character
 * the reading added or changed (a space, a full-width form) goes through the
 * file's correspondences. A title or heading is looked for in the whole range.
 */
function fromFile(
  text: string,
  printed: string,
  simplified: string,
  from: number,
  to: number,
  general: (text: string) => string,
  lookAhead = LOOK_AHEAD,
): string {
  let out = ''
  let at = from
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (simplified[at] !== ch) {
      const window = text.slice(i, i + WINDOW)
      const found = simplified.slice(at, Math.min(to, at + lookAhead)).indexOf(window)
      if (found < 0) {
        out += general(ch)
        continue
      }
      at += found
    }
    out += printed[at]
    at++
  }
  return out
}
