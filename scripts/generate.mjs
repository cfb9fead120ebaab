// Generates the Prisma client (lib/generated/prisma) on install.
// `prisma generate` wants a schema engine binary it never runs for this
// generator; the native one cannot be downloaded here, so point it at any
// existing file (Node itself) unless the user has a real one.
import { spawnSync } from 'node:child_process'

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath }
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env })
process.exit(result.status ?? 1)
