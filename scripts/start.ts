/**
 * `npm start`: make the embedded database ready (migrations, bundled corpus on
 * first run), build the app if the build is missing or older than the
 * sources, then serve it at http://localhost:3000 (PORT to change).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { createDb } from '@/lib/db/client'
import { prepareDatabase } from '@/lib/db/setup'
import { getEnv } from '@/lib/env'

const SOURCES = ['app', 'lib', 'components', 'public', 'next.config.js', 'package.json', 'postcss.config.mjs', 'prisma/schema.prisma']

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs)
}

function buildIsCurrent(): boolean {
  const buildId = path.join('.next', 'BUILD_ID')
  if (!existsSync(buildId)) return false
  const built = statSync(buildId).mtimeMs
  return SOURCES.every((source) => newestMtime(source) <= built)
}

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
  if (!buildIsCurrent()) {
    console.log('Building the app (about a minute the first time)…')
    const build = spawnSync('npx', ['--no-install', 'next', 'build'], { stdio: 'inherit' })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const port = process.env.PORT ?? '3000'
  console.log(`Tongwen is starting at http://localhost:${port}`)
  const server = spawn('npx', ['--no-install', 'next', 'start', '-p', port], { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
