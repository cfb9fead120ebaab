/**
 * A statement page's query (?part=2): which part of a long statement to read
 * (see STATEMENT_PART_CLAUSES); the first part has no query.
 */
import { z } from 'zod'
import { parseParams, type InvalidParam, type Params } from './params'

const schema = z.object({ part: z.coerce.number().int().min(1).max(1_000_000).optional() })

const HINTS: Record<string, string> = { part: 'a whole number from 1, the part of a long statement to read' }

/**
 * The part from query parameters; unknown parameters are ignored, a bad part is an error.
 * @example parseStatementPageQuery({ part: '2' }) // { ok: true, part: 2 }
 */
export function parseStatementPageQuery(params: Params): { ok: true; part: number } | InvalidParam {
  const parsed = parseParams(schema, params, HINTS)
  return parsed.ok ? { ok: true, part: parsed.data.part ?? 1 } : parsed
}
