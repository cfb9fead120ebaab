import { compareStatements } from '@/lib/compare/compare-statements'
import { parseCompareOptions } from '@/lib/compare/options'
import { compareToJson } from '@/lib/compare/to-json'
import { getDb } from '@/lib/db/client'
import { getCompareStatement } from '@/lib/db/statements'
import { handle, json, jsonError } from '../../../_lib/respond'

/**
 * GET /api/compare/:a/:b?threshold=&granularity=&mask=: the aligned, diffed
 * comparison as JSON (see lib/compare/to-json.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ a: string; b: string }> }): Promise<Response> {
  return handle(async () => {
    const { a, b } = await params
    const parsed = parseCompareOptions(Object.fromEntries(new URL(request.url).searchParams))
    if (!parsed.ok) return jsonError(400, parsed.error)
    const db = getDb()
    const [sa, sb] = await Promise.all([getCompareStatement(db, a), getCompareStatement(db, b)])
    if (!sa || !sb) return jsonError(404, `No statement with the slug "${!sa ? a : b}".`)
    return json(compareToJson(compareStatements(sa, sb, parsed.options)))
  })
}
