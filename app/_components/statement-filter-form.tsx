import type { PartySummary } from '@/lib/db/statements'
import { DEFAULT_PER_PAGE, isFiltered, type StatementListQuery } from '@/lib/url/statement-list'
import { filterControlClass, filterFieldClass, StatementFilterFields } from './filter-fields'
import { PickInputs, PickLink } from './picked'

/** The list's filter as a plain GET form: its URL is the view, and it works without JavaScript. */
export function StatementFilterForm({ query, parties }: { query: StatementListQuery; parties: PartySummary[] }) {
  return (
    <form
      action="/"
      method="get"
      role="search"
      aria-label="Statements"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
    >
      <label className={`${filterFieldClass} w-full sm:w-auto sm:min-w-[12rem] sm:flex-1`}>
        <span className="text-stone-600">Title contains</span>
        <input
          type="search"
          name="q"
          defaultValue={query.q}
          maxLength={200}
          placeholder="e.g. 联合声明 or kyrgyzstan"
          className={filterControlClass}
        />
      </label>
      <StatementFilterFields query={query} parties={parties} />
      {query.perPage !== DEFAULT_PER_PAGE ? <input type="hidden" name="perPage" value={query.perPage} /> : null}
      <PickInputs />
      <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
        Filter
      </button>
      {isFiltered(query) ? (
        <PickLink href="/" className="py-1.5 text-blue-800 underline-offset-2 hover:underline">
          Clear
        </PickLink>
      ) : null}
    </form>
  )
}
