/**
 * The production build of the app for page tests: built once per test run into
 * .next-test (see next.config.js), served by `next start` on 127.0.0.1 with a
 * database of the test's own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { buildIsCurrent } from '@/scripts/lib/build-state'

export const ROOT = path.join(import.meta.dirname, '../..')
export const TEST_DIST_DIR = '.next-test'
const NEXT = path.join(ROOT, 'node_modules/.bin/next')

export function buildAppForTests(): void {
  if (buildIsCurrent(ROOT, TEST_DIST_DIR)) return
  const result = spawnSync(NEXT, ['build'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** The admin token the test servers run with. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef'

export interface AppServer {
  baseUrl: string
  stop(): Promise<void>
}

/** Starts the built app against the database at `databaseUrl`; resolves when it answers. */
export async function startAppServer(databaseUrl: string, env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(NEXT, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: TEST_DIST_DIR, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`)
    try {
      const response = await fetch(`${baseUrl}/api/statements`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`next start did not answer within 30 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    baseUrl,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
