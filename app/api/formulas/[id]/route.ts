import { getDb } from '@/lib/services/database'
import { getFormula } from '@/lib/services/formulas'
import { formulaDetailJson } from '@/lib/views/formulas'
import { parseConcordanceQuery } from '@/lib/url/formulas'
import { handle, json, jsonError } from '../../_lib/respond'

/**
 * GET /api/formulas/:id?page=&limit=: a formula, its wordings and a page of its
 * concordance (200 occurrences unless `limit` says up to 1,000); `cli formula <id> --json` prints the same with the whole concordance.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await params
    const parsed = parseConcordanceQuery(Object.fromEntries(new URL(request.url).searchParams))
    if (!parsed.ok) return jsonError(400, parsed.error)
    const { page, limit } = parsed.query
    const formula = await getFormula(getDb(), id, { page, perPage: limit })
    if (!formula) return jsonError(404, `No formula with the id "${id}"; GET /api/formulas lists them.`)
    if (formula.occurrences.length === 0 && page > 1)
      return jsonError(404, `The concordance of this formula has ${formula.concordance.total} occurrences: page ${page} is past its last.`)
    return json(formulaDetailJson(formula))
  })
}
