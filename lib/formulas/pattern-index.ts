/**
 * Every use of many known phrases in a statement, found in one pass over its
 * text: the phrases are filed under their first few characters, and at each
 * position of the text only the phrases filed under the characters found
 * there are tried. A fold-in (lib/formulas/fold-in) looks for a few thousand
 * formulas in one new statement; a sharded mining (lib/formulas/sharded)
 * looks for tens of thousands in ten thousand statements, where trying every
 * phrase against every statement would take hours.
 */
import { clauseInfos, printedRange, type ClauseInfo } from './records'
import type { FormulaSourceStatement } from './types'
import { cutsWord } from './word-edges'

/** A variant of a formula, as stored. */
export interface KnownVariant {
  formulaId: string
  /** 0 is the main variant */
  position: number
  /** in comparison form, names as placeholders */
  pattern: string
}

/** A use found, in comparison units of its clause. */
export interface Match {
  /** index into the variants given to patternIndex */
  variant: number
  /** index of the clause in the statement */
  clause: number
  from: number
  to: number
}

/** Characters a phrase is filed under: no formula is shorter (six ideographs, three words, a quoted term of four). */
const KEY_LENGTH = 4

export interface PatternIndex {
  variants: readonly KnownVariant[]
  /** every use in these clauses (comparison forms), by formula and then by position in the text */
  matchesIn(clauses: readonly Pick<ClauseInfo, 'comparable'>[]): Match[]
}

/**
 * The index of `variants`. A formula's variants may overlap at one place (one
 * is the other with a word more): the one listed first (position 0 is the main
 * one, the more used when the formula was mined) is taken there, and each
 * variant's own overlapping uses are each counted, as the miner counts them.
 * A use that begins or ends inside a Latin word is not one (cutsWord).
 */
export function patternIndex(variants: readonly KnownVariant[]): PatternIndex {
  // filed by the first KEY_LENGTH characters (shorter phrases by all of theirs, in maps of their own length)
  const byLength = new Map<number, Map<string, number[]>>()
  variants.forEach((variant, k) => {
    if (variant.pattern.length < 2) return
    const length = Math.min(KEY_LENGTH, variant.pattern.length)
    let filed = byLength.get(length)
    if (!filed) byLength.set(length, (filed = new Map()))
    const key = variant.pattern.slice(0, length)
    const list = filed.get(key)
    if (list) list.push(k)
    else filed.set(key, [k])
  })
  const lengths = [...byLength].sort(([x], [y]) => y - x)
  // formulas are told apart by index: the ids as numbers
  const formulaOf = new Int32Array(variants.length)
  const formulas = new Map<string, number>()
  variants.forEach((variant, k) => {
    // a wording too short to look for numbers no formula: formulas come out in the order of their first wording looked for
    if (variant.pattern.length < 2) return
    let f = formulas.get(variant.formulaId)
    if (f === undefined) formulas.set(variant.formulaId, (f = formulas.size))
    formulaOf[k] = f
  })

  const matchesIn = (clauses: readonly Pick<ClauseInfo, 'comparable'>[]): Match[] => {
    const raw: Match[] = []
    clauses.forEach(({ comparable: { text } }, clause) => {
      for (let at = 0; at + 1 < text.length; at++) {
        for (const [length, filed] of lengths) {
          if (at + length > text.length) continue
          const list = filed.get(text.slice(at, at + length))
          if (!list) continue
          for (const k of list) {
            const { pattern } = variants[k] as KnownVariant
            if (!text.startsWith(pattern, at) || cutsWord(text, at, at + pattern.length)) continue
            raw.push({ variant: k, clause, from: at, to: at + pattern.length })
          }
        }
      }
    })
    // per formula, its variants in their order, each variant's uses in the text's: a use another variant already holds is not one
    raw.sort(
      (x, y) =>
        (formulaOf[x.variant] as number) - (formulaOf[y.variant] as number) ||
        (variants[x.variant] as KnownVariant).position - (variants[y.variant] as KnownVariant).position ||
        x.clause - y.clause ||
        x.from - y.from,
    )
    const kept: Match[] = []
    for (let lo = 0; lo < raw.length;) {
      const formula = formulaOf[(raw[lo] as Match).variant] as number
      let hi = lo
      while (hi < raw.length && formulaOf[(raw[hi] as Match).variant] === formula) hi++
      const taken: Match[] = []
      for (let k = lo; k < hi; k++) {
        const use = raw[k] as Match
        const position = (variants[use.variant] as KnownVariant).position
        if (
          taken.some(
            (other) =>
              other.clause === use.clause &&
              (variants[other.variant] as KnownVariant).position !== position &&
              other.from < use.to &&
              use.from < other.to,
          )
        )
          continue
        taken.push(use)
      }
      taken.sort((x, y) => x.clause - y.clause || x.from - y.from)
      kept.push(...taken)
      lo = hi
    }
    return kept
  }
  return { variants, matchesIn }
}

/** A use found in a statement: the match, its wording, and where it is in the clause as printed. */
export interface Use {
  statement: FormulaSourceStatement
  /** the statement's clauses as the miner reads them */
  infos: ClauseInfo[]
  match: Match
  variant: KnownVariant
  clauseId: number
  /** offsets into the clause's printed text */
  printed: { start: number; end: number }
}

/**
 * Each use of the index's wordings in these statements, statement by
 * statement, each statement's in the order matchesIn gives them (a fold-in
 * writes them; a sharded mining counts them).
 */
export function forEachUse(statements: readonly FormulaSourceStatement[], index: PatternIndex, visit: (use: Use) => void): void {
  for (const statement of statements) {
    const infos = clauseInfos(statement)
    for (const match of index.matchesIn(infos)) {
      visit({
        statement,
        infos,
        match,
        variant: index.variants[match.variant] as KnownVariant,
        clauseId: (statement.clauses[match.clause] as FormulaSourceStatement['clauses'][number]).id,
        printed: printedRange(infos[match.clause] as ClauseInfo, match.from, match.to),
      })
    }
  }
}
