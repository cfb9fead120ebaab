export { alignClauses, DEFAULT_ALIGN_OPTIONS } from './align-clauses'
export { createDiceScorer, bigramProfile, diceOf } from './dice-scorer'
export type * from './types'
