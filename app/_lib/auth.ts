import 'server-only'
import { cookies } from 'next/headers'
import {
  checkCredentials,
  checkWrite,
  CSRF_FIELD,
  CSRF_HEADER,
  csrfToken,
  hashSecret,
  newSessionId,
  safeNextPath,
  SESSION_COOKIE,
  type WriteCheck,
} from '@/lib/auth/tokens'
import { getDb } from '@/lib/services/database'
import { createSession, deleteSession, isLiveSession, SESSION_MS } from '@/lib/services/sessions'
import { currentAdminToken, getEnv } from '@/lib/env'

export interface AdminState {
  /** writing is possible at all (an admin token is set) */
  enabled: boolean
  /** this visitor is signed in as admin */
  admin: boolean
  /** the CSRF token for this visitor's write forms (null when not admin) */
  csrf: string | null
}

/** The live session id a cookie value names, or null (unknown, signed out, expired, or made under another token). */
async function liveSession(cookieValue: string | null | undefined, token: string): Promise<string | null> {
  if (!cookieValue || !/^[A-Za-z0-9_-]{43}$/.test(cookieValue)) return null
  return (await isLiveSession(getDb(), hashSecret(cookieValue), hashSecret(token))) ? cookieValue : null
}

function cookieOf(request: Request): string | null {
  const cookie = request.headers.get('cookie') ?? ''
  const value = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1]
  return value ? decodeURIComponent(value) : null
}

/** Whether the visitor of the page being rendered may write, and the CSRF token their forms carry. */
export async function adminState(): Promise<AdminState> {
  const token = currentAdminToken()
  if (!token) return { enabled: false, admin: false, csrf: null }
  const session = await liveSession((await cookies()).get(SESSION_COOKIE)?.value, token)
  return { enabled: true, admin: session !== null, csrf: session ? csrfToken(token, session) : null }
}

/**
 * The origin the client used, as the browser sends it in Origin. X-Forwarded
 * headers are anyone's to send, so they count only behind a proxy of ours
 * (TONGWEN_TRUST_PROXY=1).
 */
export function ownOrigin(request: Request): string {
  const url = new URL(request.url)
  const trust = getEnv().trustProxy
  const host = (trust ? request.headers.get('x-forwarded-host') : null) ?? request.headers.get('host') ?? url.host
  const proto = (trust ? request.headers.get('x-forwarded-proto') : null) ?? url.protocol.replace(':', '')
  return `${proto.split(',')[0]?.trim()}://${host.split(',')[0]?.trim()}`
}

/**
 * Begins a session for this browser; returns the Set-Cookie header that
 * carries its id (Secure when the request came over HTTPS).
 */
export async function startSession(request: Request, token: string): Promise<string> {
  const id = newSessionId()
  await createSession(getDb(), hashSecret(id), hashSecret(token))
  const secure = ownOrigin(request).startsWith('https:') ? '; Secure' : ''
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.round(SESSION_MS / 1000)}${secure}`
}

/** Ends the request's session on the server; returns the Set-Cookie header that clears the cookie. */
export async function endSession(request: Request): Promise<string> {
  const id = cookieOf(request)
  if (id) await deleteSession(getDb(), hashSecret(id))
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
}

/** Whether the request carries a live admin session. */
export async function hasSession(request: Request, token: string): Promise<boolean> {
  return (await liveSession(cookieOf(request), token)) !== null
}

/** A path of this site to go on to after signing in: `wanted` when it is one (same origin after URL parsing), else /import. */
export function nextPath(wanted: string | null | undefined): string {
  return safeNextPath(wanted)
}

/**
 * Whether the request may write at all, from its headers alone: a bearer
 * token, or a live session. Called before a byte of the body is read, so an
 * anonymous write costs nothing. `session` is the live session's id, for the
 * CSRF check that follows (authorizeWrite).
 */
export async function authenticateWrite(request: Request): Promise<{ ok: true; session: string | null } | (WriteCheck & { ok: false })> {
  const token = currentAdminToken()
  const authorization = request.headers.get('authorization')
  const session = token && !authorization ? await liveSession(cookieOf(request), token) : null
  const check = checkCredentials(token, { authorization, session })
  return check.ok ? { ok: true, session } : check
}

/** Whether this write request may go ahead (see lib/auth/tokens.ts); `formCsrf` is the token from a posted form. */
export async function authorizeWrite(request: Request, formCsrf: string | null = null, session?: string | null): Promise<WriteCheck> {
  const token = currentAdminToken()
  const authorization = request.headers.get('authorization')
  const live = session !== undefined ? session : token && !authorization ? await liveSession(cookieOf(request), token) : null
  return checkWrite(token, {
    authorization,
    session: live,
    csrf: request.headers.get(CSRF_HEADER) ?? formCsrf,
    origin: request.headers.get('origin'),
    ownOrigin: ownOrigin(request),
  })
}

export { CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE }
