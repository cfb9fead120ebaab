/**
 * How far a sharded mining (lib/formulas/sharded) agrees with the whole-corpus
 * miner on a corpus both can mine: which of the miner's formulas it finds, by
 * how widely they are used, which it lists that the miner does not, and
 * whether the formulas both list are counted alike.
 */
import type { FormulaRecord } from '@/lib/formulas/types'

/** Bands of use: statements from, to (inclusive). */
export const USE_BANDS: readonly [from: number, to: number][] = [
  [10, Infinity],
  [5, 9],
  [3, 4],
  [2, 2],
]

export interface ShardedAgreement {
  /** per band: the miner's formulas used that widely, and how many of them the sharded mining finds (under any of its wordings) */
  bands: { from: number; to: number; whole: number; found: number }[]
  /** listed by the sharded mining under a wording the miner does not list */
  onlySharded: number
  /** formulas both list with the same wordings, and how many of them have the same statements and uses */
  shared: number
  countedAlike: number
}

/** @example shardedAgreement([], []).onlySharded // 0 */
export function shardedAgreement(whole: readonly FormulaRecord[], sharded: readonly FormulaRecord[]): ShardedAgreement {
  const shardedWordings = new Map<string, FormulaRecord>()
  for (const record of sharded) for (const variant of record.variants) shardedWordings.set(variant.pattern, record)
  const wholeWordings = new Set(whole.flatMap((record) => record.variants.map((variant) => variant.pattern)))
  const bands = USE_BANDS.map(([from, to]) => {
    const inBand = whole.filter((record) => record.statementCount >= from && record.statementCount <= to)
    const found = inBand.filter((record) => record.variants.some((variant) => shardedWordings.has(variant.pattern)))
    return { from, to, whole: inBand.length, found: found.length }
  })
  const onlySharded = sharded.filter((record) => !record.variants.some((variant) => wholeWordings.has(variant.pattern))).length
  const byKey = new Map(sharded.map((record) => [record.key, record]))
  let shared = 0
  let countedAlike = 0
  for (const record of whole) {
    const other = byKey.get(record.key)
    if (!other || other.variants.map((v) => v.pattern).join('\n') !== record.variants.map((v) => v.pattern).join('\n')) continue
    shared++
    if (other.statementCount === record.statementCount && other.occurrenceCount === record.occurrenceCount) countedAlike++
  }
  return { bands, onlySharded, shared, countedAlike }
}
