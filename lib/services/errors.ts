/**
 * A use case that cannot be done for a reason the user can act on is a
 * ServiceError: a code that says what kind of reason (so that the web gives
 * the right status and the CLI the right exit code, without reading the
 * message) and one sentence for the reader. The database is unchanged.
 * Anything else thrown is a bug, logged and answered without internals.
 */
export type ProblemCode =
  /** no statement (or formula) with that name */
  | 'not-found'
  /** a value the user gave cannot be read */
  | 'invalid'
  /** over a limit of lib/limits.ts */
  | 'too-large'
  /** a file whose text cannot be read, or that holds no statement */
  | 'unreadable'
  /** two statements that cannot be compared (different languages) */
  | 'cannot-compare'

export class ServiceError extends Error {
  override name = 'ServiceError'
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message)
  }
}

/**
 * A slug as a message quotes it: in full up to 80 characters, a longer one cut
 * (a review: a 3,000-character slug made its not-found page 28,000 px wide).
 * @example quotedSlug('x'.repeat(100)) // '"xxxx…xxxx…" (100 characters)'
 */
export function quotedSlug(slug: string): string {
  return slug.length <= 80 ? `"${slug}"` : `"${slug.slice(0, 60)}…" (${slug.length} characters)`
}

/** No statement has these slugs (each named once, in the order given; a null, a slug that was found, is left out). */
export function noSuchStatement(slugs: readonly (string | null)[]): ServiceError {
  const missing = new Set(slugs.filter((slug): slug is string => slug !== null))
  return new ServiceError('not-found', `No statement with the slug ${[...missing].map(quotedSlug).join(' or ')}.`)
}

/** The import of a file failed; the database is unchanged. */
export class ImportError extends ServiceError {
  override name = 'ImportError'
  constructor(message: string, code: ProblemCode = 'unreadable') {
    super(code, message)
  }
}

/** The HTTP status for each kind of problem. */
export const HTTP_STATUS: Record<ProblemCode, number> = {
  'not-found': 404,
  invalid: 400,
  'too-large': 413,
  unreadable: 422,
  'cannot-compare': 422,
}

/** Two statements that cannot be compared (over the clause limit together, or in two languages), named for the page that says so. */
export class CannotCompareError extends ServiceError {
  override name = 'CannotCompareError'
  constructor(
    message: string,
    readonly a: RefusedStatement,
    readonly b: RefusedStatement,
  ) {
    super('cannot-compare', message)
  }
}

/** A statement named in a refusal: enough to link to it and say its language. */
export interface RefusedStatement {
  slug: string
  title: string
  language: string
}

/** Statements that cannot be collated (in more than one language, or over the clause limit together), named for the page that says so. */
export class CannotCollateError extends ServiceError {
  override name = 'CannotCollateError'
  constructor(
    message: string,
    readonly statements: readonly RefusedStatement[],
  ) {
    super('cannot-compare', message)
  }
}
