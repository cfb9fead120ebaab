/**
 * The app's links, built in one place so that a page, a JSON view and the
 * CLI point at the same URL for the same thing. Clauses are numbered from 1
 * for readers (`#c12` is the twelfth clause), rows likewise (`#r12`).
 */

/** The anchor id of a clause on its statement's page, from its 0-based position. */
export const clauseAnchor = (position: number) => `c${position + 1}`

/**
 * A clause's name in a comparison — its statement's letter and its number from
 * 1 — as the page, the reasons, the exports and the JSON print it.
 * @example clauseName('B', 9) // 'B10'
 */
export const clauseName = (side: 'A' | 'B', position: number) => `${side}${position + 1}`

/**
 * Clauses on one page of a statement: a statement longer than this (stored
 * before the import limits, or under a raised TONGWEN_MAX_STATEMENT_CLAUSES)
 * is read in parts, `?part=2` and on, so that no page is megabytes long.
 */
export const STATEMENT_PART_CLAUSES = 1_000

/** The part of its statement's page a clause is on (1-based), from its 0-based position. */
export const statementPartOf = (position: number) => Math.floor(position / STATEMENT_PART_CLAUSES) + 1

/** A statement's page, or one of its later parts, with its formulas underlined or not. */
export function statementHref(slug: string, part = 1, formulas = false): string {
  const query = [part > 1 ? `part=${part}` : '', formulas ? 'formulas=1' : ''].filter(Boolean).join('&')
  return `/statements/${slug}${query ? `?${query}` : ''}`
}

/** A clause on its statement's page (on its part of the page, in a long statement). */
export const clauseHref = (slug: string, position: number) => `${statementHref(slug, statementPartOf(position))}#${clauseAnchor(position)}`

/** A comparison, with its query string ('' or '?…', see lib/url/compare). */
export const compareHref = (a: string, b: string, query = '') => `/compare/${a}/${b}${query}`

export const formulaHref = (id: string) => `/formulas/${id}`

/** The anchor id of a comparison row (1-based index); a moved row's place in B is `r12-b`. */
export const rowAnchor = (row: { index: number }, place: 'both' | 'a' | 'b' = 'both') =>
  place === 'b' ? `r${row.index}-b` : `r${row.index}`

/** Where a statement's metadata is changed (POST), and where it is deleted. */
export const statementApiHref = (slug: string, action: '' | 'delete' = '') => `/api/statements/${slug}${action ? `/${action}` : ''}`

/** A collation of several statements, with its query string's other parameters ('' or '&…', see lib/url/collate). */
export const collateHref = (slugs: readonly string[], rest = '') => `/collate?s=${slugs.map(encodeURIComponent).join(',')}${rest}`

/** The anchor id of a collation's family row (1-based index). */
export const familyAnchor = (family: { index: number }) => `f${family.index}`
