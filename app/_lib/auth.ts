import 'server-only'
import { cookies } from 'next/headers'
import { checkWrite, CSRF_FIELD, CSRF_HEADER, csrfToken, SESSION_COOKIE, sessionValue, type WriteCheck } from '@/lib/auth/tokens'
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
  const admin = session !== undefined && session === sessionValue(token)
  return { enabled: true, admin, csrf: admin ? csrfToken(token) : null }
}

/** The origin the client used, as the browser sends it in Origin. */
function ownOrigin(request: Request): string {
  const url = new URL(request.url)
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '')
  return `${proto.split(',')[0]?.trim()}://${host.split(',')[0]?.trim()}`
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
