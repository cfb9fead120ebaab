import 'server-only'
import { cache } from 'react'
import { collate, type Collation } from '@/lib/services/collate'
import { getDb } from '@/lib/services/database'
import { ServiceError, type ProblemCode } from '@/lib/services/errors'
import { getStatementSummaries } from '@/lib/services/statements'
import type { StatementSummary } from '@/lib/db/statements'
import { parseCollateQuery, type CollateQueryResult } from '@/lib/url/collate'
import { paramsOf } from '@/lib/url/params'

export type CollateQuery = Extract<CollateQueryResult, { ok: true }>

/** The query of the request's URL, read once for the page and its metadata (React's cache lasts one request). */
export const readCollateQuery = cache((key: string): CollateQuery => {
  const parsed = parseCollateQuery(paramsOf(key))
  // proxy.ts answers parameters it cannot read with a 400 before the page renders
  if (!parsed.ok) throw new Error(`collate page reached with invalid parameters (${parsed.error}); this is a bug`)
  return parsed
})

/** The search parameters as one string, keeping every value of `s` (a form sends one per ticked statement). */
export function collateKey(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value]
    if (name === 's') query.set('s', values.join(','))
    else if (values[0] !== undefined) query.set(name, values[0])
  }
  return query.toString()
}

/** What keeps statements from being collated, as the service names it. */
export type CollateProblem = Extract<ProblemCode, 'invalid' | 'not-found' | 'cannot-compare' | 'too-large'>

const PROBLEMS: readonly ProblemCode[] = ['invalid', 'not-found', 'cannot-compare', 'too-large']
const isCollateProblem = (code: ProblemCode): code is CollateProblem => PROBLEMS.includes(code)

export type LoadedCollation =
  | { ok: true; collation: Collation }
  /** the service's one sentence, and those of the statements named that exist (for the picker or the message) */
  | { ok: false; code: CollateProblem; message: string; statements: StatementSummary[] }

/** The collation for a request, shared by the page, its metadata and its image, or the service's reason why not. */
export const loadCollation = cache(async (key: string): Promise<LoadedCollation> => {
  const { slugs, options } = readCollateQuery(key)
  const db = getDb()
  try {
    return { ok: true, collation: await collate(db, slugs, options) }
  } catch (error) {
    if (!(error instanceof ServiceError) || !isCollateProblem(error.code)) throw error
    const statements = await getStatementSummaries(db, [...new Set(slugs)].slice(0, 40))
    return { ok: false, code: error.code, message: error.message, statements }
  }
})
