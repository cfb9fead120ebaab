'use client'

/**
 * The collation's table, drawn in the browser from the page's table data
 * (see ../family-data.ts) and on the server from the same data. One row per
 * family, one column per statement; the classes every cell repeats are
 * defined once, in globals.css (the "collation's table" block). On a phone
 * the same table shows one statement's column (`focus`), each row with the
 * family's presence; printed, every column.
 */
import { useState, useSyncExternalStore, type ReactNode } from 'react'
import { clauseHref, compareHref, statementHref } from '@/lib/vocab/links'
import { dateLabel } from '@/app/_components/labels'
import {
  foldRows,
  presenceOf,
  type CellData,
  type CellPiece,
  type CollateTableData,
  type ColumnData,
  type FamilyData,
} from '../family-data'
import { highlightPieces, type PieceKind } from '../highlight-pieces'
import { COPY_STATUS_ID, CopyFamilyLink } from './copy-family-link'
import { pctAgainst } from '@/lib/compare/explain-row'

function wrap(kind: PieceKind, key: number, children: ReactNode) {
  if (kind === 'insert')
    return (
      <ins key={key} className="diff-insert">
        {children}
      </ins>
    )
  if (kind === 'delete')
    return (
      <del key={key} className="collate-del">
        {children}
      </del>
    )
  if (kind === 'masked')
    return (
      <span key={key} className="diff-masked" title="A partner’s name, counted as the same as the other statements’">
        {children}
      </span>
    )
  return children
}

/** A clause's pieces against the base, with the searched text marked. */
function Pieces({ pieces, q }: { pieces: CellPiece[]; q: string }) {
  if (!q) return pieces.map((p, k) => (typeof p === 'string' ? p : wrap(p[1], k, p[0])))
  return highlightPieces(pieces, q).map(({ kind, parts }, k) => {
    const body = parts.map((part, j) =>
      part.hit ? (
        <mark key={j} className="collate-hit">
          {part.text}
        </mark>
      ) : (
        part.text
      ),
    )
    return kind === 'equal' ? <span key={k}>{body}</span> : wrap(kind, k, body)
  })
}

/** The link to family row `i`: on this page, or in the whole table when a filter hides it. */
type RowHref = (i: number) => string

function CellTags({
  cell,
  isBase,
  family,
  column,
  rowHref,
}: {
  cell: CellData
  isBase: boolean
  family: FamilyData
  column: ColumnData
  rowHref: RowHref
}) {
  const presence = presenceOf(family)
  const wording = isBase ? 'base' : !cell.v ? '= base' : `wording ${cell.v[0] + 1} of ${family.w} · ${cell.v[1]}% of the base`
  const tag = presence > 1 ? <span className={isBase ? 'collate-tag collate-tag-base' : 'collate-tag'}>{wording}</span> : null
  const moved =
    cell.after !== undefined ? (
      <span className="collate-tag collate-tag-moved">
        <span aria-hidden="true">⇅ </span>
        {`moved: in ${column.letter} it comes `}
        {cell.after === 0 ? 'first' : <a href={rowHref(cell.after)}>{`after row f${cell.after}`}</a>}
      </span>
    ) : null
  // (the pair view's unsure mark: the collation joined this cell on weak links alone)
  const unsure = cell.u ? (
    <span className="collate-tag collate-tag-unsure" title={unsureTitle(cell.u)}>
      unsure<span className="sr-only">{`: ${unsureTitle(cell.u)}`}</span>
    </span>
  ) : null
  if (!tag && !moved && !unsure) return null
  return (
    <div className="collate-tags">
      {tag}
      {unsure}
      {moved}
    </div>
  )
}

/** Why a cell is unsure, with its figures, as the pair view prints a score against its bar: "… less than 45% alike (the closest 33%) …". */
function unsureTitle([score, bar]: [number, number]): string {
  return `joined to this family only by pairs less than ${Math.round(bar * 100)}% alike (the closest ${pctAgainst(score, bar)}); read it before relying on it`
}

function Cell({ cell, family, column, k, focus, lang, q, rowHref, fold }: CellProps & { cell: CellData | null; fold?: ReactNode }) {
  const focused = k === focus ? 'collate-focus' : ''
  // the label is what a screen reader says for the dash (and what a phone prints after it)
  const missing = `not in ${column.letter}, ${column.label}`
  if (!cell)
    return (
      <td className={focused || undefined} aria-label={missing}>
        <span className="collate-dash" data-label={missing}>
          —
        </span>
        {fold}
      </td>
    )
  const isBase = family.b === k && presenceOf(family) > 1
  const classes = [
    focused,
    isBase ? 'collate-base' : '',
    cell.hit ? 'collate-hit-cell' : '',
    cell.after !== undefined ? 'collate-moved' : '',
    cell.u ? 'collate-unsure' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <td className={classes || undefined} lang={lang}>
      <CellTags cell={cell} isBase={isBase} family={family} column={column} rowHref={rowHref} />
      {cell.c.map(([n, label, pieces]) => (
        <p key={n}>
          {label ? <span className="row-clause-label">{label}</span> : null}
          <Pieces pieces={pieces} q={q} />
          <a href={clauseHref(column.slug, n - 1)}>{`${column.letter}${n}`}</a>
        </p>
      ))}
    </td>
  )
}

type CellProps = { family: FamilyData; column: ColumnData; k: number; focus: number; lang: string; q: string; rowHref: RowHref }

/** Which statements have the family, in words: "in all 4", "only in B", "in A, C · 2/4". */
function presenceText(family: FamilyData, columns: ColumnData[]): string {
  const has = columns.filter((_, k) => family.c[k]).map((c) => c.letter)
  if (has.length === columns.length) return `in all ${columns.length}`
  if (has.length === 1) return `only in ${has[0]}`
  return `in ${has.join(', ')} · ${has.length}/${columns.length}`
}

/** "“和平统一” in: B, C — not in: A" */
function HitLine({ family, columns, q }: { family: FamilyData; columns: ColumnData[]; q: string }) {
  const says = columns.filter((_, k) => family.c[k]?.hit)
  const not = columns.filter((_, k) => !family.c[k]?.hit)
  const letters = (list: ColumnData[]) => list.map((c) => c.letter).join(', ')
  return (
    <p className="collate-hit-line">
      {`“${q}” in: ${letters(says)}`}
      {not.length ? ` — not in: ${letters(not)}` : ''}
    </p>
  )
}

/** What a folded run's first row says on a phone, with the button that opens or closes the run. */
type Fold = { run?: { more: number; last: number; open: boolean; toggle: () => void; rows: string }; folded?: boolean }

const noSubscription = () => () => {}

const rowIds = (families: readonly FamilyData[]) => families.map((family) => `f${family.i}`).join(' ')

function FoldButton({ run, letter }: { run: NonNullable<Fold['run']>; letter: string }) {
  const families = run.more === 1 ? 'family' : 'families'
  return (
    <button type="button" className="collate-fold" aria-expanded={run.open} aria-controls={run.rows} onClick={run.toggle}>
      {run.open ? `hide the ${run.more} after it` : `+ ${run.more} more ${families} not in ${letter}, to f${run.last}: show`}
    </button>
  )
}

function FamilyRow({ family, data, rowHref, fold }: { family: FamilyData; data: CollateTableData; rowHref: RowHref; fold: Fold }) {
  const { columns, focus, lang, q } = data
  const presence = presenceOf(family)
  const classes = [presence === 1 ? 'collate-one' : '', family.c[focus] ? '' : 'collate-gap', fold.folded ? 'collate-folded' : '']
  return (
    // a phone shows the focused statement's cell: where it has none, the row is a line
    <tr id={`f${family.i}`} className={classes.filter(Boolean).join(' ') || undefined}>
      <th scope="row">
        <a href={`#f${family.i}`}>{`f${family.i}`}</a>
        <span className="collate-presence">{presenceText(family, columns)}</span>
        {presence > 1 ? <span className="text-stone-600">{family.w === 1 ? 'one wording' : `${family.w} wordings`}</span> : null}
        {q ? <HitLine family={family} columns={columns} q={q} /> : null}
        <CopyFamilyLink family={family.i} />
      </th>
      {family.c.map((cell, k) => (
        <Cell
          key={k}
          cell={cell}
          family={family}
          column={columns[k] as ColumnData}
          k={k}
          focus={focus}
          lang={lang}
          q={q}
          rowHref={rowHref}
          fold={k === focus && fold.run ? <FoldButton run={fold.run} letter={(columns[focus] as ColumnData).letter} /> : null}
        />
      ))}
    </tr>
  )
}

function ColumnHead({ column, columns, compareQuery }: { column: ColumnData; columns: ColumnData[]; compareQuery: string }) {
  return (
    <>
      <span className="collate-letter">{column.letter}</span>{' '}
      <a href={statementHref(column.slug)} title={column.title} className="collate-col-link">
        {column.label}
      </a>
      <span className="collate-col-date">{dateLabel(column.date)}</span>
      <span className="collate-col-compare print:hidden">
        {'compare with '}
        {columns
          .filter((other) => other !== column)
          .map((other, k) => (
            <span key={other.letter}>
              {k > 0 ? ' ' : null}
              <a
                href={compareHref(column.slug, other.slug, compareQuery)}
                aria-label={`Compare ${column.letter} with ${other.letter}, ${other.label}, side by side`}
              >
                {other.letter}
              </a>
            </span>
          ))}
      </span>
    </>
  )
}

export function CollateTable({ data }: { data: CollateTableData }) {
  const { columns, families, focus } = data
  const shown = new Set(families.map((family) => family.i))
  const rowHref: RowHref = (i) => (shown.has(i) || !data.unfiltered ? `#f${i}` : `${data.unfiltered}#f${i}`)
  // the runs a phone folds, and those its reader opened; only once the page runs script, whose button opens them
  // (without it every row stays shown, as the server draws it)
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (key: string) => () =>
    setOpen((was) => {
      const next = new Set(was)
      if (!next.delete(key)) next.add(key)
      return next
    })
  const folds: Fold[] = scripted
    ? foldRows(families, focus, open).map(({ run, folded }, k) => ({
        folded,
        // the rows it opens, by their ids
        ...(run ? { run: { ...run, toggle: toggle(run.key), rows: rowIds(families.slice(k + 1, k + 1 + run.more)) } } : {}),
      }))
    : families.map(() => ({}))
  return (
    <div className={columns.length > 5 ? 'collate-frame collate-frame-wide' : 'collate-frame'}>
      <table
        className="collate-table"
        aria-label="Families of clauses, one column per statement"
        style={{ ['--collate-columns' as string]: columns.length }}
      >
        <thead className="collate-thead">
          <tr>
            <th scope="col" className="collate-corner">
              Family
            </th>
            {columns.map((column, k) => (
              <th key={column.letter} scope="col" className={k === focus ? 'collate-col collate-focus' : 'collate-col'}>
                <ColumnHead column={column} columns={columns} compareQuery={data.compareQuery} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {families.map((family, k) => (
            <FamilyRow key={family.i} family={family} data={data} rowHref={rowHref} fold={folds[k] as Fold} />
          ))}
        </tbody>
      </table>
      <p id={COPY_STATUS_ID} role="status" className="sr-only" />
    </div>
  )
}
