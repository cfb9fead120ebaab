/**
 * Families from pairwise links: single-linkage clustering in the order of the
 * links' scores (Kruskal's order, best first), where a link that would put two
 * clauses of one statement into one family is refused unless the aligner
 * itself joined them (a merge or split, consecutive clauses). So each clause
 * belongs to exactly one family, a family has at most one place in each
 * statement, and when two links conflict the stronger one wins: a clause
 * whose true counterpart is in the family already cannot be pulled in by a
 * weaker chain through a third statement.
 *
 * Single linkage alone lets one link carry a clause into a family that the
 * other statements' alignments say it does not belong to (a preamble linked
 * to one statement's opening, whose other counterparts the aligner never
 * paired with it). So two groups do not join on one pair of statements
 * alone: when the link between them is the only pair of statements (one in
 * each group) that links their clauses, and two or more such pairs link
 * nothing, they stay apart (`agree`). No more is asked: the aligner misses
 * far more true links than it makes false ones (its recall on statements of
 * different templates is near 40%), so a missing link is weak evidence, and
 * a rule that wanted most pairs linked would break up true families of many
 * statements.
 *
 * Links of equal score are taken in an order the caller can fix (`tieBreak`),
 * so that the order in which the statements are given does not decide which
 * of two such links joins first.
 */
import { isUnsure } from '@/lib/compare/sure-link'
import type { ClauseRef, Link, Siblings } from './pair-links'

/** The largest number of one statement's clauses in one family (a 1:3 split). */
const MAX_CLAUSES_PER_STATEMENT = 3

/** The sure bar of every link: one for all, or each link's own. */
export type SureBar = number | ((link: Link) => number)

/** Each link's sure bar, from one bar for all or a bar per link. */
export function linkBars(sure: SureBar): (link: Link) => number {
  return typeof sure === 'number' ? () => sure : sure
}

/**
 * The families of clauses, each a list of clause references sorted by
 * statement and clause; every clause of every statement is in exactly one
 * (alone if nothing links it).
 * @param sizes each statement's number of clauses
 */
export function groupFamilies(
  sizes: readonly number[],
  links: readonly Link[],
  siblings: readonly Siblings[],
  { sure = 0, tieBreak }: { sure?: SureBar; tieBreak?: (p: Link, q: Link) => number } = {},
): ClauseRef[][] {
  const offsets: number[] = []
  let total = 0
  for (const size of sizes) {
    offsets.push(total)
    total += size
  }
  const node = (ref: ClauseRef) => (offsets[ref.statement] as number) + ref.clause
  const joined = new Set<string>()
  for (const group of siblings) for (let k = 1; k < group.clauses.length; k++) joined.add(`${group.statement}:${group.clauses[k - 1]}`)

  const sets = new DisjointSets()
  const find = (x: number) => sets.find(x)
  // per root: statement → its clauses in the family
  const members = new Map<number, Map<number, number[]>>()
  const membersOf = (root: number, ref?: ClauseRef): Map<number, number[]> => {
    let m = members.get(root)
    if (!m) {
      m = new Map(ref ? [[ref.statement, [ref.clause]]] : [])
      members.set(root, m)
    }
    return m
  }
  for (let s = 0; s < sizes.length; s++)
    for (let c = 0; c < (sizes[s] as number); c++) membersOf(node({ statement: s, clause: c }), { statement: s, clause: c })

  const compatible = (x: Map<number, number[]>, y: Map<number, number[]>): boolean => {
    for (const [statement, clauses] of y) {
      const mine = x.get(statement)
      if (!mine) continue
      const all = [...mine, ...clauses].sort((p, q) => p - q)
      if (all.length > MAX_CLAUSES_PER_STATEMENT) return false
      for (let k = 1; k < all.length; k++) {
        if ((all[k] as number) !== (all[k - 1] as number) + 1 || !joined.has(`${statement}:${all[k - 1]}`)) return false
      }
    }
    return true
  }

  // sure as the pair view marks it (isUnsure), against the link's own bar when its clauses have one
  const barOf = linkBars(sure)
  // every clause's linked clauses, weak links too: what confirms a weak link, and the evidence of agreement
  const neighbours = neighbourSets(links, node)
  const linked = (a: number, b: number) => neighbours.get(a)?.has(b) ?? false
  const byScore = (p: Link, q: Link) => q.score - p.score || (tieBreak ? tieBreak(p, q) : 0)
  const ordered = [...links.filter((l) => !isUnsure(l.score, barOf(l)))].sort(byScore)
  ordered.push(
    ...corroborated(
      links.filter((l) => isUnsure(l.score, barOf(l))),
      neighbours,
      node,
    ).sort(byScore),
  )
  const agree = (x: Map<number, number[]>, y: Map<number, number[]>): boolean => {
    // a statement split across the two groups (its clauses joined by the aligner) counts with all of its clauses
    const nodes = new Map<number, number[]>()
    for (const statement of new Set([...x.keys(), ...y.keys()]))
      nodes.set(
        statement,
        [...(x.get(statement) ?? []), ...(y.get(statement) ?? [])].map((clause) => node({ statement, clause })),
      )
    let yes = 0
    let no = 0
    for (const s of x.keys()) {
      const from = nodes.get(s) as number[]
      for (const t of y.keys()) {
        if (s === t) continue
        const to = nodes.get(t) as number[]
        if (from.some((a) => to.some((b) => linked(a, b)))) yes++
        else no++
      }
    }
    return yes !== 1 || no < 2
  }
  for (const link of ordered) {
    const x = find(node(link.from))
    const y = find(node(link.to))
    if (x === y) continue
    const mx = membersOf(x)
    const my = membersOf(y)
    if (!compatible(mx, my)) continue
    if (!agree(mx, my)) continue
    const [keep, gone] = mx.size >= my.size ? [x, y] : [y, x]
    const into = membersOf(keep)
    for (const [statement, clauses] of membersOf(gone))
      into.set(
        statement,
        [...(into.get(statement) ?? []), ...clauses].sort((p, q) => p - q),
      )
    members.delete(gone)
    sets.join(gone, keep)
  }

  const families: ClauseRef[][] = []
  for (const m of members.values()) {
    const family: ClauseRef[] = []
    for (const statement of [...m.keys()].sort((p, q) => p - q))
      for (const clause of m.get(statement) as number[]) family.push({ statement, clause })
    families.push(family)
  }
  return families
}

/**
 * The weak links that a third statement confirms: x–y where some clause z of
 * another statement is linked to both x and y. Two separately drafted
 * statements share many formulas, so a weak pairwise link is often a chance
 * resemblance; the same resemblance found independently against a third text
 * rarely is.
 */
function corroborated(weak: readonly Link[], neighbours: ReadonlyMap<number, Set<number>>, node: (ref: ClauseRef) => number): Link[] {
  return weak.filter((link) => {
    const x = neighbours.get(node(link.from)) as Set<number>
    const y = neighbours.get(node(link.to)) as Set<number>
    for (const z of x) if (y.has(z)) return true
    return false
  })
}

/** Each clause's linked clauses, both ways. */
function neighbourSets(links: readonly Link[], node: (ref: ClauseRef) => number): Map<number, Set<number>> {
  const neighbours = new Map<number, Set<number>>()
  const add = (x: number, y: number) => {
    let set = neighbours.get(x)
    if (!set) neighbours.set(x, (set = new Set()))
    set.add(y)
  }
  for (const link of links) {
    add(node(link.from), node(link.to))
    add(node(link.to), node(link.from))
  }
  return neighbours
}

/** How a statement's clauses hold to their family when only weak links tie them to it: the best of those links, and its sure bar. */
export interface WeakHold {
  score: number
  bar: number
}

/**
 * The statements of a family whose clauses are tied to its core only by links
 * below their sure bar (which joined because a third statement confirmed
 * them, see corroborated): the collation's unsure cells, as the pair view
 * marks its unsure pairs. The core is the largest group of the family's
 * statements that sure links connect; a family with no sure link, or with two
 * such groups as large as each other, has none, and every one of its
 * statements is weakly held (so the marks do not depend on the statements' order).
 * @param links the links between the family's own clauses
 * @returns by statement, the best link between its sure group and the core
 *   (or, without a core, any other statement), with that link's bar
 */
export function weakHolds(family: readonly ClauseRef[], links: readonly Link[], barOf: (link: Link) => number): Map<number, WeakHold> {
  const statements = [...new Set(family.map((ref) => ref.statement))].sort((p, q) => p - q)
  const holds = new Map<number, WeakHold>()
  if (statements.length < 2) return holds
  // groups of statements connected by sure links
  const groups = new DisjointSets()
  const root = (s: number) => groups.find(s)
  for (const link of links) if (!isUnsure(link.score, barOf(link))) groups.join(root(link.from.statement), root(link.to.statement))
  const sizes = new Map<number, number>()
  for (const s of statements) sizes.set(root(s), (sizes.get(root(s)) ?? 0) + 1)
  // the core: the one largest group, of two statements or more; with two as large, neither is (the weak link
  // between them is as doubtful for one as for the other, and which came first in the collation must not decide it)
  const largest = Math.max(...sizes.values())
  const tops = [...sizes].filter(([, size]) => size === largest)
  const core = largest >= 2 && tops.length === 1 ? (tops[0] as [number, number])[0] : null
  const inCore = (s: number) => core !== null && root(s) === core
  // a statement outside the core is held by the best link between its sure group and the core (or, with no core, any
  // other statement; or, when its group reaches the core only through another weak one, any other group): below its bar, as
  // a link between two groups is
  const hold = (s: number, reaches: (other: number) => boolean): WeakHold | null => {
    let best: WeakHold | null = null
    for (const link of links) {
      const [x, y] = [link.from.statement, link.to.statement]
      const other = root(x) === root(s) ? y : root(y) === root(s) ? x : null
      if (other === null || root(other) === root(s) || !reaches(other)) continue
      if (!best || link.score > best.score) best = { score: link.score, bar: barOf(link) }
    }
    return best
  }
  for (const s of statements) {
    if (inCore(s)) continue
    const best = (core !== null ? hold(s, inCore) : null) ?? hold(s, () => true)
    if (best) holds.set(s, best)
  }
  return holds
}

/** Disjoint sets of numbers (union-find with path halving); a number never joined is a set of its own. */
class DisjointSets {
  private readonly parent = new Map<number, number>()

  find(x: number): number {
    let p = this.parent.get(x)
    while (p !== undefined && p !== x) {
      const grand = this.parent.get(p) ?? p
      this.parent.set(x, grand)
      x = grand
      p = this.parent.get(x)
    }
    return x
  }

  /** Puts the set whose root is `root` under the set whose root is `into` (both roots, as find returns them). */
  join(root: number, into: number): void {
    if (root !== into) this.parent.set(root, into)
  }
}
