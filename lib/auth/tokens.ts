/**
 * Who may write. Reading is open; importing, editing and deleting need the
 * admin token. A browser proves it once (the login page) and then carries a
 * session cookie whose value is derived from the token (an HMAC), so the
 * token itself never sits in a cookie; its forms carry a CSRF token, derived
 * from the token too, that a page of another site cannot read. Machine clients
 * send the token itself: `Authorization: Bearer <token>`. Comparisons are in
 * constant time.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'tongwen_admin'
export const CSRF_HEADER = 'x-csrf-token'
export const CSRF_FIELD = 'csrf'

const derive = (token: string, purpose: string) => createHmac('sha256', token).update(purpose).digest('base64url')

/** The session cookie's value for a token. */
export function sessionValue(token: string): string {
  return derive(token, 'tongwen session v1')
}

/** The CSRF token pages embed in their write forms. */
export function csrfToken(token: string): string {
  return derive(token, 'tongwen csrf v1')
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
  /** the session cookie */
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
  if (!adminToken) return { ok: false, status: 503, error: 'Writing is switched off: no admin token is set (set ADMIN_TOKEN, or start the app with npm start, which makes one).' }
  const bearer = /^Bearer\s+(.+)$/i.exec(request.authorization ?? '')?.[1]?.trim()
  if (bearer !== undefined) return safeEqual(bearer, adminToken) ? { ok: true } : { ok: false, status: 401, error: 'The admin token is wrong.' }
  if (!request.session || !safeEqual(request.session, sessionValue(adminToken))) {
    return { ok: false, status: 401, error: 'Sign in as admin first (the login link npm start prints), or send the admin token as a bearer token.' }
  }
  if (request.origin && request.origin !== request.ownOrigin) return { ok: false, status: 403, error: 'This request comes from another site: it is refused.' }
  if (!request.csrf || !safeEqual(request.csrf, csrfToken(adminToken))) return { ok: false, status: 403, error: 'The form’s security token is missing or out of date: reload the page and try again.' }
  return { ok: true }
}
