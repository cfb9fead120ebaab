// Generates the Prisma clients on install: lib/generated/prisma (SQLite) from
// prisma/schema.prisma and lib/generated/prisma-pg (PostgreSQL) from
// prisma/postgresql/schema.prisma.
// `prisma generate` wants a schema engine binary it never runs for this
// generator; the native one cannot be downloaded here, so point it at any
// existing file (Node itself) unless the user has a real one.
import { spawnSync } from 'node:child_process'

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath }
for (const schema of ['prisma/schema.prisma', 'prisma/postgresql/schema.prisma']) {
  const result = spawnSync('npx', ['--no-install', 'prisma', 'generate', '--schema', schema], { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
