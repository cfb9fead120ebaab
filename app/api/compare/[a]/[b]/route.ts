import { compareStatements } from '@/lib/compare/compare-statements'
import { compareToCsv, compareToMarkdown } from '@/lib/compare/export'
import { languageMismatch } from '@/lib/compare/language'
import { parseCompareOptions } from '@/lib/url/compare-options'
import { compareToJson } from '@/lib/views/compare'
import { compareQuery } from '@/lib/url/compare'
import { getDb } from '@/lib/db/client'
import { getCompareStatement, statementSizes } from '@/lib/db/statements'
import { getEnv } from '@/lib/env'
import { refusal } from '@/lib/limits'
import { handle, json, jsonError } from '../../../_lib/respond'

const FORMATS = ['json', 'csv', 'md'] as const
type Format = (typeof FORMATS)[number]

/**
 * GET /api/compare/:a/:b?threshold=&granularity=&mask=&format=json|csv|md&download=1:
 * the aligned, diffed comparison as JSON (see lib/compare/to-json.ts), CSV or
 * Markdown (see lib/compare/export.ts); `download=1` (always for CSV) asks the
 * browser to save it as a file.
 */
export async function GET(request: Request, { params }: { params: Promise<{ a: string; b: string }> }): Promise<Response> {
  return handle(async () => {
    const { a, b } = await params
    const url = new URL(request.url)
    const parsed = parseCompareOptions(Object.fromEntries(url.searchParams))
    if (!parsed.ok) return jsonError(400, parsed.error)
    const format = (url.searchParams.get('format') ?? 'json') as Format
    if (!FORMATS.includes(format)) return jsonError(400, 'Invalid format: use "json", "csv" or "md".')
    const db = getDb()
    // bounded before a clause is loaded: the export of two huge statements is refused, not computed
    const [sizeA, sizeB] = await statementSizes(db, [a, b])
    if (!sizeA || !sizeB) return jsonError(404, `No statement with the slug "${!sizeA ? a : b}".`)
    const { maxCompareClauses } = getEnv().limits
    if (sizeA.clauseCount + sizeB.clauseCount > maxCompareClauses) return jsonError(422, refusal.compareClauses(sizeA.clauseCount + sizeB.clauseCount, maxCompareClauses))
    const [sa, sb] = await Promise.all([getCompareStatement(db, a), getCompareStatement(db, b)])
    if (!sa || !sb) return jsonError(404, `No statement with the slug "${!sa ? a : b}".`)
    const mismatch = languageMismatch(sa, sb)
    if (mismatch) return jsonError(422, mismatch)
    const result = compareStatements(sa, sb, parsed.options)
    const name = `${a}--${b}`
    const attachment = (extension: string) => ({ 'content-disposition': `attachment; filename="${name}.${extension}"` })
    if (format === 'csv') return new Response(compareToCsv(result), { headers: { 'content-type': 'text/csv; charset=utf-8', ...attachment('csv') } })
    if (format === 'md') {
      const view = `${url.origin}/compare/${a}/${b}${compareQuery(parsed.options)}`
      return new Response(compareToMarkdown(result, view), { headers: { 'content-type': 'text/markdown; charset=utf-8', ...(url.searchParams.has('download') ? attachment('md') : {}) } })
    }
    const response = json(compareToJson(result))
    if (url.searchParams.has('download')) response.headers.set('content-disposition', attachment('json')['content-disposition'])
    return response
  })
}
