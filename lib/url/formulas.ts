/**
 * The formula list's filter as it travels in URLs (?q=统一&statement=…&minDocs=3&sort=growth&page=2)
 * and on the command line, so that a link reproduces the view.
 */
import { z } from 'zod'
import { parseParams, type InvalidParam, type Params } from './params'
import { STATEMENT_LANGUAGES } from './statement-list'

/**
 * The list's orders: most widely used first (the default); by first use,
 * newest or oldest first; by growth (lib/formulas/growth), rising first.
 */
export const FORMULA_SORTS = ['used', 'newest', 'oldest', 'growth'] as const
export type FormulaSort = (typeof FORMULA_SORTS)[number]

export const FORMULA_SORT_LABELS: Record<FormulaSort, string> = {
  used: 'most widely used first',
  newest: 'first used, newest first',
  oldest: 'first used, oldest first',
  growth: 'rising fastest first',
}

/** The list shows formulas, or names (states, organisations, people, treaties, places), which are not formulas. */
export const FORMULA_KINDS = ['formula', 'name'] as const
export type FormulaKind = (typeof FORMULA_KINDS)[number]

export interface FormulaQuery {
  /** text the formula contains ('' for any) */
  q: string
  /** slug of a statement the formula occurs in ('' for any) */
  statement: string
  /** the language of the statements it is used in ('' for any) */
  language: '' | (typeof STATEMENT_LANGUAGES)[number]
  /** used in at least this many statements */
  minDocs: number
  sort: FormulaSort
  kind: FormulaKind
  /** 1-based */
  page: number
  /** formulas per page */
  limit: number
}

export const DEFAULT_FORMULA_QUERY: FormulaQuery = {
  q: '',
  statement: '',
  language: '',
  minDocs: 2,
  sort: 'used',
  kind: 'formula',
  page: 1,
  limit: 100,
}
export const MAX_FORMULA_LIMIT = 1000

const schema = z.object({
  q: z.string().max(200).optional(),
  statement: z
    .string()
    .regex(/^[a-z0-9-]{1,200}$/)
    .optional(),
  language: z.enum(STATEMENT_LANGUAGES).optional(),
  minDocs: z.coerce.number().int().min(2).max(1_000_000).optional(),
  sort: z.enum(FORMULA_SORTS).optional(),
  kind: z.enum(FORMULA_KINDS).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_FORMULA_LIMIT).optional(),
})

const HINTS: Record<string, string> = {
  q: 'at most 200 characters',
  statement: 'a statement slug such as 2019-06-13-china-kyrgyzstan-joint-statement',
  language: 'zh or en',
  minDocs: 'a whole number of statements, 2 or more',
  sort: `one of ${FORMULA_SORTS.join(', ')}`,
  kind: `one of ${FORMULA_KINDS.join(', ')}`,
  page: 'a page number, 1 or more',
  limit: `a whole number from 1 to ${MAX_FORMULA_LIMIT}`,
}

/**
 * The filter from query parameters; unknown parameters are ignored, bad values are an error.
 * @example parseFormulaQuery({ minDocs: '3' }) // { ok: true, query: { q: '', statement: '', language: '', minDocs: 3, sort: 'used', kind: 'formula', page: 1, limit: 100 } }
 */
export function parseFormulaQuery(params: Params): { ok: true; query: FormulaQuery } | InvalidParam {
  const parsed = parseParams(schema, params, HINTS)
  return parsed.ok ? { ok: true, query: { ...DEFAULT_FORMULA_QUERY, ...parsed.data } } : parsed
}

/** The query string for a filter, without the defaults ('' when all are default). */
export function formulaQueryString(query: Partial<FormulaQuery>): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.statement) params.set('statement', query.statement)
  if (query.language) params.set('language', query.language)
  if (query.minDocs && query.minDocs !== DEFAULT_FORMULA_QUERY.minDocs) params.set('minDocs', String(query.minDocs))
  if (query.sort && query.sort !== DEFAULT_FORMULA_QUERY.sort) params.set('sort', query.sort)
  if (query.kind && query.kind !== DEFAULT_FORMULA_QUERY.kind) params.set('kind', query.kind)
  if (query.page && query.page !== 1) params.set('page', String(query.page))
  if (query.limit && query.limit !== DEFAULT_FORMULA_QUERY.limit) params.set('limit', String(query.limit))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** A formula page's concordance page as it travels in URLs (/formulas/<id>?page=2, /api/formulas/<id>?page=2&limit=500). */
export interface ConcordanceQuery {
  page: number
  /** occurrences a page (the API's; the page shows CONCORDANCE_PAGE) */
  limit: number
}

/** Occurrences on a page of a formula's concordance, unless the API is asked for another number. */
export const CONCORDANCE_PAGE = 200
export const MAX_CONCORDANCE_LIMIT = 1000

const concordanceSchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_CONCORDANCE_LIMIT).optional(),
})

const CONCORDANCE_HINTS: Record<string, string> = {
  page: 'a page number, 1 or more',
  limit: `a whole number from 1 to ${MAX_CONCORDANCE_LIMIT}`,
}

/**
 * The concordance page from query parameters; unknown parameters are ignored, bad values are an error.
 * @example parseConcordanceQuery({ page: '2' }) // { ok: true, query: { page: 2, limit: 200 } }
 */
export function parseConcordanceQuery(
  params: Params,
  defaultLimit = CONCORDANCE_PAGE,
): { ok: true; query: ConcordanceQuery } | InvalidParam {
  const parsed = parseParams(concordanceSchema, params, CONCORDANCE_HINTS)
  return parsed.ok ? { ok: true, query: { page: parsed.data.page ?? 1, limit: parsed.data.limit ?? defaultLimit } } : parsed
}

/** The query string of a formula page's concordance page ('' for the first). */
export const concordanceQueryString = (page: number): string => (page > 1 ? `?page=${page}` : '')
