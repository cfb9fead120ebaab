/**
 * Changing and removing statements: metadata edits (the text stays the
 * file's) and deletion, each in one transaction that also brings what depends
 * on the statement up to date — the formulas and the corpus map's pairs (a
 * comparison's party mask follows the parties when it is made). A statement keeps its slug when edited, so links to
 * it keep working.
 */
import { describeParty } from '@/lib/parties/describe-party'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Db } from '@/lib/db/client'
import { deleteWithFormulas, formulasAfterEdit } from '@/lib/services/rebuild-formulas'
import { lockForWriting, markChanged } from '@/lib/db/write-lock'
import type { StatementEdit } from './save-statements'

type Tx = Prisma.TransactionClient

/** How the formulas follow a change (lib/services/rebuild-formulas): the corpus size from which they are not mined again. */
export interface FormulaUpdateOptions {
  fullMiningLimit?: number
}

/** Applies a metadata edit; returns false when no statement has the slug. */
export async function updateStatement(
  db: Db,
  slug: string,
  edit: Omit<StatementEdit, 'skip'>,
  formulas: FormulaUpdateOptions = {},
): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      await lockForWriting(tx)
      const statement = await tx.statement.findUnique({
        where: { slug },
        select: {
          id: true,
          kind: true,
          date: true,
          notes: true,
          parties: { orderBy: { position: 'asc' }, select: { party: { select: { code: true } } } },
        },
      })
      if (!statement) return false
      await markChanged(tx)
      const oldParties = statement.parties.map((p) => p.party.code)
      const { parties, ...fields } = edit
      const changed = Object.entries(edit)
        .filter(([, value]) => value !== undefined)
        .map(([key]) => key)
      const notes = JSON.parse(statement.notes) as { kind: string; message: string }[]
      if (changed.length) notes.push({ kind: 'repair', message: `metadata edited: ${changed.join(', ')}` })
      await tx.statement.update({
        where: { id: statement.id },
        data: { ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), notes: JSON.stringify(notes) },
      })
      const partiesChanged = parties !== undefined && JSON.stringify(parties) !== JSON.stringify(oldParties)
      if (partiesChanged) await replaceParties(tx, statement.id, parties)
      // what the formulas and the map know about the statement: its kind and date, its parties (the mask)
      if (
        partiesChanged ||
        (edit.date !== undefined && edit.date !== statement.date) ||
        (edit.kind !== undefined && edit.kind !== statement.kind)
      )
        await formulasAfterEdit(tx, statement.id, { partiesChanged, ...formulas })
      return true
    },
    { timeout: 600_000, maxWait: 30_000 },
  )
}

/** New parties: their rows, and the map's pairs (computed again when viewed: the mask of a comparison follows the parties). */
async function replaceParties(tx: Tx, statementId: number, codes: readonly string[]): Promise<void> {
  await tx.statementParty.deleteMany({ where: { statementId } })
  for (const [position, code] of codes.entries()) {
    const party = describeParty(code)
    const row = await tx.party.upsert({ where: { code: party.code }, create: party, update: {}, select: { id: true } })
    await tx.statementParty.create({ data: { statementId, partyId: row.id, position } })
  }
  await tx.pairSimilarity.deleteMany({ where: { OR: [{ aId: statementId }, { bId: statementId }] } })
  await deleteUnusedParties(tx)
}

/**
 * Parties no statement has any more go, so that the Party menus and filters
 * offer only parties there are (walkthrough: a party typed in on import stayed
 * in the menu after its statement was deleted); one named again is written again.
 */
async function deleteUnusedParties(tx: Tx): Promise<void> {
  await tx.party.deleteMany({ where: { statements: { none: {} } } })
}

/** Deletes a statement with its sections, clauses and formula occurrences; false when no statement has the slug. */
export async function deleteStatement(db: Db, slug: string, formulas: FormulaUpdateOptions = {}): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      await lockForWriting(tx)
      const statement = await tx.statement.findUnique({ where: { slug }, select: { id: true, sourceId: true } })
      if (!statement) return false
      await markChanged(tx)
      await deleteWithFormulas(
        tx,
        statement.id,
        async () => {
          await tx.statement.delete({ where: { id: statement.id } })
          // the imported file goes with its last statement
          if ((await tx.statement.count({ where: { sourceId: statement.sourceId } })) === 0)
            await tx.source.delete({ where: { id: statement.sourceId } })
          await deleteUnusedParties(tx)
        },
        formulas,
      )
      return true
    },
    { timeout: 600_000, maxWait: 30_000 },
  )
}
