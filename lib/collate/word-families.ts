/**
 * Stage 5 of a collation: each family's wording. Identical wordings (in
 * comparison form: masked names, width and spacing aside) are one variant;
 * the base is the variant most statements share, among equals the one the
 * pairwise aligner linked most closely to the rest, then the earliest
 * statement's; every other variant is diffed against it (lib/diff, Myers via
 * jsdiff), once per variant. Families are independent of each other, so they
 * can be worded in any order or on any thread.
 */
import { rowClauses } from '@/lib/compare/row-clauses'
import type { CompareClause, CompareStatement } from '@/lib/compare/types'
import { diffTexts } from '@/lib/diff/diff-texts'
import type { DiffOp } from '@/lib/diff/types'
import { comparableClause, joinComparables, maskFor, type ComparableClause } from '@/lib/text/comparable'
import { contentCharacters, contentLength } from '@/lib/text/normalize'
import { ownCounterparts } from './collation-texts'
import type { WeakHold } from './group-families'
import type { ClauseRef, Link } from './pair-links'
import type { Cell, CollateOptions, Family } from './types'

const DIFF_TIMEOUT_MS = 200

/** A family to word: its row number, its clauses, the links between them, and per statement whether it has it out of order and whether it is only weakly held to it. */
export interface FamilyToWord {
  index: number
  refs: ClauseRef[]
  links: Link[]
  moved: boolean[]
  unsure: (WeakHold | null)[]
}

/** The families worded, in the order given. */
export function wordFamilies(
  statements: readonly CompareStatement[],
  options: CollateOptions,
  families: readonly FamilyToWord[],
): Family[] {
  const masks = statements.map((s) => maskFor(ownCounterparts(s, statements), options.mask))
  const made = new Map<string, ComparableClause>()
  const comparable = (s: number, c: number): ComparableClause => {
    const key = `${s}:${c}`
    let found = made.get(key)
    if (!found) {
      const clause = (statements[s] as CompareStatement).clauses[c] as CompareClause
      found = comparableClause(clause.text, clause.label, masks[s] ?? null)
      made.set(key, found)
    }
    return found
  }
  return families.map((family) => wordFamily(family, statements, comparable, options))
}

function wordFamily(
  { index, refs: group, links, moved, unsure }: FamilyToWord,
  statements: readonly CompareStatement[],
  comparable: (statement: number, clause: number) => ComparableClause,
  options: CollateOptions,
): Family {
  const present = statements.map((_, s) => group.filter((ref) => ref.statement === s).map((ref) => ref.clause))
  const sides = present.map((clauses, s) => (clauses.length ? joinComparables(clauses.map((c) => comparable(s, c))) : null))
  // identical wordings (in comparison form: masked names and spacing aside) are one variant
  const keys = sides.map((side) => (side ? contentCharacters(side.comparable.text).join('') : null))
  const byKey = new Map<string, number[]>()
  keys.forEach((key, s) => {
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), s])
  })
  const variants = [...byKey.values()]
  // how close a wording is to the others: the aligner's scores of its links to the family's other statements
  const closeness = statements.map(() => 0)
  for (const link of links) {
    closeness[link.from.statement] = (closeness[link.from.statement] as number) + link.score
    closeness[link.to.statement] = (closeness[link.to.statement] as number) + link.score
  }
  const centrality = (members: readonly number[]) =>
    Math.round((members.reduce((sum, s) => sum + (closeness[s] as number), 0) / members.length) * 1e6) / 1e6
  // the base: the wording most statements share; among equals, the one the aligner found closest to the rest, then the earliest statement
  const ranked =
    variants.length > 1
      ? variants
          .map((members) => ({ members, centrality: centrality(members) }))
          .sort(
            (x, y) =>
              y.members.length - x.members.length || y.centrality - x.centrality || (x.members[0] as number) - (y.members[0] as number),
          )
          .map((x) => x.members)
      : variants
  const base = (ranked[0] as number[])[0] as number
  const baseSide = sides[base] as NonNullable<(typeof sides)[number]>
  const baseLetters = contentLength(baseSide.comparable.text)
  const cells: (Cell | null)[] = statements.map(() => null)
  // one diff per text as printed: a copy of the base's wording with another partner's name, or other punctuation,
  // is diffed too, so that only the name is marked as masked and the punctuation as changed
  const diffs = new Map<string, DiffOp[]>([
    [baseSide.original, [{ op: 'equal', a: baseSide.original, b: baseSide.original, weight: baseLetters }]],
  ])
  ranked.forEach((members, variant) => {
    for (const s of members) {
      const side = sides[s] as NonNullable<(typeof sides)[number]>
      let ops = diffs.get(side.original)
      if (!ops) {
        ops = diffTexts(baseSide, side, { granularity: options.granularity, timeoutMs: DIFF_TIMEOUT_MS })
        diffs.set(side.original, ops)
      }
      const shared = ops.reduce((sum, op) => sum + (op.op === 'equal' ? op.weight : 0), 0)
      const clauses = (present[s] as number[]).map((c) => (statements[s] as CompareStatement).clauses[c] as CompareClause)
      cells[s] = {
        clauses: rowClauses(clauses, ops, 'b', side.bounds, { otherSide: true }),
        variant,
        moved: moved[s] === true,
        similarity: baseLetters === 0 ? 1 : Math.min(1, shared / baseLetters),
        ...(unsure[s] ? { unsure: unsure[s] } : {}),
      }
    }
  })
  return { index, cells, base, presence: sides.filter(Boolean).length, variants: variants.length }
}
