/**
 * The statement list's selection as it travels in URLs (?q=联合声明&kind=speech&year=2019&page=2),
 * in the JSON API and on the command line, so that a link reproduces the view.
 * On the home page `a` and `b` also carry the two statements picked for a
 * comparison from one page of the list to the next.
 */
import { z } from 'zod'
import { parseParams, type InvalidParam, type Params } from './params'
import { findPartyByAnyName } from '@/lib/parties/gazetteer'

import { STATEMENT_KINDS } from '@/lib/vocab/statement-kinds'
export { STATEMENT_KINDS }
export const STATEMENT_LANGUAGES = ['zh', 'en'] as const

export interface StatementListQuery {
  /** text the title (or slug) contains ('' for any) */
  q: string
  kind?: (typeof STATEMENT_KINDS)[number]
  /** party code, e.g. kyrgyzstan */
  party?: string
  year?: number
  language?: (typeof STATEMENT_LANGUAGES)[number]
  /** 1-based */
  page: number
  perPage: number
}

/** The home page's view: a selection of the list, the statements picked as A and B, and a notice. */
export interface StatementListView extends StatementListQuery {
  a?: string
  b?: string
  /** the statements ticked to collate, on this page of the list or another (c=slug,slug) */
  c?: string[]
  /** the slug of a statement just deleted (where a deletion from its page lands), to say so */
  deleted?: string
  /** picks of a link that name no statement, taken out of it (the page redirects there), to say so */
  unknown?: string[]
}

export const DEFAULT_PER_PAGE = 50
export const MAX_PER_PAGE = 200
export const DEFAULT_STATEMENT_LIST_QUERY: StatementListQuery = { q: '', page: 1, perPage: DEFAULT_PER_PAGE }

/**
 * A party as a filter takes it: any name the gazetteer knows (China, the
 * United States, 吉尔吉斯斯坦, ROK), read as its code, or a code as the
 * database writes one (kyrgyzstan; a party the gazetteer lacks has a code of
 * its own, and the Party menus offer it); anything else is refused, where
 * party=China had been refused; a code no party has (narnia) is refused by
 * the services (lib/services/party-filter), which can ask the database.
 */
export function partyField() {
  return z
    .string()
    .max(100)
    .transform((value, context) => {
      const party = findPartyByAnyName(value)
      if (party) return party.code
      if (/^[a-z][a-z0-9-]{1,40}$/.test(value)) return value
      context.addIssue({ code: 'custom', message: 'unknown party' })
      return z.NEVER
    })
    .optional()
}

/** The filters the statement list and the clause search share: schema, hints, and their place in a URL. */
export const STATEMENT_FILTER_FIELDS = {
  kind: z.enum(STATEMENT_KINDS).optional(),
  party: partyField(),
  year: z.coerce.number().int().min(1000).max(9999).optional(),
  language: z.enum(STATEMENT_LANGUAGES).optional(),
}

export const STATEMENT_FILTER_HINTS = {
  kind: `one of ${STATEMENT_KINDS.join(', ')}`,
  party: 'a party code or name, such as russia, Kyrgyzstan or 吉尔吉斯斯坦',
  year: 'a year of four digits, such as 2019',
  language: 'zh or en',
}

/** Sets the filters that are given, in their canonical order. */
export function setFilterParams(params: URLSearchParams, filter: Pick<StatementListQuery, 'kind' | 'party' | 'year' | 'language'>): void {
  if (filter.kind) params.set('kind', filter.kind)
  if (filter.party) params.set('party', filter.party)
  if (filter.year) params.set('year', String(filter.year))
  if (filter.language) params.set('language', filter.language)
}

const slug = z.string().regex(/^[a-z0-9-]{1,200}$/)
const schema = z.object({
  q: z.string().max(200).optional(),
  ...STATEMENT_FILTER_FIELDS,
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
  perPage: z.coerce.number().int().min(1).max(MAX_PER_PAGE).optional(),
  a: slug.optional(),
  b: slug.optional(),
  c: z
    .string()
    .regex(/^[a-z0-9-]{1,200}(,[a-z0-9-]{1,200}){0,19}$/)
    .transform((list) => [...new Set(list.split(','))])
    .optional(),
  deleted: slug.optional(),
  // (a, b and up to 20 ticked)
  unknown: z
    .string()
    .regex(/^[a-z0-9-]{1,200}(,[a-z0-9-]{1,200}){0,21}$/)
    .transform((list) => [...new Set(list.split(','))])
    .optional(),
})

/** Every parameter the view reads, in its URL order, with what a bad value should be. */
const HINTS: Record<string, string> = {
  q: 'at most 200 characters',
  ...STATEMENT_FILTER_HINTS,
  page: 'a page number, 1 or more',
  perPage: `a whole number from 1 to ${MAX_PER_PAGE}`,
  a: 'a statement slug such as 2019-06-13-china-kyrgyzstan-joint-statement',
  b: 'a statement slug such as 2019-06-15-china-tajikistan-joint-statement',
  c: 'up to 20 statement slugs separated by commas',
  deleted: 'a statement slug',
  unknown: 'up to 22 statement slugs separated by commas',
}

/**
 * The view from query parameters; unknown parameters are ignored, empty ones
 * mean the default, bad values are an error naming the parameter.
 * @example parseStatementListQuery({ kind: 'speech', page: '2' }) // { ok: true, query: { q: '', kind: 'speech', page: 2, perPage: 50 } }
 */
export function parseStatementListQuery(params: Params): { ok: true; query: StatementListView } | InvalidParam {
  const parsed = parseParams(schema, params, HINTS)
  return parsed.ok ? { ok: true, query: { ...DEFAULT_STATEMENT_LIST_QUERY, ...parsed.data } } : parsed
}

/**
 * The query string for a view, without the defaults ('' when all are default);
 * `a`, `b` and `c` come after the selection, so a picker can append them to any page's link.
 */
export function statementListQueryString(view: Partial<StatementListView>): string {
  const params = new URLSearchParams()
  if (view.q) params.set('q', view.q)
  setFilterParams(params, view)
  if (view.page && view.page !== 1) params.set('page', String(view.page))
  if (view.perPage && view.perPage !== DEFAULT_PER_PAGE) params.set('perPage', String(view.perPage))
  if (view.a) params.set('a', view.a)
  if (view.b) params.set('b', view.b)
  if (view.c?.length) params.set('c', view.c.join(','))
  if (view.deleted) params.set('deleted', view.deleted)
  if (view.unknown?.length) params.set('unknown', view.unknown.join(','))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The selection of the list in a view: without the picks and the notice. */
export function selectionOf(view: StatementListView): StatementListQuery {
  const { a: _a, b: _b, c: _c, deleted: _deleted, unknown: _unknown, ...query } = view
  return query
}

/** Whether the view narrows the list (anything but paging and picks). */
export function isFiltered(query: StatementListQuery): boolean {
  return Boolean(query.q || query.kind || query.party || query.year || query.language)
}

/** The last page for this many results (1 when there are none). */
export function lastPage(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}
