/**
 * Whether a Next.js build is current: it exists and is newer than every
 * source file that goes into it. Used by `npm start` and the page tests, so
 * neither rebuilds needlessly nor serves a stale build.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const SOURCES = [
  'app',
  'lib',
  'components',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'package.json',
  'postcss.config.mjs',
  'tsconfig.json',
  'prisma/schema.prisma',
]

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs)
}

export function buildIsCurrent(root: string, distDir = '.next'): boolean {
  const buildId = path.join(root, distDir, 'BUILD_ID')
  if (!existsSync(buildId)) return false
  const built = statSync(buildId).mtimeMs
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built)
}

/** Builds the app into `distDir` (next build) unless the build there is current. */
export function buildIfNeeded(root: string, distDir = '.next'): void {
  if (buildIsCurrent(root, distDir)) return
  console.log('Building the app (next build; a minute or two)…')
  const build = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (build.status !== 0) throw new Error('next build failed (see above).')
}
