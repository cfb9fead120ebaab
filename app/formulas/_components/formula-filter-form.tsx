import Link from 'next/link'
import type { StatementSummary } from '@/lib/db/statements'
import { FORMULA_SORT_LABELS, FORMULA_SORTS, type FormulaQuery } from '@/lib/url/formulas'
import { dateLabel } from '@/app/_components/labels'
import { LanguageField } from '@/app/_components/filter-fields'

/** The filter as a plain GET form: its URL is the view, and it works without JavaScript. */
export function FormulaFilterForm({
  query,
  recent,
  chosen,
}: {
  query: FormulaQuery
  recent: StatementSummary[]
  chosen?: StatementSummary
}) {
  // the chosen statement stays in the list even when it is not among the most recent
  const listed = chosen && !recent.some((s) => s.slug === chosen.slug) ? [chosen] : []
  const filtered = query.q || query.statement || query.language || query.minDocs !== 2 || query.sort !== 'used'
  const clear = query.kind === 'formula' ? '/formulas' : `/formulas?kind=${query.kind}`
  return (
    <form
      action="/formulas"
      method="get"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
    >
      <label className="flex w-full flex-col gap-1 sm:w-auto sm:min-w-[12rem] sm:flex-1">
        <span className="text-stone-600">Text</span>
        <input
          type="search"
          name="q"
          defaultValue={query.q}
          maxLength={200}
          placeholder="e.g. 一个中国 or 联合国"
          lang="zh-Hans"
          className="rounded border border-stone-300 px-2 py-1"
        />
      </label>
      <label className="flex w-full min-w-0 flex-col gap-1 sm:w-auto sm:flex-[2]">
        <span className="text-stone-600">In statement</span>
        <select name="statement" defaultValue={query.statement} className="w-full rounded border border-stone-300 bg-white px-2 py-1">
          <option value="">any statement</option>
          {listed.map((s) => (
            <option key={s.slug} value={s.slug}>
              {dateLabel(s.date)} · {s.title}
            </option>
          ))}
          <optgroup label="Most recent first">
            {recent.map((s) => (
              <option key={s.slug} value={s.slug}>
                {dateLabel(s.date)} · {s.title}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <LanguageField language={query.language} />
      <label className="flex flex-col gap-1">
        <span className="text-stone-600">Used in at least</span>
        <select name="minDocs" defaultValue={String(query.minDocs)} className="rounded border border-stone-300 bg-white px-2 py-1">
          {[2, 3, 4, 5, 6, 8, 10, 20, 50].map((n) => (
            <option key={n} value={n}>
              {n} statements
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-stone-600">Order</span>
        <select name="sort" defaultValue={query.sort} className="rounded border border-stone-300 bg-white px-2 py-1">
          {FORMULA_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {FORMULA_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      {query.kind !== 'formula' ? <input type="hidden" name="kind" value={query.kind} /> : null}
      <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
        Filter
      </button>
      {filtered ? (
        <Link href={clear} className="py-1.5 text-blue-800 underline-offset-2 hover:underline">
          Clear
        </Link>
      ) : null}
    </form>
  )
}
