/**
 * The overall similarity of pairs of statements, as the corpus map shows it:
 * each pair compared with the default options. Pure, so that it can run on a
 * worker thread (lib/worker/off-thread.ts).
 */
import { compareStatements, DEFAULT_COMPARE_OPTIONS } from './compare-statements'
import type { CompareStatement } from './types'

/**
 * similarity of statements[i] and statements[j] for each [i, j] of `pairs`, in that order.
 * @example pairSimilarities([kyrgyzstan, tajikistan], [[0, 1]]) // [0.5…]
 */
export function pairSimilarities(statements: readonly CompareStatement[], pairs: readonly (readonly [number, number])[]): number[] {
  return pairs.map(
    ([i, j]) => compareStatements(statements[i] as CompareStatement, statements[j] as CompareStatement, DEFAULT_COMPARE_OPTIONS).similarity,
  )
}
