import { getDb } from '@/lib/services/database'
import { getFormula } from '@/lib/services/formulas'
import { formulaDetailJson } from '@/lib/views/formulas'
import { handle, json, jsonError } from '../../_lib/respond'

/** GET /api/formulas/:id: a formula, its wordings and its concordance, as `cli formula <id> --json` prints them. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await params
    const formula = await getFormula(getDb(), id)
    if (!formula) return jsonError(404, `No formula with the id "${id}"; GET /api/formulas lists them.`)
    return json(formulaDetailJson(formula))
  })
}
