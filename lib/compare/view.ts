/**
 * How a comparison is shown, beyond how it is computed: all rows or the
 * differences only, and a row the link is about (?row=12, for link previews:
 * the #r12 fragment never reaches the server). Like the options, these live
 * in the URL, so a link reproduces the view.
 */
import { z } from 'zod'
import { compareOptionsQuery, parseCompareOptions } from './options'
import type { CompareOptions, CompareRow } from './types'

export interface CompareView {
  /** fold the identical rows away */
  changesOnly: boolean
  /** the row a shared link points at (1-based), or null */
  row: number | null
}

export const DEFAULT_COMPARE_VIEW: CompareView = { changesOnly: false, row: null }

/** What a row shows a reader: the same text, changed text, a clause only one side has, or a clause that moved. */
export type RowStatus = 'identical' | 'changed' | 'a-only' | 'b-only' | 'moved'

export const ROW_STATUSES: readonly RowStatus[] = ['identical', 'changed', 'a-only', 'b-only', 'moved']

/**
 * A row's status: moved first (a moved clause is the news, whatever its
 * wording), then a side with no clause, then equal or not.
 */
export function rowStatus(row: Pick<CompareRow, 'moved' | 'a' | 'b' | 'ops'>): RowStatus {
  if (row.moved) return 'moved'
  if (row.b.length === 0) return 'a-only'
  if (row.a.length === 0) return 'b-only'
  return row.ops.every((op) => op.op === 'equal') ? 'identical' : 'changed'
}

/** How many rows have each status: the statuses partition the rows. */
export function statusCounts(rows: readonly Pick<CompareRow, 'moved' | 'a' | 'b' | 'ops'>[]): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { identical: 0, changed: 0, 'a-only': 0, 'b-only': 0, moved: 0 }
  for (const row of rows) counts[rowStatus(row)]++
  return counts
}

const schema = z.object({
  view: z.enum(['all', 'changes']).optional(),
  row: z.coerce.number().int().min(1).max(1_000_000).optional(),
})

type Params = Record<string, string | string[] | undefined>

export type CompareQueryResult = { ok: true; options: CompareOptions; view: CompareView } | { ok: false; error: string }

/**
 * Options and view from query parameters; unknown parameters are ignored, bad values are an error.
 * @example parseCompareQuery({ view: 'changes', row: '12' }) // { ok: true, options: defaults, view: { changesOnly: true, row: 12 } }
 */
export function parseCompareQuery(params: Params): CompareQueryResult {
  const options = parseCompareOptions(params)
  if (!options.ok) return options
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined
  const parsed = schema.safeParse({ view: first(params.view), row: first(params.row) })
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'parameter')
    return { ok: false, error: field === 'view' ? 'Invalid view: use "changes" (differences only) or "all".' : 'Invalid row: use a row number, 1 or more.' }
  }
  return { ok: true, options: options.options, view: { changesOnly: parsed.data.view === 'changes', row: parsed.data.row ?? null } }
}

/** The shortest query string for options and view ('' when all are default). */
export function compareQuery(options: CompareOptions, view: CompareView = DEFAULT_COMPARE_VIEW): string {
  const params = new URLSearchParams(compareOptionsQuery(options))
  if (view.changesOnly) params.set('view', 'changes')
  if (view.row !== null) params.set('row', String(view.row))
  const query = params.toString()
  return query ? `?${query}` : ''
}
