import Link from 'next/link'
import type { CollateView } from '@/lib/url/collate'
import type { ColumnData } from '../family-data'

/**
 * On a phone the table shows one statement at a time: these links switch
 * which (`focus` in the URL), keeping the rest of the view.
 */
export function FocusTabs({
  columns,
  focus,
  href,
  lang,
}: {
  columns: ColumnData[]
  focus: number
  href: (change: Partial<CollateView>) => string
  /** the statements' language, as HTML's lang attribute spells it */
  lang: string
}) {
  const current = columns[focus]
  return (
    <nav aria-label="Statement shown" className="space-y-1 md:hidden print:hidden">
      <p className="text-sm text-stone-600">Shown: one statement at a time, each row with the statements that have it.</p>
      <ul className="flex flex-wrap gap-1 text-sm">
        {columns.map((column, k) => (
          <li key={column.letter}>
            <Link
              href={href({ focus: k })}
              aria-current={k === focus ? 'page' : undefined}
              className={`inline-flex items-center gap-1 rounded-md border px-2 py-1 ${
                k === focus ? 'border-stone-900 bg-stone-900 text-white' : 'border-stone-300 bg-white hover:bg-stone-100'
              }`}
            >
              <span className="font-semibold">{column.letter}</span>
              <span>{column.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      {current ? (
        <p className="text-sm font-medium" lang={lang}>
          {`${current.letter}: ${current.title}`}
        </p>
      ) : null}
    </nav>
  )
}
