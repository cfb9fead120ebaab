import { authorizeWrite } from '@/app/_lib/auth'
import { getDb } from '@/lib/db/client'
import { ImportError } from '@/lib/db/import'
import { previewFile } from '@/lib/db/import-file'
import { getEnv } from '@/lib/env'
import { handle, json, jsonError } from '../../_lib/respond'
import { readUploads } from '../../_lib/upload'

/**
 * POST /api/import/preview (multipart: files, text): what importing would
 * save, per file, without writing anything. Needs the admin token (it reads
 * uploads), as every import does.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const check = authorizeWrite(request)
    if (!check.ok) return jsonError(check.status, check.error)
    const maxBytes = getEnv().maxImportBytes
    const read = await readUploads(request, maxBytes)
    if (!read.ok) return jsonError(read.status, read.error)
    const db = getDb()
    const files = []
    for (const upload of read.uploads) {
      try {
        files.push({ name: upload.name, ok: true, preview: await previewFile(db, upload.name, upload.bytes, maxBytes) })
      } catch (error) {
        if (!(error instanceof ImportError)) throw error
        files.push({ name: upload.name, ok: false, error: error.message })
      }
    }
    return json({ files })
  })
}
