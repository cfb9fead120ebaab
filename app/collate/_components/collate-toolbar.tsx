import Link from 'next/link'
import type { CollationResult } from '@/lib/collate/types'
import { PRESENCE_FILTERS, type CollateView, type PresenceFilter } from '@/lib/url/collate'
import { PrintButton } from './print-button'

const SHOW_LABELS: Record<PresenceFilter, string> = { any: 'All families', all: 'In all', some: 'In some', one: 'In only one' }
const SHOW_HINTS: Record<PresenceFilter, string> = {
  any: 'Every family',
  all: 'Families every statement has',
  some: 'Families some statements have, not all',
  one: 'Clauses only one statement has',
}

const link = 'rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100'

/**
 * Above the table: which families to show (links, so the view is its URL),
 * a text the families must contain ("which statements say 和平统一?") as a
 * plain GET form, and the exports in the collation's options.
 */
export function CollateToolbar({
  slugs,
  formRest,
  view,
  counts,
  total,
  href,
  apiHref,
  exported,
  english,
}: {
  slugs: readonly string[]
  /** the view's parameters but the text ('' or '&…') */
  formRest: string
  view: CollateView
  counts: CollationResult['counts']
  total: number
  href: (change: Partial<CollateView>) => string
  /** the exports' address: the view's families (filters included) */
  apiHref: string
  /** how many families the exports hold when a filter leaves some out, else null */
  exported: number | null
  /** the statements are in English (the example in the search box) */
  english: boolean
}) {
  const count: Record<PresenceFilter, number> = { any: total, ...counts }
  // the form sends the view's other parameters along with the text
  const hidden = [['s', slugs.join(',')], ...new URLSearchParams(formRest.replace(/^&/, ''))]
  return (
    <div className="space-y-3 print:hidden">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <div
          role="group"
          aria-label="Families shown"
          className="grid grid-cols-2 gap-px overflow-hidden rounded-md border border-stone-300 bg-stone-300 sm:flex"
        >
          {PRESENCE_FILTERS.map((show) => {
            const current = view.show === show
            return (
              <Link
                key={show}
                href={href({ show })}
                title={SHOW_HINTS[show]}
                aria-current={current ? 'page' : undefined}
                className={`px-3 py-1 text-center ${current ? 'bg-stone-900 text-white' : 'bg-white hover:bg-stone-100'}`}
              >
                {`${SHOW_LABELS[show]} (${count[show]})`}
              </Link>
            )
          })}
        </div>
        <Link
          href={href({ differing: !view.differing })}
          aria-current={view.differing ? 'true' : undefined}
          className={view.differing ? 'rounded border border-stone-900 bg-stone-900 px-2 py-1 text-white' : link}
        >
          <span aria-hidden="true">{view.differing ? '☑ ' : '☐ '}</span>
          Only differing wording
        </Link>
        <div role="group" aria-label="Export" className="ml-auto flex flex-wrap items-center gap-2">
          {exported !== null && exported > 0 ? (
            <span className="text-sm text-stone-600">
              {exported === 1 ? 'Export the family shown:' : `Export the ${exported} families shown:`}
            </span>
          ) : null}
          {exported === 0 ? null : (
            <>
              <a href={`${apiHref}&format=csv`} download className={link}>
                CSV
              </a>
              <a href={`${apiHref}&format=tei&download=1`} download className={link}>
                TEI
              </a>
              <a href={`${apiHref}&download=1`} download className={link}>
                JSON
              </a>
            </>
          )}
          <PrintButton className={link} />
        </div>
      </div>
      <form
        action="/collate"
        method="get"
        role="search"
        aria-label="Families containing a text"
        className="flex flex-wrap items-end gap-2 text-sm"
      >
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-md">
          <span className="text-stone-600">Which statements say…</span>
          <input
            type="search"
            name="q"
            defaultValue={view.q}
            maxLength={100}
            placeholder={english ? 'e.g. Indo-Pacific' : 'e.g. 和平统一'}
            className="min-w-0 rounded border border-stone-300 px-2 py-1"
          />
        </label>
        <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
          Find
        </button>
        {view.q ? (
          <Link href={href({ q: '' })} className="py-1.5 text-blue-800 underline-offset-2 hover:underline">
            Clear
          </Link>
        ) : null}
      </form>
    </div>
  )
}
