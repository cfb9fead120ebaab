/**
 * The importer's pure core: a file's text in, statements with metadata,
 * sections and clauses out (tokenise → repair → segment in the collation
 * pipeline). It never throws for bad input: it returns a one-line reason.
 */
import { findPartiesInTitle, findSpeakerParty } from '@/lib/parties/find-parties'
import { findYearInText, isoDate } from './find-date'
import { classifyKind, readHeader } from './read-header'
import { repairLines } from './repair-extraction'
import { segmentBody } from './segment-body'
import { splitDocuments } from './split-documents'
import type { ImportNote, ParseResult, ParsedStatement, RawDocument } from './types'

/**
 * Every statement in a file's text.
 * @example
 * const result = parseStatements(readFileSync('data/corpus/xinhua-2019-06-xi-state-visits.txt', 'utf8'))
 * if (result.ok) result.statements.map((s) => s.title)
 */
export function parseStatements(text: string): ParseResult {
  if (!text.trim()) return { ok: false, error: 'The file is empty.' }
  if (looksBinary(text)) return { ok: false, error: 'The file is not text (it contains binary data); import a .txt file of statements.' }
  const documents = splitDocuments(text)
  if (documents.length === 0) {
    return {
      ok: false,
      error: 'No dateline found (such as "新华社比什凯克6月13日电"): Tongwen needs one at the start of each statement.',
    }
  }
  const statements = documents.map(parseDocument).filter((s): s is ParsedStatement => s !== null)
  if (statements.length === 0) return { ok: false, error: 'No recognisable statement found: the datelines are not followed by a title and text.' }
  fillYearsFromSiblings(statements)
  return { ok: true, statements }
}

function parseDocument(document: RawDocument): ParsedStatement | null {
  const { paragraphs, notes } = repairLines(document.lines)
  const header = readHeader(paragraphs)
  const sections = segmentBody(paragraphs.slice(header.bodyStart))
  if (!header.title || sections.length === 0) return null
  const kind = classifyKind(header)
  const found = kind === 'speech' ? findSpeakerParty(header.speakerRole, header.speaker) : findPartiesInTitle(header.title)
  const allNotes: ImportNote[] = [...notes]
  for (const name of found.unknown) allNotes.push({ kind: 'doubt', message: `party "${name}" is not in the gazetteer; its name is not masked in comparisons` })
  if (found.codes.length === 0) allNotes.push({ kind: 'doubt', message: 'no parties found in the title' })
  const { dateline } = document
  const body = sections.flatMap((s) => s.clauses.map((c) => c.text)).join('')
  let date: string | null = null
  if (header.printedDate && header.printedDate.month === dateline.month && header.printedDate.day === dateline.day) {
    date = isoDate(header.printedDate.year, dateline.month, dateline.day)
  } else {
    const year = findYearInText(body, dateline)
    if (year) date = isoDate(year, dateline.month, dateline.day)
  }
  return {
    title: header.title,
    subtitle: header.subtitle,
    kind,
    date,
    place: dateline.place || header.printedPlace,
    speaker: header.speaker,
    parties: found.codes,
    language: detectLanguage(body),
    sections,
    notes: allNotes,
    dateline,
    sourceStart: document.start,
    sourceEnd: document.end,
  }
}

/**
 * A release whose text never states its year takes the year of a release with
 * the same dateline in the same file (a statement and the speech or second
 * statement of the same day), and says so; otherwise its date stays unknown.
 */
function fillYearsFromSiblings(statements: ParsedStatement[]): void {
  for (const statement of statements) {
    if (statement.date) continue
    const { place, month, day } = statement.dateline
    const sibling = statements.find(
      (other) => other.date && other.dateline.place === place && other.dateline.month === month && other.dateline.day === day,
    )
    if (sibling?.date) {
      statement.date = sibling.date
      statement.notes.push({
        kind: 'doubt',
        message: `year not stated in the text; taken from "${sibling.title}", which has the same dateline`,
      })
    } else {
      statement.notes.push({ kind: 'doubt', message: 'year not found in text; the date is left unknown' })
    }
  }
}

function detectLanguage(text: string): 'zh' | 'en' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  return latin > han * 2 ? 'en' : 'zh'
}

/** NUL bytes or many control characters or replacement characters: not a text file. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192)
  if (sample.includes('\u0000')) return true
  const suspicious = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0
  return suspicious > sample.length * 0.01
}
