/**
 * The production build of the app for page tests: built once per test run into
 * .next-test (see next.config.js), served by `next start` on 127.0.0.1 with a
 * database of the test's own.
 */
import { spawnSync } from 'node:child_process'
import { buildIsCurrent } from '@/scripts/lib/build-state'
import { NEXT_BIN, ROOT, startNextServer, type AppServer } from '@/scripts/lib/next-server'

export { ROOT }
export type { AppServer }
export const TEST_DIST_DIR = '.next-test'

export function buildAppForTests(): void {
  if (buildIsCurrent(ROOT, TEST_DIST_DIR)) return
  const result = spawnSync(NEXT_BIN, ['build'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
}

/** The admin token the test servers run with. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef'

/** The one-time sign-in link's code the test servers run with (npm start makes one per start). */
export const TEST_SIGN_IN_CODE = 'test-sign-in-code-fedcba9876543210'

/** Starts the built app against the database at `databaseUrl`; resolves when it answers. */
export function startAppServer(databaseUrl: string, env: Record<string, string> = {}): Promise<AppServer> {
  return startNextServer({
    distDir: TEST_DIST_DIR,
    databaseUrl,
    env: { ADMIN_TOKEN: TEST_ADMIN_TOKEN, TONGWEN_SIGN_IN_CODE: TEST_SIGN_IN_CODE, ...env },
  })
}

/** A GET of the app as a client sees it, redirects not followed: status, content type, location and body. */
export async function getFromApp(app: AppServer, path: string) {
  const response = await fetch(app.baseUrl + path, { redirect: 'manual' })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body: await response.text(),
  }
}

/**
 * A page's markup as a reader without script sees it: the HTML without its
 * scripts (which carry the page's data for hydration, where a not-found page
 * that only the browser draws would also be found).
 */
export const drawnMarkup = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script>/g, '')

/** A page's words as a reader without script sees them: its drawn markup without tags, quotes and ampersands decoded, spaces collapsed. */
export const drawnText = (html: string): string =>
  drawnMarkup(html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
