import { compareToCsv, compareToMarkdown } from '@/lib/compare/export'
import { compareToJson } from '@/lib/views/compare'
import { compareQuery, parseCompareQuery } from '@/lib/url/compare'
import { getDb } from '@/lib/services/database'
import { comparePair } from '@/lib/services/compare-pair'
import { handle, json, jsonError } from '../../../_lib/respond'
import { compareHref } from '@/lib/vocab/links'
import { requestOrigin } from '@/app/_lib/request-origin'

const FORMATS = ['json', 'csv', 'md'] as const
type Format = (typeof FORMATS)[number]

/**
 * GET /api/compare/:a/:b?threshold=&granularity=&mask=&view=&format=json|csv|md&download=1:
 * the aligned, diffed comparison as JSON (see lib/views/compare.ts), CSV or
 * Markdown (see lib/compare/export.ts); `download=1` (always for CSV) asks the
 * browser to save it as a file. `view` (as on the page: changes, paired,
 * changed, unsure) keeps the rows that view shows, as the page's export links
 * from a filtered view ask; the counts stay the whole comparison's.
 */
export async function GET(request: Request, { params }: { params: Promise<{ a: string; b: string }> }): Promise<Response> {
  return handle(async () => {
    const { a, b } = await params
    const url = new URL(request.url)
    const parsed = parseCompareQuery(Object.fromEntries(url.searchParams))
    if (!parsed.ok) return jsonError(400, parsed.error)
    const filter = parsed.view.rows
    const format = (url.searchParams.get('format') ?? 'json') as Format
    if (!FORMATS.includes(format)) return jsonError(400, 'Invalid format: use "json", "csv" or "md".')
    const { result } = await comparePair(getDb(), a, b, parsed.options)
    const name = `${a}--${b}`
    const attachment = (extension: string) => ({ 'content-disposition': `attachment; filename="${name}.${extension}"` })
    if (format === 'csv')
      return new Response(compareToCsv(result, filter), { headers: { 'content-type': 'text/csv; charset=utf-8', ...attachment('csv') } })
    if (format === 'md') {
      // the address the reader used (as a link preview's), not the one the server listens on
      const view = `${(await requestOrigin()).origin}${compareHref(a, b, compareQuery(parsed.options, { ...parsed.view, row: null }))}`
      return new Response(compareToMarkdown(result, view, filter), {
        headers: { 'content-type': 'text/markdown; charset=utf-8', ...(url.searchParams.has('download') ? attachment('md') : {}) },
      })
    }
    const response = json(compareToJson(result, filter))
    if (url.searchParams.has('download')) response.headers.set('content-disposition', attachment('json')['content-disposition'])
    return response
  })
}
