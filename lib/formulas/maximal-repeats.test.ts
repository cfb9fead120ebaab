import { describe, expect, it } from 'vitest'
import { maximalRepeats } from './maximal-repeats'
import { lcpArray, suffixArray } from './suffix-array'

/** Documents of clauses (strings over a–z), joined with '|' as the separator. */
function repeats(documents: string[][], minLength = 3, minDocuments = 2) {
  const symbols: number[] = []
  const docOf: number[] = []
  documents.forEach((clauses, d) =>
    clauses.forEach((clause) => {
      for (const ch of clause) {
        symbols.push(ch.charCodeAt(0) - 96)
        docOf.push(d)
      }
      symbols.push(0)
      docOf.push(-1)
    }),
  )
  const text = Int32Array.from(symbols)
  const sa = suffixArray(text, 27)
  const found = maximalRepeats(text, sa, lcpArray(text, sa), Int32Array.from(docOf), 0, { minLength, minDocuments })
  const joined = String.fromCharCode(...symbols.map((s) => (s === 0 ? 124 : s + 96)))
  return found.map((r) => `${joined.slice(sa[r.lb] as number, (sa[r.lb] as number) + r.length)}:${r.documents}:${r.rb - r.lb + 1}`).sort()
}

/** The reference: every substring, its documents and occurrences, kept when maximal. */
function naiveRepeats(documents: string[][], minLength = 3, minDocuments = 2): string[] {
  const clauses = documents.flatMap((cs, d) => cs.map((c) => ({ c, d })))
  const occurrences = new Map<string, { d: number; before: string; after: string }[]>()
  for (const { c, d } of clauses) {
    for (let i = 0; i < c.length; i++) {
      for (let j = i + minLength; j <= c.length; j++) {
        const s = c.slice(i, j)
        occurrences.set(s, [
          ...(occurrences.get(s) ?? []),
          {
            d,
            before: i === 0 ? `^${Math.random()}` : (c[i - 1] as string),
            after: j === c.length ? `$${Math.random()}` : (c[j] as string),
          },
        ])
      }
    }
  }
  const out: string[] = []
  for (const [s, occ] of occurrences) {
    const docs = new Set(occ.map((o) => o.d)).size
    if (occ.length < 2 || docs < minDocuments) continue
    const leftMaximal = new Set(occ.map((o) => o.before)).size > 1
    const rightMaximal = new Set(occ.map((o) => o.after)).size > 1
    if (leftMaximal && rightMaximal) out.push(`${s}:${docs}:${occ.length}`)
  }
  return out.sort()
}

describe('maximalRepeats', () => {
  it('finds the repeats shared by documents that cannot be extended either way', () => {
    expect(repeats([['xabcdy', 'abcd'], ['zabcdw'], ['qqq']])).toEqual(['abcd:2:3'])
  })

  it('agrees with a naive search on random documents', () => {
    let seed = 9
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 60; round++) {
      const documents = Array.from({ length: 2 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
          Array.from({ length: 3 + Math.floor(next() * 12) }, () => 'abc'[Math.floor(next() * 3)]).join(''),
        ),
      )
      expect(repeats(documents)).toEqual(naiveRepeats(documents))
    }
  })

  describe('edge cases', () => {
    it('does not count repeats within one document when two are required', () => {
      expect(repeats([['abcabc', 'abcx'], ['yyy']])).toEqual([])
    })
  })
})
