/**
 * Reading statements (the list and its filters, one statement, its
 * neighbours, the parties) and changing one (its metadata, or deleting it).
 */
export {
  countStatements,
  eachStatement,
  getStatement,
  getStatementSummaries,
  listParties,
  statementClauseCount,
  nearbyStatements,
  recentStatements,
} from '@/lib/db/statements'
import { listStatements as listStatementRows, type StatementPage, type StatementPageOptions } from '@/lib/db/statements'
import type { Db } from './database'
import { checkPartyFilter } from './party-filter'

export { deleteStatement, updateStatement } from './edit-statement'

/** One page of the statements a filter matches; a party code no party has is a 400 (ServiceError), not an empty list. */
export async function listStatements(db: Db, options: StatementPageOptions = {}): Promise<StatementPage> {
  await checkPartyFilter(db, options.party)
  return listStatementRows(db, options)
}
export { getStatementPart, partsOf, type ClauseWindow, type StatementPart } from './statement-part'
