/**
 * The diff inside an aligned row: Myers' O(ND) algorithm (Myers 1986) via
 * jsdiff's diffArrays, over tokens of the comparison form, mapped back so that
 * each side's spans partition that side's original text exactly: every
 * character the reader sees belongs to exactly one span. This is the only
 * module that imports jsdiff.
 *
 * Only the middle of two texts is tokenised and diffed: their common head and
 * tail, cut back to a punctuation mark (word segmentation never crosses one,
 * so the middle's words are the words it has in the whole text), are equal
 * as they stand. A replaced word keeps the ideographs it shares with its
 * replacement at either end (新疆安全 → 国家安全 shows 新疆 → 国家 and 安全
 * unchanged), because the segmenter's words are often longer than the change
 * a reader looks for.
 */
import { diffArrays } from 'diff'
import { isHan } from '@/lib/text/chars'
import { originalRange, type MappedText } from '@/lib/text/mapped-text'
import { CONTENT_CHAR, contentCharacters } from '@/lib/text/normalize'
import { lcsLength } from './lcs-length'
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
  const textA = a.comparable.text
  const textB = b.comparable.text
  const [head, tail] = commonEnds(textA, textB, options.granularity === 'word')
  const spans: Span[] = [...equalRun(head === 0 ? null : [0, head], head === 0 ? null : [0, head], a, b)]
  const middle = diffMiddle(a, b, head, textA.length - tail, textB.length - tail, options)
  spans.push(...(options.granularity === 'word' ? refineReplacements(middle, textA, textB) : middle))
  if (tail) spans.push(...equalRun([textA.length - tail, textA.length], [textB.length - tail, textB.length], a, b))
  const printedA = partition(spans, 'a', a)
  const printedB = partition(spans, 'b', b)
  const contentA = contentPrefix(textA)
  const contentB = contentPrefix(textB)
  const ops = spans.map((span, k) => ({
    op: span.op,
    a: printedA[k] ?? '',
    b: printedB[k] ?? '',
    weight: span.a
      ? (contentA[span.a[1]] as number) - (contentA[span.a[0]] as number)
      : span.b
        ? (contentB[span.b[1]] as number) - (contentB[span.b[0]] as number)
        : 0,
  }))
  const merged = mergeNeighbours(ops.filter((op) => op.a !== '' || op.b !== ''))
  return options.granularity === 'word' ? dropCoincidentNames(merged) : merged
}

/** The text deleted from A and inserted in B by the changes on one side of ops[k], up to the nearest equal span. */
function changesBeside(ops: readonly DiffOp[], k: number, step: -1 | 1): { deleted: number; inserted: number } {
  const sums = { deleted: 0, inserted: 0 }
  for (let j = k + step; j >= 0 && j < ops.length; j += step) {
    const op = ops[j] as DiffOp
    if (op.op === 'equal') break
    if (op.op === 'delete') sums.deleted += op.weight
    else sums.inserted += op.weight
  }
  return sums
}

/** Whether two printed texts have the same letters and digits once width is folded (G7 and Ｇ７; not 吉 and 塔). */
function sameLetters(a: string, b: string): boolean {
  return a === b || contentCharacters(a.normalize('NFKC')).join('') === contentCharacters(b.normalize('NFKC')).join('')
}

/**
 * Semantic cleanup (the rule of diff-match-patch's cleanupSemantic) for the
 * spans that are equal only by comparison — a masked name, printed as 吉 in A
 * and 塔 in B: such a span between two changes, no longer (in letters and
 * digits) than the larger side of the change before it and of the change
 * after it, is a coincidence of two rewordings — the 吉 of 吉方认为 matched
 * to the 塔 of 发展中塔关系 (a review) — so it joins them: one deletion of all
 * A's text there, one insertion of all B's. A longer one stays (吉尔吉斯斯坦 /
 * 塔吉克斯坦 between 和 → 同 and the next change), and so does any span
 * printed alike: applied to those too, the rule took 构建人类命运共同体 out of a
 * rewritten clause that does share it.
 */
function dropCoincidentNames(input: DiffOp[]): DiffOp[] {
  let ops = input
  for (let k = 1; k < ops.length - 1; k++) {
    const op = ops[k] as DiffOp
    // only a span equal by the party mask (吉 and 塔), which shows two different words as one: not one printed in
    // another width or spacing (G7 / Ｇ７, a review), which is the same word
    if (op.op !== 'equal' || sameLetters(op.a, op.b)) continue
    const before = changesBeside(ops, k, -1)
    const after = changesBeside(ops, k, 1)
    const largerBefore = Math.max(before.deleted, before.inserted)
    const largerAfter = Math.max(after.deleted, after.inserted)
    // its length as printed: the comparison form has a placeholder for a masked name, whatever its length
    const length = Math.max(contentCharacters(op.a).length, contentCharacters(op.b).length)
    if (largerBefore === 0 || largerAfter === 0 || length > largerBefore || length > largerAfter) continue
    // the run of changes around it, from the equal span before to the one after
    let from = k
    while (from > 0 && (ops[from - 1] as DiffOp).op !== 'equal') from--
    let to = k
    while (to < ops.length - 1 && (ops[to + 1] as DiffOp).op !== 'equal') to++
    const run = ops.slice(from, to + 1)
    const deleted: DiffOp = { op: 'delete', a: '', b: '', weight: 0 }
    const inserted: DiffOp = { op: 'insert', a: '', b: '', weight: 0 }
    for (const part of run) {
      if (part.op !== 'insert') {
        deleted.a += part.a
        deleted.weight += part.weight
      }
      if (part.op !== 'delete') {
        inserted.b += part.b
        // (the masked name counted on both sides as the comparison form counts it, as the changes around it are)
        inserted.weight += part.weight
      }
    }
    ops = [...ops.slice(0, from), deleted, inserted, ...ops.slice(to + 1)]
    // look again from the run's start: the larger change may take the span before it too
    k = Math.max(0, from - 2)
  }
  return ops
}

/**
 * The lengths of the common head and tail of two texts; with `atBoundaries`
 * both stop at a punctuation mark or space, so the rest tokenises as it would
 * in the whole text.
 */
function commonEnds(a: string, b: string, atBoundaries: boolean): [number, number] {
  let head = 0
  while (head < a.length && head < b.length && a.charCodeAt(head) === b.charCodeAt(head)) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++
  if (head === a.length && head === b.length) return [head, 0]
  if (atBoundaries) {
    while (head > 0 && !isBoundary(a.charAt(head - 1))) head--
    while (tail > 0 && !isBoundary(a.charAt(a.length - tail))) tail--
  } else {
    // never cut a surrogate pair
    if (head > 0 && isHighSurrogate(a.charCodeAt(head - 1))) head--
    if (tail > 0 && isHighSurrogate(a.charCodeAt(a.length - tail - 1))) tail--
  }
  return [head, tail]
}

const BOUNDARY = /[\s\p{P}]/u
const isBoundary = (ch: string) => BOUNDARY.test(ch)
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff

/**
 * The spans of the middles [from, toA) of A and [from, toB) of B. At word
 * granularity the middles are first compared phrase by phrase (a phrase ends
 * at a punctuation mark, where word segmentation restarts anyway): phrases
 * found in both are equal as they stand, and only the phrases that differ are
 * tokenised and diffed word by word.
 */
function diffMiddle(a: DiffSide, b: DiffSide, from: number, toA: number, toB: number, options: DiffOptions): Span[] {
  if (toA === from && toB === from) return []
  if (options.granularity === 'char') return diffTokens(a, b, [from, toA], [from, toB], options)
  const pa = phrases(a.comparable.text, from, toA)
  const pb = phrases(b.comparable.text, from, toB)
  const changes = diffArrays(
    pa.map(([x, y]) => a.comparable.text.slice(x, y)),
    pb.map(([x, y]) => b.comparable.text.slice(x, y)),
  )
  const spans: Span[] = []
  let i = 0
  let j = 0
  let pending: { a: [number, number] | null; b: [number, number] | null } = { a: null, b: null }
  const extend = (range: [number, number] | null, phrase: [number, number]): [number, number] =>
    range ? [range[0], phrase[1]] : [phrase[0], phrase[1]]
  const flush = () => {
    if (pending.a || pending.b)
      spans.push(
        ...diffTokens(
          a,
          b,
          pending.a ?? [pending.b?.[0] ?? from, pending.b?.[0] ?? from],
          pending.b ?? [pending.a?.[0] ?? from, pending.a?.[0] ?? from],
          options,
          pending.a !== null,
          pending.b !== null,
        ),
      )
    pending = { a: null, b: null }
  }
  for (const { added, removed, count } of changes) {
    for (let k = 0; k < count; k++) {
      if (removed) pending.a = extend(pending.a, pa[i++] as [number, number])
      else if (added) pending.b = extend(pending.b, pb[j++] as [number, number])
      else {
        flush()
        const [x0, x1] = pa[i++] as [number, number]
        const [y0, y1] = pb[j++] as [number, number]
        spans.push(...equalRun([x0, x1], [y0, y1], a, b))
      }
    }
  }
  flush()
  return spans
}

/** [from, to) ranges of the phrases of text[from, to): each ends after a punctuation mark or space. */
function phrases(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = []
  let start = from
  for (let k = from; k < to; k++) {
    if (isBoundary(text.charAt(k)) && (k + 1 >= to || !isBoundary(text.charAt(k + 1)))) {
      out.push([start, k + 1])
      start = k + 1
    }
  }
  if (start < to) out.push([start, to])
  return out
}

/** Word (or character) diff of A[ra] against B[rb]; a side that is absent is all deleted or inserted. */
function diffTokens(
  a: DiffSide,
  b: DiffSide,
  ra: [number, number],
  rb: [number, number],
  options: DiffOptions,
  hasA = true,
  hasB = true,
): Span[] {
  const tokensOf = (side: DiffSide, [x, y]: [number, number]) =>
    tokenize(side.comparable.text.slice(x, y), options.granularity, 'zh', options.chineseWords).map((t) => ({
      text: t.text,
      from: t.from + x,
      to: t.to + x,
    }))
  const ta = hasA ? tokensOf(a, ra) : []
  const tb = hasB ? tokensOf(b, rb) : []
  const range = (tokens: readonly Token[], i: number, j: number): [number, number] => [tokens[i]?.from ?? 0, tokens[j - 1]?.to ?? 0]
  if (ta.length === 0 || tb.length === 0) {
    const spans: Span[] = []
    if (ta.length) spans.push({ op: 'delete', a: range(ta, 0, ta.length), b: null })
    if (tb.length) spans.push({ op: 'insert', a: null, b: range(tb, 0, tb.length) })
    return spans
  }
  const changes = diffArrays(
    ta.map((t) => t.text),
    tb.map((t) => t.text),
    { timeout: options.timeoutMs },
  )
  if (changes === undefined) {
    // too costly to diff: show the two as replaced, which is honest if coarse
    return [
      { op: 'delete', a: range(ta, 0, ta.length), b: null },
      { op: 'insert', a: null, b: range(tb, 0, tb.length) },
    ]
  }
  const spans: Span[] = []
  let i = 0
  let j = 0
  for (const { added, removed, count } of changes) {
    if (added) spans.push({ op: 'insert', a: null, b: range(tb, j, (j += count)) })
    else if (removed) spans.push({ op: 'delete', a: range(ta, i, (i += count)), b: null })
    else {
      spans.push(...equalRun(range(ta, i, i + count), range(tb, j, j + count), a, b))
      i += count
      j += count
    }
  }
  return spans
}

/**
 * A run that compares equal, split where the two originals print it
 * differently (a masked name, a full-width digit), character by character,
 * so that only those characters are shown as "equal but printed differently".
 */
function equalRun(ra: [number, number] | null, rb: [number, number] | null, a: DiffSide, b: DiffSide): Span[] {
  if (!ra || !rb) return []
  const spans: Span[] = []
  const length = ra[1] - ra[0]
  let runStart = 0
  let runSame: boolean | null = null
  const close = (at: number) => {
    if (at > runStart) spans.push({ op: 'equal', a: [ra[0] + runStart, ra[0] + at], b: [rb[0] + runStart, rb[0] + at] })
    runStart = at
  }
  for (let k = 0; k < length; k++) {
    const same = printedUnit(a, ra[0] + k) === printedUnit(b, rb[0] + k)
    if (runSame !== null && same !== runSame) close(k)
    runSame = same
  }
  close(length)
  return spans
}

function printedUnit(side: DiffSide, at: number): string {
  return side.original.slice(side.comparable.start[at] as number, side.comparable.end[at] as number)
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
    while (a0 + prefix < a1 && b0 + prefix < b1 && textA[a0 + prefix] === textB[b0 + prefix] && isHan(textA[a0 + prefix] as string))
      prefix++
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

/**
 * Adjacent spans of the same kind as one (equal ones only when both print
 * alike or both differently). A deletion followed by an insertion of the very
 * same words is no change: it happens when a name is a counterpart (masked) in
 * one statement and a third country (as written) in the other.
 */
function mergeNeighbours(spans: DiffOp[]): DiffOp[] {
  const ops: DiffOp[] = []
  for (let k = 0; k < spans.length; k++) {
    const op = spans[k] as DiffOp
    const next = spans[k + 1]
    if (op.op === 'delete' && next?.op === 'insert' && op.a === next.b) {
      ops.push({ op: 'equal', a: op.a, b: next.b, weight: op.weight })
      k++
    } else ops.push(op)
  }
  const out: DiffOp[] = []
  for (const op of ops) {
    const last = out.at(-1)
    if (last && last.op === op.op && (op.op !== 'equal' || (last.a === last.b) === (op.a === op.b))) {
      last.a += op.a
      last.b += op.b
      last.weight += op.weight
    } else out.push({ ...op })
  }
  return out
}

/**
 * The number of letters and digits two texts have in common, in order: the
 * length of their longest common subsequence (see lcsLength), so it is the
 * same whichever text comes first and whatever the granularity of the diff shown.
 * @example commonCharacters('国家统一', '国家和平统一') // 4
 */
export function commonCharacters(a: string, b: string): number {
  return lcsLength(contentCharacters(a), contentCharacters(b))
}

/** For each unit offset of a text, how many letters and digits come before it. */
function contentPrefix(text: string): Int32Array {
  const prefix = new Int32Array(text.length + 1)
  let count = 0
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k)
    // a surrogate pair counts once, on its first unit
    const isLow = unit >= 0xdc00 && unit <= 0xdfff
    if (!isLow && ((unit >= 0x4e00 && unit <= 0x9fff) || CONTENT_CHAR.test(String.fromCodePoint(text.codePointAt(k) as number)))) count++
    prefix[k + 1] = count
  }
  return prefix
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
