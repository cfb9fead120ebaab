import { getDb } from '@/lib/services/database'
import { formulaFilter, getFormulaBuild, listFormulas } from '@/lib/services/formulas'
import { formulaJson } from '@/lib/views/formulas'
import { parseFormulaQuery } from '@/lib/url/formulas'
import { handle, json, jsonError } from '../_lib/respond'

/**
 * GET /api/formulas?q=&statement=&language=&minDocs=&sort=&kind=&page=&limit=: formulas,
 * most widely used first (or by first use, or by growth: sort), as `cli formulas --json` prints them, one page at a time.
 */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const parsed = parseFormulaQuery(Object.fromEntries(new URL(request.url).searchParams))
    if (!parsed.ok) return jsonError(400, parsed.error)
    const { sort, kind, page, limit } = parsed.query
    const db = getDb()
    const [build, { total, formulas }] = await Promise.all([getFormulaBuild(db), listFormulas(db, formulaFilter(parsed.query))])
    return json({
      total,
      page,
      limit,
      sort,
      kind,
      build: build
        ? {
            statements: build.statementCount,
            formulas: build.formulaCount,
            builtAt: build.builtAt.toISOString(),
            foldedIn: build.foldedIn,
            shards: build.shards,
          }
        : null,
      formulas: formulas.map(formulaJson),
    })
  })
}
