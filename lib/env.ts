/**
 * Configuration, read and validated once. Everything else receives values.
 *
 * DATABASE_URL  `file:<path>` for SQLite (relative paths are resolved against
 *               the working directory), `postgresql://…` for PostgreSQL.
 *               Default: the embedded SQLite file data/tongwen.db.
 * TONGWEN_MAX_IMPORT_MB  files larger than this are refused before they are
 *               read (default 25).
 * ADMIN_TOKEN   the token that allows writing; without it, the one npm start
 *               keeps in .tongwen/admin-token (TONGWEN_ADMIN_TOKEN_FILE to
 *               move it), read again when it changes; without either, writing is off.
 * TONGWEN_COLLECTIONS  the bundled collections a new database is given, comma-
 *               separated (xinhua, whitehouse-2021-2022, zh-official); default all.
 * TONGWEN_SIGN_IN_CODE  the one-time code of the sign-in link npm start
 *               prints (it makes a new one for each start and passes it here).
 * TONGWEN_TRUST_PROXY  1 when a reverse proxy sets X-Forwarded-Host/-Proto;
 *               otherwise those headers are ignored (anyone can send them).
 * TONGWEN_MAX_BODY_KB, TONGWEN_MAX_UNZIPPED_MB, TONGWEN_MAX_ZIP_RATIO,
 * TONGWEN_MAX_HTML_DEPTH, TONGWEN_MAX_PDF_PAGES, TONGWEN_MAX_TEXT_LINES,
 * TONGWEN_MAX_STATEMENT_CHARS, TONGWEN_MAX_STATEMENT_CLAUSES,
 * TONGWEN_IMPORT_TIMEOUT_S, TONGWEN_IMPORT_MEMORY_MB, TONGWEN_MAX_COMPARE_CLAUSES,
 * TONGWEN_MAX_COLLATE_CLAUSES,
 * TONGWEN_MAX_CONCURRENT, TONGWEN_MAX_QUEUE  the limits of lib/limits.ts
 *               (every input bounded before it is read; see the README).
 * TONGWEN_KEEP_COMPARISONS  rows of comparisons kept in memory for the next
 *               reader (default 50,000; 0 computes each comparison afresh)
 * TONGWEN_KEEP_PAGES_MB  megabytes of rendered pages kept for anonymous readers
 *               (default 64; 0 renders every page afresh; lib/server/page-cache.ts)
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { DEFAULT_LIMITS, LIMIT_VARIABLES, type Limits } from './limits'

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
  /** whether X-Forwarded-Host and X-Forwarded-Proto come from a proxy of ours (TONGWEN_TRUST_PROXY=1) */
  trustProxy: boolean
  /** the bounds on every input (lib/limits.ts) */
  limits: Limits
  /** rows of comparisons kept in memory for the next reader (TONGWEN_KEEP_COMPARISONS; 0 computes every one afresh) */
  keptComparisonRows: number
  /** bytes of rendered pages kept for anonymous readers (TONGWEN_KEEP_PAGES_MB; 0 renders every page afresh) */
  keptPageBytes: number
}

/** Rows of comparisons kept when TONGWEN_KEEP_COMPARISONS is not set: some hundreds of comparisons, tens of MB. */
export const DEFAULT_KEPT_COMPARISON_ROWS = 50_000

/** Megabytes of rendered pages kept when TONGWEN_KEEP_PAGES_MB is not set: hundreds of pages, gzipped. */
export const DEFAULT_KEPT_PAGE_MB = 64

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
  TONGWEN_TRUST_PROXY: z.enum(['0', '1', 'true', 'false', ''], { message: 'TONGWEN_TRUST_PROXY must be 1 or 0' }).optional(),
  TONGWEN_KEEP_COMPARISONS: z.coerce
    .number({ message: 'TONGWEN_KEEP_COMPARISONS must be a number of rows (0 to keep none)' })
    .int('TONGWEN_KEEP_COMPARISONS must be a whole number of rows')
    .min(0, 'TONGWEN_KEEP_COMPARISONS must be 0 or more')
    .optional(),
  TONGWEN_KEEP_PAGES_MB: z.coerce
    .number({ message: 'TONGWEN_KEEP_PAGES_MB must be a number of megabytes (0 to keep none)' })
    .min(0, 'TONGWEN_KEEP_PAGES_MB must be 0 or more')
    .max(100_000, 'TONGWEN_KEEP_PAGES_MB must be at most 100,000')
    .optional(),
  ...Object.fromEntries(
    Object.entries(LIMIT_VARIABLES).map(([name]) => [
      name,
      z.coerce
        .number({ message: `${name} must be a number` })
        .positive(`${name} must be more than 0`)
        .optional(),
    ]),
  ),
  TONGWEN_MAX_IMPORT_MB: z.coerce
    .number({ message: 'TONGWEN_MAX_IMPORT_MB must be a number of megabytes' })
    .positive('TONGWEN_MAX_IMPORT_MB must be more than 0')
    .max(10_000)
    .optional(),
})

/** Reads the configuration from an environment (process.env by default); throws one clear line when it is invalid. */
export function readEnv(source: Record<string, string | undefined> = process.env, cwd = process.cwd()): AppEnv {
  const parsed = schema.safeParse(source)
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '))
  const url = parsed.data.DATABASE_URL || `file:${DEFAULT_SQLITE_PATH}`
  const maxImportBytes = Math.round((parsed.data.TONGWEN_MAX_IMPORT_MB ?? DEFAULT_MAX_IMPORT_MB) * 1024 * 1024)
  const adminToken = parsed.data.ADMIN_TOKEN || readTokenFile(cwd, source)
  const collections = parsed.data.TONGWEN_COLLECTIONS
    ? parsed.data.TONGWEN_COLLECTIONS.split(',').map((name) => name.trim())
    : [...BUNDLED_COLLECTIONS]
  // a sign-in link is only a way to present the admin token: without one, there is nothing to sign in to
  const signInCode = (adminToken && parsed.data.TONGWEN_SIGN_IN_CODE) || null
  const trustProxy = parsed.data.TONGWEN_TRUST_PROXY === '1' || parsed.data.TONGWEN_TRUST_PROXY === 'true'
  const limits = readLimits(parsed.data as Record<string, unknown>, maxImportBytes)
  const keptComparisonRows = parsed.data.TONGWEN_KEEP_COMPARISONS ?? DEFAULT_KEPT_COMPARISON_ROWS
  const keptPageBytes = Math.round((parsed.data.TONGWEN_KEEP_PAGES_MB ?? DEFAULT_KEPT_PAGE_MB) * 1024 * 1024)
  const common = { maxImportBytes, adminToken, collections, signInCode, trustProxy, limits, keptComparisonRows, keptPageBytes }
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    return { databaseUrl: `file:${path.resolve(cwd, file)}`, databaseProvider: 'sqlite', ...common }
  }
  return { databaseUrl: url, databaseProvider: 'postgresql', ...common }
}

/** The limits, each from its variable (in the variable's unit) or its default. */
function readLimits(values: Record<string, unknown>, maxImportBytes: number): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS, maxImportBytes }
  for (const [name, { key, unit }] of Object.entries(LIMIT_VARIABLES)) {
    const value = values[name]
    if (typeof value === 'number') limits[key] = Math.max(1, Math.round(value * unit))
  }
  return limits
}

/** Where npm start keeps the admin token it made (git-ignored). */
export const ADMIN_TOKEN_FILE = path.join('.tongwen', 'admin-token')

/** The admin token file: TONGWEN_ADMIN_TOKEN_FILE, else .tongwen/admin-token in the project folder. */
function tokenFilePath(cwd: string, source: Record<string, string | undefined> = process.env): string {
  return path.resolve(cwd, source.TONGWEN_ADMIN_TOKEN_FILE?.trim() || ADMIN_TOKEN_FILE)
}

function readTokenFile(cwd: string, source?: Record<string, string | undefined>): string | null {
  try {
    return readFileSync(tokenFilePath(cwd, source), 'utf8').trim() || null
  } catch {
    return null
  }
}

let tokenFileSeen: { mtimeMs: number; size: number; token: string | null } | undefined

/**
 * The admin token now: ADMIN_TOKEN when set, else the token file as it is at
 * this moment (read again whenever it changes), so that replacing the file
 * rotates the token without a restart — and ends every session made with the
 * old one (app/_lib/auth.ts).
 */
export function currentAdminToken(source: Record<string, string | undefined> = process.env, cwd = process.cwd()): string | null {
  const fixed = source.ADMIN_TOKEN?.trim()
  if (fixed) return fixed
  let stat: { mtimeMs: number; size: number }
  try {
    stat = statSync(tokenFilePath(cwd, source))
  } catch {
    tokenFileSeen = undefined
    return null
  }
  if (tokenFileSeen?.mtimeMs !== stat.mtimeMs || tokenFileSeen.size !== stat.size) {
    const token = readTokenFile(cwd, source)
    // a file shorter than a token is one being written, or a mistake: writing stays off until it is whole
    tokenFileSeen = { mtimeMs: stat.mtimeMs, size: stat.size, token: token && token.length >= 16 ? token : null }
  }
  return tokenFileSeen.token
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
