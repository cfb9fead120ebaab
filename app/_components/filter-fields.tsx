import type { PartySummary } from '@/lib/db/statements'
import { STATEMENT_KINDS, STATEMENT_LANGUAGES, type StatementListQuery } from '@/lib/url/statement-list'
import { kindLabel } from './labels'

export const LANGUAGE_LABELS: Record<(typeof STATEMENT_LANGUAGES)[number], string> = { zh: 'Chinese', en: 'English' }

export const filterFieldClass = 'flex flex-col gap-1'
export const filterControlClass = 'rounded border border-stone-300 bg-white px-2 py-1'

/** Kind, party, year and language: the filters the statement list and the search share, as GET form fields. */
export function StatementFilterFields({
  query,
  parties,
}: {
  query: Pick<StatementListQuery, 'kind' | 'party' | 'year' | 'language'>
  parties: PartySummary[]
}) {
  return (
    <>
      <label className={filterFieldClass}>
        <span className="text-stone-600">Kind</span>
        <select name="kind" defaultValue={query.kind ?? ''} className={filterControlClass}>
          <option value="">any kind</option>
          {STATEMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </label>
      <label className={filterFieldClass}>
        <span className="text-stone-600">Party</span>
        <select name="party" defaultValue={query.party ?? ''} className={filterControlClass}>
          <option value="">any party</option>
          {parties.map((p) => (
            <option key={p.code} value={p.code}>
              {p.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label className={filterFieldClass}>
        <span className="text-stone-600">Year</span>
        <input
          type="number"
          name="year"
          defaultValue={query.year ?? ''}
          min={1000}
          max={9999}
          step={1}
          inputMode="numeric"
          placeholder="any"
          className={`${filterControlClass} w-24`}
        />
      </label>
      <LanguageField language={query.language} />
    </>
  )
}

/** The language of the statements, as a GET form field (the statement list's, the search's and the formula list's). */
export function LanguageField({ language }: { language: StatementListQuery['language'] | '' }) {
  return (
    <label className={filterFieldClass}>
      <span className="text-stone-600">Language</span>
      <select name="language" defaultValue={language ?? ''} className={filterControlClass}>
        <option value="">any language</option>
        {STATEMENT_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {LANGUAGE_LABELS[code]}
          </option>
        ))}
      </select>
    </label>
  )
}
