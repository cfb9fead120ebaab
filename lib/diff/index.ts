export { diffTexts, DEFAULT_DIFF_OPTIONS } from './diff-texts'
export type { DiffSide } from './diff-texts'
export { tokenize } from './tokenize'
export type * from './types'
