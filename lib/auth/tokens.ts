/**
 * Who may write. Reading is open; importing, editing and deleting need the
 * admin token. A browser proves it once (the sign-in link or form) and then
 * carries a session cookie holding a random id made for that sign-in; the
 * server keeps only the id's hash (lib/db/sessions.ts), so signing out ends
 * the session for good, and a changed token ends every session made under the
 * old one. Its forms carry a CSRF token, an HMAC of the session id under the
 * token, that a page of another site cannot read. Machine clients send the
 * token itself: `Authorization: Bearer <token>`. Comparisons are in constant
 * time.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'tongwen_admin'
export const CSRF_HEADER = 'x-csrf-token'
export const CSRF_FIELD = 'csrf'

const derive = (token: string, purpose: string) => createHmac('sha256', token).update(purpose).digest('base64url')

/** A new session id, for the cookie of one sign-in: 32 random bytes, URL-safe. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url')
}

/** What the server keeps of a secret (a session id, the admin token): its SHA-256, in hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** The CSRF token the pages of one session embed in their write forms. */
export function csrfToken(token: string, sessionId: string): string {
  return derive(token, `tongwen csrf v2 ${sessionId}`)
}

/** Equal strings, compared in constant time (for secrets). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * A new one-time sign-in code: what the link npm start prints carries instead
 * of the admin token, so that the token never sits in a browser's history and
 * the link signs in once (the server forgets the code when it is used).
 */
export function newSignInCode(): string {
  return randomBytes(24).toString('base64url')
}

/** A new admin token: 32 random bytes, URL-safe. */
export function newAdminToken(): string {
  return randomBytes(32).toString('base64url')
}

export type WriteCheck = { ok: true } | { ok: false; status: 401 | 403 | 503; error: string }

export interface WriteRequest {
  /** the Authorization header */
  authorization: string | null
  /** the session id of the cookie, only when the server knows it as a live session under the current token */
  session: string | null
  /** the CSRF token from the header or the form */
  csrf: string | null
  /** the Origin header, and the request's own origin */
  origin: string | null
  ownOrigin: string
}

/**
 * Whether a write may go ahead: a bearer token, or a session cookie with the
 * CSRF token from the same origin.
 * @example checkWrite('s3cret', { authorization: 'Bearer s3cret', … }) // { ok: true }
 */
export function checkWrite(adminToken: string | null, request: WriteRequest): WriteCheck {
  const credentials = checkCredentials(adminToken, request)
  if (!credentials.ok || credentials.bearer || !adminToken || !request.session) return credentials.ok ? { ok: true } : credentials
  if (request.origin && request.origin !== request.ownOrigin)
    return { ok: false, status: 403, error: 'This request comes from another site: it is refused.' }
  if (!request.csrf || !safeEqual(request.csrf, csrfToken(adminToken, request.session)))
    return { ok: false, status: 403, error: 'The form’s security token is missing or out of date: reload the page and try again.' }
  return { ok: true }
}

/**
 * The part of checkWrite that needs no body: a right bearer token or a live
 * session. A write without either is refused (401) before a byte of its body
 * is read; `bearer` says whether the CSRF check still has to follow.
 */
export function checkCredentials(
  adminToken: string | null,
  request: Pick<WriteRequest, 'authorization' | 'session'>,
): { ok: true; bearer: boolean } | (WriteCheck & { ok: false }) {
  if (!adminToken)
    return {
      ok: false,
      status: 503,
      error: 'Writing is switched off: no admin token is set (set ADMIN_TOKEN, or start the app with npm start, which makes one).',
    }
  const bearer = /^Bearer\s+(.+)$/i.exec(request.authorization ?? '')?.[1]?.trim()
  if (bearer !== undefined)
    return safeEqual(bearer, adminToken) ? { ok: true, bearer: true } : { ok: false, status: 401, error: 'The admin token is wrong.' }
  if (!request.session)
    return {
      ok: false,
      status: 401,
      error: 'Sign in as admin first (the login link npm start prints), or send the admin token as a bearer token.',
    }
  return { ok: true, bearer: false }
}

/**
 * The path to go on to after signing in: `wanted` when, read as a URL against
 * this site, it stays on this site (same origin) — else /import. Parsing is
 * what a browser does, so `/\evil.example`, `/\t/evil.example` or
 * `https:evil.example` cannot slip through as they can past a prefix check.
 * @example safeNextPath('/compare/a/b?view=changes') // '/compare/a/b?view=changes'
 * @example safeNextPath('/\\evil.example/phish') // '/import'
 */
export function safeNextPath(wanted: string | null | undefined, fallback = '/import'): string {
  if (!wanted || !wanted.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(wanted)) return fallback
  const base = 'http://tongwen.invalid'
  let url: URL
  try {
    url = new URL(wanted, base)
  } catch {
    return fallback
  }
  if (url.origin !== base) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
