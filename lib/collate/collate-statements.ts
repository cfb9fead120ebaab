/**
 * Collating a family of statements (3 to 20, one language): the clauses of
 * all of them grouped into families of versions of one sentence, in a table
 * whose columns keep each statement's own order, with each cell's wording
 * against the family's most common wording (its base). Pure: statements in,
 * families out. The stages:
 *
 * 1. normalise and mask each statement's own counterparts (the parties not
 *    every statement has), as the pair view does;
 * 2. align every pair with the pairwise aligner (pair-links.ts);
 * 3. group the linked clauses into families, best links first, one family per
 *    clause (group-families.ts);
 * 4. order the families, each statement keeping its order, the rest moved
 *    (order-families.ts);
 * 5. per family, group identical wordings into variants, take the most common
 *    as the base, and diff every other variant against it (lib/diff).
 */
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import type { CompareStatement } from '@/lib/compare/types'
import { pairBarOf, SURE_LINK } from '@/lib/compare/sure-link'
import { collationTexts, isEnglish } from './collation-texts'
import { groupFamilies, linkBars, weakHolds, type WeakHold } from './group-families'
import { orderFamilies } from './order-families'
import { pairLinks, type ClauseRef, type Link, type PairLinks } from './pair-links'
import type { CollateOptions, CollationResult, Family, StatementSummary } from './types'
import { wordFamilies, type FamilyToWord } from './word-families'

export const DEFAULT_COLLATE_OPTIONS: CollateOptions = {
  threshold: DEFAULT_COMPARE_OPTIONS.threshold,
  granularity: DEFAULT_COMPARE_OPTIONS.granularity,
  mask: true,
}
import { MAX_COLLATED } from './limits'
export { MAX_COLLATED, MIN_COLLATED } from './limits'

/** Weaker pairwise links than the language's sure bar (lib/compare/sure-link) join a family only when a third statement confirms them. */
export { SURE_LINK }

/**
 * The collation of 3 to 20 statements of one language.
 * @example collateStatements([kyrgyzstan, tajikistan, uae]).families[0].presence // 3
 */
export function collateStatements(
  statements: readonly CompareStatement[],
  options: CollateOptions = DEFAULT_COLLATE_OPTIONS,
): CollationResult {
  checkCount(statements)
  const { texts, words } = collationTexts(statements, options)
  const plan = planCollation(statements, options, pairLinks(texts, { threshold: options.threshold, words }))
  return finishCollation(statements, options, plan, wordFamilies(statements, options, familiesToWord(plan)))
}

function checkCount(statements: readonly CompareStatement[]): void {
  if (statements.length < 2 || statements.length > MAX_COLLATED)
    throw new Error(`collateStatements takes 2 to ${MAX_COLLATED} statements, not ${statements.length}`)
}

/** The families and their order, before their wording is diffed. */
export interface CollationPlan {
  /** each family's clauses, by family id */
  groups: ClauseRef[][]
  /** family ids in the table's order */
  order: number[]
  /** per statement, the families it has out of the table's order */
  moved: Set<number>[]
  /** per statement, its families in its own order */
  sequences: number[][]
  /** by family id, the pairwise links between its own clauses */
  inside: Link[][]
  /** by family id, its statements held to it only by links below their sure bar (weakHolds) */
  weak: Map<number, WeakHold>[]
}

/**
 * Each link's sure bar, as the pair view would give its row: the language's
 * (SURE_LINK), or its long clauses' when both clauses are long (LONG_CLAUSE_BAR).
 */
function linkBar(statements: readonly CompareStatement[]): (link: Link) => number {
  const barOf = pairBarOf(isEnglish(statements))
  const text = (ref: ClauseRef) => (statements[ref.statement] as CompareStatement).clauses[ref.clause]?.text ?? ''
  return (link) => barOf([text(link.from), text(link.to)])
}

/**
 * Links of equal score in the order of their clauses' statements' slugs and
 * positions, which the order the statements are given in does not change.
 */
function bySlugs(statements: readonly CompareStatement[]): (p: Link, q: Link) => number {
  const end = (ref: ClauseRef) => `${(statements[ref.statement] as CompareStatement).slug}#${String(ref.clause).padStart(6, '0')}`
  // built once per link: the comparator runs on every score tie of the sort
  const keys = new WeakMap<Link, string>()
  const key = (link: Link) => {
    let k = keys.get(link)
    if (k === undefined) keys.set(link, (k = [end(link.from), end(link.to)].sort().join(' ')))
    return k
  }
  return (p, q) => {
    const [a, b] = [key(p), key(q)]
    return a < b ? -1 : a > b ? 1 : 0
  }
}

/** Stages 3 and 4: families from the pairwise links, and their order. */
export function planCollation(
  statements: readonly CompareStatement[],
  options: CollateOptions,
  { links, siblings }: PairLinks,
): CollationPlan {
  checkCount(statements)
  const sure = options.sure ?? linkBar(statements)
  const groups = groupFamilies(
    statements.map((s) => s.clauses.length),
    links,
    siblings,
    { sure, tieBreak: bySlugs(statements) },
  )
  // each statement's families in its own order: by the family's first clause there
  const firstClause = (group: readonly ClauseRef[], statement: number) => group.find((ref) => ref.statement === statement)?.clause ?? -1
  const sequences = statements.map((_, s) =>
    groups
      .map((group, id) => ({ id, first: firstClause(group, s) }))
      .filter((x) => x.first >= 0)
      .sort((x, y) => x.first - y.first)
      .map((x) => x.id),
  )
  const { order, moved } = orderFamilies(sequences)
  // the links inside each family, for choosing its base
  const familyOf = new Map<string, number>()
  groups.forEach((group, id) => group.forEach((ref) => familyOf.set(`${ref.statement}:${ref.clause}`, id)))
  const inside = groups.map((): Link[] => [])
  for (const link of links) {
    const id = familyOf.get(`${link.from.statement}:${link.from.clause}`) as number
    if (id === familyOf.get(`${link.to.statement}:${link.to.clause}`)) inside[id]?.push(link)
  }
  const barOf = linkBars(sure)
  const weak = groups.map((group, id) => weakHolds(group, inside[id] as Link[], barOf))
  return { groups, order, moved, sequences, inside, weak }
}

/** The families of a plan in the table's order, as stage 5 words them. */
export function familiesToWord(plan: CollationPlan): FamilyToWord[] {
  return plan.order.map((id, k) => ({
    index: k + 1,
    refs: plan.groups[id] as ClauseRef[],
    links: plan.inside[id] as Link[],
    moved: plan.moved.map((set) => set.has(id)),
    // one entry per statement, as `moved` has: the plan's sequences are per statement
    unsure: plan.sequences.map((_, s) => plan.weak[id]?.get(s) ?? null),
  }))
}

/** The collation from its plan and its worded families (in the table's order): each statement's summary and the counts. */
export function finishCollation(
  statements: readonly CompareStatement[],
  options: CollateOptions,
  plan: CollationPlan,
  families: Family[],
): CollationResult {
  const rowOf = new Map(plan.order.map((id, k) => [id, k + 1]))
  const summaries = statements.map((s, k) => summarise(k, s, families, plan.sequences[k] as number[], plan.moved[k] as Set<number>, rowOf))
  const counts = { all: 0, some: 0, one: 0 }
  for (const family of families) counts[presenceClass(family.presence, statements.length)]++
  return { statements: [...statements], options, families, summaries, counts }
}

/** Which presence filter a family falls under. */
export function presenceClass(presence: number, statements: number): 'all' | 'some' | 'one' {
  return presence === statements ? 'all' : presence === 1 ? 'one' : 'some'
}

function summarise(
  statement: number,
  s: CompareStatement,
  families: readonly Family[],
  sequence: readonly number[],
  moved: ReadonlySet<number>,
  rowOf: ReadonlyMap<number, number>,
): StatementSummary {
  const total = families[0]?.cells.length ?? 0
  const summary: StatementSummary = { clauses: s.clauses.length, inAll: 0, inSome: 0, onlyHere: 0, reworded: 0, moved: [] }
  for (const family of families) {
    const cell = family.cells[statement]
    if (!cell) continue
    const presence = presenceClass(family.presence, total)
    if (presence === 'all') summary.inAll++
    else if (presence === 'some') summary.inSome++
    else summary.onlyHere++
    if (cell.variant > 0) summary.reworded++
  }
  let after = 0
  for (const id of sequence) {
    const row = rowOf.get(id) as number
    if (moved.has(id)) summary.moved.push({ family: row, after })
    else after = row
  }
  return summary
}
