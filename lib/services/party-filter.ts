/**
 * A party filter names a party there is: the gazetteer's (read from any of its
 * names by lib/url/statement-list) or one a statement in the database has (a
 * party an import added that the gazetteer lacks). Any other code is refused, where
 * `party=narnia` had listed nothing and said nothing (walkthrough).
 */
import { findPartyByCode } from '@/lib/parties/gazetteer'
import { STATEMENT_FILTER_HINTS } from '@/lib/url/statement-list'
import type { Db } from './database'
import { ServiceError } from './errors'

/**
 * Null when the party filter is empty or names a known party, otherwise the
 * sentence that says why not, naming the filter as its reader knows it (`party`
 * in a URL, `--party` on the command line).
 */
export async function partyFilterProblem(db: Db, code: string | undefined, name = 'party'): Promise<string | null> {
  if (!code || findPartyByCode(code)) return null
  const party = await db.party.findFirst({ where: { code, statements: { some: {} } }, select: { id: true } })
  return party ? null : `Invalid ${name}: no party has the code “${code}”; use ${STATEMENT_FILTER_HINTS.party}.`
}

/** Throws the 400 of partyFilterProblem. */
export async function checkPartyFilter(db: Db, code: string | undefined): Promise<void> {
  const problem = await partyFilterProblem(db, code)
  if (problem) throw new ServiceError('invalid', problem)
}
