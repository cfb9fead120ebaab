import { getDb } from '@/lib/services/database'
import { getEnv } from '@/lib/env'
import type { StatementEdit } from '@/lib/services/save-statements'
import { importFile } from '@/lib/services/import-file'
import { importBatch } from '@/lib/services/import-files'
import { parseStatementEdit } from '@/lib/ingest/statement-edit'
import { handle, json, jsonError } from '../_lib/respond'
import { readAuthorizedUploads } from '../_lib/upload'

/**
 * The edits of an import form: a JSON object, by file index then statement
 * index, of metadata edits (see parseStatementEdit).
 */
function readEdits(
  value: FormDataEntryValue | null,
  names: readonly string[],
): { ok: true; edits: StatementEdit[][] } | { ok: false; error: string } {
  if (value === null || value === '') return { ok: true, edits: [] }
  let raw: unknown
  try {
    raw = JSON.parse(String(value))
  } catch {
    return { ok: false, error: 'Invalid edits: send them as JSON, {"<file>": {"<statement>": {…}}}.' }
  }
  if (typeof raw !== 'object' || raw === null)
    return { ok: false, error: 'Invalid edits: send them as JSON, {"<file>": {"<statement>": {…}}}.' }
  const edits: StatementEdit[][] = []
  for (const [file, statements] of Object.entries(raw as Record<string, unknown>)) {
    for (const [statement, edit] of Object.entries((statements ?? {}) as Record<string, unknown>)) {
      const parsed = parseStatementEdit(edit)
      // the file by its name ("pasted text" for a paste), as the preview shows it
      const where = names[Number(file)] ?? `File ${Number(file) + 1}`
      if (!parsed.ok) return { ok: false, error: `${where}, statement ${Number(statement) + 1}: ${parsed.error}` }
      ;(edits[Number(file)] ??= [])[Number(statement)] = parsed.edit
    }
  }
  return { ok: true, edits }
}

/**
 * POST /api/import (multipart: files, text, edits): imports each file in its
 * own transaction, with the reader's metadata edits; then the formulas are
 * mined once and the corpus map's new pairs computed (lib/services/import-files). 201 when something was imported, 200 when all was
 * already present, 422 when every file failed; each file's result says why.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const read = await readAuthorizedUploads(request)
    if (!read.ok) return jsonError(read.status, read.error)
    const limits = getEnv().limits
    const edits = readEdits(
      read.form.get('edits'),
      read.uploads.map((upload) => upload.name),
    )
    if (!edits.ok) return jsonError(422, edits.error)
    const db = getDb()
    const { files, imported, problem } = await importBatch(db, read.uploads, (upload, k) =>
      importFile(db, upload.name, upload.bytes, limits, { edits: edits.edits[k] ?? [], formulas: 'defer' }),
    )
    const status = imported ? 201 : files.every((f) => !f.ok) ? 422 : 200
    return json({ files, ...(problem ? { problem } : {}) }, status)
  })
}
