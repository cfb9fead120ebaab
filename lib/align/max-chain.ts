/**
 * The heaviest chain of non-overlapping blocks that keeps the order of both
 * texts — the sparse form of the sequence-alignment dynamic programme (as in
 * Hunt–Szymanski and chaining in genome aligners): blocks sorted by where they
 * start in A, a Fenwick tree over where they end in B holding the best chain so
 * far. O(K log m) for K blocks instead of O(n·m) cells.
 */

/** A rectangle of clauses: A[a0, a0 + da) against B[b0, b0 + db), worth `gain`. */
export interface Block {
  a0: number
  da: number
  b0: number
  db: number
  gain: number
}

class PrefixMax {
  private readonly value: Float64Array
  private readonly at: Int32Array
  constructor(size: number) {
    this.value = new Float64Array(size + 1)
    this.at = new Int32Array(size + 1).fill(-1)
  }
  /** Records `value` (reached by block `block`) at position `index` (0-based). */
  update(index: number, value: number, block: number): void {
    for (let k = index + 1; k < this.value.length; k += k & -k) {
      if (value > (this.value[k] as number)) {
        this.value[k] = value
        this.at[k] = block
      }
    }
  }
  /** The best value recorded at positions 0..index, and its block (-1 for none). */
  query(index: number): [number, number] {
    let best = 0
    let block = -1
    for (let k = index + 1; k > 0; k -= k & -k) {
      if ((this.value[k] as number) > best) {
        best = this.value[k] as number
        block = this.at[k] as number
      }
    }
    return [best, block]
  }
}

/**
 * The blocks of the heaviest chain, in order: each starts after the previous
 * one ends, in A and in B. Blocks with no positive gain are never chosen.
 * @example maxChain([{ a0: 0, da: 1, b0: 1, db: 1, gain: 2 }, { a0: 1, da: 1, b0: 0, db: 1, gain: 1 }], 2) // the first block only
 */
export function maxChain<T extends Block>(blocks: readonly T[], lengthB: number): T[] {
  const byStart = blocks.map((_, k) => k).sort((x, y) => (blocks[x] as T).a0 - (blocks[y] as T).a0)
  const byEnd = blocks.map((_, k) => k).sort((x, y) => endA(blocks[x] as T) - endA(blocks[y] as T))
  const tree = new PrefixMax(lengthB)
  const total = new Float64Array(blocks.length)
  const previous = new Int32Array(blocks.length).fill(-1)
  let ended = 0
  let bestTotal = 0
  let bestLast = -1
  for (const k of byStart) {
    const block = blocks[k] as T
    // blocks that end before this one starts in A may precede it
    while (ended < byEnd.length && endA(blocks[byEnd[ended] as number] as T) < block.a0) {
      const done = byEnd[ended++] as number
      tree.update(endB(blocks[done] as T), total[done] as number, done)
    }
    if (block.gain <= 0) continue
    const [before, from] = block.b0 > 0 ? tree.query(block.b0 - 1) : [0, -1]
    total[k] = before + block.gain
    previous[k] = from
    if ((total[k] as number) > bestTotal) {
      bestTotal = total[k] as number
      bestLast = k
    }
  }
  const chain: T[] = []
  for (let k = bestLast; k >= 0; k = previous[k] as number) chain.push(blocks[k] as T)
  return chain.reverse()
}

const endA = (block: Block) => block.a0 + block.da - 1
const endB = (block: Block) => block.b0 + block.db - 1
