import type { CompareStatement, Piece } from '@/lib/compare/types'
import type { Granularity } from '@/lib/diff/types'

/** How a family of statements is collated. */
export interface CollateOptions {
  /** clauses less similar than this (0–1) are not paired by the pairwise aligner */
  threshold: number
  granularity: Granularity
  /** treat each statement's own counterparts (吉方 / 塔方, "Japan" / "the ROK") as equal */
  mask: boolean
  /** the link score from which a pairwise link joins a family unconfirmed (default: the pair view's, SURE_LINK per language, LONG_CLAUSE_BAR for long clauses) */
  sure?: number
}

/** One clause of a cell, with its wording against the family's base. */
export interface CellClause {
  id: number
  position: number
  text: string
  label: string | null
  section: number
  /** the clause against the base: 'delete' is base wording the clause lacks (not shown), 'insert' wording only it has */
  pieces: Piece[]
}

/** One statement's part of a family: one clause, or several when it splits what others say in one. */
export interface Cell {
  clauses: CellClause[]
  /** which wording of the family this is: 0 is the base, then 1, 2… by how many statements share it */
  variant: number
  /** stands out of this statement's order: the family's row is not where the statement has it */
  moved: boolean
  /** share of the base's letters and digits this cell has too (1 for the base and its identical copies) */
  similarity: number
  /**
   * held to the family only by pairwise links below their sure bar, each confirmed by a third statement
   * (lib/collate/group-families, weakHolds): the best of those links and its bar. Shown as unsure, as the pair view marks a pair below the bar.
   */
  unsure?: { score: number; bar: number }
}

/** A family: the clauses of several statements that are versions of one sentence (or one clause alone). */
export interface Family {
  /** 1-based, the row's anchor is #f<index> */
  index: number
  /** one per statement, in the statements' order; null where a statement has no clause of this family */
  cells: (Cell | null)[]
  /** the statement whose cell is the base wording (the most common one) */
  base: number
  /** how many statements have the family */
  presence: number
  /** how many different wordings the family has */
  variants: number
}

/** Where a statement puts a family it has out of the table's order: after which row of the table. */
export interface MovedPlace {
  family: number
  /** the row (family index) of the statement's clause before it, 0 when it comes first */
  after: number
}

/** What one statement shares with the others. */
export interface StatementSummary {
  clauses: number
  /** families every statement has */
  inAll: number
  /** families it shares with some but not all of the others */
  inSome: number
  /** families no other statement has (inAll + inSome + onlyHere: the families it has) */
  onlyHere: number
  /** families it has with a wording other than the base */
  reworded: number
  moved: MovedPlace[]
}

export interface CollationResult {
  statements: CompareStatement[]
  options: CollateOptions
  families: Family[]
  summaries: StatementSummary[]
  /** families by how many statements have them: in all, in some (2 ≤ n < all), in only one */
  counts: { all: number; some: number; one: number }
}
