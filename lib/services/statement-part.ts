/**
 * One part of a statement as its page and its JSON give it: all of it, or,
 * for a statement longer than STATEMENT_PART_CLAUSES, the clauses of one part
 * (?part=2), so that neither is megabytes long whatever was stored.
 */
import type { Db } from '@/lib/db/client'
import { getStatement, getStatementSummaries, type StatementDetail, type StatementSummary } from '@/lib/db/statements'
import { STATEMENT_PART_CLAUSES } from '@/lib/vocab/links'
import { noSuchStatement } from '@/lib/services/errors'

/** The clause positions [from, to) of a part. */
export interface ClauseWindow {
  from: number
  to: number
}

export type StatementPart =
  | {
      ok: true
      summary: StatementSummary
      statement: StatementDetail
      part: number
      parts: number
      /** the clauses of this part, or undefined when the statement is one part */
      window: ClauseWindow | undefined
    }
  | { ok: false; code: 'not-found' | 'no-part'; message: string }

/** How many parts a statement of `clauses` clauses is read in. */
export const partsOf = (clauses: number) => Math.max(1, Math.ceil(clauses / STATEMENT_PART_CLAUSES))

/**
 * Part `part` (from 1) of the statement `slug`: its summary, its sections
 * with the part's clauses, and how many parts there are.
 */
export async function getStatementPart(db: Db, slug: string, part = 1): Promise<StatementPart> {
  const [summary] = await getStatementSummaries(db, [slug])
  if (!summary) return { ok: false, code: 'not-found', message: noSuchStatement([slug]).message }
  const parts = partsOf(summary.clauseCount)
  if (part > parts)
    return {
      ok: false,
      code: 'no-part',
      message: `The statement has ${parts === 1 ? 'one part' : `${parts} parts`} of up to ${STATEMENT_PART_CLAUSES.toLocaleString('en-US')} clauses; there is no part ${part}.`,
    }
  const window = parts > 1 ? { from: (part - 1) * STATEMENT_PART_CLAUSES, to: part * STATEMENT_PART_CLAUSES } : undefined
  const statement = await getStatement(db, slug, window)
  if (!statement) return { ok: false, code: 'not-found', message: noSuchStatement([slug]).message }
  return { ok: true, summary, statement, part, parts, window }
}
