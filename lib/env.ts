/**
 * Configuration, read and validated once. Everything else receives values.
 *
 * DATABASE_URL  `file:<path>` for SQLite (relative paths are resolved against
 *               the working directory), `postgresql://…` for PostgreSQL.
 *               Default: the embedded SQLite file data/tongwen.db.
 * TONGWEN_MAX_IMPORT_MB  files larger than this are refused before they are
 *               read (default 25).
 * ADMIN_TOKEN   the token that allows writing; without it, the one npm start
 *               keeps in .tongwen/admin-token; without either, writing is off.
 * TONGWEN_COLLECTIONS  the bundled collections a new database is given, comma-
 *               separated (xinhua, whitehouse-2021-2022, zh-official); default all.
 * TONGWEN_SIGN_IN_CODE  the one-time code of the sign-in link npm start
 *               prints (it makes a new one for each start and passes it here).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

export type DatabaseProvider = 'sqlite' | 'postgresql'

export interface AppEnv {
  databaseUrl: string
  databaseProvider: DatabaseProvider
  /** files above this many bytes are refused before they are read */
  maxImportBytes: number
  /** the token that allows writing (imports, edits, deletions), or null when writing is off */
  adminToken: string | null
  /** names of the bundled collections a new database is given (lib/collections/bundled.ts) */
  collections: string[]
  /** the code of the one-time sign-in link (/login/<code>), or null when there is none */
  signInCode: string | null
}

/** The collections bundled in data/: the Xinhua releases (data/corpus) and the real collection (data/collections/*). */
export const BUNDLED_COLLECTIONS: readonly string[] = ['xinhua', 'whitehouse-2021-2022', 'zh-official']

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
  ADMIN_TOKEN: z.string().trim().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional().or(z.literal('')),
  TONGWEN_COLLECTIONS: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || value.split(',').every((name) => BUNDLED_COLLECTIONS.includes(name.trim())), {
      message: `TONGWEN_COLLECTIONS must name bundled collections, comma-separated: ${['xinhua', 'whitehouse-2021-2022', 'zh-official'].join(', ')}`,
    }),
  TONGWEN_SIGN_IN_CODE: z.string().trim().min(16, 'TONGWEN_SIGN_IN_CODE must be at least 16 characters').optional().or(z.literal('')),
  TONGWEN_MAX_IMPORT_MB: z.coerce.number({ message: 'TONGWEN_MAX_IMPORT_MB must be a number of megabytes' }).positive('TONGWEN_MAX_IMPORT_MB must be more than 0').max(10_000).optional(),
})

/** Reads the configuration from an environment (process.env by default); throws one clear line when it is invalid. */
export function readEnv(source: Record<string, string | undefined> = process.env, cwd = process.cwd()): AppEnv {
  const parsed = schema.safeParse(source)
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '))
  const url = parsed.data.DATABASE_URL || `file:${DEFAULT_SQLITE_PATH}`
  const maxImportBytes = Math.round((parsed.data.TONGWEN_MAX_IMPORT_MB ?? DEFAULT_MAX_IMPORT_MB) * 1024 * 1024)
  const adminToken = parsed.data.ADMIN_TOKEN || readTokenFile(cwd)
  const collections = parsed.data.TONGWEN_COLLECTIONS ? parsed.data.TONGWEN_COLLECTIONS.split(',').map((name) => name.trim()) : [...BUNDLED_COLLECTIONS]
  // a sign-in link is only a way to present the admin token: without one, there is nothing to sign in to
  const signInCode = (adminToken && parsed.data.TONGWEN_SIGN_IN_CODE) || null
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    return { databaseUrl: `file:${path.resolve(cwd, file)}`, databaseProvider: 'sqlite', maxImportBytes, adminToken, collections, signInCode }
  }
  return { databaseUrl: url, databaseProvider: 'postgresql', maxImportBytes, adminToken, collections, signInCode }
}

/** Where npm start keeps the admin token it made (git-ignored). */
export const ADMIN_TOKEN_FILE = path.join('.tongwen', 'admin-token')

function readTokenFile(cwd: string): string | null {
  try {
    return readFileSync(path.resolve(cwd, ADMIN_TOKEN_FILE), 'utf8').trim() || null
  } catch {
    return null
  }
}

/**
 * The bundled collections a new database is given, read on its own (without
 * caching the rest of the configuration): the database is prepared before a
 * process, or a test, has settled where it lives.
 */
export function readCollections(source: Record<string, string | undefined> = process.env): string[] {
  return readEnv({ TONGWEN_COLLECTIONS: source.TONGWEN_COLLECTIONS }).collections
}

let cached: AppEnv | undefined

/** The configuration of this process, read on first use. */
export function getEnv(): AppEnv {
  cached ??= readEnv()
  return cached
}
