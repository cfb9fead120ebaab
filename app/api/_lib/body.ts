import 'server-only'
import { refusal } from '@/lib/limits'

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; status: 413; error: string }

/**
 * A request body read with a limit, on the stream: a declared length over it
 * is refused before any byte is read, and a body without one is counted as it
 * arrives and cut off at the limit, so no body takes more memory than the
 * limit whatever its sender claims. `message` is the refusal's line.
 */
export async function readLimitedBody(
  request: Request,
  maxBytes: number,
  message: (max: number, size: number) => string = (max) => refusal.body(max),
): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined)
    return { ok: false, status: 413, error: message(maxBytes, declared) }
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, status: 413, error: message(maxBytes, size) }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, bytes }
}

/** The bytes of a body as a form (urlencoded or multipart, per the request's content type), or null when they are not one. */
export async function parseForm(request: Request, bytes: Uint8Array): Promise<FormData | null> {
  try {
    return await new Response(bytes as BlobPart, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData()
  } catch {
    return null
  }
}

/** The bytes of a body as JSON, or undefined when they are not. */
export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return undefined
  }
}

export const isForm = (request: Request) => (request.headers.get('content-type') ?? '').includes('form')
