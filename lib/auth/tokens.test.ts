import { describe, expect, it } from 'vitest'
import { checkWrite, csrfToken, newAdminToken, sessionValue } from './tokens'

const TOKEN = 'correct-horse-battery-staple'
const request = (fields: Partial<Parameters<typeof checkWrite>[1]> = {}) => ({ authorization: null, session: null, csrf: null, origin: null, ownOrigin: 'http://127.0.0.1:3000', ...fields })

describe('checkWrite', () => {
  it('lets through the admin token as a bearer token', () => {
    expect(checkWrite(TOKEN, request({ authorization: `Bearer ${TOKEN}` }))).toEqual({ ok: true })
  })

  it('lets through a browser with the session cookie and the CSRF token, from the same origin', () => {
    expect(checkWrite(TOKEN, request({ session: sessionValue(TOKEN), csrf: csrfToken(TOKEN), origin: 'http://127.0.0.1:3000' }))).toEqual({ ok: true })
  })

  it('refuses no credentials, a wrong token, or a wrong cookie with 401', () => {
    expect(checkWrite(TOKEN, request())).toMatchObject({ ok: false, status: 401 })
    expect(checkWrite(TOKEN, request({ authorization: 'Bearer guess' }))).toEqual({ ok: false, status: 401, error: 'The admin token is wrong.' })
    expect(checkWrite(TOKEN, request({ session: 'forged', csrf: csrfToken(TOKEN) }))).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses a session without the CSRF token, or from another site, with 403', () => {
    expect(checkWrite(TOKEN, request({ session: sessionValue(TOKEN) }))).toMatchObject({ ok: false, status: 403 })
    expect(checkWrite(TOKEN, request({ session: sessionValue(TOKEN), csrf: csrfToken(TOKEN), origin: 'https://evil.example' }))).toMatchObject({ ok: false, status: 403 })
  })

  describe('edge cases', () => {
    it('refuses every write when no admin token is set', () => {
      expect(checkWrite(null, request({ authorization: 'Bearer anything' }))).toMatchObject({ ok: false, status: 503 })
    })

    it('derives different values for the cookie and the CSRF token, and never the token itself', () => {
      expect(new Set([TOKEN, sessionValue(TOKEN), csrfToken(TOKEN)]).size).toBe(3)
      expect(newAdminToken()).toMatch(/^[A-Za-z0-9_-]{43}$/)
    })
  })
})
