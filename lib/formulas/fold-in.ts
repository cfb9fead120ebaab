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
import { clauseInfos, printedRange } from './records'
import type { FormulaSourceStatement } from './types'
import { cutsWord } from './word-edges'

/** A variant of a mined formula, as stored. */
export interface KnownVariant {
  formulaId: string
  /** 0 is the main variant */
  position: number
  /** in comparison form, names as placeholders */
  pattern: string
}

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
 * Every use of the known formulas in these statements. A formula's variants
 * may overlap at one place (one is the other with a word more): the one
 * listed first (the more used when the formula was mined) is taken there.
 * @example findKnownFormulas([{ id: 9, date: null, kind: 'joint-statement', parties: [], clauses: [{ id: 1, text: '双方坚定奉行一个中国原则。', label: null }] }], [{ formulaId: 'f1', position: 0, pattern: '坚定奉行一个中国原则' }])[0]?.start // 2
 */
export function findKnownFormulas(statements: readonly FormulaSourceStatement[], variants: readonly KnownVariant[]): FoundOccurrence[] {
  const byFormula = new Map<string, KnownVariant[]>()
  for (const variant of variants) {
    if (variant.pattern.length < 2) continue
    const list = byFormula.get(variant.formulaId) ?? []
    list.push(variant)
    byFormula.set(variant.formulaId, list)
  }
  for (const list of byFormula.values()) list.sort((x, y) => x.position - y.position)
  const found: FoundOccurrence[] = []
  for (const statement of statements) {
    const infos = clauseInfos(statement)
    // the clauses joined, so that each pattern is looked for once per statement; no pattern holds the separator
    const starts: number[] = []
    let joined = ''
    for (const info of infos) {
      starts.push(joined.length)
      joined += `${info.comparable.text}${SEPARATOR}`
    }
    // a pattern whose first or last two characters the statement lacks is not in it
    const pairs = new Set<string>()
    for (let k = 0; k + 1 < joined.length; k++) pairs.add(joined.slice(k, k + 2))
    for (const [formulaId, list] of byFormula) {
      const taken: { from: number; to: number; variant: number }[] = []
      for (const { pattern, position } of list) {
        if (!pairs.has(pattern.slice(0, 2)) || !pairs.has(pattern.slice(-2))) continue
        for (let at = joined.indexOf(pattern); at !== -1; at = joined.indexOf(pattern, at + 1)) {
          const to = at + pattern.length
          const clause = clauseAt(starts, at)
          const text = (infos[clause] as (typeof infos)[number]).comparable.text
          const from = at - (starts[clause] as number)
          if (cutsWord(text, from, from + pattern.length)) continue
          // another variant already there (the miner counts a variant's own overlapping uses, each)
          if (taken.some((use) => use.variant !== position && use.from < to && at < use.to)) continue
          taken.push({ from: at, to, variant: position })
        }
      }
      taken.sort((x, y) => x.from - y.from)
      for (const use of taken) {
        const clause = clauseAt(starts, use.from)
        const offset = starts[clause] as number
        found.push({
          formulaId,
          variant: use.variant,
          statementId: statement.id,
          clauseId: (statement.clauses[clause] as FormulaSourceStatement['clauses'][number]).id,
          ...printedRange(infos[clause] as (typeof infos)[number], use.from - offset, use.to - offset),
        })
      }
    }
  }
  return found
}

const SEPARATOR = '\u0000'

/** The clause whose text holds offset `at` of the joined text (the last start at or before it). */
function clauseAt(starts: readonly number[], at: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] as number) <= at) low = middle
    else high = middle - 1
  }
  return low
}
