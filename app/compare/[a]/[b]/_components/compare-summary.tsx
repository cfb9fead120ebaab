import Link from 'next/link'
import { displayItems } from '@/lib/compare/display-items'
import { STATUS_LABELS } from '@/lib/vocab/row-status'
import type { CompareResult } from '@/lib/compare/types'
import { doubtCounts, ROW_STATUSES, rowShown, rowStatus, type RowFilter } from '@/lib/vocab/row-status'
import type { StatementDetail } from '@/lib/db/statements'
import { dateLabel, kindLabel, whoLabel } from '@/app/_components/labels'
import { statementHref } from '@/lib/vocab/links'
import { languageName } from '@/lib/compare/language'
import { sureBarMeaning } from '@/lib/compare/sure-link'
import { Minimap, type MinimapCell } from './minimap'
import { textLang } from '@/lib/text/chars'
import { namesApart } from '@/lib/compare/row-clauses'

function Heading({ side, statement }: { side: 'A' | 'B'; statement: StatementDetail }) {
  return (
    <div className="min-w-0 flex-1">
      <div className="text-xs font-semibold uppercase tracking-wide text-stone-500">
        {side} · {kindLabel(statement.kind)} · {dateLabel(statement.date)} · {whoLabel(statement)}
      </div>
      <h2 lang={textLang(statement.title)} className="mt-1 text-lg font-semibold leading-snug">
        <Link href={statementHref(statement.slug)} className="underline-offset-2 hover:underline">
          {statement.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm print:hidden">
        <Link href={statementHref(statement.slug)} className="text-blue-800 underline underline-offset-2">
          Read {side} in full
        </Link>{' '}
        <span className="text-stone-600">({statement.clauseCount} clauses, in its own order)</span>
      </p>
    </div>
  )
}

/** A name as the legend quotes it: trimmed, and cut after 40 characters. */
const clipped = (text: string) => {
  const chars = [...text.trim()]
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('')
}

/** The minimap's segments: the rows in page order, a moved row at its place in A. */
function minimapCells(result: CompareResult, filter: RowFilter): MinimapCell[] {
  return displayItems(result).flatMap((item) => {
    if (item.type !== 'row' || item.place === 'b') return []
    const { row } = item
    const length = [...row.a, ...row.b].reduce((n, c) => n + c.text.length, 0)
    return [[row.index, ROW_STATUSES.indexOf(rowStatus(row)), length, rowShown(filter, row) ? 1 : 0]]
  })
}

export function CompareSummary({
  a,
  b,
  result,
  swapHref,
  fullHref,
  filter,
  formulas,
}: {
  a: StatementDetail
  b: StatementDetail
  result: CompareResult
  swapHref: string
  fullHref: string
  filter: RowFilter
  formulas: boolean
}) {
  const counts = result.counts
  const { unsure, apart } = doubtCounts(result.rows)
  // the legend's example of a partner's name is this comparison's first (吉尔吉斯 / 塔吉克斯坦, Yoon / Kishida)
  const masked = result.rows.flatMap((row) => row.ops).find((op) => op.op === 'equal' && namesApart(op.a, op.b))
  return (
    <section
      aria-labelledby="comparison-title"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 print:border-0 print:p-0"
    >
      <h1 id="comparison-title" className="sr-only">
        Comparison of {a.title} and {b.title}
      </h1>
      {a.slug === b.slug ? <p className="text-sm text-orange-800">A and B are the same statement.</p> : null}
      <div className="flex flex-col gap-4 md:flex-row print:flex-row">
        <Heading side="A" statement={a} />
        <Heading side="B" statement={b} />
      </div>
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2 text-sm">
        <p>
          <span className="text-2xl font-semibold tabular-nums">{Math.round(result.similarity * 100)}%</span>{' '}
          <span className="text-stone-600">shared wording</span>
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-stone-700" aria-label="Rows by status">
          <li>
            <span className="font-semibold tabular-nums">{result.rows.length}</span> rows
          </li>
          {ROW_STATUSES.map((status) => (
            <li key={status} className="flex items-baseline gap-1">
              <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-sm minimap-${status}`} />
              <span className="font-semibold tabular-nums">{counts[status]}</span> {STATUS_LABELS[status]}
            </li>
          ))}
          {unsure ? (
            <li
              className="text-amber-800"
              title={`Unsure: ${sureBarMeaning(Math.round(result.sureBar * 100), undefined, result.longClauseBar)}; read both sides before relying on them`}
            >
              <span className="font-semibold tabular-nums">{unsure}</span> {unsure === 1 ? 'pair' : 'pairs'} unsure
            </li>
          ) : null}
          {apart ? (
            <li
              className="text-amber-800"
              title="Left apart: clauses the aligner did not pair although they are alike, because one of them is about as similar to another clause; each row's why names both"
            >
              <span className="font-semibold tabular-nums">{apart}</span> {apart === 1 ? 'clause' : 'clauses'} left apart
            </li>
          ) : null}
        </ul>
        <Link href={swapHref} className="ml-auto text-blue-800 underline-offset-2 hover:underline print:hidden">
          Swap A and B
        </Link>
      </div>
      <Minimap cells={minimapCells(result, filter)} fullHref={fullHref} />
      <p className="text-xs text-stone-600">
        <del className="diff-delete">struck through</del>: only in A · <ins className="diff-insert">underlined</ins>: only in B ·{' '}
        {masked ? (
          <>
            <span className="diff-masked">dotted</span>: a partner’s name, counted as the same as the other statement’s (
            <span lang={textLang(masked.a)}>{clipped(masked.a)}</span> / <span lang={textLang(masked.b)}>{clipped(masked.b)}</span>) ·{' '}
          </>
        ) : null}
        <span className="border-l-4 border-orange-400 bg-orange-50 px-1">orange bar</span> /{' '}
        <span className="border-l-4 border-blue-400 bg-blue-50 px-1">blue bar</span>: a clause only A / only B has
        {unsure ? (
          <>
            {' '}
            · <span className="border-l-2 border-dotted border-amber-600 pl-1">dotted amber line</span>, “? unsure”: a pair{' '}
            {sureBarMeaning(Math.round(result.sureBar * 100), languageName(result.a.language), result.longClauseBar)}
          </>
        ) : null}
        {apart ? (
          <>
            {' '}
            · “left apart”: a clause shown alone although one of the other statement’s is somewhat like it, because a clause of the two is
            about as like another; its “why” names both
          </>
        ) : null}
        {formulas ? (
          <>
            {' '}
            ·{' '}
            <span className="formula-mark">
              <span>thin teal line</span>
            </span>
            : a formula other statements use too, where the diff has no mark of its own;{' '}
            <span className="formula-mark formula-mark-first">
              <span>dashed</span>
            </span>
            : used there for the first time in the collection (
            <Link href="/formulas" className="text-blue-800 underline underline-offset-2">
              all formulas
            </Link>
            )
          </>
        ) : null}
      </p>
    </section>
  )
}
