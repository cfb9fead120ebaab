import { getDb } from '@/lib/services/database'
import { deleteStatement } from '@/lib/services/statements'
import { readWriteRequest } from '../../../_lib/write-request'
import { handle, json } from '../../../_lib/respond'
import { noSuchStatement } from '@/lib/services/errors'

/**
 * POST /api/statements/:slug/delete: deletes the statement (and its file when
 * it was the file's last). A form post is sent back to the list; JSON clients
 * get `{deleted}`.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await params
    const write = await readWriteRequest(request)
    if (!write.ok) return write.response
    const { form } = write
    if (!(await deleteStatement(getDb(), slug))) throw noSuchStatement([slug])
    if (form) return new Response(null, { status: 303, headers: { location: `/?deleted=${encodeURIComponent(slug)}` } })
    return json({ deleted: slug })
  })
}
