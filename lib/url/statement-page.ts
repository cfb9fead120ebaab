/**
 * A statement page's query: which part of a long statement to read (?part=2,
 * see STATEMENT_PART_CLAUSES; the first part has no query), and whether to
 * underline the formulas other statements use too (?formulas=1; the page
 * reads as text without it).
 */
import { z } from 'zod'
import { parseParams, type InvalidParam, type Params } from './params'

const schema = z.object({ part: z.coerce.number().int().min(1).max(1_000_000).optional(), formulas: z.enum(['0', '1']).optional() })

const HINTS: Record<string, string> = {
  part: 'a whole number from 1, the part of a long statement to read',
  formulas: '1 to underline the formulas, 0 or nothing not to',
}

/**
 * The part and the underlining from query parameters; unknown parameters are ignored, a bad value is an error.
 * @example parseStatementPageQuery({ part: '2' }) // { ok: true, part: 2, formulas: false }
 */
export function parseStatementPageQuery(params: Params): { ok: true; part: number; formulas: boolean } | InvalidParam {
  const parsed = parseParams(schema, params, HINTS)
  return parsed.ok ? { ok: true, part: parsed.data.part ?? 1, formulas: parsed.data.formulas === '1' } : parsed
}
