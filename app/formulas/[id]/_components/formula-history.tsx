import Link from 'next/link'
import type { FormulaHistory } from '@/lib/formulas/history'
import { dateLabel } from '@/app/_components/labels'
import { statementHref } from '@/lib/vocab/links'
import { FormulaTimeline } from './formula-timeline'
import { DateRange } from '@/app/_components/date-range'

/** Parties shown before "all N parties" opens the rest. */
const PARTIES_SHOWN = 12

const percent = (share: number) => `${Math.round(share * 100)}%`

function Use({ term, use }: { term: string; use: FormulaHistory['first'] }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-stone-500">{term}</dt>
      <dd>
        {use ? (
          <>
            {dateLabel(use.date)} ·{' '}
            <Link href={statementHref(use.slug)} className="text-blue-800 underline underline-offset-2">
              {use.title}
            </Link>
          </>
        ) : (
          'undated'
        )}
      </dd>
    </div>
  )
}

function PartyRows({ partners }: { partners: FormulaHistory['partners'] }) {
  return partners.map((p) => (
    <tr key={p.code} className="border-t border-stone-100">
      <th scope="row" className="px-1.5 py-1.5 sm:px-3 text-left font-normal">
        {p.name}
      </th>
      <td className="px-1.5 py-1.5 sm:px-3 text-right tabular-nums">{p.statements}</td>
      {/* one column for both dates, which a phone wraps at the dash rather than scroll (review: 390 px) */}
      <td className="px-1.5 py-1.5 sm:px-3">
        <DateRange first={p.first} latest={p.latest} />
      </td>
    </tr>
  ))
}

/** When a formula was used, how widely year by year, and with whom: a chart, and its figures as tables. */
export function FormulaHistorySection({ history, language }: { history: FormulaHistory; language: string }) {
  const languageName = language === 'en' ? 'English' : 'Chinese'
  const shown = history.partners.slice(0, PARTIES_SHOWN)
  const rest = history.partners.slice(PARTIES_SHOWN)
  return (
    <section aria-labelledby="history-title" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="history-title" className="text-lg font-semibold">
        History
      </h2>
      <dl className="grid gap-3 text-sm md:grid-cols-2">
        <Use term="First used" use={history.first} />
        <Use term="Latest use" use={history.latest} />
      </dl>
      {history.years.length > 0 ? (
        <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
          <figure className="min-w-0 space-y-1">
            <FormulaTimeline years={history.years} label={`Statements using the formula, year by year (${languageName})`} />
            <figcaption className="text-xs text-stone-600">
              Statements using it each year. Focus the chart and use the arrow keys to read each year.
            </figcaption>
          </figure>
          <div className="scroll-hint min-w-0 self-start overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="text-left text-xs text-stone-600">
                Year by year, against all the {languageName} statements of the collection that year
              </caption>
              <thead className="text-xs uppercase text-stone-600 sm:tracking-wide">
                <tr>
                  <th scope="col" className="px-1.5 py-1.5 sm:px-3 text-left">
                    Year
                  </th>
                  <th scope="col" className="px-1.5 py-1.5 sm:px-3 text-right">
                    Statements
                  </th>
                  <th scope="col" className="px-1.5 py-1.5 sm:px-3 text-right">
                    Of the year’s
                  </th>
                  <th scope="col" className="px-1.5 py-1.5 sm:px-3 text-right">
                    Share
                  </th>
                  <th scope="col" className="px-1.5 py-1.5 sm:px-3 text-right">
                    Uses
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.years.map((y) => (
                  <tr key={y.year} className="border-t border-stone-100 tabular-nums">
                    <th scope="row" className="px-1.5 py-1.5 sm:px-3 text-left font-normal">
                      {y.year}
                    </th>
                    <td className="px-1.5 py-1.5 sm:px-3 text-right">{y.statements}</td>
                    <td className="px-1.5 py-1.5 sm:px-3 text-right">{y.corpusStatements}</td>
                    <td className="px-1.5 py-1.5 sm:px-3 text-right">{y.corpusStatements ? percent(y.share) : '—'}</td>
                    <td className="px-1.5 py-1.5 sm:px-3 text-right">{y.occurrences}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {history.undated ? (
              <p className="mt-1 text-xs text-stone-600">
                And {history.undated} undated statement{history.undated === 1 ? '' : 's'}.
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      <div className="scroll-hint overflow-x-auto">
        <table className="w-full max-w-2xl text-sm">
          <caption className="text-left text-xs text-stone-600">By party: the statements of each party that use it</caption>
          <thead className="text-xs uppercase text-stone-600 sm:tracking-wide">
            <tr>
              <th scope="col" className="px-1.5 py-1.5 sm:px-3 text-left">
                Party
              </th>
              <th scope="col" className="px-1.5 py-1.5 sm:px-3 text-right">
                Statements
              </th>
              <th scope="col" className="px-1.5 py-1.5 sm:px-3 text-left">
                First – latest use
              </th>
            </tr>
          </thead>
          <tbody>
            <PartyRows partners={shown} />
          </tbody>
        </table>
        {rest.length > 0 ? (
          <details className="mt-1 max-w-2xl text-sm">
            <summary className="cursor-pointer text-blue-800">All {history.partners.length} parties</summary>
            <table className="w-full">
              <caption className="sr-only">The other parties</caption>
              <tbody>
                <PartyRows partners={rest} />
              </tbody>
            </table>
          </details>
        ) : null}
      </div>
    </section>
  )
}
