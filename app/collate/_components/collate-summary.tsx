import Link from 'next/link'
import type { CollationResult } from '@/lib/collate/types'
import type { StatementDetail } from '@/lib/db/statements'
import { statementHref } from '@/lib/vocab/links'
import { dateLabel, kindLabel } from '@/app/_components/labels'
import type { ColumnData } from '../family-data'

const FIGURES = [
  ['inAll', 'In all', 'families every statement has'],
  ['inSome', 'In some', 'families it shares with some of the others'],
  ['onlyHere', 'Only here', 'families no other statement has a version of'],
  // a soft hyphen: the widest heading may break (Re-worded) where the table is tight (walkthrough: 390 px)
  ['reworded', 'Re\u00adworded', 'families it words otherwise than the base'],
] as const

/** How many cells are unsure, and the bars they are below in words ("25%", "25% or 20%"). */
function unsureCells(result: CollationResult): { cells: number; bars: string } {
  const bars = new Set<number>()
  let cells = 0
  for (const family of result.families)
    for (const cell of family.cells)
      if (cell?.unsure) {
        cells++
        bars.add(Math.round(cell.unsure.bar * 100))
      }
  return {
    cells,
    bars: [...bars]
      .sort((x, y) => y - x)
      .map((bar) => `${bar}%`)
      .join(' or '),
  }
}

/**
 * The heading and, per statement (a column of the table), what it shares
 * with the others: its clauses, the families in all, in some, its own
 * clauses, the families it rewords and those it puts elsewhere.
 */
export function CollateSummary({
  statements,
  result,
  columns,
}: {
  statements: StatementDetail[]
  result: CollationResult
  columns: ColumnData[]
}) {
  const { counts, families } = result
  const unsure = unsureCells(result)
  const kinds = [...new Set(statements.map((s) => kindLabel(s.kind)))].join(', ')
  const th = 'px-1 py-1.5 font-semibold sm:px-2'
  const num = 'px-1 py-1.5 text-right tabular-nums sm:px-2'
  return (
    <section aria-labelledby="collation-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-3 sm:p-4">
      <div className="space-y-1">
        <h1 id="collation-heading" className="text-2xl font-semibold leading-snug">
          {`Collation of ${statements.length} statements`}
        </h1>
        <p className="text-sm text-stone-600">{kinds}</p>
        <p className="text-stone-700">
          {`${families.length} families of clauses (versions of one sentence): ${counts.all} in every statement, ${counts.some} in some, ${counts.one} in only one.`}
        </p>
        <p className="text-sm text-stone-700">
          Each cell is read against its family’s most common wording, the <span className="collate-tag collate-tag-base">base</span>:{' '}
          <ins className="diff-insert">underlined</ins> is its own wording, <del className="collate-del">small and struck through</del> the
          base’s wording it lacks; <span className="collate-tag collate-tag-moved">⇅ moved</span> marks a clause its statement has
          elsewhere.
          {unsure.cells ? (
            <>
              {' '}
              <span className="collate-tag collate-tag-unsure">unsure</span>
              {` (${unsure.cells} ${unsure.cells === 1 ? 'cell' : 'cells'}) marks a clause joined to its family only by pairs less alike than the pair view’s bar (${unsure.bars}), which join a family only when a third statement links to both of their clauses: read it before relying on it.`}
            </>
          ) : null}
        </p>
      </div>
      <div className="scroll-hint overflow-x-auto">
        <table className="w-full text-left text-xs sm:text-sm">
          <caption className="sr-only">What each statement shares with the others</caption>
          <thead className="border-b border-stone-200 align-bottom text-[0.6875rem] leading-tight text-stone-600 sm:text-xs sm:uppercase sm:tracking-wide">
            <tr>
              <th scope="col" className={th}>
                Statement
              </th>
              <th
                scope="col"
                className={`${th} hidden text-right sm:table-cell`}
                title="its clauses: two of them can be in one family (a sentence split in two), so they can outnumber its families"
              >
                Clauses
              </th>
              <th
                scope="col"
                className={`${th} hidden text-right sm:table-cell`}
                title="the families it has: in all, in some and only here"
              >
                Families
              </th>
              {FIGURES.map(([key, name, hint]) => (
                <th key={key} scope="col" className={`${th} text-right`} title={hint}>
                  {name}
                </th>
              ))}
              <th scope="col" className={`${th} text-right`} title="clauses out of the order of the table">
                Moved
              </th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s, k) => {
              const column = columns[k] as ColumnData
              const summary = result.summaries[k]
              if (!summary) return null
              return (
                <tr key={s.slug} className="border-b border-stone-100 last:border-0">
                  <th scope="row" className="px-1 py-1.5 font-normal sm:px-2">
                    <span className="collate-letter">{column.letter}</span>{' '}
                    <Link href={statementHref(s.slug)} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                      {column.label}
                    </Link>{' '}
                    <span className="whitespace-nowrap text-stone-600">{dateLabel(s.date)}</span>
                    <span lang={s.language === 'zh' ? 'zh-Hans' : 'en'} className="hidden text-xs text-stone-600 lg:block">
                      {s.title}
                    </span>
                  </th>
                  <td className={`${num} hidden sm:table-cell`}>{summary.clauses}</td>
                  {/* the three columns after it add up to this (walkthrough: the clauses had been read as their sum) */}
                  <td className={`${num} hidden sm:table-cell`}>{summary.inAll + summary.inSome + summary.onlyHere}</td>
                  {FIGURES.map(([key]) => (
                    <td key={key} className={num}>
                      {summary[key]}
                    </td>
                  ))}
                  <td className={num}>{summary.moved.length}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
