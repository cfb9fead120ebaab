/** Admin sessions: begun at sign-in, checked on each write, ended at sign-out or expiry. */
export { createSession, deleteSession, isLiveSession, SESSION_MS } from '@/lib/db/sessions'
