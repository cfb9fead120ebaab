/**
 * `npm start`: make the embedded database ready (migrations, bundled corpus on
 * first run), build the app if the build is missing or older than the
 * sources, then serve it at http://localhost:3000 (PORT to change), printing
 * the one-time admin sign-in link (see scripts/lib/admin-token.ts).
 */
import { spawn, spawnSync } from 'node:child_process'
import { createDb } from '@/lib/db/client'
import { prepareDatabase } from '@/lib/services/prepare-database'
import { warmSimilarityMap } from '@/lib/services/similarity-map'
import { getEnv } from '@/lib/env'
import { newSignInCode } from '@/lib/auth/tokens'
import { ensureAdminToken, loginLine } from './lib/admin-token'
import { buildIsCurrent } from './lib/build-state'

async function main(): Promise<void> {
  const url = getEnv().databaseUrl
  const db = createDb(url)
  try {
    const { migrated, seeded } = await prepareDatabase(db, url)
    if (migrated.length) console.log(`Database: applied ${migrated.join(', ')}.`)
    if (seeded) console.log(`Database: imported the bundled corpus (${seeded.imported.length} statements).`)
  } finally {
    await db.$disconnect()
  }
  if (!buildIsCurrent(process.cwd())) {
    console.log('Building the app (a few minutes the first time on a small machine)…')
    const build = spawnSync('npx', ['--no-install', 'next', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const port = process.env.PORT ?? '3000'
  const admin = ensureAdminToken()
  console.log(`Tongwen is starting at http://localhost:${port}`)
  const signInCode = newSignInCode()
  console.log(loginLine(port, signInCode, admin.source))
  const server = spawn('npx', ['--no-install', 'next', 'start', '-p', port], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TONGWEN_SIGN_IN_CODE: signInCode },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
  // the corpus map's pairs, computed once while the server already answers (a map view computes whatever is still missing)
  const warm = createDb(url)
  warmSimilarityMap(warm)
    .catch((error: unknown) =>
      console.error(`The corpus map's pairs could not be computed in advance: ${error instanceof Error ? error.message : String(error)}`),
    )
    .finally(() => warm.$disconnect())
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
