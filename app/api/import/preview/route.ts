import { getDb } from '@/lib/services/database'
import { getEnv } from '@/lib/env'
import { newPreviewBatch, previewFile } from '@/lib/services/import-file'
import { handle, json, jsonError } from '../../_lib/respond'
import { readAuthorizedUploads } from '../../_lib/upload'
import { eachFile } from '@/lib/services/import-files'

/**
 * POST /api/import/preview (multipart: files, text): what importing would
 * save, per file, without writing anything. Needs the admin token (it reads
 * uploads), as every import does.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const read = await readAuthorizedUploads(request)
    if (!read.ok) return jsonError(read.status, read.error)
    const limits = getEnv().limits
    const db = getDb()
    // one batch for the upload: a file's preview says which statements repeat an earlier file's
    const batch = newPreviewBatch()
    const files = await eachFile(read.uploads, async (upload) => ({
      preview: await previewFile(db, upload.name, upload.bytes, limits, batch),
    }))
    return json({ files })
  })
}
