import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { firstValue, invalidFor, parseParams } from './params'

describe('parseParams', () => {
  const schema = z.object({ perPage: z.coerce.number().int().min(1).optional() })
  it('reads the first value, trimmed, and drops empty ones', () => {
    expect(firstValue([' 3 ', '4'])).toBe('3')
    expect(firstValue('  ')).toBeUndefined()
    expect(parseParams(schema, { perPage: ['7', '8'] }, { perPage: 'a number' })).toEqual({ ok: true, data: { perPage: 7 } })
    expect(parseParams(schema, { perPage: '' }, { perPage: 'a number' })).toEqual({ ok: true, data: {} })
  })
  it('names the bad field and its hint, so that each reader words it its own way', () => {
    const parsed = parseParams(schema, { perPage: '0' }, { perPage: 'a whole number, 1 or more' })
    expect(parsed).toEqual({
      ok: false,
      field: 'perPage',
      hint: 'a whole number, 1 or more',
      error: 'Invalid perPage: use a whole number, 1 or more.',
    })
    if (parsed.ok) throw new Error('unreachable')
    expect(invalidFor(parsed, { perPage: '--per-page' })).toBe('Invalid --per-page: use a whole number, 1 or more.')
  })
})
