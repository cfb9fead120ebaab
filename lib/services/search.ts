/** Finding a phrase in every clause, grouped by statement (one query for both engines: lib/db/search). */
import { searchClauses as searchIndex, type SearchResults } from '@/lib/db/search'
import type { SearchQuery } from '@/lib/url/search'
import type { Db } from './database'
import { checkPartyFilter } from './party-filter'

/** One page of results; a party code no party has is a 400 (ServiceError), not an empty page. */
export async function searchClauses(db: Db, query: SearchQuery): Promise<SearchResults> {
  await checkPartyFilter(db, query.party)
  return searchIndex(db, query)
}
