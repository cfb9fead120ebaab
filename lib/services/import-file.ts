/**
 * Importing a file as a user has it (PDF, Word, web page, text in any usual
 * encoding): its text extracted, its statements parsed, and either a preview
 * of what would be saved (nothing written), or the save itself, in one
 * transaction, with the reader's metadata edits.
 */
import type { FileFormat } from '@/lib/formats/extract-text'
import type { ImportNote, ParsedStatement } from '@/lib/ingest/types'
import type { Limits } from '@/lib/limits'
import { readFileInWorker, type WorkerLimits } from '@/lib/worker/run-read-file'
import { describeParty } from '@/lib/parties/describe-party'
import type { Db } from '@/lib/db/client'
import { contentHash } from '@/lib/ingest/content-hash'
import { parseStatements } from '@/lib/ingest/parse-statements'
import { ImportError } from './errors'
import { saveStatements, type ImportReport, type SaveOptions, type StatementEdit } from './save-statements'
import { sameTextAmong, sameTextAs, textToMatch, type EarlierSame, type SameText, type TextToMatch } from './same-text'

export interface PreviewStatement {
  index: number
  title: string
  subtitle: string | null
  kind: ParsedStatement['kind']
  date: string | null
  place: string | null
  speaker: string | null
  parties: { code: string; nameEn: string; nameZh: string }[]
  language: string
  /** the language the text is printed in when it is neither Chinese nor English (it was read by the rules of `language`) */
  printedIn: ParsedStatement['printedIn'] | null
  sections: { label: string | null; heading: string | null; clauses: number }[]
  clauses: number
  notes: ImportNote[]
  /** the first clauses, to recognise the statement by */
  opening: string[]
  /** the slug of the same statement when it is already in the database */
  present: string | null
  /** a stored statement of the same date with the same text in another form (sameTextAs): a second copy, or another release */
  sameAs: SameText | null
  /** a statement read before it in the same import (this file or an earlier one) with the same text: the file and the statement's index in it */
  sameInImport: { file: string; index: number; share: number } | null
}

/**
 * The statements one import has read so far, so that a file's preview can say
 * which of its statements repeat one of an earlier file of the same upload (or
 * an earlier statement of its own): nothing is saved yet for the database to say it.
 */
export interface PreviewBatch {
  /** where each statement read so far is: its file and its place in it */
  read: { file: string; index: number }[]
  /** compares each statement with those read before it (sameTextAmong) */
  same: (statement: TextToMatch) => EarlierSame
}

export const newPreviewBatch = (): PreviewBatch => ({ read: [], same: sameTextAmong() })

export interface FilePreview {
  name: string
  format: FileFormat
  /** "PDF, 10 pages", "text, GB18030" */
  detail: string
  /** repairs made before parsing */
  repairs: string[]
  statements: PreviewStatement[]
}

/** The bounds of an import: the file's size (a number alone), or every limit of lib/limits.ts that applies. */
export type ImportLimits = number | (WorkerLimits & Pick<Limits, 'maxImportBytes'>)

/**
 * The statements of a file as the importer reads them, or the one-line reason
 * it cannot. The reading (extraction and parsing, the costly part) runs in a
 * worker thread within a time and memory budget (lib/worker/run-read-file.ts).
 */
async function readFile(
  name: string,
  bytes: Uint8Array,
  limits: ImportLimits,
): Promise<{ text: string; format: FileFormat; detail: string; repairs: string[]; statements: ParsedStatement[] }> {
  const { maxImportBytes, ...rest } = typeof limits === 'number' ? { maxImportBytes: limits } : limits
  if (bytes.length > maxImportBytes) throw new ImportError(tooLarge(bytes.length, maxImportBytes), 'too-large')
  const read = await readFileInWorker(name, bytes, rest)
  if (!read.ok) throw new ImportError(read.error)
  return read.file
}

/** One sentence for a file over the limit. */
export function tooLarge(size: number, maxBytes: number): string {
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`
  return `The file is ${mb(size)}, over the import limit of ${mb(maxBytes)}: split it, or raise TONGWEN_MAX_IMPORT_MB.`
}

/** What importing the file would save, without writing anything. Throws ImportError with a one-line reason. */
export async function previewFile(
  db: Db,
  name: string,
  bytes: Uint8Array,
  limits: ImportLimits,
  batch: PreviewBatch = newPreviewBatch(),
): Promise<FilePreview> {
  const file = await readFile(name, bytes, limits)
  const hashes = file.statements.map(contentHash)
  const existing = await db.statement.findMany({ where: { contentHash: { in: hashes } }, select: { slug: true, contentHash: true } })
  const present = new Map(existing.map((s) => [s.contentHash, s.slug]))
  // the same statement under another form (a web page's copy of an imported file, a body pasted alone)
  const texts = file.statements.map(textToMatch)
  const same = await sameTextAs(db, texts)
  // or read earlier in this import: in an earlier file of the upload, or earlier in this one
  const inImport = texts.map((text, index) => {
    const earlier = batch.same(text)
    batch.read.push({ file: name, index })
    if (!earlier || present.has(hashes[index] as string) || same[index]) return null
    const where = batch.read[earlier.index] as PreviewBatch['read'][number]
    return { file: where.file, index: where.index, share: earlier.share }
  })
  return {
    name,
    format: file.format,
    detail: file.detail,
    repairs: file.repairs,
    statements: file.statements.map((s, index) => {
      const clauses = s.sections.flatMap((section) => section.clauses)
      return {
        index,
        title: s.title,
        subtitle: s.subtitle,
        kind: s.kind,
        date: s.date,
        place: s.place,
        speaker: s.speaker,
        parties: s.parties.map((code) => ({ ...describeParty(code), code })),
        language: s.language,
        printedIn: s.printedIn ?? null,
        sections: s.sections.map((section) => ({ label: section.label, heading: section.heading, clauses: section.clauses.length })),
        clauses: clauses.length,
        notes: s.notes,
        opening: clauses.slice(0, 2).map((c) => c.text),
        present: present.get(hashes[index] as string) ?? null,
        sameAs: present.has(hashes[index] as string) ? null : (same[index] ?? null),
        sameInImport: inImport[index] ?? null,
      }
    }),
  }
}

/** Imports a file in one transaction, with the reader's edits. Throws ImportError with a one-line reason. */
export async function importFile(
  db: Db,
  name: string,
  bytes: Uint8Array,
  limits: ImportLimits,
  { edits = [], formulas = 'rebuild' }: { edits?: readonly (StatementEdit | undefined)[]; formulas?: 'rebuild' | 'defer' } = {},
): Promise<ImportReport & { format: FileFormat; detail: string }> {
  const file = await readFile(name, bytes, limits)
  const report = await saveStatements(db, name, file.text, file.statements, { edits, repairs: file.repairs, formulas })
  return { ...report, format: file.format, detail: file.detail }
}

/**
 * Parses a file's text and saves its statements in one transaction.
 * Throws ImportError with a one-line reason when the text holds no statement.
 */
export async function importText(db: Db, name: string, text: string, options: Pick<SaveOptions, 'formulas'> = {}): Promise<ImportReport> {
  const parsed = parseStatements(text, { fileName: name })
  if (!parsed.ok) throw new ImportError(parsed.error)
  return saveStatements(db, name, text, parsed.statements, options)
}
