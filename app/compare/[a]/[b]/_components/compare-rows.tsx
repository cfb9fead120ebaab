import { sameSection, sectionTitle, type DisplayItem, type OutlineEntry } from '@/lib/compare/display-items'
import { rowAnchor } from '@/lib/vocab/links'
import { rowStatus, STATUS_LABELS, type RowStatus } from '@/lib/vocab/row-status'
import { explainRow } from '@/lib/compare/explain-row'
import type { CompareResult, CompareRow, Piece, RowClause } from '@/lib/compare/types'
import type { FormulaMark } from '@/lib/formulas/overlay'
import { MarkedText, marksOnBody } from '@/app/_components/formula-text'
import { CopyLinkButton } from './copy-link-button'
import { CompareBar } from './difference-navigator'
import { clauseHref } from '@/lib/vocab/links'

type Marks = ReadonlyMap<number, FormulaMark[]>

const RULE_LABELS: Record<CompareRow['rule'], string> = {
  pair: 'pair',
  merge: 'merge',
  attach: 'pair + joined',
  'best-match': 'best match',
  move: 'moved',
  single: 'no counterpart',
}

function renderPiece(piece: Piece, key: number) {
  if (piece.op === 'delete')
    return (
      <del key={key} className="diff-delete">
        {piece.text}
      </del>
    )
  if (piece.op === 'insert')
    return (
      <ins key={key} className="diff-insert">
        {piece.text}
      </ins>
    )
  if (piece.masked)
    return (
      <span key={key} className="diff-masked" title="Counterpart name: equal under the party mask">
        {piece.text}
      </span>
    )
  return <span key={key}>{piece.text}</span>
}

/** A clause's diff pieces, with the formulas in it underlined. */
function Pieces({ clause, marks }: { clause: RowClause; marks: Marks }) {
  return (
    <MarkedText pieces={clause.pieces} marks={marksOnBody(marks.get(clause.id), clause.text, clause.label)} renderPiece={renderPiece} />
  )
}

function Clauses({
  clauses,
  slug,
  side,
  alone,
  marks,
}: {
  clauses: RowClause[]
  slug: string
  side: 'A' | 'B'
  alone: boolean
  marks: Marks
}) {
  // A clause without counterpart is all "deleted" or "inserted": mark the clause, not every word.
  const marker = side === 'A' ? 'border-l-4 border-orange-400 bg-orange-50 pl-2' : 'border-l-4 border-blue-400 bg-blue-50 pl-2'
  return clauses.map((clause) => (
    <p key={clause.id} lang="zh-Hans" className={`leading-relaxed ${alone ? marker : ''}`}>
      {clause.label ? <span className="mr-1 text-stone-500">{clause.label}</span> : null}
      {alone ? (
        <MarkedText
          pieces={[{ text: clause.pieces.map((piece) => piece.text).join('') }]}
          marks={marksOnBody(marks.get(clause.id), clause.text, clause.label)}
          renderPiece={(piece, k) => <span key={k}>{piece.text}</span>}
        />
      ) : (
        <Pieces clause={clause} marks={marks} />
      )}{' '}
      <a
        href={clauseHref(slug, clause.position)}
        className="text-xs text-stone-600 hover:text-stone-900"
        aria-label={`Clause ${clause.position + 1} in statement ${side}`}
      >
        {side}
        {clause.position + 1}
      </a>
    </p>
  ))
}

/**
 * The other side of a moved row: its counterpart, muted, with a link to the
 * place where the counterpart stands in its own statement.
 */
function MovedCounterpart({ row, to, side, marks }: { row: CompareRow; to: 'a' | 'b'; side: 'A' | 'B'; marks: Marks }) {
  const clauses = side === 'A' ? row.a : row.b
  const names = clauses.map((c) => `${side}${c.position + 1}`).join('+')
  return (
    <div className="space-y-1 text-stone-500">
      <p className="text-sm">
        <span aria-hidden="true">⇅ </span>
        moved: {names} stands elsewhere in {side} —{' '}
        <a href={`#${rowAnchor(row, to)}`} className="text-blue-800 underline">
          go to its place
        </a>
      </p>
      {clauses.map((clause) => (
        <p key={clause.id} lang="zh-Hans" className="text-sm leading-relaxed">
          <Pieces clause={clause} marks={marks} />
        </p>
      ))}
    </div>
  )
}

function Side({
  item,
  side,
  result,
  marks,
}: {
  item: Extract<DisplayItem, { type: 'row' }>
  side: 'A' | 'B'
  result: CompareResult
  marks: Marks
}) {
  const { row, place } = item
  const clauses = side === 'A' ? row.a : row.b
  const slug = side === 'A' ? result.a.slug : result.b.slug
  if (place === 'a' && side === 'B') return <MovedCounterpart row={row} to="b" side="B" marks={marks} />
  if (place === 'b' && side === 'A') return <MovedCounterpart row={row} to="a" side="A" marks={marks} />
  if (clauses.length === 0) return <p className="italic text-stone-500">no counterpart in {side}</p>
  return <Clauses clauses={clauses} slug={slug} side={side} alone={row.a.length === 0 || row.b.length === 0} marks={marks} />
}

function RowHeader({ item, result, status }: { item: Extract<DisplayItem, { type: 'row' }>; result: CompareResult; status: RowStatus }) {
  const { row } = item
  const paired = row.a.length > 0 && row.b.length > 0
  return (
    <div role="rowheader" className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-xs text-stone-600 md:flex-col">
      <a href={`#${item.anchor}`} className="font-semibold text-stone-800 hover:underline">
        r{row.index}
        {item.place === 'b' ? ' (B)' : ''}
      </a>
      <details className="group">
        <summary className="cursor-pointer list-none hover:text-stone-900" title="Why this row?">
          {paired ? `${Math.round(row.score * 100)}% · ` : ''}
          {RULE_LABELS[row.rule]}{' '}
          <span className="text-stone-500 group-open:hidden print:hidden" aria-hidden="true">
            ⓘ
          </span>
        </summary>
        <p className="mt-1 max-w-xs text-stone-700 md:max-w-[9rem]">{explainRow(row, result.options)}</p>
      </details>
      <StatusMark status={status} />
      <CopyLinkButton anchor={item.anchor} row={row.index} label={`Copy a link to row ${row.index}`} />
    </div>
  )
}

const GRID = 'md:grid-cols-[7rem_1fr_1fr] print:grid-cols-[4rem_1fr_1fr]'

const STATUS_MARKS: Record<RowStatus, { symbol: string; className: string }> = {
  identical: { symbol: '=', className: 'text-stone-500' },
  changed: { symbol: '≠', className: 'text-stone-800' },
  'a-only': { symbol: '◧', className: 'text-orange-800' },
  'b-only': { symbol: '◨', className: 'text-blue-800' },
  moved: { symbol: '⇅', className: 'text-violet-800' },
}

/** A row's status in words and a symbol, so that it never rests on colour alone. */
export function StatusMark({ status }: { status: RowStatus }) {
  const mark = STATUS_MARKS[status]
  return (
    <span className={`font-medium ${mark.className}`}>
      <span aria-hidden="true">{mark.symbol} </span>
      {STATUS_LABELS[status]}
    </span>
  )
}

const FOLDED: Record<RowStatus, [string, string]> = {
  identical: ['identical row', 'identical rows'],
  changed: ['changed row', 'changed rows'],
  'a-only': ['row only in A', 'rows only in A'],
  'b-only': ['row only in B', 'rows only in B'],
  moved: ['moved row', 'moved rows'],
}

/** "1 identical row folded", "5 rows folded (3 identical, 2 only in A)". */
function foldedLabel(statuses: readonly RowStatus[]): string {
  const counts = new Map<RowStatus, number>()
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1)
  const name = (status: RowStatus, n: number) => FOLDED[status][n === 1 ? 0 : 1]
  if (counts.size === 1) return `${statuses.length} ${name(statuses[0] as RowStatus, statuses.length)} folded`
  const parts = [...counts].map(([status, n]) => `${n} ${STATUS_LABELS[status]}`)
  return `${statuses.length} rows folded (${parts.join(', ')})`
}

function Fold({ item, fullHref }: { item: Extract<DisplayItem, { type: 'fold' }>; fullHref: string }) {
  const first = item.rows[0]
  const last = item.rows.at(-1)
  const count = item.rows.length
  return (
    <div
      role="row"
      className={`fold-row grid gap-2 border-b border-stone-100 bg-stone-50/60 px-3 py-1.5 text-sm text-stone-600 md:gap-4 ${GRID}`}
    >
      <span role="rowheader" className="text-xs font-semibold">
        r{first}
        {count > 1 && last !== first ? `–r${last}` : ''}
        {/* a link to a folded row (#r12) lands here, on the fold that holds it */}
        {item.anchors.map((anchor) => (
          <span key={anchor} id={anchor} className="fold-anchor" />
        ))}
      </span>
      <span role="cell" className="md:col-span-2">
        <span aria-hidden="true">= </span>
        {foldedLabel(item.statuses)} ·{' '}
        <a href={`${fullHref}#${item.anchor}`} className="text-blue-800 underline underline-offset-2">
          show {count === 1 ? 'it' : 'them'}
        </a>
      </span>
    </div>
  )
}

function SectionRow({ item }: { item: Extract<DisplayItem, { type: 'section' }> }) {
  const both = item.a && item.b && sameSection(item.a, item.b)
  const side = (label: 'A' | 'B', section: typeof item.a) =>
    section ? (
      <>
        <span className="mr-1 text-xs font-normal text-stone-600 md:hidden print:hidden">{label}</span>
        {sectionTitle(section)}
      </>
    ) : null
  return (
    <div
      role="row"
      id={item.key}
      className={`compare-section sticky z-[5] flex flex-wrap gap-x-4 border-b border-stone-200 bg-stone-50 px-3 py-2 text-sm font-semibold md:grid print:static print:grid ${GRID}`}
    >
      <span
        role="rowheader"
        className="sr-only md:not-sr-only md:text-xs md:font-normal md:uppercase md:tracking-wide md:text-stone-500 print:not-sr-only"
      >
        Section
      </span>
      {both ? (
        <span role="cell" lang="zh-Hans" className="md:col-span-2">
          {sectionTitle(item.a)} <span className="text-xs font-normal text-stone-600">in A and B</span>
        </span>
      ) : (
        <>
          <span role="cell" lang="zh-Hans">
            {side('A', item.a)}
          </span>
          <span role="cell" lang="zh-Hans">
            {side('B', item.b)}
          </span>
        </>
      )}
    </div>
  )
}

/**
 * The aligned rows under a bar that stays in view (columns, sections,
 * next / previous difference): section headings that stay in view while
 * their rows scroll, every row with its status and an anchor (#r12), and the
 * rows the view does not show folded away.
 */
export function CompareRows({
  result,
  items,
  marks,
  fullHref,
  outline,
  differences,
}: {
  result: CompareResult
  items: DisplayItem[]
  marks: Marks
  fullHref: string
  outline: OutlineEntry[]
  differences: number
}) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white print:border-0">
      <CompareBar total={differences} outline={outline} />
      <div role="table" aria-label="Aligned clauses" id="rows">
        <div
          role="row"
          className={`sr-only print:not-sr-only print:static print:grid print:gap-4 print:border-b print:px-3 print:py-2 print:text-xs print:font-semibold print:uppercase ${GRID}`}
        >
          <span role="columnheader">Row</span>
          <span role="columnheader">A</span>
          <span role="columnheader">B</span>
        </div>
        {items.map((item) => {
          if (item.type === 'section') return <SectionRow key={item.key} item={item} />
          if (item.type === 'fold') return <Fold key={item.key} item={item} fullHref={fullHref} />
          const status = rowStatus(item.row)
          return (
            <div
              role="row"
              id={item.anchor}
              key={item.key}
              data-status={status}
              tabIndex={-1}
              className={`compare-row grid gap-2 border-b border-stone-100 px-3 py-3 last:border-0 md:gap-4 ${GRID} ${item.row.moved ? 'bg-violet-50/40' : ''}`}
            >
              <RowHeader item={item} result={result} status={status} />
              <div role="cell" className="min-w-0 space-y-1">
                <Side item={item} side="A" result={result} marks={marks} />
              </div>
              <div
                role="cell"
                className="min-w-0 space-y-1 border-t border-dashed border-stone-200 pt-2 md:border-0 md:pt-0 print:border-0 print:pt-0"
              >
                <Side item={item} side="B" result={result} marks={marks} />
              </div>
            </div>
          )
        })}
      </div>
    </div>
  )
}
