import { safeEqual, SESSION_COOKIE, sessionValue } from '@/lib/auth/tokens'
import { getEnv } from '@/lib/env'
import { jsonError } from '../_lib/respond'

const MONTH = 60 * 60 * 24 * 30

/** POST /api/login (form: token, next): sets the admin session cookie, then goes on to `next`. */
export async function POST(request: Request): Promise<Response> {
  const token = getEnv().adminToken
  if (!token) return jsonError(503, 'Writing is switched off: no admin token is set.')
  const form = await request.formData().catch(() => null)
  const given = String(form?.get('token') ?? '').trim()
  const wanted = String(form?.get('next') ?? '/import')
  const next = wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/import'
  const url = new URL(request.url)
  if (!safeEqual(given, token)) return new Response(null, { status: 303, headers: { location: `/login?error=1&next=${encodeURIComponent(next)}` } })
  const secure = (request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '')) === 'https' ? '; Secure' : ''
  return new Response(null, {
    status: 303,
    headers: { location: next, 'set-cookie': `${SESSION_COOKIE}=${sessionValue(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${MONTH}${secure}` },
  })
}
