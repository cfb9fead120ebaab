/**
 * The links a family of statements is collated from: every pair of
 * statements aligned by the pairwise aligner (lib/align, the same one the pair
 * view uses), and each paired row's clauses linked, with the row's score.
 * N statements cost N·(N−1)/2 alignments and no diff: the wording is diffed
 * once per family, against its base, after the families are formed.
 */
import { alignClauses, DEFAULT_ALIGN_OPTIONS } from '@/lib/align/align-clauses'
import { createDiceScorer } from '@/lib/align/dice-scorer'

/** A clause of the family: which statement, which of its clauses (0-based indices). */
export interface ClauseRef {
  statement: number
  clause: number
}

/** Two clauses of different statements that the aligner put in one row. */
export interface Link {
  from: ClauseRef
  to: ClauseRef
  score: number
}

/** Clauses of one statement that the aligner joined in one row against another's (a merge or split). */
export interface Siblings {
  statement: number
  clauses: number[]
}

export interface PairLinks {
  links: Link[]
  siblings: Siblings[]
}

export interface PairLinksOptions {
  threshold: number
  /** compare on words (English) rather than character bigrams */
  words: boolean
}

/** Every pair of statements (i < j) of a family of `count`. */
export function allPairs(count: number): [number, number][] {
  const pairs: [number, number][] = []
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) pairs.push([i, j])
  return pairs
}

/**
 * Links between the clauses of the given pairs of statements (every pair by
 * default), in the pairs' order.
 * @param texts each statement's clauses in comparison form (normalised and masked)
 */
export function pairLinks(
  texts: readonly (readonly string[])[],
  options: PairLinksOptions,
  pairs: readonly (readonly [number, number])[] = allPairs(texts.length),
): PairLinks {
  const links: Link[] = []
  const siblings: Siblings[] = []
  for (const [i, j] of pairs) {
    const a = texts[i] as readonly string[]
    const b = texts[j] as readonly string[]
    const scorer = createDiceScorer(a, b, { weighting: 'idf', features: options.words ? 'words' : 'bigrams' })
    const rows = alignClauses(a.length, b.length, scorer, { ...DEFAULT_ALIGN_OPTIONS, threshold: options.threshold })
    for (const row of rows) {
      if (row.a.length === 0 || row.b.length === 0) continue
      if (row.a.length > 1) siblings.push({ statement: i, clauses: row.a })
      if (row.b.length > 1) siblings.push({ statement: j, clauses: row.b })
      // rounded: the same alignment on another thread sums its weights in another order, and ties must break alike
      const score = Math.round(row.score * 1e9) / 1e9
      for (const x of row.a)
        for (const y of row.b) links.push({ from: { statement: i, clause: x }, to: { statement: j, clause: y }, score })
    }
  }
  return { links, siblings }
}
