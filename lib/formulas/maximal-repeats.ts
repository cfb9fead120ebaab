/**
 * Maximal repeats found in more than one document, from a suffix array and
 * its LCP array, in one left-to-right pass over the LCP intervals (the
 * bottom-up traversal of Abouelhoda, Kurtz & Ohlebusch 2004). An interval is
 * a repeat that cannot be extended to the right without losing an occurrence;
 * it is maximal when it cannot be extended to the left either (its
 * occurrences are not all preceded by the same symbol). The number of
 * distinct documents of every interval is counted on the way, by Hui's
 * method (1992): each occurrence that repeats a document already seen in the
 * interval is charged to the smallest interval containing both.
 */

export interface RepeatInterval {
  /** length of the repeat, in symbols */
  length: number
  /** its occurrences are the suffixes sa[lb..rb] */
  lb: number
  rb: number
  /** how many distinct documents it occurs in */
  documents: number
}

export interface RepeatOptions {
  minLength: number
  minDocuments: number
}

const MIXED = -1
const NONE = -2

interface Open {
  lcp: number
  lb: number
  dups: number
  left: number
}

/**
 * @param text the symbols; `separator` ends each clause and never matches
 * @param docOf the document of each position (−1 at separators)
 */
export function maximalRepeats(
  text: Int32Array,
  sa: Int32Array,
  lcp: Int32Array,
  docOf: Int32Array,
  separator: number,
  options: RepeatOptions,
): RepeatInterval[] {
  const n = text.length
  const found: RepeatInterval[] = []
  const capped = capAtSeparators(text, sa, lcp, separator)
  // the symbol before each suffix; a clause start counts as a symbol of its own, so it is always "different"
  const leftOf = (k: number) => {
    const p = sa[k] as number
    if (p === 0 || text[p - 1] === separator) return -3 - k
    return text[p - 1] as number
  }
  const combine = (x: number, y: number) => (x === NONE ? y : y === NONE ? x : x === y ? x : MIXED)
  const stack: Open[] = [{ lcp: 0, lb: 0, dups: 0, left: NONE }]
  const lastSeen = new Map<number, number>()
  const report = (open: Open, rb: number) => {
    if (open.lcp < options.minLength || open.left !== MIXED) return
    const documents = rb - open.lb + 1 - open.dups
    if (documents >= options.minDocuments) found.push({ length: open.lcp, lb: open.lb, rb, documents })
  }
  for (let i = 0; i <= n; i++) {
    const value = i === 0 ? 0 : i < n ? (capped[i] as number) : -1
    let lb = i - 1
    let carried: Open | null = null
    while (stack.length > 1 && value < (stack[stack.length - 1] as Open).lcp) {
      const open = stack.pop() as Open
      report(open, i - 1)
      lb = open.lb
      const top = stack[stack.length - 1] as Open
      if (value <= top.lcp) {
        top.dups += open.dups
        top.left = combine(top.left, open.left)
        carried = null
      } else carried = open
    }
    if (i === n) break
    const top = stack[stack.length - 1] as Open
    if (value > top.lcp) {
      stack.push(
        carried
          ? { lcp: value, lb: carried.lb, dups: carried.dups, left: carried.left }
          : { lcp: value, lb, dups: 0, left: i > 0 ? leftOf(i - 1) : NONE },
      )
    }
    const deepest = stack[stack.length - 1] as Open
    deepest.left = combine(deepest.left, leftOf(i))
    const doc = docOf[sa[i] as number] as number
    if (doc < 0) continue
    const previous = lastSeen.get(doc)
    lastSeen.set(doc, i)
    if (previous === undefined) continue
    // the smallest open interval that contains the previous occurrence of this document
    let lo = 0
    let hi = stack.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((stack[mid] as Open).lb <= previous) lo = mid
      else hi = mid - 1
    }
    ;(stack[lo] as Open).dups++
  }
  return found
}

/**
 * The LCP of two suffixes never reaches past the end of a clause: each
 * separator acts as a symbol found nowhere else.
 */
function capAtSeparators(text: Int32Array, sa: Int32Array, lcp: Int32Array, separator: number): Int32Array {
  const n = text.length
  const toSeparator = new Int32Array(n)
  let distance = 0
  for (let p = n - 1; p >= 0; p--) {
    distance = text[p] === separator ? 0 : distance + 1
    toSeparator[p] = distance
  }
  const capped = new Int32Array(n)
  for (let k = 1; k < n; k++) {
    capped[k] = Math.min(lcp[k] as number, toSeparator[sa[k] as number] as number, toSeparator[sa[k - 1] as number] as number)
  }
  return capped
}
