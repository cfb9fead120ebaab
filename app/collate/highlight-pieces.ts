/**
 * A cell's pieces with the searched text marked in them: the text is found
 * in what the cell says (its equal and inserted pieces; deleted pieces are
 * the base's wording, not the cell's), compared as the filter compares
 * (NFKC, case folded, runs of spaces alike), and each piece is cut where a
 * match begins or ends.
 */
import { searchFold as fold } from '@/lib/text/search-fold'
import type { CellPiece } from './family-data'

export type PieceKind = 'equal' | 'insert' | 'delete' | 'masked'

export interface MarkedPiece {
  kind: PieceKind
  /** the piece's text in runs, each inside or outside a match */
  parts: { text: string; hit: boolean }[]
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/**
 * The folded text, with where each of its units came from in `text`: the
 * filter matches folded text (ＣＯＶＩＤ－１９ is covid-19), so the marks must be
 * found there and put back on the text as printed.
 */
function foldedWithOrigins(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = ''
  const from: number[] = []
  const to: number[] = []
  for (const { segment, index } of graphemes.segment(text)) {
    const piece = fold(segment)
    folded += piece
    for (let k = 0; k < piece.length; k++) {
      from.push(index)
      to.push(index + segment.length)
    }
  }
  return { folded, from, to }
}

/** Where `q` occurs in `text`, compared as the filter compares (NFKC, case folded, runs of spaces alike): [start, end) ranges in `text`, in order, not overlapping. */
export function matchRanges(text: string, q: string): [number, number][] {
  const words = fold(q).trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const { folded, from, to } = foldedWithOrigins(text)
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu')
  return [...folded.matchAll(pattern)]
    .filter((m) => m[0].length > 0)
    .map((m) => [from[m.index] as number, to[m.index + m[0].length - 1] as number])
}

/**
 * @example highlightPieces(['实现国家', ['和平', 'insert'], '统一'], '和平统一')
 * // [{ kind: 'equal', parts: [{ text: '实现国家', hit: false }] }, { kind: 'insert', parts: [{ text: '和平', hit: true }] }, { kind: 'equal', parts: [{ text: '统一', hit: true }] }]
 */
export function highlightPieces(pieces: readonly CellPiece[], q: string): MarkedPiece[] {
  const typed = pieces.map((p) =>
    typeof p === 'string' ? { text: p, kind: 'equal' as PieceKind } : { text: p[0], kind: p[1] as PieceKind },
  )
  const said = typed
    .filter((p) => p.kind !== 'delete')
    .map((p) => p.text)
    .join('')
  const ranges = q ? matchRanges(said, q) : []
  let offset = 0
  return typed.map(({ text, kind }) => {
    if (kind === 'delete' || ranges.length === 0) return { kind, parts: [{ text, hit: false }] }
    const from = offset
    offset += text.length
    // the piece's cuts: its ends and every match boundary inside it
    const cuts = new Set([from, offset])
    for (const [start, end] of ranges) for (const at of [start, end]) if (at > from && at < offset) cuts.add(at)
    const points = [...cuts].sort((x, y) => x - y)
    return {
      kind,
      parts: points.slice(0, -1).map((start, k) => ({
        text: text.slice(start - from, (points[k + 1] as number) - from),
        hit: ranges.some(([s, e]) => s <= start && start < e),
      })),
    }
  })
}
