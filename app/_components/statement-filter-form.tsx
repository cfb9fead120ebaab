import type { PartySummary } from '@/lib/db/statements'
import { DEFAULT_PER_PAGE, isFiltered, STATEMENT_KINDS, type StatementListQuery } from '@/lib/compare/list-query'
import { kindLabel } from './labels'
import { PickInputs, PickLink } from './picked'

const LANGUAGES = { zh: 'Chinese', en: 'English' } as const

/** The list's filter as a plain GET form: its URL is the view, and it works without JavaScript. */
export function StatementFilterForm({ query, parties }: { query: StatementListQuery; parties: PartySummary[] }) {
  const field = 'flex flex-col gap-1'
  const control = 'rounded border border-stone-300 bg-white px-2 py-1'
  return (
    <form action="/" method="get" role="search" aria-label="Statements" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <label className={`${field} w-full sm:w-auto sm:min-w-[12rem] sm:flex-1`}>
        <span className="text-stone-600">Title contains</span>
        <input type="search" name="q" defaultValue={query.q} maxLength={200} placeholder="e.g. 联合声明 or kyrgyzstan" className={control} />
      </label>
      <label className={field}>
        <span className="text-stone-600">Kind</span>
        <select name="kind" defaultValue={query.kind ?? ''} className={control}>
          <option value="">any kind</option>
          {STATEMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>{kindLabel(kind)}</option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span className="text-stone-600">Party</span>
        <select name="party" defaultValue={query.party ?? ''} className={control}>
          <option value="">any party</option>
          {parties.map((p) => (
            <option key={p.code} value={p.code}>{p.nameEn}</option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span className="text-stone-600">Year</span>
        <input type="number" name="year" defaultValue={query.year ?? ''} min={1000} max={9999} step={1} inputMode="numeric" placeholder="any" className={`${control} w-24`} />
      </label>
      <label className={field}>
        <span className="text-stone-600">Language</span>
        <select name="language" defaultValue={query.language ?? ''} className={control}>
          <option value="">any language</option>
          {Object.entries(LANGUAGES).map(([code, label]) => (
            <option key={code} value={code}>{label}</option>
          ))}
        </select>
      </label>
      {query.perPage !== DEFAULT_PER_PAGE ? <input type="hidden" name="perPage" value={query.perPage} /> : null}
      <PickInputs />
      <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">Filter</button>
      {isFiltered(query) ? (
        <PickLink href="/" className="py-1.5 text-blue-800 underline-offset-2 hover:underline">Clear</PickLink>
      ) : null}
    </form>
  )
}
