import { getDb } from '@/lib/db/client'
import { getStatement } from '@/lib/db/statements'
import { handle, json, jsonError } from '../../_lib/respond'

/** GET /api/statements/:slug: one statement with its metadata, sections and clauses. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await params
    const statement = await getStatement(getDb(), slug)
    if (!statement) return jsonError(404, `No statement with the slug "${slug}".`)
    const { id: _id, ...rest } = statement
    return json({ ...rest, parties: statement.parties.map((p) => p.nameEn) , partyCodes: statement.parties.map((p) => p.code) })
  })
}
