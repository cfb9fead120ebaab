import { authenticateWrite, authorizeWrite, CSRF_FIELD, endSession } from '@/app/_lib/auth'
import { getEnv } from '@/lib/env'
import { parseForm, readLimitedBody } from '../_lib/body'
import { handle, jsonError } from '../_lib/respond'

/**
 * POST /api/logout (form: csrf): ends the admin session on the server (its
 * cookie is worthless from then on), and says so on the sign-in page. A
 * request without a live session is refused before its body is read.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const auth = await authenticateWrite(request)
    if (!auth.ok) return jsonError(auth.status, auth.error)
    const body = await readLimitedBody(request, getEnv().limits.maxBodyBytes)
    if (!body.ok) return jsonError(body.status, body.error)
    const form = await parseForm(request, body.bytes)
    const check = await authorizeWrite(request, form ? String(form.get(CSRF_FIELD) ?? '') : null, auth.session)
    if (!check.ok) return jsonError(check.status, check.error)
    return new Response(null, { status: 303, headers: { location: '/login?signedOut=1', 'set-cookie': await endSession(request) } })
  })
}
