import { nextPath, sessionCookie } from '@/app/_lib/auth'
import { safeEqual } from '@/lib/auth/tokens'
import { getEnv } from '@/lib/env'
import { jsonError } from '../_lib/respond'

/** POST /api/login (form: token, next): sets the admin session cookie, then goes on to `next`. */
export async function POST(request: Request): Promise<Response> {
  const token = getEnv().adminToken
  if (!token) return jsonError(503, 'Writing is switched off: no admin token is set.')
  const form = await request.formData().catch(() => null)
  const given = String(form?.get('token') ?? '').trim()
  const next = nextPath(String(form?.get('next') ?? ''))
  if (!safeEqual(given, token)) return new Response(null, { status: 303, headers: { location: `/login?error=1&next=${encodeURIComponent(next)}` } })
  return new Response(null, { status: 303, headers: { location: next, 'set-cookie': sessionCookie(request, token) } })
}
