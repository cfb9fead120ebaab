import { authorizeWrite, CSRF_FIELD, SESSION_COOKIE } from '@/app/_lib/auth'
import { jsonError } from '../_lib/respond'

/** POST /api/logout (form: csrf): ends the admin session, and says so on the sign-in page. */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null)
  const check = authorizeWrite(request, form ? String(form.get(CSRF_FIELD) ?? '') : null)
  if (!check.ok) return jsonError(check.status, check.error)
  return new Response(null, { status: 303, headers: { location: '/login?signedOut=1', 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` } })
}
