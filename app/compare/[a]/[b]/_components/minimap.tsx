'use client'

/**
 * The rows at a glance, in page order, each as wide as its text is long and
 * coloured by status: click one to go to its row. (Keyboard users have n / p.)
 * A client component for its weight: the page carries each segment as four
 * numbers rather than as a tree of attributes, and once as HTML.
 */
import { ROW_STATUSES, STATUS_LABELS } from '@/lib/vocab/row-status'

/** A segment: the row's number, its status (an index into ROW_STATUSES), its text's length, and 1 if this view shows the row (0: folded away). */
export type MinimapCell = [row: number, status: number, length: number, shown: 0 | 1]

export function Minimap({ cells, fullHref }: { cells: MinimapCell[]; fullHref: string }) {
  return (
    <nav aria-label="Rows at a glance" className="flex h-4 w-full overflow-hidden rounded-sm border border-stone-300 bg-white print:hidden">
      {cells.map(([row, statusIndex, length, shown]) => {
        const status = ROW_STATUSES[statusIndex] ?? 'changed'
        // a row this view folds away is opened in the full view
        const href = `${shown ? '' : fullHref}#r${row}`
        return (
          <a
            key={row}
            href={href}
            tabIndex={-1}
            style={{ flexGrow: Math.max(length, 20) }}
            className={`minimap-cell minimap-${status}`}
            // the title is the segment's name for screen readers too
            title={`r${row}: ${STATUS_LABELS[status]}`}
          />
        )
      })}
    </nav>
  )
}
