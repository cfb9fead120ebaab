/**
 * How a comparison is shown, beyond how it is computed: which rows (all, the
 * differences only, only rows with a counterpart, only changed pairs),
 * whether formulas are marked, and a row the link is about (?row=12, for link
 * previews: the #r12 fragment never reaches the server). Like the options,
 * these live in the URL, so a link reproduces the view.
 */
import { z } from 'zod'
import { compareOptionsQuery, parseCompareOptions } from './compare-options'
import type { CompareOptions, CompareRow } from '@/lib/compare/types'

/**
 * Which rows a view shows; the others are folded away:
 * - `all`: every row;
 * - `changes`: all but the identical ones (differences only);
 * - `paired`: all but the clauses with no counterpart;
 * - `changed`: only pairs whose wording differs.
 */
export type RowFilter = 'all' | 'changes' | 'paired' | 'changed'

export const ROW_FILTERS: readonly RowFilter[] = ['all', 'changes', 'paired', 'changed']

export interface CompareView {
  /** which rows are shown */
  rows: RowFilter
  /** the row a shared link points at (1-based), or null */
  row: number | null
  /** mark the formulas other statements use too (off by default: the diff is what a comparison is for) */
  formulas: boolean
}

export const DEFAULT_COMPARE_VIEW: CompareView = { rows: 'all', row: null, formulas: false }

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

/** Whether a view shows a row (a row it does not show is folded away). */
export function rowShown(filter: RowFilter, row: Pick<CompareRow, 'moved' | 'a' | 'b' | 'ops'>): boolean {
  if (filter === 'all') return true
  if (filter === 'changes') return rowStatus(row) !== 'identical'
  const paired = row.a.length > 0 && row.b.length > 0
  if (filter === 'paired') return paired
  return paired && row.ops.some((op) => op.op !== 'equal')
}

const schema = z.object({
  view: z.enum(ROW_FILTERS).optional(),
  row: z.coerce.number().int().min(1).max(1_000_000).optional(),
  formulas: z.enum(['0', '1']).optional(),
})

type Params = Record<string, string | string[] | undefined>

export type CompareQueryResult = { ok: true; options: CompareOptions; view: CompareView } | { ok: false; error: string }

/**
 * Options and view from query parameters; unknown parameters are ignored, bad values are an error.
 * @example parseCompareQuery({ view: 'changes', row: '12' }) // { ok: true, options: defaults, view: { rows: 'changes', row: 12, formulas: false } }
 */
export function parseCompareQuery(params: Params): CompareQueryResult {
  const options = parseCompareOptions(params)
  if (!options.ok) return options
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined
  const parsed = schema.safeParse({ view: first(params.view), row: first(params.row), formulas: first(params.formulas) })
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'parameter')
    const errors: Record<string, string> = {
      view: 'Invalid view: use "changes" (differences only), "paired" (rows with a counterpart), "changed" (changed pairs only) or "all".',
      row: 'Invalid row: use a row number, 1 or more.',
      formulas: 'Invalid formulas: use 1 (mark formulas) or 0.',
    }
    return { ok: false, error: errors[field] ?? `Invalid ${field}.` }
  }
  return { ok: true, options: options.options, view: { rows: parsed.data.view ?? 'all', row: parsed.data.row ?? null, formulas: parsed.data.formulas === '1' } }
}

/** The shortest query string for options and view ('' when all are default). */
export function compareQuery(options: CompareOptions, view: CompareView = DEFAULT_COMPARE_VIEW): string {
  const params = new URLSearchParams(compareOptionsQuery(options))
  if (view.rows !== 'all') params.set('view', view.rows)
  if (view.formulas) params.set('formulas', '1')
  if (view.row !== null) params.set('row', String(view.row))
  const query = params.toString()
  return query ? `?${query}` : ''
}
