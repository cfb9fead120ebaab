import 'server-only'
import { authorizeWrite } from '@/app/_lib/auth'
import { getEnv } from '@/lib/env'
import { PASTED_TEXT_NAME } from '@/lib/ingest/file-name'
import { tooLarge } from '@/lib/services/import-file'
import { parseForm, readLimitedBody } from './body'

export interface Upload {
  name: string
  bytes: Uint8Array
}

export type UploadResult = { ok: true; uploads: Upload[]; form: FormData } | { ok: false; status: number; error: string }

/**
 * An import's uploads: the admin's write checked first (nothing is read
 * without it), then the files read within the configured limit, which the
 * import itself needs again.
 */
export async function readAuthorizedUploads(
  request: Request,
): Promise<(UploadResult & { ok: false }) | (UploadResult & { ok: true; maxBytes: number })> {
  const check = await authorizeWrite(request)
  if (!check.ok) return { ok: false, status: check.status, error: check.error }
  const maxBytes = getEnv().maxImportBytes
  const read = await readUploads(request, maxBytes)
  return read.ok ? { ...read, maxBytes } : read
}

/**
 * The files (field `files`) and pasted text (field `text`) of a multipart
 * POST, read with a limit: a declared length over it is refused before any
 * byte is read, and a body without one is counted as it arrives and cut off
 * at the limit, so an upload never takes more memory than the limit.
 */
async function readUploads(request: Request, maxBytes: number): Promise<UploadResult> {
  // the form's own bytes (boundaries, field names) on top of the files
  const limit = maxBytes + 64 * 1024
  if (!request.body) return { ok: false, status: 400, error: 'Send a file or some text to import.' }
  const body = await readLimitedBody(request, limit, (_max, size) => tooLarge(size, maxBytes))
  if (!body.ok) return body
  const form = await parseForm(request, body.bytes)
  if (!form) return { ok: false, status: 400, error: 'Send the files as a multipart form (fields "files" and "text").' }
  const uploads: Upload[] = []
  for (const entry of form.getAll('files')) {
    if (typeof entry === 'string' || (entry.size === 0 && !entry.name)) continue
    uploads.push({ name: entry.name || 'upload', bytes: new Uint8Array(await entry.arrayBuffer()) })
  }
  const text = form.get('text')
  if (typeof text === 'string' && text.trim())
    uploads.push({ name: String(form.get('textName') || PASTED_TEXT_NAME), bytes: new TextEncoder().encode(text) })
  if (uploads.length === 0) return { ok: false, status: 400, error: 'Send a file or some text to import.' }
  return { ok: true, uploads, form }
}
