/**
 * The corpus map's selection as it travels in URLs (?kind=speech&party=russia),
 * so that a link reproduces the map.
 */
import { z } from 'zod'
import { STATEMENT_KINDS } from '@/lib/vocab/statement-kinds'
import { parseParams, type InvalidParam, type Params } from './params'
import { partyField } from './statement-list'

export interface MapQuery {
  kind?: string
  party?: string
}

const schema = z.object({
  kind: z.enum(STATEMENT_KINDS).optional(),
  party: partyField(),
})

const HINTS: Record<string, string> = {
  kind: `one of ${STATEMENT_KINDS.join(', ')}`,
  party: 'a party code or name, such as russia, Kyrgyzstan or 吉尔吉斯斯坦',
}

/**
 * The selection from query parameters; unknown parameters are ignored, bad values are an error.
 * @example parseMapQuery({ kind: 'speech' }) // { ok: true, filter: { kind: 'speech' } }
 */
export function parseMapQuery(params: Params): { ok: true; filter: MapQuery } | InvalidParam {
  const parsed = parseParams(schema, params, HINTS)
  return parsed.ok ? { ok: true, filter: parsed.data } : parsed
}

/** The query string for a selection ('' for all statements). */
export function mapQueryString(filter: MapQuery): string {
  const params = new URLSearchParams()
  if (filter.kind) params.set('kind', filter.kind)
  if (filter.party) params.set('party', filter.party)
  const text = params.toString()
  return text ? `?${text}` : ''
}
