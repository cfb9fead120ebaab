import { FILTER_LABELS, STATUS_LABELS } from '@/lib/vocab/row-status'
import type { CompareRow } from '@/lib/compare/types'
import { rowStatus, type RowFilter } from '@/lib/vocab/row-status'

/**
 * In the row a link points at when the view folds it away: the row is shown
 * anyway, and this says why it is there and where the full view is, rather
 * than opening silently somewhere else (in the row, where the link lands).
 */
export function HiddenRowNotice({ row, filter, fullHref }: { row: CompareRow; filter: RowFilter; fullHref: string }) {
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:hidden">
      This link points at row {row.index} ({STATUS_LABELS[rowStatus(row)]}), which the “{FILTER_LABELS[filter]}” view hides: it is shown
      here all the same.{' '}
      <a href={fullHref} className="text-blue-800 underline underline-offset-2">
        See it among all rows
      </a>
    </p>
  )
}
