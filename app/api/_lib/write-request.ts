/**
 * A metadata write's request, read in the order that keeps it safe: who is
 * writing (from the headers alone, so an anonymous body is never read), then
 * the body within its limit, then the CSRF check a signed-in browser's form
 * must pass. Used by the statement edit and delete routes.
 */
import { authenticateWrite, authorizeWrite, CSRF_FIELD } from '@/app/_lib/auth'
import { getEnv } from '@/lib/env'
import { isForm, parseForm, readLimitedBody } from './body'
import { jsonError } from './respond'

export type WriteRequest = { ok: true; bytes: Uint8Array; form: FormData | null } | { ok: false; response: Response }

export async function readWriteRequest(request: Request): Promise<WriteRequest> {
  const auth = await authenticateWrite(request)
  if (!auth.ok) return { ok: false, response: jsonError(auth.status, auth.error) }
  const body = await readLimitedBody(request, getEnv().limits.maxBodyBytes)
  if (!body.ok) return { ok: false, response: jsonError(body.status, body.error) }
  const form = isForm(request) ? await parseForm(request, body.bytes) : null
  const check = await authorizeWrite(request, form ? String(form.get(CSRF_FIELD) ?? '') : null, auth.session)
  if (!check.ok) return { ok: false, response: jsonError(check.status, check.error) }
  return { ok: true, bytes: body.bytes, form }
}
