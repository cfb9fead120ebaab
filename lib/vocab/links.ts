/**
 * The app's links, built in one place so that a page, a JSON view and the
 * CLI point at the same URL for the same thing. Clauses are numbered from 1
 * for readers (`#c12` is the twelfth clause), rows likewise (`#r12`).
 */

/** The anchor id of a clause on its statement's page, from its 0-based position. */
export const clauseAnchor = (position: number) => `c${position + 1}`

export const statementHref = (slug: string) => `/statements/${slug}`

/** A clause on its statement's page. */
export const clauseHref = (slug: string, position: number) => `${statementHref(slug)}#${clauseAnchor(position)}`

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
