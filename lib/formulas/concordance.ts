/** A formula's variants, each set against the main one (the concordance's lines: lib/text/keyword-in-context). */
import { diffTexts } from '@/lib/diff/diff-texts'
import type { DiffOp } from '@/lib/diff/types'
import { mapIdentity } from '@/lib/text/mapped-text'

/**
 * How a variant departs from the main one, character by character: the ops'
 * `a` is the main variant's text, `b` the variant's.
 * @example variantDiff('实现国家统一', '实现国家和平统一') // equal 实现国家, insert 和平, equal 统一
 */
export function variantDiff(main: string, variant: string): DiffOp[] {
  return diffTexts(
    { original: main, comparable: mapIdentity(main) },
    { original: variant, comparable: mapIdentity(variant) },
    { granularity: 'char', timeoutMs: 200 },
  )
}
