/**
 * The order of a collation's rows: progressive alignment of the statements'
 * sequences of families, as multiple-witness collators order their variant
 * graph (CollateX's progressive mode). The first statement's order is the
 * frame; each next statement keeps the longest run of its families that the
 * table already has in the same order (a longest increasing subsequence,
 * O(n log n)), the rest of those are moved for it, and the families it is the
 * first to have are put right before its next kept family. Every statement's
 * unmoved cells therefore read top to bottom in its own order, and between two
 * shared rows the rows only some statements have come in the statements' order
 * (the first statement's, then the second's…), also at the top of the table.
 */

export interface FamilyOrder {
  /** family ids in the table's order */
  order: number[]
  /** per statement: the families it has out of the table's order */
  moved: Set<number>[]
}

/**
 * @param sequences per statement, the ids of its families in its own order (each at most once)
 */
export function orderFamilies(sequences: readonly (readonly number[])[]): FamilyOrder {
  const order: number[] = []
  const moved: Set<number>[] = []
  for (const sequence of sequences) {
    const place = new Map(order.map((id, k) => [id, k]))
    const known = sequence.filter((id) => place.has(id))
    const kept = new Set(longestIncreasing(known.map((id) => place.get(id) as number)).map((k) => known[k] as number))
    moved.push(new Set(known.filter((id) => !kept.has(id))))
    // a run of new families goes right before the statement's next kept family
    // (at the end when none follows), so that within a gap of the table the
    // families only some statements have come in the order of the statements
    let run: number[] = []
    for (const id of sequence) {
      if (kept.has(id)) {
        // (looked up only when there is a run to place: most kept families follow another)
        if (run.length) order.splice(order.indexOf(id), 0, ...run)
        run = []
      } else if (!place.has(id)) run.push(id)
    }
    order.push(...run)
  }
  return { order, moved }
}

/** Indices of a longest strictly increasing subsequence of `values` (patience sorting). */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = []
  const previous: number[] = new Array(values.length).fill(-1)
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[k] = tails[lo - 1] as number
    tails[lo] = k
  }
  const result: number[] = []
  for (let k = tails.length ? (tails[tails.length - 1] as number) : -1; k >= 0; k = previous[k] as number) result.push(k)
  return result.reverse()
}
