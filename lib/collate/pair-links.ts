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

export interface PairLinksOptions {
  threshold: number
  /** compare on words (English) rather than character bigrams */
  words: boolean
}

/**
 * Links between the clauses of every pair of statements.
 * @param texts each statement's clauses in comparison form (normalised and masked)
 */
export function pairLinks(texts: readonly (readonly string[])[], options: PairLinksOptions): { links: Link[]; siblings: Siblings[] } {
  const links: Link[] = []
  const siblings: Siblings[] = []
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i] as readonly string[]
      const b = texts[j] as readonly string[]
      const scorer = createDiceScorer(a, b, { weighting: 'idf', features: options.words ? 'words' : 'bigrams' })
      const rows = alignClauses(a.length, b.length, scorer, { ...DEFAULT_ALIGN_OPTIONS, threshold: options.threshold })
      for (const row of rows) {
        if (row.a.length === 0 || row.b.length === 0) continue
        if (row.a.length > 1) siblings.push({ statement: i, clauses: row.a })
        if (row.b.length > 1) siblings.push({ statement: j, clauses: row.b })
        for (const x of row.a)
          for (const y of row.b) links.push({ from: { statement: i, clause: x }, to: { statement: j, clause: y }, score: row.score })
      }
    }
  }
  return { links, siblings }
}
