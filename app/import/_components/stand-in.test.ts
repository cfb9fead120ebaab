import { describe, expect, it } from 'vitest'
import { positionKey, standIn, type PreviewFileLike } from './stand-in'

const own = { sameInImport: null, present: null, sameAs: null }
const copyOf = (file: string, index: number) => ({ sameInImport: { file, index }, present: null, sameAs: null })

describe('standIn', () => {
  const upload: (PreviewFileLike | null)[] = [
    { name: 'a.md', statements: [own, own] },
    null, // a file that could not be read
    { name: 'b.md', statements: [copyOf('a.md', 1), copyOf('a.md', 1), copyOf('a.md', 0)] },
  ]

  it('finds the first later copy of a statement, in another file', () => {
    expect(standIn(upload, 0, 1, new Set())).toEqual([2, 0])
    expect(standIn(upload, 0, 0, new Set())).toEqual([2, 2])
  })

  it('passes over a copy whose box the reader set, to the next copy', () => {
    expect(standIn(upload, 0, 1, new Set([positionKey(2, 0)]))).toEqual([2, 1])
    expect(standIn(upload, 0, 0, new Set([positionKey(2, 2)]))).toBeNull()
  })

  it('finds none for a statement without copies, a copy itself, or a file that failed', () => {
    expect(standIn(upload, 2, 0, new Set())).toBeNull()
    expect(standIn(upload, 1, 0, new Set())).toBeNull()
    expect(standIn(upload, 5, 0, new Set())).toBeNull()
  })

  it('leaves out a copy that is out for another reason too: already in the corpus', () => {
    const files = [
      { name: 'a.md', statements: [own] },
      { name: 'b.md', statements: [{ ...copyOf('a.md', 0), sameAs: { slug: 'x', title: 'X', share: 1 } }, copyOf('a.md', 0)] },
    ]
    expect(standIn(files, 0, 0, new Set())).toEqual([1, 1])
  })

  it('follows copies within one file, and only the first file of a name', () => {
    const files = [
      { name: 'pasted text', statements: [own, copyOf('pasted text', 0)] },
      { name: 'pasted text', statements: [own] },
    ]
    expect(standIn(files, 0, 0, new Set())).toEqual([0, 1])
    expect(standIn(files, 1, 0, new Set())).toBeNull()
  })
})
