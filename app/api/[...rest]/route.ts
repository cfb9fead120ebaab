import { jsonError } from '../_lib/respond'

/**
 * Any other address under /api: a one-line JSON 404 naming the API's routes,
 * as every other API error is JSON (it had been the site's HTML page).
 */
function notFound(request: Request): Response {
  const { pathname } = new URL(request.url)
  return jsonError(
    404,
    `No API route ${pathname}: the routes are /api/statements, /api/compare, /api/collate, /api/formulas, /api/search and /api/import (see the README).`,
  )
}

export const GET = notFound
export const POST = notFound
export const PUT = notFound
export const PATCH = notFound
export const DELETE = notFound
