/**
 * What a comparison row is to a reader, said one way everywhere: the page,
 * its preview image, the Markdown and CSV exports, the JSON API and the CLI
 * all count rows with `statusCounts`, so that "identical" means the same in
 * each (a 2:1 merge whose wording is the same is identical, like a 1:1 pair).
 */
/** What a row shows a reader: the same text, changed text, a clause only one side has, or a clause that moved. */
export type RowStatus = 'identical' | 'changed' | 'a-only' | 'b-only' | 'moved'

export const ROW_STATUSES: readonly RowStatus[] = ['identical', 'changed', 'a-only', 'b-only', 'moved']

export const STATUS_LABELS: Record<RowStatus, string> = {
  identical: 'identical',
  changed: 'changed',
  'a-only': 'only in A',
  'b-only': 'only in B',
  moved: 'moved',
}

/** What a status is read from: a comparison row (lib/compare/types), or any row shaped like one. */
type StatusRow = {
  moved: boolean
  a: readonly unknown[]
  b: readonly unknown[]
  ops: readonly { op: 'equal' | 'insert' | 'delete' }[]
  /** marked unsure: true, or the bar the pair is below (a comparison's rows) */
  unsure?: boolean | { bar: number }
  /** set on a clause whose pair the aligner left apart (lib/compare/types) */
  apart?: unknown
}

/**
 * A row's status: moved first (a moved clause is the news, whatever its
 * wording), then a side with no clause, then equal or not.
 */
export function rowStatus(row: StatusRow): RowStatus {
  if (row.moved) return 'moved'
  if (row.b.length === 0) return 'a-only'
  if (row.a.length === 0) return 'b-only'
  return row.ops.every((op) => op.op === 'equal') ? 'identical' : 'changed'
}

/** How many rows have each status: the statuses partition the rows. */
export function statusCounts(rows: readonly StatusRow[]): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { identical: 0, changed: 0, 'a-only': 0, 'b-only': 0, moved: 0 }
  for (const row of rows) counts[rowStatus(row)]++
  return counts
}

/** The order a summary names the statuses in: what is shared, what changed, then what moved or stands alone. */
const SUMMARY_ORDER: readonly RowStatus[] = ['identical', 'changed', 'moved', 'a-only', 'b-only']

/**
 * The counts in words, as every summary says them.
 * @example countsInWords({ identical: 3, changed: 40, moved: 2, 'a-only': 5, 'b-only': 4 }) // '3 identical, 40 changed, 2 moved, 5 only in A, 4 only in B'
 */
export function countsInWords(counts: Record<RowStatus, number>, separator = ', '): string {
  return SUMMARY_ORDER.map((status) => `${counts[status]} ${STATUS_LABELS[status]}`).join(separator)
}

/**
 * Which rows a view shows; the others are folded away:
 * - `all`: every row;
 * - `changes`: all but the identical ones (differences only);
 * - `paired`: all but the clauses with no counterpart;
 * - `changed`: only pairs whose wording differs;
 * - `unsure`: only the aligner's doubts, to check them: the pairs marked unsure
 *   (below the language's sure bar) and the clauses whose pair it left apart.
 */
export type RowFilter = 'all' | 'changes' | 'paired' | 'changed' | 'unsure'

export const ROW_FILTERS: readonly RowFilter[] = ['all', 'changes', 'paired', 'changed', 'unsure']

/** Each view's name, as its button on the page and an export that holds only its rows say it. */
export const FILTER_LABELS: Record<RowFilter, string> = {
  all: 'All rows',
  changes: 'Differences only',
  paired: 'Hide unpaired',
  changed: 'Changed pairs only',
  unsure: 'Unsure or left apart',
}

/** Whether a view shows a row (a row it does not show is folded away). */
export function rowShown(filter: RowFilter, row: StatusRow): boolean {
  if (filter === 'all') return true
  if (filter === 'changes') return rowStatus(row) !== 'identical'
  if (filter === 'unsure') return isDoubt(row)
  const paired = row.a.length > 0 && row.b.length > 0
  if (filter === 'paired') return paired
  return paired && row.ops.some((op) => op.op !== 'equal')
}

/** Whether a row is one of the aligner's doubts: a pair marked unsure, or a clause whose pair it left apart. */
export const isDoubt = (row: Pick<StatusRow, 'unsure' | 'apart'>): boolean => Boolean(row.unsure) || row.apart !== undefined

/** How many pairs are marked unsure and how many clauses were left apart: the doubts a summary names beside the statuses. */
export function doubtCounts(rows: readonly Pick<StatusRow, 'unsure' | 'apart'>[]): { unsure: number; apart: number } {
  let unsure = 0
  let apart = 0
  for (const row of rows) {
    if (row.unsure) unsure++
    if (row.apart !== undefined) apart++
  }
  return { unsure, apart }
}
