/** Finding a phrase in every clause, grouped by statement (one query for both engines: lib/db/search). */
export { searchClauses } from '@/lib/db/search'
