/**
 * The diff inside an aligned row: Myers' O(ND) algorithm (Myers 1986) via
 * jsdiff's diffArrays, over tokens of the comparison form, mapped back so that
 * each side's spans partition that side's original text exactly: every
 * character the reader sees belongs to exactly one span. This is the only
 * module that imports jsdiff.
 *
 * A replaced word keeps the ideographs it shares with its replacement at either
 * end (新疆安全 → 国家安全 shows 新疆 → 国家 and 安全 unchanged), because the
 * segmenter's words are often longer than the change a reader looks for.
 */
import { diffArrays } from 'diff'
import { isHan } from '@/lib/text/chars'
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

/** A span of the diff as [from, to) ranges in each side's comparison form, or null. */
interface Span {
  op: DiffOp['op']
  a: [number, number] | null
  b: [number, number] | null
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
  const range = (tokens: readonly Token[], from: number, to: number): [number, number] => [
    tokens[from]?.from ?? 0,
    tokens[to - 1]?.to ?? 0,
  ]
  let spans: Span[] = []
  if (changes === undefined) {
    // too costly to diff: show the two texts as replaced, which is honest if coarse
    if (ta.length) spans.push({ op: 'delete', a: range(ta, 0, ta.length), b: null })
    if (tb.length) spans.push({ op: 'insert', a: null, b: range(tb, 0, tb.length) })
  } else {
    let i = 0
    let j = 0
    for (const { added, removed, count } of changes) {
      if (added) spans.push({ op: 'insert', a: null, b: range(tb, j, (j += count)) })
      else if (removed) spans.push({ op: 'delete', a: range(ta, i, (i += count)), b: null })
      else {
        spans.push(...equalSpans(ta.slice(i, i + count), tb.slice(j, j + count), a, b))
        i += count
        j += count
      }
    }
    if (options.granularity === 'word') spans = refineReplacements(spans, a.comparable.text, b.comparable.text)
  }
  const textA = partition(spans, 'a', a)
  const textB = partition(spans, 'b', b)
  return spans
    .map((span, k) => ({ op: span.op, a: textA[k] ?? '', b: textB[k] ?? '', weight: weightOf(span, a, b) }))
    .filter((op) => op.a !== '' || op.b !== '')
}

/**
 * A run of equal tokens, split where the two originals print a token
 * differently (a masked name, a full-width digit), so that only those tokens
 * are shown as "equal but printed differently".
 */
function equalSpans(ta: readonly Token[], tb: readonly Token[], a: DiffSide, b: DiffSide): Span[] {
  const spans: Span[] = []
  ta.forEach((tokenA, k) => {
    const tokenB = tb[k] as Token
    const same = printed(tokenA, a) === printed(tokenB, b)
    const last = spans.at(-1) as (Span & { same?: boolean }) | undefined
    if (last && last.same === same && last.a && last.b) {
      last.a[1] = tokenA.to
      last.b[1] = tokenB.to
    } else {
      spans.push({ op: 'equal', a: [tokenA.from, tokenA.to], b: [tokenB.from, tokenB.to], same } as Span)
    }
  })
  return spans.map(({ op, a: ra, b: rb }) => ({ op, a: ra, b: rb }))
}

function printed(token: Token, side: DiffSide): string {
  const [from, to] = originalRange(side.comparable, token.from, token.to)
  return side.original.slice(from, to)
}

/** Splits the ideographs a deleted and an inserted word share at either end out as equal. */
function refineReplacements(spans: readonly Span[], textA: string, textB: string): Span[] {
  const out: Span[] = []
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as Span
    const next = spans[k + 1]
    const del = span.op === 'delete' ? span : next?.op === 'delete' ? next : null
    const ins = span.op === 'insert' ? span : next?.op === 'insert' ? next : null
    if (!del?.a || !ins?.b || (span !== del && span !== ins) || (next !== del && next !== ins)) {
      out.push(span)
      continue
    }
    const [a0, a1] = del.a
    const [b0, b1] = ins.b
    let prefix = 0
    while (a0 + prefix < a1 && b0 + prefix < b1 && textA[a0 + prefix] === textB[b0 + prefix] && isHan(textA[a0 + prefix] as string)) prefix++
    let suffix = 0
    while (
      a1 - suffix - 1 >= a0 + prefix &&
      b1 - suffix - 1 >= b0 + prefix &&
      textA[a1 - suffix - 1] === textB[b1 - suffix - 1] &&
      isHan(textA[a1 - suffix - 1] as string)
    ) {
      suffix++
    }
    if (prefix) out.push({ op: 'equal', a: [a0, a0 + prefix], b: [b0, b0 + prefix] })
    if (a1 - suffix > a0 + prefix) out.push({ op: 'delete', a: [a0 + prefix, a1 - suffix], b: null })
    if (b1 - suffix > b0 + prefix) out.push({ op: 'insert', a: null, b: [b0 + prefix, b1 - suffix] })
    if (suffix) out.push({ op: 'equal', a: [a1 - suffix, a1], b: [b1 - suffix, b1] })
    k++
  }
  return out
}

/** Letters and digits in the span's comparison form (A's side for equal and delete). */
function weightOf(span: Span, a: DiffSide, b: DiffSide): number {
  const [side, range] = span.a ? [a, span.a] : [b, span.b as [number, number]]
  return contentCharacters(side.comparable.text.slice(range[0], range[1])).length
}

/**
 * The original text of each span on one side. Boundaries fall where a span's
 * first character begins in the original; the first span on a side starts at
 * 0 and the last ends at the end, so characters that the comparison form
 * dropped (spaces) stay with their neighbours and nothing is lost.
 */
function partition(spans: readonly Span[], side: 'a' | 'b', source: DiffSide): string[] {
  const starts = spans.map((span) => {
    const range = span[side]
    return range && range[1] > range[0] ? originalRange(source.comparable, range[0], range[0] + 1)[0] : null
  })
  const onSide = starts.flatMap((start, k) => (start === null ? [] : [k]))
  const texts: string[] = spans.map(() => '')
  onSide.forEach((k, n) => {
    const from = n === 0 ? 0 : (starts[k] as number)
    const next = onSide[n + 1]
    const to = next === undefined ? source.original.length : (starts[next] as number)
    texts[k] = source.original.slice(from, to)
  })
  return texts
}
