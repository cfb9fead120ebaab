import { getDb } from '@/lib/services/database'
import { searchClauses } from '@/lib/services/search'
import { searchJson } from '@/lib/views/search'
import { parseSearchQuery, searchTermProblem } from '@/lib/url/search'
import { handle, json, jsonError } from '../_lib/respond'

/**
 * GET /api/search?q=&party=&kind=&year=&language=&page=&perPage=: the clauses
 * that contain q, grouped by statement, a page of statements at a time, with
 * the counts over all of them; as `cli search --json` prints them.
 */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const parsed = parseSearchQuery(Object.fromEntries(new URL(request.url).searchParams))
    if (!parsed.ok) return jsonError(400, parsed.error)
    const problem = searchTermProblem(parsed.query.q)
    if (problem) return jsonError(400, problem)
    return json(searchJson(await searchClauses(getDb(), parsed.query)))
  })
}
