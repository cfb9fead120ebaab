import { authenticateWrite, authorizeWrite, CSRF_FIELD } from '@/app/_lib/auth'
import { getEnv } from '@/lib/env'
import { getDb } from '@/lib/db/client'
import { deleteStatement } from '@/lib/db/edit-statement'
import { isForm, parseForm, readLimitedBody } from '../../../_lib/body'
import { handle, json, jsonError } from '../../../_lib/respond'

/**
 * POST /api/statements/:slug/delete: deletes the statement (and its file when
 * it was the file's last). A form post is sent back to the list; JSON clients
 * get `{deleted}`.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await params
    const auth = await authenticateWrite(request)
    if (!auth.ok) return jsonError(auth.status, auth.error)
    const body = await readLimitedBody(request, getEnv().limits.maxBodyBytes)
    if (!body.ok) return jsonError(body.status, body.error)
    const form = isForm(request) ? await parseForm(request, body.bytes) : null
    const check = await authorizeWrite(request, form ? String(form.get(CSRF_FIELD) ?? '') : null, auth.session)
    if (!check.ok) return jsonError(check.status, check.error)
    if (!(await deleteStatement(getDb(), slug))) return jsonError(404, `No statement with the slug "${slug}".`)
    if (form) return new Response(null, { status: 303, headers: { location: `/?deleted=${encodeURIComponent(slug)}` } })
    return json({ deleted: slug })
  })
}
