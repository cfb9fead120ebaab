import Link from 'next/link'
import { ExportButtons } from './export-controls'

/**
 * Above the rows: all rows or differences only (a link, so the view is its
 * URL), and the exports, each in the view's options.
 */
export function CompareToolbar({ changesOnly, allHref, changesHref, apiHref }: { changesOnly: boolean; allHref: string; changesHref: string; apiHref: string }) {
  const join = (href: string, param: string) => `${href}${href.includes('?') ? '&' : '?'}${param}`
  const link = 'rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100'
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm print:hidden">
      <div role="group" aria-label="Rows shown" className="flex overflow-hidden rounded-md border border-stone-300">
        <Link href={allHref} aria-current={changesOnly ? undefined : 'page'} className={`px-3 py-1 ${changesOnly ? 'bg-white hover:bg-stone-100' : 'bg-stone-900 text-white'}`}>
          All rows
        </Link>
        <Link href={changesHref} aria-current={changesOnly ? 'page' : undefined} className={`border-l border-stone-300 px-3 py-1 ${changesOnly ? 'bg-stone-900 text-white' : 'bg-white hover:bg-stone-100'}`}>
          Differences only
        </Link>
      </div>
      <span className="hidden text-stone-600 md:inline">
        Keys: <kbd className="rounded border border-stone-300 px-1">n</kbd> next, <kbd className="rounded border border-stone-300 px-1">p</kbd> previous difference
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
