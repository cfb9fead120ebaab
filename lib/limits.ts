/**
 * The bounds on every input, so that no request — hostile or unlucky — can
 * take more than a known share of the server: request bodies, archives,
 * markup depth, PDF pages, statement size, the time and memory of an import,
 * the size of a comparison and the number of requests in flight. Each has a
 * default, an environment variable (read in lib/env.ts) and a refusal of one
 * line that names the limit and the variable that raises it.
 */

export interface Limits {
  /** an uploaded file, and an import's whole body (TONGWEN_MAX_IMPORT_MB) */
  maxImportBytes: number
  /** any other request body: sign-in, sign-out, metadata edits, deletions */
  maxBodyBytes: number
  /** the uncompressed size of all entries of a .docx */
  maxUnzippedBytes: number
  /** uncompressed ÷ compressed size, for the archive and for any entry of it */
  maxZipRatio: number
  /** how deeply a web page's elements may nest */
  maxHtmlDepth: number
  /** pages of a PDF */
  maxPdfPages: number
  /** lines of the text extracted from a file */
  maxTextLines: number
  /** characters of one statement */
  maxStatementChars: number
  /** clauses of one statement */
  maxStatementClauses: number
  /** wall-clock time of reading one file (extraction and parsing), in ms */
  importTimeoutMs: number
  /** heap of the worker that reads files, in MB */
  importMemoryMb: number
  /** clauses of A and B together that a comparison will align */
  maxCompareClauses: number
  /** clauses of all the statements of one collation together */
  maxCollateClauses: number
  /** requests served at once; more wait in the queue */
  maxConcurrent: number
  /** requests waiting; beyond this, 503 with Retry-After at once */
  maxQueue: number
}

export const DEFAULT_LIMITS: Limits = {
  maxImportBytes: 25 * 1024 * 1024,
  maxBodyBytes: 64 * 1024,
  maxUnzippedBytes: 50 * 1024 * 1024,
  maxZipRatio: 100,
  maxHtmlDepth: 200,
  maxPdfPages: 300,
  maxTextLines: 50_000,
  maxStatementChars: 300_000,
  maxStatementClauses: 3_000,
  importTimeoutMs: 60_000,
  importMemoryMb: 320,
  maxCompareClauses: 6_000,
  maxCollateClauses: 4_000,
  maxConcurrent: 16,
  maxQueue: 64,
}

const KB = 1024
const MB = 1024 * 1024

/** Each limit's variable, the key it sets and the factor from the variable's unit to the limit's. */
export const LIMIT_VARIABLES: Record<string, { key: keyof Limits; unit: number }> = {
  TONGWEN_MAX_BODY_KB: { key: 'maxBodyBytes', unit: KB },
  TONGWEN_MAX_UNZIPPED_MB: { key: 'maxUnzippedBytes', unit: MB },
  TONGWEN_MAX_ZIP_RATIO: { key: 'maxZipRatio', unit: 1 },
  TONGWEN_MAX_HTML_DEPTH: { key: 'maxHtmlDepth', unit: 1 },
  TONGWEN_MAX_PDF_PAGES: { key: 'maxPdfPages', unit: 1 },
  TONGWEN_MAX_TEXT_LINES: { key: 'maxTextLines', unit: 1 },
  TONGWEN_MAX_STATEMENT_CHARS: { key: 'maxStatementChars', unit: 1 },
  TONGWEN_MAX_STATEMENT_CLAUSES: { key: 'maxStatementClauses', unit: 1 },
  TONGWEN_IMPORT_TIMEOUT_S: { key: 'importTimeoutMs', unit: 1000 },
  TONGWEN_IMPORT_MEMORY_MB: { key: 'importMemoryMb', unit: 1 },
  TONGWEN_MAX_COMPARE_CLAUSES: { key: 'maxCompareClauses', unit: 1 },
  TONGWEN_MAX_COLLATE_CLAUSES: { key: 'maxCollateClauses', unit: 1 },
  TONGWEN_MAX_CONCURRENT: { key: 'maxConcurrent', unit: 1 },
  TONGWEN_MAX_QUEUE: { key: 'maxQueue', unit: 1 },
}

const mb = (n: number) => `${Math.round((n / MB) * 10) / 10} MB`
const count = (n: number) => n.toLocaleString('en-US')

/** The one-line refusals, each naming its limit and the variable that raises it. */
export const refusal = {
  body: (max: number) => `The request body is over the limit of ${Math.round(max / KB)} KB for this address (TONGWEN_MAX_BODY_KB).`,
  unzipped: (size: number, max: number) =>
    `The Word file unpacks to ${mb(size)}, over the limit of ${mb(max)} (TONGWEN_MAX_UNZIPPED_MB): it is not an ordinary document.`,
  zipRatio: (ratio: number, max: number) =>
    `The Word file is compressed ${Math.round(ratio)} to 1, over the limit of ${max} to 1 (TONGWEN_MAX_ZIP_RATIO): it is not an ordinary document.`,
  htmlDepth: (max: number) =>
    `The web page nests its elements more than ${count(max)} deep (TONGWEN_MAX_HTML_DEPTH): save it as text and import that.`,
  pdfPages: (pages: number, max: number) =>
    `The PDF has ${count(pages)} pages, over the limit of ${count(max)} (TONGWEN_MAX_PDF_PAGES): split it.`,
  textLines: (lines: number, max: number) =>
    `The text has ${count(lines)} lines, over the limit of ${count(max)} (TONGWEN_MAX_TEXT_LINES): split it.`,
  statementChars: (title: string, chars: number, max: number) =>
    `The statement "${title.slice(0, 60)}" has ${count(chars)} characters, over the limit of ${count(max)} for one statement (TONGWEN_MAX_STATEMENT_CHARS).`,
  statementClauses: (title: string, clauses: number, max: number) =>
    `The statement "${title.slice(0, 60)}" has ${count(clauses)} clauses, over the limit of ${count(max)} for one statement (TONGWEN_MAX_STATEMENT_CLAUSES).`,
  importTime: (ms: number) =>
    `Reading the file took longer than ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`} (TONGWEN_IMPORT_TIMEOUT_S) and was stopped; nothing was saved.`,
  importMemory: (mbLimit: number) =>
    `Reading the file needed more than ${mbLimit} MB of memory (TONGWEN_IMPORT_MEMORY_MB) and was stopped; nothing was saved.`,
  compareClauses: (clauses: number, max: number) =>
    `These two statements have ${count(clauses)} clauses together, over the limit of ${count(max)} for one comparison (TONGWEN_MAX_COMPARE_CLAUSES).`,
  collateClauses: (clauses: number, max: number) =>
    `These statements have ${count(clauses)} clauses together, over the limit of ${count(max)} for one collation (TONGWEN_MAX_COLLATE_CLAUSES): collate fewer or shorter statements.`,
  overload: () => 'The server is busy (more requests than TONGWEN_MAX_CONCURRENT + TONGWEN_MAX_QUEUE): try again in a moment.',
}
