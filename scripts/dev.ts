/**
 * `npm run dev`: the database made ready, the admin token made if needed and
 * its login link printed, then Next's development server.
 */
import { spawn } from 'node:child_process'
import { createDb } from '@/lib/db/client'
import { prepareDatabase } from '@/lib/services/prepare-database'
import { getEnv } from '@/lib/env'
import { newSignInCode } from '@/lib/auth/tokens'
import { ensureAdminToken, loginLine } from './lib/admin-token'

async function main(): Promise<void> {
  const url = getEnv().databaseUrl
  const db = createDb(url)
  try {
    await prepareDatabase(db, url)
  } finally {
    await db.$disconnect()
  }
  const port = process.env.PORT ?? '3000'
  const admin = ensureAdminToken()
  const signInCode = newSignInCode()
  console.log(loginLine(port, signInCode, admin.source))
  const server = spawn('npx', ['--no-install', 'next', 'dev', '-p', port], {
    stdio: 'inherit',
    env: { ...process.env, TONGWEN_SIGN_IN_CODE: signInCode },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
