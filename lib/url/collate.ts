/**
 * A collation as it travels in URLs: /collate?s=a,b,c with the comparison
 * options (threshold, granularity, mask) and the view: which families are
 * shown (`show`: all, in all statements, in some, in only one; `variant`:
 * only families whose wording differs), a text the families must contain
 * (`q`, to ask "which partners got 和平统一?"), the statement shown on a phone
 * (`focus`, 1-based) and a family a shared link is about (`family`, for
 * previews: the #f12 fragment never reaches the server). Defaults are left
 * out, so a link is as short as its view allows.
 */
import { z } from 'zod'
import { DEFAULT_COLLATE_OPTIONS, MAX_COLLATED } from '@/lib/collate/collate-statements'
import type { CollateOptions } from '@/lib/collate/types'
import { compareOptionsQuery, parseCompareOptions } from './compare-options'
import { invalidParam, parseParams, type InvalidParam, type Params } from './params'

export const PRESENCE_FILTERS = ['any', 'all', 'some', 'one'] as const
export type PresenceFilter = (typeof PRESENCE_FILTERS)[number]

export interface CollateView {
  show: PresenceFilter
  /** only families with more than one wording */
  differing: boolean
  /** families some cell of which contains this text (compared as typed, case folded), or '' */
  q: string
  /** the statement a phone shows (0-based) */
  focus: number
  /** the family a shared link is about (1-based), or null */
  family: number | null
}

export const DEFAULT_COLLATE_VIEW: CollateView = { show: 'any', differing: false, q: '', focus: 0, family: null }

const MAX_SLUG = 200
/** The longest text a collation's families can be filtered by. */
export const MAX_COLLATE_Q = 100

const schema = z.object({
  show: z.enum(PRESENCE_FILTERS).optional(),
  variant: z.enum(['differs', 'any']).optional(),
  q: z.string().max(MAX_COLLATE_Q).optional(),
  focus: z.coerce.number().int().min(1).max(MAX_COLLATED).optional(),
  family: z.coerce.number().int().min(1).max(1_000_000).optional(),
})

const HINTS: Record<string, string> = {
  show: '"all" (in every statement), "some", "one" (in only one) or "any"',
  variant: '"differs" (only families worded differently) or "any"',
  q: `a text of at most ${MAX_COLLATE_Q} characters`,
  focus: `a statement's number, 1 to ${MAX_COLLATED}`,
  family: 'a family number, 1 or more',
}

export type CollateQueryResult = { ok: true; slugs: string[]; options: CollateOptions; view: CollateView } | InvalidParam

/**
 * Statements, options and view from query parameters; unknown parameters are
 * ignored, bad values are an error. The number of statements (3 to 20) is the
 * service's to check, so that the page can say it in its own words.
 * @example parseCollateQuery({ s: 'a,b,c', show: 'one' }) // { ok: true, slugs: ['a','b','c'], view: { show: 'one', … }, … }
 */
export function parseCollateQuery(params: Params): CollateQueryResult {
  const raw = params.s
  const list = (Array.isArray(raw) ? raw.join(',') : (raw ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (list.length > MAX_COLLATED * 2) return invalidParam('s', `up to ${MAX_COLLATED} statement slugs separated by commas`)
  // a slug that is too long or has other characters is said as such, not as too many slugs (a review)
  if (list.some((slug) => slug.length > MAX_SLUG || !/^[\p{L}\p{N}._~-]+$/u.test(slug)))
    return invalidParam('s', `statement slugs of at most ${MAX_SLUG} letters, digits, dots, hyphens or underscores, separated by commas`)
  const options = parseCompareOptions(params)
  if (!options.ok) return options
  // a column number is said against the statements given, where there are some (a review: focus=0 of three said "1 to 20")
  const parsed = parseParams(
    schema,
    params,
    list.length ? { ...HINTS, focus: `a statement's number, 1 to ${Math.min(list.length, MAX_COLLATED)}` } : HINTS,
  )
  if (!parsed.ok) return parsed
  const { show, variant, q, focus, family } = parsed.data
  // a column the collation does not have (walkthrough: focus=9 of three showed the third, silently)
  if (focus && list.length > 0 && focus > list.length) return invalidParam('focus', `a statement's number, 1 to ${list.length}`)
  return {
    ok: true,
    slugs: list,
    options: { ...DEFAULT_COLLATE_OPTIONS, ...options.options },
    view: { show: show ?? 'any', differing: variant === 'differs', q: q ?? '', focus: focus ? focus - 1 : 0, family: family ?? null },
  }
}

/** The query parameters after `s` for options and view ('' or '&…'), defaults left out. */
export function collateRest(options: CollateOptions, view: Partial<CollateView> = {}): string {
  const params = new URLSearchParams(compareOptionsQuery(options))
  const v = { ...DEFAULT_COLLATE_VIEW, ...view }
  if (v.show !== 'any') params.set('show', v.show)
  if (v.differing) params.set('variant', 'differs')
  if (v.q) params.set('q', v.q)
  if (v.focus) params.set('focus', String(v.focus + 1))
  if (v.family !== null) params.set('family', String(v.family))
  const query = params.toString()
  return query ? `&${query}` : ''
}
