import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { currentAdminToken, readEnv } from './env'
import { DEFAULT_LIMITS } from './limits'

const dir = mkdtempSync(path.join(tmpdir(), 'tongwen-env-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readEnv', () => {
  it('gives the default limits, and each variable in its own unit', () => {
    expect(readEnv({}, dir).limits).toEqual(DEFAULT_LIMITS)
    const { limits, trustProxy } = readEnv(
      {
        TONGWEN_MAX_BODY_KB: '16',
        TONGWEN_MAX_UNZIPPED_MB: '4',
        TONGWEN_IMPORT_TIMEOUT_S: '2',
        TONGWEN_MAX_QUEUE: '3',
        TONGWEN_TRUST_PROXY: '1',
      },
      dir,
    )
    expect(limits).toMatchObject({ maxBodyBytes: 16 * 1024, maxUnzippedBytes: 4 * 1024 * 1024, importTimeoutMs: 2000, maxQueue: 3 })
    expect(trustProxy).toBe(true)
    expect(readEnv({}, dir).trustProxy).toBe(false)
  })

  it('refuses a limit that is not a positive number, in one line naming it', () => {
    expect(() => readEnv({ TONGWEN_MAX_HTML_DEPTH: 'deep' }, dir)).toThrow('TONGWEN_MAX_HTML_DEPTH must be a number')
    expect(() => readEnv({ TONGWEN_MAX_QUEUE: '0' }, dir)).toThrow('TONGWEN_MAX_QUEUE must be more than 0')
  })
})

describe('currentAdminToken', () => {
  it('follows the token file as it changes, without a restart (issue 18)', () => {
    const file = path.join(dir, 'token')
    const source = { TONGWEN_ADMIN_TOKEN_FILE: file }
    expect(currentAdminToken(source, dir)).toBeNull()
    writeFileSync(file, 'first-token-0123456789')
    expect(currentAdminToken(source, dir)).toBe('first-token-0123456789')
    writeFileSync(file, 'second-token-0123456789')
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    expect(currentAdminToken(source, dir)).toBe('second-token-0123456789')
    expect(currentAdminToken({ ...source, ADMIN_TOKEN: 'fixed-token-0123456789' }, dir)).toBe('fixed-token-0123456789')
  })
})
