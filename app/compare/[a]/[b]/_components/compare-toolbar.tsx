import Link from 'next/link'
import { type CompareView } from '@/lib/url/compare'
import { FILTER_LABELS, ROW_FILTERS, type RowFilter } from '@/lib/vocab/row-status'
import { ExportButtons } from './export-controls'

const FILTER_HINTS: Record<RowFilter, string> = {
  all: 'Every row',
  changes: 'Fold the identical rows away',
  paired: 'Fold the clauses that have no counterpart away',
  changed: 'Only the pairs whose wording differs',
  unsure: 'Only the aligner’s doubts, to check them: the pairs it is unsure of and the clauses it left apart',
}

/**
 * Above the rows: which rows to show and whether to mark formulas (links, so
 * the view is its URL), and the exports, each in the view's options.
 */
export function CompareToolbar({
  view,
  href,
  apiHref,
}: {
  view: CompareView
  href: (change: Partial<CompareView>) => string
  apiHref: string
}) {
  const join = (base: string, param: string) => `${base}${base.includes('?') ? '&' : '?'}${param}`
  const link = 'rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100'
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm print:hidden">
      {/* two to a line on a phone, one line from sm up; the 1 px gaps show the border colour between the links */}
      <div
        role="group"
        aria-label="Rows shown"
        className="grid grid-cols-2 gap-px overflow-hidden rounded-md border border-stone-300 bg-stone-300 sm:flex"
      >
        {ROW_FILTERS.map((filter) => {
          const current = view.rows === filter
          return (
            <Link
              key={filter}
              href={href({ rows: filter })}
              title={FILTER_HINTS[filter]}
              aria-current={current ? 'page' : undefined}
              // the last of an odd number takes the whole line on a phone, rather than leave an empty cell beside it
              className={`px-3 py-1 text-center last:odd:col-span-2 ${current ? 'bg-stone-900 text-white' : 'bg-white hover:bg-stone-100'}`}
            >
              {FILTER_LABELS[filter]}
            </Link>
          )
        })}
      </div>
      <Link href={href({ formulas: !view.formulas })} className={link} aria-describedby="formula-toggle-hint">
        {view.formulas ? 'Hide formula marks' : 'Mark formulas'}
      </Link>
      <span id="formula-toggle-hint" className="sr-only">
        Formulas are phrases other statements use too; marked, they get a thin teal line where the diff has no mark of its own.
      </span>
      <div role="group" aria-label="Export" className="ml-auto flex flex-wrap items-center gap-2">
        <a href={join(apiHref, 'format=csv')} download className={link}>
          CSV
        </a>
        <a href={join(apiHref, 'download=1')} download className={link}>
          JSON
        </a>
        <ExportButtons markdownUrl={join(apiHref, 'format=md')} />
      </div>
    </div>
  )
}
