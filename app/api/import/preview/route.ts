import { authorizeWrite } from '@/app/_lib/auth'
import { getDb } from '@/lib/db/client'
import { previewFile } from '@/lib/db/import-file'
import { getEnv } from '@/lib/env'
import { handle, json, jsonError } from '../../_lib/respond'
import { eachUpload, readUploads } from '../../_lib/upload'

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
    const files = await eachUpload(read.uploads, async (upload) => ({ preview: await previewFile(db, upload.name, upload.bytes, maxBytes) }))
    return json({ files })
  })
}
