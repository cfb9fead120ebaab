import type { LongClauseBar } from './sure-link'
import type { RowKind, RowRule } from '@/lib/align/types'
import type { RowStatus } from '@/lib/vocab/row-status'
import type { DiffOp, Granularity } from '@/lib/diff/types'

/** A clause as the comparison needs it. */
export interface CompareClause {
  id: number
  position: number
  text: string
  label: string | null
  /** index into the statement's sections */
  section: number
}

export interface CompareSection {
  level: number
  label: string | null
  heading: string | null
}

/** One statement as the comparison needs it. */
export interface CompareStatement {
  slug: string
  title: string
  /** 'zh' when absent */
  language?: string
  parties: string[]
  sections: CompareSection[]
  clauses: CompareClause[]
}

export interface CompareOptions {
  /** clauses less similar than this (0–1) are not paired */
  threshold: number
  granularity: Granularity
  /** treat counterpart names (吉方 / 塔方) as equal */
  mask: boolean
}

/** A piece of one clause's text, as one side of the page shows it. */
export interface Piece {
  op: DiffOp['op']
  text: string
  /** equal in comparison but printed differently on the two sides (a masked name) */
  masked: boolean
}

export interface RowClause {
  id: number
  position: number
  text: string
  label: string | null
  section: number
  pieces: Piece[]
}

export interface CompareRow {
  /** 1-based, the row's anchor is #r<index> */
  index: number
  kind: RowKind
  score: number
  /** linked out of the order of the other rows: shown at its place in A and again at its place in B */
  moved: boolean
  /** how the row was formed (pair, merge, attach, move, single) */
  rule: RowRule
  /** for a pair supported by its neighbours: their similarity */
  context?: number
  /** clause positions joined to the row by attachment */
  attached?: { side: 'a' | 'b'; position: number }[]
  a: RowClause[]
  b: RowClause[]
  ops: DiffOp[]
  /** for a merge or split: each part's similarity alone */
  partScores?: number[]
  /** for a paired row: the most similar link of one of its clauses to a clause outside the row (clause positions, one of them the row's) */
  rival?: { score: number; a: number; b: number }
  /** a pair below its sure bar (lib/compare/sure-link: the language's, or its long clauses'): shown, but marked for the reader to check; `bar` is the bar it is below, `long` when that is the long clauses' bar */
  unsure?: { bar: number; long?: true }
  /** for a clause with no counterpart: the most similar clause of the other statement (position, similarity); `leftApart` when that clause was left apart from a pair of its own; `refused` when the two share fewer than `inOrder` words in order, too few to be versions of one another (English) */
  best?: { position: number; score: number; paired?: true; leftApart?: true; refused?: { inOrder: number } }
  /** for a clause with no counterpart because its pair was left apart (lib/compare/sure-link, apartMargin): that pair's other clause (position), their similarity, and the link outside it nearly as similar (positions) */
  apart?: { position: number; score: number; rival: { score: number; a: number; b: number } }
}

export interface CompareResult {
  a: CompareStatement
  b: CompareStatement
  options: CompareOptions
  /** 2 × letters and digits in common within aligned rows / letters and digits of both texts (see README) */
  similarity: number
  /** the score below which a pair is unsure, for this comparison's language (lib/compare/sure-link) */
  sureBar: number
  /** the bar of pairs of long clauses, where the language has one of its own (lib/compare/sure-link, LONG_CLAUSE_BAR) */
  longClauseBar?: LongClauseBar
  rows: CompareRow[]
  /** rows by status, as readers see them (lib/vocab/row-status): the page, exports, API and CLI all show these */
  counts: Record<RowStatus, number>
  /** rows by how the aligner formed them: 1:1 match, 2:1 merge, 1:2 split, or one side only */
  kinds: Record<RowKind, number>
}
