/**
 * Admin sessions, one per sign-in. The cookie holds a random id; the table
 * holds its hash and the hash of the admin token it was made under, so that a
 * stolen database yields no usable cookie, signing out ends the session, and
 * a changed token ends every session made under the old one.
 */
import type { Db } from './client'

/** How long a session lasts: a month, as the cookie's Max-Age. */
export const SESSION_MS = 30 * 24 * 60 * 60 * 1000

export async function createSession(db: Db, idHash: string, tokenHash: string, now = new Date()): Promise<void> {
  // each sign-in is a moment to forget sessions that have ended
  await db.session.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { tokenHash: { not: tokenHash } }] } })
  await db.session.create({ data: { idHash, tokenHash, expiresAt: new Date(now.getTime() + SESSION_MS) } })
}

/** Whether the session is live: known, not expired, and made under the current token. */
export async function isLiveSession(db: Db, idHash: string, tokenHash: string, now = new Date()): Promise<boolean> {
  const session = await db.session.findUnique({ where: { idHash }, select: { tokenHash: true, expiresAt: true } })
  return session !== null && session.tokenHash === tokenHash && session.expiresAt > now
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.session.deleteMany({ where: { idHash } })
}
