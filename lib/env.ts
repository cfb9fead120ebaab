/**
 * Configuration, read and validated once. Everything else receives values.
 *
 * DATABASE_URL  `file:<path>` for SQLite (relative paths are resolved against
 *               the working directory), `postgresql://…` for PostgreSQL.
 *               Default: the embedded SQLite file data/tongwen.db.
 * TONGWEN_MAX_IMPORT_MB  files larger than this are refused before they are
 *               read (default 25).
 */
import path from 'node:path'
import { z } from 'zod'

export type DatabaseProvider = 'sqlite' | 'postgresql'

export interface AppEnv {
  databaseUrl: string
  databaseProvider: DatabaseProvider
  /** files above this many bytes are refused before they are read */
  maxImportBytes: number
}

export const DEFAULT_SQLITE_PATH = path.join('data', 'tongwen.db')
/** The import limit when TONGWEN_MAX_IMPORT_MB is not set: a large PDF of statements is a few MB. */
export const DEFAULT_MAX_IMPORT_MB = 25

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine((url) => !url || /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: 'DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)',
    }),
  TONGWEN_MAX_IMPORT_MB: z.coerce.number({ message: 'TONGWEN_MAX_IMPORT_MB must be a number of megabytes' }).positive('TONGWEN_MAX_IMPORT_MB must be more than 0').max(10_000).optional(),
})

/** Reads the configuration from an environment (process.env by default); throws one clear line when it is invalid. */
export function readEnv(source: Record<string, string | undefined> = process.env, cwd = process.cwd()): AppEnv {
  const parsed = schema.safeParse(source)
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '))
  const url = parsed.data.DATABASE_URL || `file:${DEFAULT_SQLITE_PATH}`
  const maxImportBytes = Math.round((parsed.data.TONGWEN_MAX_IMPORT_MB ?? DEFAULT_MAX_IMPORT_MB) * 1024 * 1024)
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    return { databaseUrl: `file:${path.resolve(cwd, file)}`, databaseProvider: 'sqlite', maxImportBytes }
  }
  return { databaseUrl: url, databaseProvider: 'postgresql', maxImportBytes }
}

let cached: AppEnv | undefined

/** The configuration of this process, read on first use. */
export function getEnv(): AppEnv {
  cached ??= readEnv()
  return cached
}
