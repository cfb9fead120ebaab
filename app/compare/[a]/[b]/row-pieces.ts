/**
 * A clause's diff pieces as the compare page's rows carry them (row-data.ts),
 * apart so that the rows' client component imports this, not the server's side.
 */

/**
 * An equal piece is its text; a deletion, an insertion or a masked name says
 * which in one character, as a diff would: '-', '+', '=' (a page carries hundreds).
 */
export type RowPiece = string | [text: string, mark: PieceMark]

export type PieceMark = '-' | '+' | '='

export const PIECE_KINDS = { '-': 'delete', '+': 'insert', '=': 'masked' } as const satisfies Record<PieceMark, string>

/** The text the pieces spell. */
export const piecesText = (pieces: readonly RowPiece[]) => pieces.map((p) => (typeof p === 'string' ? p : p[0])).join('')
