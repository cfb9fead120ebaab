/**
 * How a row was formed: a pair (1:1), a merge of several A clauses against one
 * of B (2:1, 3:1), a split of one A clause into several of B (1:2, 1:3), or a
 * clause without counterpart.
 */
export type RowKind = 'match' | 'merge' | 'split' | 'a-only' | 'b-only'

/**
 * The similarity the aligner maximises. `score` compares clauses a[...] joined
 * with clauses b[...] joined and returns a value in [0, 1]; `weight` is the
 * amount of text in one clause, so that long clauses count for more than short
 * ones. The optional parts let an aligner avoid comparing every clause with
 * every other one.
 */
export interface ClauseScorer {
  score(a: readonly number[], b: readonly number[]): number
  /** a cheap upper bound of score(a, b), so hopeless merges can be skipped */
  bound?(a: readonly number[], b: readonly number[]): number
  /** the share of side `of`'s clauses (their weighted bigrams) found in the other side's: how much of B[b] A[a] covers when of = 'b' */
  coverage?(a: readonly number[], b: readonly number[], of: 'a' | 'b'): number
  /**
   * whether a[...] and b[...] can be versions of one another at all, whatever
   * their score (English: enough words in the same order, DiceOptions.inOrder);
   * the aligner links no others. Every pair can when absent.
   */
  admits?(a: readonly number[], b: readonly number[]): boolean
  /** with admits: the fewest words two clauses must share in the same order, which a clause alone is told it lacked */
  inOrder?: number
  /** pairs (i, j) worth scoring, each clause's `perClause` best, from an index rather than all n·m pairs */
  candidates?(perClause: number): CandidatePair[]
  weight(side: 'a' | 'b', index: number): number
}

export interface CandidatePair {
  a: number
  b: number
  score: number
}

export interface AlignOptions {
  /** clauses less similar than this are not paired in order */
  threshold: number
  /** how much more similar a merge or split must be than the threshold */
  mergePenalty: number
  /**
   * clauses at least this similar, each the other's best match, are linked even
   * out of order, as a move — when the two texts run parallel (see `parallelShare`);
   * in texts that share little a move must reach the pair threshold plus `mergePenalty` twice
   */
  moveThreshold: number
  /** the share of both texts' clauses in ordered pairs at which the texts count as parallel */
  parallelShare: number
  /** how many candidate counterparts each clause keeps from the index */
  candidatesPerClause: number
  /** the largest merge or split: 2 (2:1, 1:2) or 3 (also 3:1, 1:3) */
  maxGroup: number
  /** how much a pair's diagonal neighbours' similarity adds to its own (0 for none) */
  contextWeight: number
  /** the least similarity of its own, as a share of the threshold, a pair needs for its neighbours to add theirs */
  contextFloor: number
  /** a clause next to a row joins it when at least this similar to the row's other side… */
  attachFloor: number
  /** …and when it makes the row cover at least this much more of the other side */
  attachGain: number
  /**
   * A pair less similar than `below` is left apart unless it stands out: its
   * score must be more than `margin` times that of the best link of either of
   * its clauses to a clause outside it. Off when absent (collation confirms weak
   * links by a third statement instead).
   */
  leaveApart?: LeaveApartOptions
}

/** See AlignOptions.leaveApart. */
export interface LeaveApartOptions {
  /** pairs at least this similar are kept whatever their rival */
  below: number
  /** how many times its rival's score a pair under `below` must score to be kept */
  margin: number
}

/** One row of an alignment: clause indices on each side, in order. */
export interface AlignedRow {
  a: number[]
  b: number[]
  kind: RowKind
  /** the scorer's similarity for the row; 0 for a clause with no counterpart */
  score: number
  /** linked out of the order of the other rows */
  moved: boolean
  /** for a merge or split: the similarity of each part alone against the other side */
  partScores?: number[]
  /** for a clause with no counterpart: its most similar clause on the other side, if any; `refused` when the scorer does not admit the two as versions of one another (ClauseScorer.admits), with the words in order it asked for */
  best?: { index: number; score: number; refused?: { inOrder: number } }
  /** how the row was formed, for the reader: see RowRule */
  rule: RowRule
  /** for a pair supported by its neighbours: the neighbours' similarity that raised it */
  context?: number
  /** clauses joined to the row by attachment, with their side */
  attached?: { side: 'a' | 'b'; index: number }[]
  /** for a paired row: the candidate link of one of its clauses to a clause outside it with the best score (a and b are clause indices, one of them the row's), if any */
  rival?: { score: number; a: number; b: number }
  /** for a clause with no counterpart because its pair was left apart (AlignOptions.leaveApart): the other clause of that pair, their score, and the rival link as close to it */
  apart?: { index: number; score: number; rival: { score: number; a: number; b: number } }
}

/**
 * pair: similar enough, in order · merge: several clauses together similar
 * enough, in order · attach: a neighbouring clause joined to a row because it
 * covers more of the other side · best-match: below the pair threshold, but
 * each the other's best match, and in order · move: each the other's best
 * match, but out of order · single: no counterpart
 */
export type RowRule = 'pair' | 'merge' | 'attach' | 'best-match' | 'move' | 'single'
