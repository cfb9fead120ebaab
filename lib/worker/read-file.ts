/**
 * Reading a file for import — extraction, parsing, and the bounds on each
 * statement — as one pure step that can run in a worker thread
 * (run-read-file.ts). It throws nothing for bad input: the reason is a value.
 */
import { extractText, type FileFormat } from '@/lib/formats/extract-text'
import { parseStatements } from '@/lib/ingest/parse-statements'
import type { ParsedStatement } from '@/lib/ingest/types'
import { DEFAULT_LIMITS, refusal, type Limits } from '@/lib/limits'

export interface ReadFile {
  text: string
  format: FileFormat
  detail: string
  repairs: string[]
  statements: ParsedStatement[]
}

export type ReadFileResult = { ok: true; file: ReadFile } | { ok: false; error: string }

export type ReadFileLimits = Partial<
  Pick<
    Limits,
    'maxUnzippedBytes' | 'maxZipRatio' | 'maxHtmlDepth' | 'maxPdfPages' | 'maxTextLines' | 'maxStatementChars' | 'maxStatementClauses'
  >
>

/** The statements of a file as the importer reads them, or the one-line reason it cannot (a limit named). */
export async function readFileForImport(name: string, bytes: Uint8Array, options: ReadFileLimits = {}): Promise<ReadFileResult> {
  const limits = { ...DEFAULT_LIMITS, ...options }
  const extracted = await extractText(name, bytes, limits)
  if (!extracted.ok) return extracted
  const parsed = parseStatements(extracted.text, { fileName: name })
  if (!parsed.ok) return parsed
  for (const statement of parsed.statements) {
    let clauses = 0
    let chars = 0
    for (const section of statement.sections) {
      clauses += section.clauses.length
      for (const clause of section.clauses) chars += clause.text.length
    }
    if (clauses > limits.maxStatementClauses)
      return { ok: false, error: refusal.statementClauses(statement.title, clauses, limits.maxStatementClauses) }
    if (chars > limits.maxStatementChars)
      return { ok: false, error: refusal.statementChars(statement.title, chars, limits.maxStatementChars) }
  }
  return {
    ok: true,
    file: {
      text: extracted.text,
      format: extracted.format,
      detail: extracted.detail,
      repairs: extracted.notes,
      statements: parsed.statements,
    },
  }
}
