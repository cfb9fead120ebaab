/**
 * Suffix array by prefix doubling with radix sorts (Manber & Myers 1993), in
 * O(n log n) over typed arrays, and the LCP array by Kasai et al. (2001) in
 * O(n). Symbols are small integers (a dense alphabet).
 */

/**
 * The suffixes of `text` in sorted order (their start positions).
 * @example suffixArray(Int32Array.from([2, 1, 2, 1]), 3) // Int32Array [3, 1, 2, 0]
 */
export function suffixArray(text: Int32Array, alphabetSize: number): Int32Array {
  const n = text.length
  const sa = new Int32Array(n)
  if (n === 0) return sa
  let rank = new Int32Array(n)
  let next = new Int32Array(n)
  const order = new Int32Array(n)
  // rank by the first symbol (counting sort)
  const size = Math.max(alphabetSize, n) + 1
  const count = new Int32Array(size)
  for (let i = 0; i < n; i++) count[text[i] as number] = (count[text[i] as number] as number) + 1
  for (let c = 1; c < size; c++) count[c] = (count[c] as number) + (count[c - 1] as number)
  for (let i = n - 1; i >= 0; i--) {
    const c = text[i] as number
    count[c] = (count[c] as number) - 1
    sa[count[c] as number] = i
  }
  let classes = 0
  for (let k = 0; k < n; k++) {
    if (k > 0 && text[sa[k] as number] !== text[sa[k - 1] as number]) classes++
    rank[sa[k] as number] = classes
  }
  classes++
  for (let h = 1; classes < n; h <<= 1) {
    // order by the second half: suffixes without one first, then by the first half's order
    let p = 0
    for (let i = n - h; i < n; i++) order[p++] = i
    for (let k = 0; k < n; k++) if ((sa[k] as number) >= h) order[p++] = (sa[k] as number) - h
    // stable counting sort by the first half's rank
    count.fill(0, 0, classes + 1)
    for (let i = 0; i < n; i++) count[rank[i] as number] = (count[rank[i] as number] as number) + 1
    for (let c = 1; c <= classes; c++) count[c] = (count[c] as number) + (count[c - 1] as number)
    for (let k = n - 1; k >= 0; k--) {
      const i = order[k] as number
      const c = rank[i] as number
      count[c] = (count[c] as number) - 1
      sa[count[c] as number] = i
    }
    // new ranks from (first half, second half)
    next[sa[0] as number] = 0
    let c = 0
    for (let k = 1; k < n; k++) {
      const a = sa[k - 1] as number
      const b = sa[k] as number
      const secondA = a + h < n ? (rank[a + h] as number) : -1
      const secondB = b + h < n ? (rank[b + h] as number) : -1
      if (rank[a] !== rank[b] || secondA !== secondB) c++
      next[b] = c
    }
    ;[rank, next] = [next, rank]
    classes = c + 1
  }
  return sa
}

/**
 * lcp[k] = the length of the longest common prefix of the suffixes sa[k − 1]
 * and sa[k] (lcp[0] = 0).
 */
export function lcpArray(text: Int32Array, sa: Int32Array): Int32Array {
  const n = text.length
  const rank = new Int32Array(n)
  for (let k = 0; k < n; k++) rank[sa[k] as number] = k
  const lcp = new Int32Array(n)
  let h = 0
  for (let i = 0; i < n; i++) {
    const r = rank[i] as number
    if (r === 0) {
      h = 0
      continue
    }
    const j = sa[r - 1] as number
    while (i + h < n && j + h < n && text[i + h] === text[j + h]) h++
    lcp[r] = h
    if (h > 0) h--
  }
  return lcp
}
