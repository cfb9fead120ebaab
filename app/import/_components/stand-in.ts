/**
 * Two copies of one text in an upload: the later copy starts left out because
 * the earlier one is imported. When the reader leaves the earlier one out
 * instead, the later copy takes its place, unless the reader has set that
 * copy's box themselves (an upload of two copies otherwise imported neither).
 */

export interface CopyRef {
  file: string
  index: number
}

export interface PreviewFileLike {
  name: string
  statements: readonly { sameInImport: CopyRef | null; present: string | null; sameAs: unknown }[]
}

/** `${file}:${statement}` positions in the preview: a file by its place in the upload. */
export const positionKey = (f: number, k: number) => `${f}:${k}`

/**
 * The statement that stands in for (f, k) when (f, k) is left out: the first
 * later copy of its text that is out only because of it (not already in the
 * corpus), and whose box the reader has not set (`touched`).
 * @example standIn([{ name: 'a.md', statements: [one, copyOfOne] }], 0, 0, new Set()) // [0, 1]
 */
export function standIn(
  files: readonly (PreviewFileLike | null)[],
  f: number,
  k: number,
  touched: ReadonlySet<string>,
): [number, number] | null {
  const name = files[f]?.name
  if (name === undefined) return null
  // a file's copies point to the first file of that name in the upload
  if (files.findIndex((file) => file?.name === name) !== f) return null
  for (let g = 0; g < files.length; g++) {
    const statements = files[g]?.statements ?? []
    for (let j = 0; j < statements.length; j++) {
      const s = statements[j]
      if (!s?.sameInImport || s.present !== null || s.sameAs !== null) continue
      if (s.sameInImport.file !== name || s.sameInImport.index !== k) continue
      if (touched.has(positionKey(g, j))) continue
      return [g, j]
    }
  }
  return null
}
