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
import { HOME_PARTY_CODES } from '@/lib/parties/gazetteer'
import type { CompareClause, CompareStatement, Piece } from '@/lib/compare/types'
import { diffTexts } from '@/lib/diff/diff-texts'
import type { DiffOp } from '@/lib/diff/types'
import { comparableClause, joinComparables, maskFor, type ComparableClause } from '@/lib/text/comparable'
import { contentCharacters } from '@/lib/text/normalize'
import { groupFamilies } from './group-families'
import { orderFamilies } from './order-families'
import { pairLinks, type ClauseRef, type Link, type PairLinks } from './pair-links'
import type { Cell, CellClause, CollateOptions, CollationResult, Family, StatementSummary } from './types'

export const DEFAULT_COLLATE_OPTIONS: CollateOptions = {
  threshold: DEFAULT_COMPARE_OPTIONS.threshold,
  granularity: DEFAULT_COMPARE_OPTIONS.granularity,
  mask: true,
}
export const MIN_COLLATED = 3
export const MAX_COLLATED = 20
const DIFF_TIMEOUT_MS = 200

/**
 * Per language, the pairwise aligner's row score from which its links are
 * right at least 95% of the time on the pairwise gold alignments
 * (data/gold/*.json and data/gold/collection/*.json, chosen by `npm run eval --
 * --collation --calibrate`); weaker links join a family only when
 * a third statement confirms them.
 */
export const SURE_LINK = { zh: 0.25, en: 0.45 } as const

/**
 * The collation of 3 to 20 statements of one language.
 * @example collateStatements([kyrgyzstan, tajikistan, uae]).families[0].presence // 3
 */
export function collateStatements(
  statements: readonly CompareStatement[],
  options: CollateOptions = DEFAULT_COLLATE_OPTIONS,
  /** the pairwise links, when they were computed elsewhere (in worker threads: lib/worker/collate-in-workers.ts) from collationTexts */
  computed?: PairLinks,
): CollationResult {
  if (statements.length < 2 || statements.length > MAX_COLLATED)
    throw new Error(`collateStatements takes 2 to ${MAX_COLLATED} statements, not ${statements.length}`)
  const comparables = statements.map((s) =>
    s.clauses.map((c) => comparableClause(c.text, c.label, maskFor(ownCounterparts(s, statements), options.mask))),
  )
  const english = isEnglish(statements)
  const { links, siblings } =
    computed ??
    pairLinks(
      comparables.map((list) => list.map((c) => c.comparable.text)),
      { threshold: options.threshold, words: english },
    )
  const groups = groupFamilies(
    statements.map((s) => s.clauses.length),
    links,
    siblings,
    { sure: options.sure ?? SURE_LINK[english ? 'en' : 'zh'] },
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
  const families = order.map((id, k) =>
    wordFamily(k + 1, groups[id] as ClauseRef[], inside[id] as Link[], statements, comparables, moved, id, options),
  )
  const rowOf = new Map(order.map((id, k) => [id, k + 1]))
  const summaries = statements.map((s, k) => summarise(k, s, families, sequences[k] as number[], moved[k] as Set<number>, rowOf))
  const counts = { all: 0, some: 0, one: 0 }
  for (const family of families) counts[presenceClass(family.presence, statements.length)]++
  return { statements: [...statements], options, families, summaries, counts }
}

const isEnglish = (statements: readonly CompareStatement[]) => statements.every((s) => s.language === 'en')

/**
 * What the pairwise alignments of a collation work on: each statement's
 * clauses in comparison form, masked as the collation masks them, and whether
 * to compare on words.
 */
export function collationTexts(statements: readonly CompareStatement[], options: CollateOptions): { texts: string[][]; words: boolean } {
  return {
    texts: statements.map((s) =>
      s.clauses.map((c) => comparableClause(c.text, c.label, maskFor(ownCounterparts(s, statements), options.mask)).comparable.text),
    ),
    words: isEnglish(statements),
  }
}

/** Which presence filter a family falls under. */
export function presenceClass(presence: number, statements: number): 'all' | 'some' | 'one' {
  return presence === statements ? 'all' : presence === 1 ? 'one' : 'some'
}

/**
 * A statement's counterparts in a family: its parties that are not the home
 * party and not shared by every statement (China in five joint statements of
 * China's is no counterpart; Kyrgyzstan in one of them is).
 */
function ownCounterparts(statement: CompareStatement, all: readonly CompareStatement[]): string[] {
  return statement.parties.filter((code) => !HOME_PARTY_CODES.includes(code) && !all.every((s) => s.parties.includes(code)))
}

function wordFamily(
  index: number,
  group: readonly ClauseRef[],
  links: readonly Link[],
  statements: readonly CompareStatement[],
  comparables: readonly ComparableClause[][],
  moved: readonly Set<number>[],
  id: number,
  options: CollateOptions,
): Family {
  const present = statements.map((_, s) => group.filter((ref) => ref.statement === s).map((ref) => ref.clause))
  const sides = present.map((clauses, s) =>
    clauses.length ? joinComparables(clauses.map((c) => (comparables[s] as ComparableClause[])[c] as ComparableClause)) : null,
  )
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
    {
      closeness[link.from.statement] = (closeness[link.from.statement] as number) + link.score
      closeness[link.to.statement] = (closeness[link.to.statement] as number) + link.score
    }
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
  const baseLetters = contentCharacters(baseSide.comparable.text).length
  const cells: (Cell | null)[] = statements.map(() => null)
  ranked.forEach((members, variant) => {
    for (const s of members) {
      const side = sides[s] as NonNullable<(typeof sides)[number]>
      const ops: DiffOp[] =
        variant === 0
          ? [{ op: 'equal', a: baseSide.original, b: side.original, weight: baseLetters }]
          : diffTexts(baseSide, side, { granularity: options.granularity, timeoutMs: DIFF_TIMEOUT_MS })
      const shared = ops.reduce((sum, op) => sum + (op.op === 'equal' ? op.weight : 0), 0)
      const clauses = (present[s] as number[]).map((c) => (statements[s] as CompareStatement).clauses[c] as CompareClause)
      cells[s] = {
        clauses: cellClauses(clauses, ops, side.bounds),
        variant,
        moved: (moved[s] as Set<number>).has(id),
        similarity: baseLetters === 0 ? 1 : Math.min(1, shared / baseLetters),
      }
    }
  })
  return { index, cells, base, presence: sides.filter(Boolean).length, variants: variants.length }
}

/**
 * One cell's clauses with their pieces against the base: the cell's own text
 * cut at clause boundaries ('equal' and 'insert'), and the base's wording it
 * lacks as 'delete' pieces where they would stand.
 */
function cellClauses(clauses: readonly CompareClause[], ops: readonly DiffOp[], bounds: readonly number[]): CellClause[] {
  const result: CellClause[] = clauses.map((c) => ({
    id: c.id,
    position: c.position,
    text: c.text,
    label: c.label,
    section: c.section,
    pieces: [],
  }))
  let offset = 0
  const clauseAt = (at: number) => {
    let k = 0
    while (k + 2 < bounds.length && at >= (bounds[k + 1] as number)) k++
    return k
  }
  for (const op of ops) {
    if (op.op === 'delete') {
      // pieces sit in the clause where the missing wording would stand: the one before the offset, at a clause's end
      const k = clauseAt(Math.max(0, offset - 1))
      result[k]?.pieces.push({ op: 'delete', text: op.a, masked: false })
      continue
    }
    const text = op.b
    const masked = op.op === 'equal' && op.a !== op.b
    let from = 0
    while (from < text.length) {
      const k = clauseAt(offset + from)
      const to = Math.min(text.length, (bounds[k + 1] as number) - offset)
      const piece: Piece = { op: op.op, text: text.slice(from, to), masked }
      result[k]?.pieces.push(piece)
      from = to
    }
    offset += text.length
  }
  return result
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
    else summary.onlyHere += cell.clauses.length
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
