/**
 * How a comparison is shown, beyond how it is computed: which rows (all, the
 * differences only, only rows with a counterpart, only changed pairs, only
 * the aligner's doubts: unsure pairs and clauses left apart),
 * whether formulas are marked, and a row the link is about (?row=12, for link
 * previews: the #r12 fragment never reaches the server). Like the options,
 * these live in the URL, so a link reproduces the view.
 */
import { z } from 'zod'
import { compareOptionsQuery, parseCompareOptions } from './compare-options'
import type { CompareOptions } from '@/lib/compare/types'
import { parseParams, type InvalidParam, type Params } from './params'
import { ROW_FILTERS, type RowFilter } from '@/lib/vocab/row-status'

export interface CompareView {
  /** which rows are shown */
  rows: RowFilter
  /** the row a shared link points at (1-based), or null */
  row: number | null
  /** mark the formulas other statements use too (off by default: the diff is what a comparison is for) */
  formulas: boolean
}

export const DEFAULT_COMPARE_VIEW: CompareView = { rows: 'all', row: null, formulas: false }

const schema = z.object({
  view: z.enum(ROW_FILTERS).optional(),
  row: z.coerce.number().int().min(1).max(1_000_000).optional(),
  formulas: z.enum(['0', '1']).optional(),
})

const HINTS: Record<string, string> = {
  view: '"changes" (differences only), "paired" (rows with a counterpart), "changed" (changed pairs only), "unsure" (unsure pairs and clauses left apart) or "all"',
  row: 'a row number, 1 or more',
  formulas: '1 (mark formulas) or 0',
}

export type CompareQueryResult = { ok: true; options: CompareOptions; view: CompareView } | InvalidParam

/**
 * Options and view from query parameters; unknown parameters are ignored, bad values are an error.
 * @example parseCompareQuery({ view: 'changes', row: '12' }) // { ok: true, options: defaults, view: { rows: 'changes', row: 12, formulas: false } }
 */
export function parseCompareQuery(params: Params): CompareQueryResult {
  const options = parseCompareOptions(params)
  if (!options.ok) return options
  const parsed = parseParams(schema, params, HINTS)
  if (!parsed.ok) return parsed
  return {
    ok: true,
    options: options.options,
    view: { rows: parsed.data.view ?? 'all', row: parsed.data.row ?? null, formulas: parsed.data.formulas === '1' },
  }
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
