/**
 * A clause search as it travels in URLs (/search?q=一带一路&party=russia&year=2019&page=2),
 * in the JSON API and on the command line, so that a link reproduces the results.
 */
import { z } from 'zod'
import { setFilterParams, STATEMENT_FILTER_FIELDS, STATEMENT_FILTER_HINTS, type StatementListQuery } from './statement-list'
import { parseParams, type InvalidParam, type Params } from './params'

export interface SearchQuery {
  /** the text to find, as typed ('' before a search) */
  q: string
  kind?: StatementListQuery['kind']
  /** party code, e.g. kyrgyzstan */
  party?: string
  year?: number
  language?: StatementListQuery['language']
  /** 1-based; a page is a number of statements */
  page: number
  /** statements per page */
  perPage: number
}

/** Shortest term searched: one Chinese character finds too much to be useful; two (主权, 台湾) do not. */
export const MIN_SEARCH_CHARS = 2
export const MAX_SEARCH_CHARS = 100
export const DEFAULT_SEARCH_PER_PAGE = 20
export const MAX_SEARCH_PER_PAGE = 100
/** Clauses shown under each statement; the rest are counted and linked. */
export const HITS_PER_STATEMENT = 5

const schema = z.object({
  q: z.string().max(MAX_SEARCH_CHARS).optional(),
  ...STATEMENT_FILTER_FIELDS,
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  perPage: z.coerce.number().int().min(1).max(MAX_SEARCH_PER_PAGE).optional(),
})

/** Every parameter a search reads, in its URL order, with what a bad value should be. */
const HINTS: Record<string, string> = {
  q: `at most ${MAX_SEARCH_CHARS} characters`,
  ...STATEMENT_FILTER_HINTS,
  page: 'a page number, 1 or more',
  perPage: `a whole number from 1 to ${MAX_SEARCH_PER_PAGE}`,
}

/**
 * The search from query parameters; unknown parameters are ignored, empty ones
 * mean "any", bad values are an error naming the parameter. Spacing inside the
 * text is collapsed: the text is found as one phrase.
 * @example parseSearchQuery({ q: ' 和平 统一 ', year: '2019' }) // { ok: true, query: { q: '和平 统一', year: 2019, page: 1, perPage: 20 } }
 */
export function parseSearchQuery(params: Params): { ok: true; query: SearchQuery } | InvalidParam {
  const parsed = parseParams(schema, params, HINTS, (values) => ({ ...values, q: values.q?.replace(/\s+/g, ' ') }))
  return parsed.ok ? { ok: true, query: { q: '', page: 1, perPage: DEFAULT_SEARCH_PER_PAGE, ...parsed.data } } : parsed
}

/** Why the text cannot be searched, or null when it can. */
export function searchTermProblem(q: string): string | null {
  if ([...q].length < MIN_SEARCH_CHARS) return `Type at least ${MIN_SEARCH_CHARS} characters to search.`
  return null
}

/** The query string for a search, without the defaults. */
export function searchQueryString(query: Partial<SearchQuery>): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  setFilterParams(params, query)
  if (query.page && query.page !== 1) params.set('page', String(query.page))
  if (query.perPage && query.perPage !== DEFAULT_SEARCH_PER_PAGE) params.set('perPage', String(query.perPage))
  const text = params.toString()
  return text ? `?${text}` : ''
}
