/**
 * A formula's concordance: each occurrence in keyword-in-context form, and
 * each variant set against the main one.
 */
import { diffTexts } from '@/lib/diff/diff-texts'
import type { DiffOp } from '@/lib/diff/types'
import { mapIdentity } from '@/lib/text/mapped-text'

export interface KeywordInContext {
  left: string
  match: string
  right: string
}

/**
 * The occurrence [start, end) of `text` with up to `width` units of context on
 * either side, cut with an ellipsis where the clause goes on.
 * @example keywordInContext('双方坚定奉行一个中国原则。', 2, 12, 1) // { left: '…方', match: '坚定奉行一个中国原则', right: '。' }
 */
export function keywordInContext(text: string, start: number, end: number, width: number): KeywordInContext {
  const from = Math.max(0, start - width)
  const to = Math.min(text.length, end + width)
  return {
    left: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    right: text.slice(end, to) + (to < text.length ? '…' : ''),
  }
}

/**
 * How a variant departs from the main one, character by character: the ops'
 * `a` is the main variant's text, `b` the variant's.
 * @example variantDiff('实现国家统一', '实现国家和平统一') // equal 实现国家, insert 和平, equal 统一
 */
export function variantDiff(main: string, variant: string): DiffOp[] {
  return diffTexts({ original: main, comparable: mapIdentity(main) }, { original: variant, comparable: mapIdentity(variant) }, { granularity: 'char', timeoutMs: 200 })
}
