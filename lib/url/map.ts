/**
 * The corpus map's selection as it travels in URLs (?kind=speech&party=russia),
 * so that a link reproduces the map.
 */
import { z } from 'zod'
import { STATEMENT_KINDS } from '@/lib/ingest/types'

export interface MapQuery {
  kind?: string
  party?: string
}

const schema = z.object({
  kind: z.enum(STATEMENT_KINDS).optional(),
  party: z.string().regex(/^[a-z][a-z-]{1,40}$/).optional(),
})

type Params = Record<string, string | string[] | undefined>

/**
 * The selection from query parameters; unknown parameters are ignored, bad values are an error.
 * @example parseMapQuery({ kind: 'speech' }) // { ok: true, filter: { kind: 'speech' } }
 */
export function parseMapQuery(params: Params): { ok: true; filter: MapQuery } | { ok: false; error: string } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined
  const parsed = schema.safeParse({ kind: first(params.kind), party: first(params.party) })
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'parameter')
    return { ok: false, error: field === 'kind' ? `Invalid kind: use one of ${STATEMENT_KINDS.join(', ')}.` : 'Invalid party: use a party code such as russia or kyrgyzstan.' }
  }
  return { ok: true, filter: Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) }
}

/** The query string for a selection ('' for all statements). */
export function mapQueryString(filter: MapQuery): string {
  const params = new URLSearchParams()
  if (filter.kind) params.set('kind', filter.kind)
  if (filter.party) params.set('party', filter.party)
  const text = params.toString()
  return text ? `?${text}` : ''
}
