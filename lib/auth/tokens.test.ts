import { describe, expect, it } from 'vitest'
import { checkCredentials, checkWrite, csrfToken, hashSecret, newAdminToken, newSessionId, safeNextPath } from './tokens'

const TOKEN = 'correct-horse-battery-staple'
const SESSION = 'a-live-session-id-made-at-sign-in-0123456789'
const request = (fields: Partial<Parameters<typeof checkWrite>[1]> = {}) => ({
  authorization: null,
  session: null,
  csrf: null,
  origin: null,
  ownOrigin: 'http://127.0.0.1:3000',
  ...fields,
})

describe('checkWrite', () => {
  it('lets through the admin token as a bearer token', () => {
    expect(checkWrite(TOKEN, request({ authorization: `Bearer ${TOKEN}` }))).toEqual({ ok: true })
  })

  it('lets through a browser with a live session and its CSRF token, from the same origin', () => {
    expect(checkWrite(TOKEN, request({ session: SESSION, csrf: csrfToken(TOKEN, SESSION), origin: 'http://127.0.0.1:3000' }))).toEqual({
      ok: true,
    })
  })

  it('refuses no credentials, a wrong token, or no live session with 401', () => {
    expect(checkWrite(TOKEN, request())).toMatchObject({ ok: false, status: 401 })
    expect(checkWrite(TOKEN, request({ authorization: 'Bearer guess' }))).toEqual({
      ok: false,
      status: 401,
      error: 'The admin token is wrong.',
    })
    expect(checkWrite(TOKEN, request({ session: null, csrf: csrfToken(TOKEN, SESSION) }))).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses a session without its own CSRF token, or from another site, with 403', () => {
    expect(checkWrite(TOKEN, request({ session: SESSION }))).toMatchObject({ ok: false, status: 403 })
    expect(checkWrite(TOKEN, request({ session: SESSION, csrf: csrfToken(TOKEN, 'another-session') }))).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(checkWrite(TOKEN, request({ session: SESSION, csrf: csrfToken(TOKEN, SESSION), origin: 'https://evil.example' }))).toMatchObject(
      { ok: false, status: 403 },
    )
  })

  describe('edge cases', () => {
    it('refuses every write when no admin token is set', () => {
      expect(checkWrite(null, request({ authorization: 'Bearer anything' }))).toMatchObject({ ok: false, status: 503 })
    })

    it('makes a new random session id each time, kept only as a hash', () => {
      const [a, b] = [newSessionId(), newSessionId()]
      expect(a).not.toBe(b)
      expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(hashSecret(a)).toMatch(/^[0-9a-f]{64}$/)
      expect(newAdminToken()).toMatch(/^[A-Za-z0-9_-]{43}$/)
    })

    it('ties the CSRF token to the token and the session (a changed token changes it)', () => {
      expect(csrfToken(TOKEN, SESSION)).not.toBe(csrfToken('another-token-0123456789', SESSION))
    })
  })
})

describe('checkCredentials', () => {
  it('decides from the headers alone, before any body is read (issue 18)', () => {
    expect(checkCredentials(TOKEN, { authorization: null, session: null })).toMatchObject({ ok: false, status: 401 })
    expect(checkCredentials(TOKEN, { authorization: `Bearer ${TOKEN}`, session: null })).toEqual({ ok: true, bearer: true })
    expect(checkCredentials(TOKEN, { authorization: null, session: SESSION })).toEqual({ ok: true, bearer: false })
  })
})

describe('safeNextPath', () => {
  it('returns a path of this site as it is', () => {
    expect(safeNextPath('/compare/a/b?view=changes#r3')).toBe('/compare/a/b?view=changes#r3')
    expect(safeNextPath('/import')).toBe('/import')
  })

  describe('edge cases', () => {
    it.each([
      '/\\evil.example',
      '/\\evil.example/phish',
      '/\t/evil.example',
      '//evil.example',
      '/%0a/evil.example'.replace('%0a', '\n'),
      'https://evil.example',
      'https:evil.example',
      'evil.example',
      '',
      '/\u0000x',
    ])('refuses %j, which a browser could take off this site (issue 18)', (wanted) => {
      expect(safeNextPath(wanted)).toBe('/import')
    })

    it('keeps an encoded backslash encoded, which stays a path', () => {
      expect(safeNextPath('/%5Cevil.example')).toBe('/%5Cevil.example')
    })
  })
})
