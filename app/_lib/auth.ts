import 'server-only'
import { cookies } from 'next/headers'
import { checkWrite, CSRF_FIELD, CSRF_HEADER, csrfToken, safeEqual, SESSION_COOKIE, sessionValue, type WriteCheck } from '@/lib/auth/tokens'
import { getEnv } from '@/lib/env'

export interface AdminState {
  /** writing is possible at all (an admin token is set) */
  enabled: boolean
  /** this visitor is signed in as admin */
  admin: boolean
  /** the CSRF token for this visitor's write forms (null when not admin) */
  csrf: string | null
}

/** Whether the visitor of the page being rendered may write, and the CSRF token their forms carry. */
export async function adminState(): Promise<AdminState> {
  const token = getEnv().adminToken
  if (!token) return { enabled: false, admin: false, csrf: null }
  const session = (await cookies()).get(SESSION_COOKIE)?.value
  const admin = session !== undefined && safeEqual(session, sessionValue(token))
  return { enabled: true, admin, csrf: admin ? csrfToken(token) : null }
}

/** The origin the client used, as the browser sends it in Origin. */
function ownOrigin(request: Request): string {
  const url = new URL(request.url)
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '')
  return `${proto.split(',')[0]?.trim()}://${host.split(',')[0]?.trim()}`
}

const MONTH = 60 * 60 * 24 * 30

/** The Set-Cookie header that signs a browser in as admin for a month (Secure when the request came over HTTPS). */
export function sessionCookie(request: Request, token: string): string {
  const proto = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '')
  const secure = proto.split(',')[0]?.trim() === 'https' ? '; Secure' : ''
  return `${SESSION_COOKIE}=${sessionValue(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${MONTH}${secure}`
}

/** Whether the request carries the admin session cookie. */
export function hasSession(request: Request, token: string): boolean {
  const cookie = request.headers.get('cookie') ?? ''
  const session = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1]
  return session !== undefined && safeEqual(decodeURIComponent(session), sessionValue(token))
}

/** A path of this site to go on to after signing in: `wanted` when it is one, else /import. */
export function nextPath(wanted: string | null | undefined): string {
  return wanted && wanted.startsWith('/') && !wanted.startsWith('//') && !wanted.startsWith('/\\') ? wanted : '/import'
}

/** Whether this write request may go ahead (see lib/auth/tokens.ts); `formCsrf` is the token from a posted form. */
export function authorizeWrite(request: Request, formCsrf: string | null = null): WriteCheck {
  const cookie = request.headers.get('cookie') ?? ''
  const session = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1] ?? null
  return checkWrite(getEnv().adminToken, {
    authorization: request.headers.get('authorization'),
    session: session ? decodeURIComponent(session) : null,
    csrf: request.headers.get(CSRF_HEADER) ?? formCsrf,
    origin: request.headers.get('origin'),
    ownOrigin: ownOrigin(request),
  })
}

export { CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE }
