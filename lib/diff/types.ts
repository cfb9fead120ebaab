export type Granularity = 'word' | 'char'

/**
 * Where Chinese words come from: jieba (its dictionary knows the compounds of
 * official Chinese: 构建, 共同体, 两岸关系) or ICU's Intl.Segmenter, which cuts
 * some of them (构|建, 共同|体); kept to measure the one against the other.
 */
export type ChineseWords = 'jieba' | 'icu'

/**
 * One span of a two-sided diff. `a` is the text as printed in statement A
 * (for equal and delete), `b` as printed in B (for equal and insert). An equal
 * span can read differently on the two sides when it differs only in what
 * comparison ignores: a masked party name (吉方 / 塔方), width or spacing.
 */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete'
  a: string
  b: string
  /** letters and digits in the span (the comparison form), for similarity */
  weight: number
}

export interface DiffOptions {
  granularity: Granularity
  /** give up on a word diff after this many milliseconds and fall back to replacing the whole text */
  timeoutMs: number
  /** the Chinese words of a word diff (default jieba) */
  chineseWords?: ChineseWords
}
