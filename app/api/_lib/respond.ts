import 'server-only'
import { HTTP_STATUS, ServiceError } from '@/lib/services/errors'

/** JSON responses for the API: data, or `{ error }` with a status and one clear sentence. */
export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { 'cache-control': 'no-store' } })
}

export function jsonError(status: number, error: string): Response {
  return json({ error }, status)
}

/**
 * Runs a handler: a use case's ServiceError becomes its status with its one
 * sentence; an unexpected failure becomes a 500 without internals (logged on the server).
 */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ServiceError) return jsonError(HTTP_STATUS[error.code], error.message)
    console.error(error)
    return jsonError(500, 'Internal error: the request could not be completed.')
  }
}
