import { getDb } from '@/lib/services/database'
import { getStatementPart, updateStatement } from '@/lib/services/statements'
import { parseStatementPageQuery } from '@/lib/url/statement-page'
import { STATEMENT_PART_CLAUSES } from '@/lib/vocab/links'
import { statementJson } from '@/lib/views/statements'
import { parseStatementEdit } from '@/lib/ingest/statement-edit'
import { parseJson } from '../../_lib/body'
import { readWriteRequest } from '../../_lib/write-request'
import { handle, json, jsonError } from '../../_lib/respond'
import { noSuchStatement } from '@/lib/services/errors'

/**
 * GET /api/statements/:slug: one statement with its metadata, sections and
 * clauses. A statement longer than STATEMENT_PART_CLAUSES comes in parts, as
 * its page does (`?part=2`), with `part`, `parts`, `clausesPerPart` and the
 * address of the `next` part.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await params
    const query = parseStatementPageQuery(Object.fromEntries(new URL(request.url).searchParams))
    if (!query.ok) return jsonError(400, query.error)
    const loaded = await getStatementPart(getDb(), slug, query.part)
    if (!loaded.ok) return jsonError(404, loaded.message)
    const { statement, part, parts } = loaded
    if (parts === 1) return json(statementJson(statement))
    const next = part < parts ? `/api/statements/${encodeURIComponent(slug)}?part=${part + 1}` : null
    return json({ ...statementJson(statement), part, parts, clausesPerPart: STATEMENT_PART_CLAUSES, next })
  })
}

/**
 * POST /api/statements/:slug: changes the statement's metadata (JSON, or a
 * form from its page, which is sent back to the page). Fields: title,
 * subtitle, kind, date, place, speaker, parties; the slug stays.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await params
    const write = await readWriteRequest(request)
    if (!write.ok) return write.response
    const { form, bytes } = write
    let input: unknown
    if (form) input = Object.fromEntries([...form.entries()].filter(([key]) => EDITABLE.includes(key)))
    else input = parseJson(bytes)
    if (typeof input !== 'object' || input === null) return jsonError(400, 'Send the fields to change as JSON, or as a form.')
    const parsed = parseStatementEdit(input)
    if (!parsed.ok) return jsonError(422, parsed.error)
    const { skip: _skip, ...edit } = parsed.edit
    if (!(await updateStatement(getDb(), slug, edit))) throw noSuchStatement([slug])
    if (form) return new Response(null, { status: 303, headers: { location: `/statements/${slug}?edited=1` } })
    return json({ updated: slug })
  })
}

const EDITABLE = ['title', 'subtitle', 'kind', 'date', 'place', 'speaker', 'parties']
