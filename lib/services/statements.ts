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
  listStatements,
  statementClauseCount,
  nearbyStatements,
  recentStatements,
} from '@/lib/db/statements'
export { deleteStatement, updateStatement } from './edit-statement'
export { getStatementPart, partsOf, type ClauseWindow, type StatementPart } from './statement-part'
