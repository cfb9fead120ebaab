/** Reading the formulas (the list, one formula's concordance and history, the underlines of a statement) and mining them again. */
import { listFormulas as listInDb, type FormulaFilter } from '@/lib/db/formulas'
import { getStatementSummaries } from '@/lib/db/statements'
import type { Db } from '@/lib/db/client'
import type { FormulaQuery } from '@/lib/url/formulas'
import { noSuchStatement } from './errors'

export { formulaMarks, formulaOccurrenceCount, getFormula, getFormulaBuild } from '@/lib/db/formulas'
export { getFormulaHistory } from '@/lib/db/formula-history'
export { rebuildFormulas } from './rebuild-formulas'

/**
 * The formula list (lib/db/formulas, listFormulas); the formulas of a
 * statement that does not exist are not an empty list but a not-found.
 */
export async function listFormulas(db: Db, filter: FormulaFilter = {}): ReturnType<typeof listInDb> {
  if (filter.statement && (await getStatementSummaries(db, [filter.statement])).length === 0) throw noSuchStatement([filter.statement])
  return listInDb(db, filter)
}

/**
 * The list's filter as a URL, the API or the command line gives it
 * (lib/url/formulas), for the page it asks for; `limit` overrides its page size.
 */
export function formulaFilter(query: FormulaQuery, limit = query.limit): FormulaFilter {
  const { q, statement, language, minDocs, sort, kind, page } = query
  return { query: q, statement, minStatements: minDocs, sort, kind, offset: (page - 1) * limit, limit, ...(language ? { language } : {}) }
}
