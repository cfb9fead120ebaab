import { collateToCsv, collateToTei } from '@/lib/collate/export'
import { parseCollateQuery } from '@/lib/url/collate'
import { collateToJson } from '@/lib/views/collate'
import { collate } from '@/lib/services/collate'
import { getDb } from '@/lib/services/database'
import { handle, json, jsonError } from '../_lib/respond'
import { filterFamilies } from '@/lib/collate/filter-families'

const FORMATS = ['json', 'csv', 'tei'] as const
type Format = (typeof FORMATS)[number]

/**
 * GET /api/collate?s=a,b,c&threshold=&granularity=&mask=&show=&variant=&q=&format=json|csv|tei&download=1:
 * the collation of 3 to 20 statements as JSON (see lib/views/collate.ts), CSV
 * or TEI parallel segmentation (see lib/collate/export.ts); `download=1`
 * (always for CSV) asks the browser to save it as a file. The page's filters
 * (show, variant, q) keep the families the page shows, so an export is the view.
 */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const url = new URL(request.url)
    const parsed = parseCollateQuery(Object.fromEntries(url.searchParams))
    if (!parsed.ok) return jsonError(400, parsed.error)
    const format = (url.searchParams.get('format') ?? 'json') as Format
    if (!FORMATS.includes(format)) return jsonError(400, 'Invalid format: use "json", "csv" or "tei".')
    const { statements, result: whole } = await collate(getDb(), parsed.slugs, parsed.options)
    // the families the view shows, numbered as in the whole collation (without show, variant or q: all of them)
    const result = { ...whole, families: filterFamilies(whole, parsed.view).map((s) => s.family) }
    const dates = statements.map((s) => s.date)
    const name = `collation-${statements.length}-${parsed.slugs[0]}`
    const attachment = (extension: string) => ({ 'content-disposition': `attachment; filename="${name}.${extension}"` })
    const download = url.searchParams.has('download')
    if (format === 'csv')
      return new Response(collateToCsv(result), { headers: { 'content-type': 'text/csv; charset=utf-8', ...attachment('csv') } })
    if (format === 'tei')
      return new Response(collateToTei(result, dates), {
        headers: { 'content-type': 'application/tei+xml; charset=utf-8', ...(download ? attachment('xml') : {}) },
      })
    const response = json(collateToJson(result, dates))
    if (download) response.headers.set('content-disposition', attachment('json')['content-disposition'])
    return response
  })
}
