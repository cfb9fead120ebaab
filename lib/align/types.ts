/** How a row was formed. */
export type RowKind = 'match' | 'merge' | 'split' | 'a-only' | 'b-only'

/**
 * The similarity the aligner maximises. `score` compares clauses a[...] joined
 * with clauses b[...] joined (one or two on each side) and returns a value in
 * [0, 1]; `weight` is the amount of text in one clause, so that long clauses
 * count for more than short ones.
 */
export interface ClauseScorer {
  score(a: readonly number[], b: readonly number[]): number
  /** optional: a cheap upper bound of score(a, b), so the aligner can skip hopeless merges */
  bound?(a: readonly number[], b: readonly number[]): number
  weight(side: 'a' | 'b', index: number): number
}

export interface AlignOptions {
  /** clauses less similar than this are not paired */
  threshold: number
  /** how much more similar a merge (2:1 or 1:2) must be than the threshold */
  mergePenalty: number
}

/** One row of an alignment: clause indices on each side, in order. */
export interface AlignedRow {
  a: number[]
  b: number[]
  kind: RowKind
  /** the scorer's similarity for the pair; 0 for a clause with no counterpart */
  score: number
}
