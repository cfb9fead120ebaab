/**
 * A cell's text in one line, as the filters, the exports and the command line
 * read it: its clauses joined as the language joins sentences (a space in
 * English, nothing in Chinese), plainly or marked against the base as wdiff
 * marks a diff ([-the base's only-] {+this statement's only+}).
 */
import type { Cell } from './types'

const joiner = (english: boolean) => (english ? ' ' : '')

export function cellText(cell: Cell, english: boolean): string {
  return cell.clauses.map((c) => c.text).join(joiner(english))
}

export function markedCellText(cell: Cell, english: boolean): string {
  return cell.clauses
    .map((c) => c.pieces.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(''))
    .join(joiner(english))
}
