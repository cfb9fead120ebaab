'use client'

/**
 * The aligned rows, drawn in the browser from the page's row data (see
 * ../row-data.ts) and on the server from the same data: the page carries
 * them once as HTML and once as data. The classes every row repeats are
 * defined once, in globals.css (the "compare page's rows" block), and a
 * row's <del> and <ins> need none: .row-cell styles them.
 */
import type { ReactNode } from 'react'
import type { OutlineEntry } from '@/lib/compare/display-items'
import { explainRow, rowSummary, type RowReason } from '@/lib/compare/explain-row'
import { STATUS_LABELS, type RowStatus } from '@/lib/vocab/row-status'
import { clauseHref, rowAnchor } from '@/lib/vocab/links'
import { MarkedText } from '@/app/_components/formula-text'
import type { RowData, RowDataClause, RowDataItem } from '../row-data'
import { PIECE_KINDS, piecesText, type RowPiece } from '../row-pieces'
import { COPY_STATUS_ID, CopyLinkButton } from './copy-link-button'
import { CompareBar } from './difference-navigator'

type RowItem = Extract<RowDataItem, { type: 'row' }>
type Piece = { text: string; kind?: 'delete' | 'insert' | 'masked' }

const toPiece = (piece: RowPiece): Piece => (typeof piece === 'string' ? { text: piece } : { text: piece[0], kind: PIECE_KINDS[piece[1]] })

function renderPiece(piece: Piece, key: number) {
  if (piece.kind === 'delete') return <del key={key}>{piece.text}</del>
  if (piece.kind === 'insert') return <ins key={key}>{piece.text}</ins>
  if (piece.kind === 'masked')
    return (
      <span key={key} className="diff-masked" title="A partner’s name: counts as the same">
        {piece.text}
      </span>
    )
  return <span key={key}>{piece.text}</span>
}

/** Text needs no element of its own unless a formula mark styles the pieces under it. */
const renderBare = (piece: Piece, key: number) => (piece.kind ? renderPiece(piece, key) : piece.text)

/** A clause's diff pieces (or, for a clause without counterpart, its text whole), with the formulas in it underlined. */
function Pieces({ clause, whole }: { clause: RowDataClause; whole: boolean }) {
  const [, , parts, marks] = clause
  const pieces = whole ? [{ text: piecesText(parts) }] : parts.map(toPiece)
  return <MarkedText pieces={pieces} marks={marks} renderPiece={marks ? renderPiece : renderBare} />
}

function Clauses({ clauses, slug, side, alone }: { clauses: RowDataClause[]; slug: string; side: 'A' | 'B'; alone: boolean }) {
  // A clause without counterpart is all "deleted" or "inserted": mark the clause, not every word.
  const className = alone ? `row-clause row-clause-${side.toLowerCase()}-only` : 'row-clause'
  return clauses.map((clause) => {
    const [n, label] = clause
    return (
      <p key={n} className={className}>
        {label ? <span className="row-clause-label">{label}</span> : null}
        <Pieces clause={clause} whole={alone} />
        <a href={clauseHref(slug, n - 1)} className="row-clause-ref" aria-label={`Clause ${n} in statement ${side}`}>
          {`${side}${n}`}
        </a>
      </p>
    )
  })
}

/**
 * The other side of a moved row: its counterpart, muted, with a link to the
 * place where the counterpart stands in its own statement.
 */
function MovedCounterpart({ item, to, side }: { item: RowItem; to: 'a' | 'b'; side: 'A' | 'B' }) {
  const clauses = side === 'A' ? item.a : item.b
  const names = clauses.map(([n]) => `${side}${n}`).join('+')
  return (
    <div className="space-y-1 text-stone-500">
      <p className="text-sm">
        <span aria-hidden="true">⇅ </span>
        {`moved: ${names} ${clauses.length > 1 ? 'stand' : 'stands'} elsewhere in ${side} — `}
        <a href={`#${rowAnchor(item, to)}`} className="text-blue-800 underline">
          {clauses.length > 1 ? 'go to their place' : 'go to its place'}
        </a>
      </p>
      {clauses.map((clause) => (
        <p key={clause[0]} className="text-sm leading-relaxed">
          <Pieces clause={clause} whole={false} />
        </p>
      ))}
    </div>
  )
}

function Side({ item, side, slug }: { item: RowItem; side: 'A' | 'B'; slug: string }) {
  const clauses = side === 'A' ? item.a : item.b
  if (item.place === 'a' && side === 'B') return <MovedCounterpart item={item} to="b" side="B" />
  if (item.place === 'b' && side === 'A') return <MovedCounterpart item={item} to="a" side="A" />
  if (clauses.length === 0) return <p className="row-none">{`no counterpart in ${side}`}</p>
  return <Clauses clauses={clauses} slug={slug} side={side} alone={item.a.length === 0 || item.b.length === 0} />
}

function RowHeader({ item, threshold, sureBar }: { item: RowItem; threshold: number; sureBar: number }) {
  const position = ([n]: RowDataClause) => ({ position: n - 1 })
  const reason: RowReason = { ...item.reason, a: item.a.map(position), b: item.b.map(position) }
  return (
    <div role="rowheader" className="row-head" lang="en">
      <a href={`#${rowAnchor(item, item.place)}`} className="row-number">
        {`r${item.index}${item.place === 'b' ? ' (B)' : ''}`}
      </a>
      <details className="row-why">
        {/* (its ⓘ is the stylesheet's, as the status's symbol is: not read out, and not repeated in every row's HTML) */}
        <summary title="Why this row?">{rowSummary(reason)}</summary>
        <p>{explainRow(reason, { threshold, sureBar })}</p>
      </details>
      <StatusMark status={item.status} />
      {/* (what unsure means is the row's reason, beside it, and the legend's) */}
      {reason.unsure ? <span className="row-unsure">unsure</span> : null}
      <CopyLinkButton anchor={rowAnchor(item, item.place)} row={item.index} label={`Copy a link to row ${item.index}`} />
    </div>
  )
}

const GRID = 'md:grid-cols-[7rem_1fr_1fr] print:grid-cols-[4rem_1fr_1fr]'

/**
 * A row's status in words and a symbol, so that it never rests on colour alone: its colour and its symbol (= ≠ ◧ ◨ ⇅,
 * not read out) are .row-status's in globals.css, by the row's data-status.
 */
function StatusMark({ status }: { status: RowStatus }) {
  return <span className="row-status">{STATUS_LABELS[status]}</span>
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

function Fold({ item, fullHref }: { item: Extract<RowDataItem, { type: 'fold' }>; fullHref: string }) {
  const first = item.rows[0]
  const last = item.rows.at(-1)
  const count = item.rows.length
  return (
    <div
      role="row"
      lang="en"
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

function SectionRow({ item }: { item: Extract<RowDataItem, { type: 'section' }> }) {
  const side = (label: 'A' | 'B', title: string | null, held: string | undefined) =>
    title ? (
      <>
        <span className="mr-1 text-xs font-normal text-stone-600 md:hidden print:hidden">{label}</span>
        {title}
      </>
    ) : held ? (
      // the section still in force on this side, said again so that the bar shows both (not read out again, not printed;
      // in the same weight, so that it wraps as the heading it covers does)
      <span aria-hidden="true" className="text-stone-500 print:hidden">
        <span className="mr-1 text-xs md:hidden">{label}</span>
        {held}
      </span>
    ) : null
  return (
    <div role="row" id={item.key} className="compare-section">
      <span role="rowheader" lang="en" className="compare-section-label">
        Section
      </span>
      {item.both !== null ? (
        <span role="cell" className="md:col-span-2">
          {item.both}{' '}
          <span lang="en" className="text-xs font-normal text-stone-600">
            in A and B
          </span>
        </span>
      ) : (
        <>
          <span role="cell">{side('A', item.a, item.heldA)}</span>
          <span role="cell">{side('B', item.b, item.heldB)}</span>
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
  data,
  fullHref,
  outline,
  differences,
  moved,
  notice,
}: {
  data: RowData
  /** a note shown in the row a shared link points at, when the view would fold it (why it is shown all the same) */
  notice?: { index: number; node: ReactNode }
  fullHref: string
  outline: OutlineEntry[]
  /** rows that differ as the page shows them: a moved row at its place in A and in B */
  differences: number
  /** moved rows (each shown twice) */
  moved: number
}) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white print:border-0">
      <CompareBar total={differences} moved={moved} outline={outline} />
      <p id={COPY_STATUS_ID} role="status" className="sr-only" />
      <div role="table" aria-label="Aligned clauses" id="rows" lang={data.lang}>
        <div
          role="row"
          lang="en"
          className={`sr-only print:not-sr-only print:static print:grid print:gap-4 print:border-b print:px-3 print:py-2 print:text-xs print:font-semibold print:uppercase ${GRID}`}
        >
          <span role="columnheader">Row</span>
          <span role="columnheader">A</span>
          <span role="columnheader">B</span>
        </div>
        {data.items.map((item) => {
          if (item.type === 'section') return <SectionRow key={item.key} item={item} />
          if (item.type === 'fold') return <Fold key={item.key} item={item} fullHref={fullHref} />
          const anchor = rowAnchor(item, item.place)
          return (
            <div
              role="row"
              id={anchor}
              key={anchor}
              data-status={item.status}
              data-unsure={item.reason.unsure ? '' : undefined}
              data-apart={item.reason.apart ? '' : undefined}
              // focusable, so that a link to the row (#r12) takes the reader there, not only the page
              tabIndex={-1}
              className={item.status === 'moved' ? 'compare-row compare-row-moved' : 'compare-row'}
            >
              {notice && notice.index === item.index && item.place !== 'b' ? (
                // in the row itself, where the link lands, not above the rows out of sight
                <div role="cell" className="md:col-span-3">
                  {notice.node}
                </div>
              ) : null}
              <RowHeader item={item} threshold={data.threshold} sureBar={data.sureBar} />
              <div role="cell" className="row-cell">
                <Side item={item} side="A" slug={data.slugs.a} />
              </div>
              <div role="cell" className="row-cell">
                <Side item={item} side="B" slug={data.slugs.b} />
              </div>
            </div>
          )
        })}
      </div>
    </div>
  )
}
