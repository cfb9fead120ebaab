/**
 * Reading a view's options from URL parameters (or CLI flags mapped to them):
 * the first value of each, trimmed, empty meaning "not given", checked by a
 * zod schema, with one sentence naming the parameter when a value is bad.
 */
import type { z } from 'zod'

export type Params = Record<string, string | string[] | undefined>

/**
 * The given parameters that the schema accepts, without those left empty;
 * or the error "Invalid <field>: use <hint>."
 */
export function parseParams<T extends Record<string, unknown>>(
  schema: z.ZodType<T>,
  params: Params,
  hints: Record<string, string>,
  prepare: (values: Record<string, string | undefined>) => Record<string, string | undefined> = (values) => values,
): { ok: true; data: Partial<T> } | { ok: false; error: string } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined
  const values = Object.fromEntries(Object.keys(hints).map((field) => [field, first(params[field])]))
  const parsed = schema.safeParse(prepare(values))
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'parameter')
    return { ok: false, error: `Invalid ${field}: use ${hints[field] ?? 'a valid value'}.` }
  }
  return { ok: true, data: Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as Partial<T> }
}
