/**
 * The admin token for a server started on this machine: ADMIN_TOKEN when set;
 * otherwise the one kept in .tongwen/admin-token (git-ignored, readable by the
 * owner only), made on first start — as Jupyter does, the start command then
 * prints a login link.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { newAdminToken } from '@/lib/auth/tokens'
import { ADMIN_TOKEN_FILE } from '@/lib/env'

export function ensureAdminToken(root = process.cwd()): { token: string; source: 'env' | 'file' | 'new' } {
  const fromEnv = process.env.ADMIN_TOKEN?.trim()
  if (fromEnv) return { token: fromEnv, source: 'env' }
  const file = path.join(root, ADMIN_TOKEN_FILE)
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim()
    if (token) return { token, source: 'file' }
  }
  const token = newAdminToken()
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  writeFileSync(file, `${token}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return { token, source: 'new' }
}

/**
 * The lines to print: the one-time link that signs a browser in as admin
 * (`code` is passed to the server as TONGWEN_SIGN_IN_CODE), and where the
 * token is for another browser. The token itself is not printed.
 */
export function loginLine(port: string, code: string, source: 'env' | 'file' | 'new'): string {
  const where = source === 'env' ? 'ADMIN_TOKEN' : `${ADMIN_TOKEN_FILE}${source === 'new' ? ', made now' : ''}`
  return [
    'To import, edit or delete statements, open this link: it signs you in as admin, once (then a cookie keeps you signed in):',
    `  http://localhost:${port}/login/${code}`,
    `In another browser, sign in at http://localhost:${port}/login with the admin token (in ${where}).`,
  ].join('\n')
}
