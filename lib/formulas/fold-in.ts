/**
 * The known formulas in statements added after the formulas were mined. Mining
 * reads the whole corpus (lib/formulas/mine-formulas): at ten thousand
 * statements that is minutes and gigabytes, too much for every import. So a
 * large corpus folds a new statement in instead: each variant of every formula
 * already mined is looked for in the statement's clauses, in the comparison
 * form the miner read (partners masked), and on the same word edges, so that
 * a fold-in counts the uses a full mining would count. What a fold-in cannot
 * do is find a phrase that becomes a formula only now, with the new statement
 * as its second use; the next full mining does (lib/services/rebuild-formulas).
 */
import { forEachUse, patternIndex, type KnownVariant } from './pattern-index'
import type { FormulaSourceStatement } from './types'

export type { KnownVariant } from './pattern-index'

/** A use found: printed offsets into the clause, as the Occurrence table keeps them. */
export interface FoundOccurrence {
  formulaId: string
  variant: number
  statementId: number
  clauseId: number
  start: number
  end: number
}

/**
 * Every use of the known formulas in these statements (see patternIndex: a
 * use another variant of the formula holds is not one, a use cut inside a
 * word is not one).
 * @example findKnownFormulas([{ id: 9, date: null, kind: 'joint-statement', parties: [], clauses: [{ id: 1, text: '双方坚定奉行一个中国原则。', label: null }] }], [{ formulaId: 'f1', position: 0, pattern: '坚定奉行一个中国原则' }])[0]?.start // 2
 */
export function findKnownFormulas(statements: readonly FormulaSourceStatement[], variants: readonly KnownVariant[]): FoundOccurrence[] {
  const found: FoundOccurrence[] = []
  forEachUse(statements, patternIndex(variants), (use) =>
    found.push({
      formulaId: use.variant.formulaId,
      variant: use.variant.position,
      statementId: use.statement.id,
      clauseId: use.clauseId,
      ...use.printed,
    }),
  )
  return found
}
