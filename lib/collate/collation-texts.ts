/**
 * Stage 1 of a collation: each statement's clauses in comparison form,
 * normalised, with its own counterparts masked (the parties that not every
 * statement of the family has), as the pair view masks a pair.
 */
import type { CompareStatement } from '@/lib/compare/types'
import { HOME_PARTY_CODES } from '@/lib/parties/gazetteer'
import { comparableClause, maskFor } from '@/lib/text/comparable'
import type { CollateOptions } from './types'

export const isEnglish = (statements: readonly CompareStatement[]) => statements.every((s) => s.language === 'en')

/**
 * What the pairwise alignments of a collation work on: each statement's
 * clauses in comparison form, masked as the collation masks them, and whether
 * to compare on words.
 */
export function collationTexts(statements: readonly CompareStatement[], options: CollateOptions): { texts: string[][]; words: boolean } {
  return {
    texts: statements.map((s) => {
      const mask = maskFor(ownCounterparts(s, statements), options.mask)
      return s.clauses.map((c) => comparableClause(c.text, c.label, mask).comparable.text)
    }),
    words: isEnglish(statements),
  }
}

/**
 * A statement's counterparts in a family: its parties that are not the home
 * party and not shared by every statement (China in five joint statements of
 * China's is no counterpart; Kyrgyzstan in one of them is).
 */
export function ownCounterparts(statement: CompareStatement, all: readonly CompareStatement[]): string[] {
  return statement.parties.filter((code) => !HOME_PARTY_CODES.includes(code) && !all.every((s) => s.parties.includes(code)))
}
