/** The kinds of statement Tongwen tells apart, and how each is named to a reader. */
export const STATEMENT_KINDS = ['joint-statement', 'joint-declaration', 'communique', 'statement', 'fact-sheet', 'speech'] as const
export type StatementKind = (typeof STATEMENT_KINDS)[number]
/** A statement's subtitle is at most this long, as imported (two decks joined) and as edited. */
export const SUBTITLE_MAX = 600
/** How each kind is named to a reader. */
export const KIND_LABELS: Record<StatementKind, string> = {
  'joint-statement': 'Joint statement',
  'joint-declaration': 'Joint declaration',
  communique: 'Communiqué',
  statement: 'Statement',
  'fact-sheet': 'Fact sheet',
  speech: 'Speech',
}
