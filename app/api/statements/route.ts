import { parseStatementListQuery, selectionOf } from '@/lib/url/statement-list'
import { getDb } from '@/lib/services/database'
import { listStatements } from '@/lib/services/statements'
import { listJson } from '@/lib/views/statements'
import { handle, json, jsonError } from '../_lib/respond'

/**
 * GET /api/statements?page=&perPage=&q=&kind=&party=&year=&language=: one page
 * of the statements (50 by default, at most 200), oldest first, each as
 * `cli list --json` prints it, with how many match in all. A page past the
 * last has no items, so a client can page until `items` is empty.
 */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const parsed = parseStatementListQuery(Object.fromEntries(new URL(request.url).searchParams))
    if (!parsed.ok) return jsonError(400, parsed.error)
    const { items, total, page, perPage } = await listStatements(getDb(), selectionOf(parsed.query))
    return json({ items: listJson(items), total, page, perPage })
  })
}
