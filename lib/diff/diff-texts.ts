/**
 * The diff inside an aligned row: Myers' O(ND) algorithm (Myers 1986) via
 * jsdiff's diffArrays, over tokens of the comparison form, mapped back so that
 * each side's spans partition that side's original text exactly: every
 * character the reader sees belongs to exactly one span. This is the only
 * module that imports jsdiff.
 */
import { diffArrays } from 'diff'
import { originalRange, type MappedText } from '@/lib/text/mapped-text'
import { contentCharacters } from '@/lib/text/normalize'
import { tokenize, type Token } from './tokenize'
import type { DiffOp, DiffOptions } from './types'

export const DEFAULT_DIFF_OPTIONS: DiffOptions = { granularity: 'word', timeoutMs: 200 }

/** One side of a diff: the original text and its comparison form mapped onto it. */
export interface DiffSide {
  original: string
  comparable: MappedText
}

interface Span {
  op: DiffOp['op']
  /** token ranges [from, to) on each side, or null */
  a: [number, number] | null
  b: [number, number] | null
  weight: number
}

/**
 * Diffs two texts on their comparison forms.
 * @example
 * diffTexts(side('实现国家统一'), side('实现国家和平统一')).map((o) => [o.op, o.a || o.b])
 * // [['equal', '实现国家'], ['insert', '和平'], ['equal', '统一']]
 */
export function diffTexts(a: DiffSide, b: DiffSide, options: DiffOptions = DEFAULT_DIFF_OPTIONS): DiffOp[] {
  const ta = tokenize(a.comparable.text, options.granularity)
  const tb = tokenize(b.comparable.text, options.granularity)
  const changes = diffArrays(
    ta.map((t) => t.text),
    tb.map((t) => t.text),
    { timeout: options.timeoutMs },
  )
  const spans: Span[] = []
  if (changes === undefined) {
    // too costly to diff: show the two texts as replaced, which is honest if coarse
    if (ta.length) spans.push({ op: 'delete', a: [0, ta.length], b: null, weight: weightOf(ta, 0, ta.length) })
    if (tb.length) spans.push({ op: 'insert', a: null, b: [0, tb.length], weight: weightOf(tb, 0, tb.length) })
  } else {
    let i = 0
    let j = 0
    for (const change of changes) {
      const count = change.count
      if (change.added) {
        spans.push({ op: 'insert', a: null, b: [j, j + count], weight: weightOf(tb, j, j + count) })
        j += count
      } else if (change.removed) {
        spans.push({ op: 'delete', a: [i, i + count], b: null, weight: weightOf(ta, i, i + count) })
        i += count
      } else {
        spans.push(...equalSpans(ta, tb, i, j, count, a, b))
        i += count
        j += count
      }
    }
  }
  const textA = partition(spans, 'a', ta, a)
  const textB = partition(spans, 'b', tb, b)
  return spans
    .map((span, k) => ({ op: span.op, a: textA[k] ?? '', b: textB[k] ?? '', weight: span.weight }))
    .filter((op) => op.a !== '' || op.b !== '')
}

/**
 * A run of equal tokens, split where the two originals print a token
 * differently (a masked name, a full-width digit), so that only those tokens
 * are shown as "equal but printed differently".
 */
function equalSpans(ta: readonly Token[], tb: readonly Token[], i: number, j: number, count: number, a: DiffSide, b: DiffSide): Span[] {
  const spans: Span[] = []
  let runStart = 0
  let runSame: boolean | null = null
  const close = (to: number) => {
    if (to > runStart) {
      spans.push({ op: 'equal', a: [i + runStart, i + to], b: [j + runStart, j + to], weight: weightOf(ta, i + runStart, i + to) })
    }
    runStart = to
  }
  for (let k = 0; k < count; k++) {
    const same = printed(ta[i + k] as Token, a) === printed(tb[j + k] as Token, b)
    if (runSame !== null && same !== runSame) close(k)
    runSame = same
  }
  close(count)
  return spans
}

function printed(token: Token, side: DiffSide): string {
  const [from, to] = originalRange(side.comparable, token.from, token.to)
  return side.original.slice(from, to)
}

function weightOf(tokens: readonly Token[], from: number, to: number): number {
  let weight = 0
  for (let k = from; k < to; k++) weight += contentCharacters((tokens[k] as Token).text).length
  return weight
}

/**
 * The original text of each span on one side. Boundaries fall where a span's
 * first token begins in the original; the first span on a side starts at 0 and
 * the last ends at the end, so characters that the comparison form dropped
 * (spaces) stay with their neighbours and nothing is lost.
 */
function partition(spans: readonly Span[], side: 'a' | 'b', tokens: readonly Token[], source: DiffSide): string[] {
  const starts: (number | null)[] = spans.map((span) => {
    const range = span[side]
    if (!range) return null
    const first = tokens[range[0]]
    return first ? originalRange(source.comparable, first.from, first.from + 1)[0] : null
  })
  const onSide = starts.map((start, k) => (start === null ? -1 : k)).filter((k) => k >= 0)
  const texts: string[] = spans.map(() => '')
  onSide.forEach((k, n) => {
    const from = n === 0 ? 0 : (starts[k] as number)
    const next = onSide[n + 1]
    const to = next === undefined ? source.original.length : (starts[next] as number)
    texts[k] = source.original.slice(from, to)
  })
  return texts
}
