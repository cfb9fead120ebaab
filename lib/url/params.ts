/**
 * Reading a view's options from URL parameters (or CLI flags mapped to them):
 * the first value of each, trimmed, empty meaning "not given", checked by a
 * zod schema. A bad value is a typed error naming the field and what it
 * should be, so that each caller words it for its reader (the web says
 * "Invalid perPage", the CLI "Invalid --per-page") without parsing a message.
 */
import type { z } from 'zod'

export type Params = Record<string, string | string[] | undefined>

/** A parameter whose value cannot be read: which one, and what it should be. */
export interface InvalidParam {
  ok: false
  field: string
  /** what a good value is, e.g. 'a page number, 1 or more' */
  hint: string
  /** the sentence for a reader of the URL: "Invalid page: use a page number, 1 or more." */
  error: string
}

export type ParseResult<T> = { ok: true; data: T } | InvalidParam

/** The first value of a parameter, trimmed; undefined when absent or empty. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined
}

/**
 * The parameters as one string, each by its first value: the key under which
 * a request's parse is kept (React's cache), so a page and its metadata read
 * the URL once. `paramsOf` reads it back.
 */
export function paramsKey(params: Params): string {
  return new URLSearchParams(
    Object.entries(params).flatMap(([name, value]) => {
      const first = firstValue(value)
      return first === undefined ? [] : [[name, first]]
    }),
  ).toString()
}

export function paramsOf(key: string): Params {
  return Object.fromEntries(new URLSearchParams(key))
}

export function invalidParam(field: string, hint: string): InvalidParam {
  return { ok: false, field, hint, error: `Invalid ${field}: use ${hint}.` }
}

/**
 * The error sentence with the field as another reader spells it (a CLI flag).
 * @example invalidFor(invalidParam('perPage', 'a whole number'), { perPage: '--per-page' }) // 'Invalid --per-page: use a whole number.'
 */
export function invalidFor(invalid: InvalidParam, names: Record<string, string>): string {
  return `Invalid ${names[invalid.field] ?? invalid.field}: use ${invalid.hint}.`
}

/**
 * The given parameters that the schema accepts, without those left empty;
 * or which parameter is bad. `hints` names every parameter read, in order.
 */
export function parseParams<T extends Record<string, unknown>>(
  schema: z.ZodType<T>,
  params: Params,
  hints: Record<string, string>,
  prepare: (values: Record<string, string | undefined>) => Record<string, string | undefined> = (values) => values,
): ParseResult<Partial<T>> {
  const values = Object.fromEntries(Object.keys(hints).map((field) => [field, firstValue(params[field])]))
  const parsed = schema.safeParse(prepare(values))
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'parameter')
    return invalidParam(field, hints[field] ?? 'a valid value')
  }
  return { ok: true, data: Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as Partial<T> }
}
