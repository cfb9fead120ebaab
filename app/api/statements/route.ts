import { getDb } from '@/lib/db/client'
import { listJson, listStatements } from '@/lib/db/statements'
import { handle, json } from '../_lib/respond'

/** GET /api/statements: every statement, as `cli list --json` prints them. */
export async function GET(): Promise<Response> {
  return handle(async () => json(listJson(await listStatements(getDb()))))
}
