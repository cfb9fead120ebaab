/**
 * The comparison as files a reader takes elsewhere: CSV for a spreadsheet,
 * Markdown for notes and messages. Both say the same as the page: each row's
 * clauses, its status and score, and what changed, marked as wdiff does
 * ([-only in A-] {+only in B+}) or as Markdown does (~~only in A~~, **only in B**).
 */
import { clauseName } from '@/lib/vocab/links'
import type { DiffOp } from '@/lib/diff/types'
import type { CompareResult, CompareRow, Piece } from './types'
import { namesApart } from './row-clauses'
import { barsInWords } from './sure-link'
import { countsInWords, doubtCounts, FILTER_LABELS, rowShown, rowStatus, STATUS_LABELS, type RowFilter } from '@/lib/vocab/row-status'

/**
 * The ops in one line: [-deleted-], {+inserted+}, and a masked name as A/B
 * (a word printed in another case or width is A's, as the comparison ignores it).
 * @example markedDiff([{ op: 'equal', a: '实现国家', b: '实现国家' }, { op: 'insert', a: '', b: '和平' }, …]) // '实现国家{+和平+}统一'
 */
export function markedDiff(ops: readonly DiffOp[]): string {
  return ops
    .map((op) =>
      op.op === 'equal' ? (namesApart(op.a, op.b) ? `${op.a}/${op.b}` : op.a) : op.op === 'delete' ? `[-${op.a}-]` : `{+${op.b}+}`,
    )
    .join('')
}

const clauseNames = (side: 'A' | 'B', row: CompareRow) => (side === 'A' ? row.a : row.b).map((c) => clauseName(side, c.position)).join('+')
const percent = (x: number) => `${Math.round(x * 100)}%`

/** A spreadsheet program would run a cell that starts like a formula: such a cell is quoted as text. */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The clause a clause shown alone was left apart from (CompareRow.apart), by
 * its name on the page; empty for every other row.
 * @example leftApartFrom(row) // 'B10'
 */
export function leftApartFrom(row: Pick<CompareRow, 'a' | 'apart'>): string {
  return row.apart ? clauseName(row.a.length ? 'B' : 'A', row.apart.position) : ''
}

/** The rows a view shows (`?view=` on the page): an export from a filtered page holds those, as the page does. */
export function rowsShown(result: CompareResult, filter: RowFilter): CompareRow[] {
  return filter === 'all' ? result.rows : result.rows.filter((row) => rowShown(filter, row))
}

/**
 * One line per row: row, status, score, rule, the clauses of each side, their
 * texts, the marked diff, whether the pair is unsure (below the language's
 * sure bar), and for a clause shown alone because its pair was left apart the
 * clause it was left apart from (each added last, so that the columns before
 * stay where they were). UTF-8 with a byte-order mark, so that
 * spreadsheet programs read the Chinese correctly. The rows are those the
 * view's `filter` shows (all by default).
 */
export function compareToCsv(result: CompareResult, filter: RowFilter = 'all'): string {
  const header = ['row', 'status', 'score', 'rule', 'clauses_a', 'clauses_b', 'text_a', 'text_b', 'diff', 'unsure', 'left_apart_from']
  const lines = [header.join(',')]
  const english = result.a.language === 'en'
  for (const row of rowsShown(result, filter)) {
    const paired = row.a.length > 0 && row.b.length > 0
    lines.push(
      [
        row.index,
        STATUS_LABELS[rowStatus(row)],
        paired ? row.score.toFixed(3) : '',
        row.rule,
        clauseNames('A', row),
        clauseNames('B', row),
        // English clauses apart by a space, as the Markdown and the page have them (a review: "…Peninsula.Both leaders…")
        row.a.map((c) => c.text).join(english ? ' ' : ''),
        row.b.map((c) => c.text).join(english ? ' ' : ''),
        paired ? markedDiff(row.ops) : '',
        row.unsure ? 'yes' : '',
        leftApartFrom(row),
      ]
        .map(csvCell)
        .join(','),
    )
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** Text that Markdown would otherwise read as markup (a | would end a table cell). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~|[\]<>#]/g, (ch) => `\\${ch}`).replace(/\n/g, ' ')
}

/** Whitespace, or the start or end of the text (''), beside a delimiter run. */
const SPACE_OR_END = /^(?:\s|)$/u
/**
 * Punctuation beside a marker, read both ways CommonMark has read it: inside a
 * run, a symbol counts too (CommonMark 0.31, markdown-it); outside it, only
 * punctuation proper (older readers, such as GitHub's cmark-gfm, count no
 * symbol), so that a marker is read by either.
 */
const PUNCTUATION_INSIDE = /^[\p{P}\p{S}]$/u
const PUNCTUATION_OUTSIDE = /^\p{P}$/u

/** An invisible character that is neither space nor punctuation: lets a marker stand next to punctuation inside its run. */
const ZERO_WIDTH_SPACE = '\u200b'

/**
 * A changed run between its markers, as CommonMark (and GitHub) will read it:
 * spaces at its edges stay outside (a marker next to a space on its inner side
 * is not one), punctuation stays inside, so that a deleted 、 or a bold "nuclear;"
 * is marked as the page marks it. Where the text around the marker would stop
 * CommonMark from reading it (an opener after a letter with punctuation inside,
 * ~~、…; a closer after punctuation with a letter outside, …，~~将), a zero-width
 * space stands between the marker and the punctuation.
 * @param before the character printed before the run ('' at the start of the cell)
 * @param after the character that follows the run ('' at the end of the cell)
 */
function marked(text: string, marker: string, before: string, after: string): string {
  const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? []
  if (!body) return escapeMarkdown(text)
  const outside = (char: string) => SPACE_OR_END.test(char) || PUNCTUATION_OUTSIDE.test(char)
  const first = body.charAt(0)
  const last = body.charAt(body.length - 1)
  const open = PUNCTUATION_INSIDE.test(first) && !outside(lead ? ' ' : before) ? ZERO_WIDTH_SPACE : ''
  const close = PUNCTUATION_INSIDE.test(last) && !outside(trail ? ' ' : after) ? ZERO_WIDTH_SPACE : ''
  return `${escapeMarkdown(lead)}${marker}${open}${escapeMarkdown(body)}${close}${marker}${escapeMarkdown(trail)}`
}

/** One side of a paired row, clause by clause (English clauses apart by a space), with its own wording marked. */
function side(row: CompareRow, which: 'a' | 'b', english: boolean): string {
  const marker = which === 'a' ? '~~' : '**'
  // the side's pieces in one sequence, an English clause after the one before it as a space
  const pieces = row[which].flatMap((clause, c): Piece[] =>
    english && c > 0 ? [{ op: 'equal', text: ' ', masked: false }, ...clause.pieces] : clause.pieces,
  )
  let out = ''
  pieces.forEach((piece, k) => {
    if (piece.op === 'equal') {
      out += escapeMarkdown(piece.text)
      return
    }
    // two runs that touch (a Chinese clause's last and the next one's first) would read as one marker of four: a
    // zero-width space parts them, which CommonMark reads as a letter
    if (out.endsWith(marker)) out += ZERO_WIDTH_SPACE
    const next = pieces[k + 1]
    const after = next === undefined ? '' : next.op === 'equal' ? next.text.charAt(0) : 'x'
    out += marked(piece.text, marker, out.charAt(out.length - 1), after)
  })
  return out
}

/**
 * The comparison as a Markdown table: A's text with what only A has struck
 * through, B's with what only B has in bold; `url` is the view's address, and
 * the table holds the rows its `filter` shows (all by default), saying so.
 */
export function compareToMarkdown(result: CompareResult, url: string, filter: RowFilter = 'all'): string {
  const counts = result.counts
  const { unsure, apart } = doubtCounts(result.rows)
  const english = result.a.language === 'en'
  const joiner = english ? ' ' : ''
  const rows = rowsShown(result, filter)
  const lines = [
    `## ${escapeMarkdown(result.a.title)} / ${escapeMarkdown(result.b.title)}`,
    '',
    `${percent(result.similarity)} shared wording · ${filter === 'all' ? `${result.rows.length} rows: ` : `${rows.length} of ${result.rows.length} rows (view: ${FILTER_LABELS[filter]}); all rows: `}${countsInWords(counts)}${unsure ? `; ${unsure} of the pairs unsure (below ${barsInWords(result, 'similar')})` : ''}${apart ? `; ${apart} ${apart === 1 ? 'clause' : 'clauses'} left apart` : ''}. ~~Struck through~~: only in A; **bold**: only in B. [View in Tongwen](${url})`,
    '',
    '| Row | A | B |',
    '| --- | --- | --- |',
  ]
  for (const row of rows) {
    const status = rowStatus(row)
    const paired = row.a.length > 0 && row.b.length > 0
    const apart = leftApartFrom(row)
    const label = `r${row.index} ${STATUS_LABELS[status]}${paired ? ` ${percent(row.score)}` : ''}${row.unsure ? ' (unsure)' : ''}${apart ? ` (left apart from ${apart})` : ''}`
    const a = row.a.length === 0 ? '—' : paired ? side(row, 'a', english) : escapeMarkdown(row.a.map((c) => c.text).join(joiner))
    const b = row.b.length === 0 ? '—' : paired ? side(row, 'b', english) : escapeMarkdown(row.b.map((c) => c.text).join(joiner))
    lines.push(`| ${label} | ${a} ${clauseNames('A', row)} | ${b} ${clauseNames('B', row)} |`.replace(/ {2,}/g, ' '))
  }
  return `${lines.join('\n')}\n`
}
