import { nextPath, startSession } from '@/app/_lib/auth'
import { safeEqual } from '@/lib/auth/tokens'
import { currentAdminToken, getEnv } from '@/lib/env'
import { parseForm, readLimitedBody } from '../_lib/body'
import { handle, jsonError } from '../_lib/respond'

/**
 * POST /api/login (form: token, next): begins an admin session (a cookie with
 * a random id the server keeps), then goes on to `next`. The body is read
 * within TONGWEN_MAX_BODY_KB, on the stream.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const token = currentAdminToken()
    if (!token) return jsonError(503, 'Writing is switched off: no admin token is set.')
    const body = await readLimitedBody(request, getEnv().limits.maxBodyBytes)
    if (!body.ok) return jsonError(body.status, body.error)
    const form = await parseForm(request, body.bytes)
    const given = String(form?.get('token') ?? '').trim()
    const next = nextPath(String(form?.get('next') ?? ''))
    if (!safeEqual(given, token))
      return new Response(null, { status: 303, headers: { location: `/login?error=1&next=${encodeURIComponent(next)}` } })
    return new Response(null, { status: 303, headers: { location: next, 'set-cookie': await startSession(request, token) } })
  })
}
