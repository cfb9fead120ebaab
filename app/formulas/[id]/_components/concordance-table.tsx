import Link from 'next/link'
import type { FormulaDetail } from '@/lib/db/formulas'
import { dateLabel } from '@/app/_components/labels'
import { Pager } from '@/app/_components/pager'
import { clauseHref, formulaHref, statementHref } from '@/lib/vocab/links'
import { formulaLang } from '@/lib/formulas/names'
import { concordanceQueryString } from '@/lib/url/formulas'

/**
 * Keyword in context: every occurrence on one line, the formula in a column
 * of its own so the eye runs down the formulas and sees what surrounds each.
 */
export function ConcordanceTable({ formula }: { formula: FormulaDetail }) {
  const several = formula.variants.length > 1
  const lang = formulaLang(formula.text)
  const { page, perPage, total } = formula.concordance
  const pages = perPage > 0 ? Math.max(1, Math.ceil(total / perPage)) : 1
  const first = (page - 1) * perPage + 1
  const shown =
    pages === 1
      ? 'Every occurrence'
      : `Occurrences ${first.toLocaleString('en')}–${(first + formula.occurrences.length - 1).toLocaleString('en')} of ${total.toLocaleString('en')}`
  const href = (to: number) => `${formulaHref(formula.id)}${concordanceQueryString(to)}#concordance`
  const pager = (where: string) => <Pager page={page} pages={pages} href={href} label={`Pages of the concordance${where}`} />
  return (
    <section aria-labelledby="concordance" className="space-y-2">
      <h2 id="concordance" className="text-lg font-semibold">
        Concordance
      </h2>
      <p className="text-sm text-stone-600">{shown}, oldest statement first; the clause number opens the clause in its statement.</p>
      {pager('')}
      <div className="scroll-hint overflow-x-auto rounded-lg border border-stone-200">
        <table className="block w-full text-sm md:table">
          <caption className="sr-only">Occurrences of the formula in context</caption>
          <thead className="hidden border-b border-stone-200 bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600 md:table-header-group">
            <tr>
              <th scope="col" className="px-3 py-2">
                Statement
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Before
              </th>
              <th scope="col" className="px-3 py-2 text-center">
                Formula
              </th>
              <th scope="col" className="px-3 py-2">
                After
              </th>
            </tr>
          </thead>
          <tbody className="block md:table-row-group">
            {formula.occurrences.map((o, k) => (
              <tr key={k} className="block border-b border-stone-100 px-3 py-2 last:border-0 md:table-row md:p-0">
                <td className="block pb-1 text-xs text-stone-600 md:table-cell md:w-56 md:px-3 md:py-2">
                  <Link
                    href={statementHref(o.statement.slug)}
                    lang={lang}
                    className="line-clamp-2 text-stone-800 underline-offset-2 hover:underline"
                    title={o.statement.title}
                  >
                    {o.statement.title}
                  </Link>
                  {dateLabel(o.statement.date)} ·{' '}
                  <Link href={clauseHref(o.statement.slug, o.clause.position)} className="text-blue-800 underline-offset-2 hover:underline">
                    clause {o.clause.position + 1}
                  </Link>
                  {several ? <span className="ml-1 whitespace-nowrap rounded bg-stone-100 px-1">wording {o.variant + 1}</span> : null}
                </td>
                <td lang={lang} className="inline text-stone-600 md:table-cell md:max-w-xs md:px-3 md:py-2 md:text-right">
                  {o.left}
                </td>
                <td lang={lang} className="inline md:table-cell md:px-3 md:py-2">
                  <mark
                    className={`rounded px-0.5 font-medium ${o.variant === 0 ? 'bg-teal-100 text-teal-950' : 'bg-amber-100 text-amber-950'}`}
                  >
                    {o.match}
                  </mark>
                </td>
                <td lang={lang} className="inline text-stone-600 md:table-cell md:max-w-xs md:px-3 md:py-2">
                  {o.right}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager(', at its end')}
    </section>
  )
}
