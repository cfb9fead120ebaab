/**
 * Configuration, read and validated once. Everything else receives values.
 *
 * DATABASE_URL  `file:<path>` for SQLite (relative paths are resolved against
 *               the working directory), `postgresql://…` for PostgreSQL.
 *               Default: the embedded SQLite file data/tongwen.db.
 */
import path from 'node:path'
import { z } from 'zod'

export type DatabaseProvider = 'sqlite' | 'postgresql'

export interface AppEnv {
  databaseUrl: string
  databaseProvider: DatabaseProvider
}

export const DEFAULT_SQLITE_PATH = path.join('data', 'tongwen.db')

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine((url) => !url || /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: 'DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)',
    }),
})

/** Reads the configuration from an environment (process.env by default); throws one clear line when it is invalid. */
export function readEnv(source: Record<string, string | undefined> = process.env, cwd = process.cwd()): AppEnv {
  const parsed = schema.safeParse(source)
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '))
  const url = parsed.data.DATABASE_URL || `file:${DEFAULT_SQLITE_PATH}`
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    return { databaseUrl: `file:${path.resolve(cwd, file)}`, databaseProvider: 'sqlite' }
  }
  return { databaseUrl: url, databaseProvider: 'postgresql' }
}

let cached: AppEnv | undefined

/** The configuration of this process, read on first use. */
export function getEnv(): AppEnv {
  cached ??= readEnv()
  return cached
}
