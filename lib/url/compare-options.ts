/**
 * Comparison options as they travel in URLs (?threshold=0.3&granularity=char&mask=0),
 * so that a link reproduces the view. Defaults are left out of URLs.
 */
import { z } from 'zod'
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import type { CompareOptions } from '@/lib/compare/types'
import { parseParams, type InvalidParam, type Params } from './params'

const schema = z.object({
  threshold: z.coerce.number().min(0).max(1).optional(),
  granularity: z.enum(['word', 'char']).optional(),
  mask: z.enum(['0', '1', 'on', 'off', 'true', 'false']).optional(),
})

export type OptionsResult = { ok: true; options: CompareOptions } | InvalidParam

const HINTS: Record<string, string> = {
  threshold: 'a number between 0 and 1',
  granularity: '"word" or "char"',
  mask: '"1" (on) or "0" (off)',
}

/**
 * Options from query parameters; unknown parameters are ignored, bad values are an error.
 * @example parseCompareOptions({ granularity: 'char' }) // { ok: true, options: { threshold: 0.3, granularity: 'char', mask: true } }
 */
export function parseCompareOptions(params: Params): OptionsResult {
  const parsed = parseParams(schema, params, HINTS)
  if (!parsed.ok) return parsed
  const { threshold, granularity, mask } = parsed.data
  return {
    ok: true,
    options: {
      threshold: threshold ?? DEFAULT_COMPARE_OPTIONS.threshold,
      granularity: granularity ?? DEFAULT_COMPARE_OPTIONS.granularity,
      mask: mask === undefined ? DEFAULT_COMPARE_OPTIONS.mask : ['1', 'on', 'true'].includes(mask),
    },
  }
}

/** The query string for options, without the defaults ('' when all are default). */
export function compareOptionsQuery(options: CompareOptions): string {
  const params = new URLSearchParams()
  if (options.threshold !== DEFAULT_COMPARE_OPTIONS.threshold) params.set('threshold', String(options.threshold))
  if (options.granularity !== DEFAULT_COMPARE_OPTIONS.granularity) params.set('granularity', options.granularity)
  if (options.mask !== DEFAULT_COMPARE_OPTIONS.mask) params.set('mask', options.mask ? '1' : '0')
  const query = params.toString()
  return query ? `?${query}` : ''
}
