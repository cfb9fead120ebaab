/**
 * The importer's pure core: a file's text in, statements with metadata,
 * sections and clauses out (tokenise → repair → segment in the collation
 * pipeline). It never throws for bad input: it returns a one-line reason.
 */
import { findPartiesInTitle, findPartiesInTitleEn, findSpeakerParty } from '@/lib/parties/find-parties'
import { datesInText, findYearInText, findYearInTextEn, isoDate } from './find-date'
import { classifyKind, readHeader, type Header } from './read-header'
import { findSpeakerPartyEn, readHeaderEn } from './read-header-en'
import { repairLines } from './repair-extraction'
import { segmentBody } from './segment-body'
import { splitDocuments } from './split-documents'
import type { Dateline, ImportNote, ParseResult, ParsedStatement, RawDocument } from './types'

/**
 * Every statement in a file's text.
 * @example
 * const result = parseStatements(readFileSync('data/corpus/xinhua-2019-06-xi-state-visits.txt', 'utf8'))
 * if (result.ok) result.statements.map((s) => s.title)
 */
export function parseStatements(text: string): ParseResult {
  if (!text.trim()) return { ok: false, error: 'The file is empty.' }
  if (looksBinary(text)) return { ok: false, error: 'The file is not text (it contains binary data); import a text, PDF, Word or HTML file.' }
  const documents = splitDocuments(text)
  const statements = documents.map(parseDocument).filter((s): s is ParsedStatement => s !== null)
  if (statements.length === 0) {
    return {
      ok: false,
      error: 'No statement found: Tongwen looks for a title (such as "…联合声明" or "Joint Statement between …") followed by its text, or a dateline (such as "新华社比什凯克6月13日电").',
    }
  }
  fillYearsFromSiblings(statements)
  return { ok: true, statements }
}

function parseDocument(document: RawDocument): ParsedStatement | null {
  const { paragraphs, notes } = repairLines(document.lines)
  const language = detectLanguage(paragraphs.map((p) => p.text.text).join(''))
  const header = language === 'en' ? readHeaderEn(paragraphs) : readHeader(paragraphs)
  const sections = segmentBody(paragraphs.slice(header.bodyStart), language)
  if (!header.title || sections.length === 0) return null
  const kind = classifyKind(header)
  const found =
    kind === 'speech'
      ? language === 'en'
        ? findSpeakerPartyEn(header.speakerRole, header.speaker)
        : findSpeakerParty(header.speakerRole, header.speaker)
      : language === 'en'
        ? findPartiesInTitleEn(header.title)
        : findPartiesInTitle(header.title)
  const allNotes: ImportNote[] = [...notes]
  for (const name of found.unknown) allNotes.push({ kind: 'doubt', message: `party "${name}" is not in the gazetteer; its name is not masked in comparisons` })
  if (found.codes.length === 0) allNotes.push({ kind: 'doubt', message: 'no parties found in the title' })
  const body = sections.flatMap((s) => s.clauses.map((c) => c.text)).join(language === 'en' ? ' ' : '')
  const date = findDate(document.dateline, header, body, language, allNotes)
  // a statement is between parties or by a speaker, and dated: a text with neither is not one (a note, an article)
  if (found.codes.length === 0 && date === null && !document.dateline) return null
  return {
    title: header.title,
    subtitle: header.subtitle,
    kind,
    date,
    place: document.dateline?.place || header.printedPlace,
    speaker: header.speaker,
    parties: found.codes,
    language,
    sections,
    notes: allNotes,
    dateline: document.dateline,
    sourceStart: document.start,
    sourceEnd: document.end,
  }
}

/**
 * The statement's date: the dateline's day in the year the header or the
 * body gives; without a dateline, the header's date line, or else the last
 * day of the first date the opening paragraphs give (the visit's), said as a
 * doubt. Null when none of these is there.
 */
function findDate(dateline: Dateline | null, header: Header, body: string, language: 'zh' | 'en', notes: ImportNote[]): string | null {
  const printed = header.printedDate
  if (dateline) {
    if (printed && printed.month === dateline.month && printed.day === dateline.day) return isoDate(printed.year, dateline.month, dateline.day)
    const year = language === 'en' ? findYearInTextEn(body, dateline) : findYearInText(body, dateline)
    return year ? isoDate(year, dateline.month, dateline.day) : null
  }
  if (printed) return isoDate(printed.year, printed.month, printed.day)
  const first = datesInText(body.slice(0, 600), language)[0]
  if (first) {
    notes.push({ kind: 'doubt', message: `no dateline or date line; the date is the last day of the first date in the text (${isoDate(first.year, first.month, first.from)}${first.to !== first.from ? ` to ${first.to}` : ''}): check it` })
    return isoDate(first.year, first.month, first.to)
  }
  notes.push({ kind: 'doubt', message: 'no date found in the text; the date is left unknown' })
  return null
}

/**
 * A release whose text never states its year takes the year of a release with
 * the same dateline in the same file (a statement and the speech or second
 * statement of the same day), and says so; otherwise its date stays unknown.
 */
function fillYearsFromSiblings(statements: ParsedStatement[]): void {
  for (const statement of statements) {
    if (statement.date || !statement.dateline) continue
    const { place, month, day } = statement.dateline
    const sibling = statements.find(
      (other) => other.date && other.dateline?.place === place && other.dateline.month === month && other.dateline.day === day,
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

/** Chinese unless Latin letters outnumber ideographs two to one. */
export function detectLanguage(text: string): 'zh' | 'en' {
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
