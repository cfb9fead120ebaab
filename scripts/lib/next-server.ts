/**
 * Serving a production build with `next start` on 127.0.0.1 and a free port,
 * against a database of the caller's choosing; resolves once the app answers.
 * Used by the page tests (test/helpers/app-server.ts) and the load test
 * (scripts/load.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

export const ROOT = path.join(import.meta.dirname, '../..')
export const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next')

/** A port nothing listens on at the moment, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface AppServer {
  baseUrl: string
  /** the server's process id (for its memory, in the hostile benchmark) */
  pid?: number
  stop(): Promise<void>
}

export interface NextServerOptions {
  /** the build folder (NEXT_DIST_DIR) */
  distDir: string
  databaseUrl: string
  /** more environment for the server */
  env?: Record<string, string>
  /** how long to wait for the first answer (default 30 s) */
  startTimeoutMs?: number
}

/** Starts `next start` on the build in `distDir`; resolves when GET /api/statements answers. */
export async function startNextServer({ distDir, databaseUrl, env = {}, startTimeoutMs = 30_000 }: NextServerOptions): Promise<AppServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(NEXT_BIN, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: distDir, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + startTimeoutMs
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
      throw new Error(`next start did not answer within ${Math.round(startTimeoutMs / 1000)} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    baseUrl,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
