import Link from 'next/link'
import type { FormulaSummary } from '@/lib/db/formulas'
import { kindLabel } from '@/app/_components/labels'
import { FormulaLabel } from '@/app/_components/formula-text'
import { formulaHref } from '@/lib/vocab/links'
import { plainFormula, readableFormula } from '@/lib/formulas/label'
import { formulaLang, isChinesePhrase } from '@/lib/formulas/names'
import { FORMULA_SORT_LABELS, type FormulaKind, type FormulaSort } from '@/lib/url/formulas'
import { DateRange } from '@/app/_components/date-range'

/** "+12.5 pts", "−3 pts", or "—" where the corpus cannot say (lib/formulas/growth). */
export function growthLabel(growth: number | null): string {
  if (growth === null) return '—'
  const points = Math.abs(growth).toLocaleString('en', { maximumFractionDigits: 1 })
  return growth > 0 ? `+${points} pts` : growth < 0 ? `−${points} pts` : '0 pts'
}

/** The formulas as a table on wide screens; on a phone, one card each, the formula first. */
export function FormulaTable({ formulas, sort, kind = 'formula' }: { formulas: FormulaSummary[]; sort: FormulaSort; kind?: FormulaKind }) {
  const cell = 'md:table-cell md:px-3 md:py-2'
  return (
    <div className="rounded-lg border border-stone-200 bg-white">
      <table className="block w-full text-left text-sm md:table">
        <caption className="sr-only">
          {kind === 'name' ? 'Names' : 'Formulas'}, {FORMULA_SORT_LABELS[sort]}
        </caption>
        <thead className="hidden border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600 md:table-header-group">
          <tr>
            <th scope="col" className="px-3 py-2">
              {kind === 'name' ? 'Name' : 'Formula'}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Statements
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Length
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Variants
            </th>
            <th scope="col" className="px-3 py-2">
              First – latest
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              <abbr title="Change in the share of its language's statements using it, from the year before the corpus's latest to the latest, in percentage points">
                Growth
              </abbr>
            </th>
            <th scope="col" className="px-3 py-2">
              Kinds
            </th>
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {formulas.map((f) => (
            <tr key={f.id} className="block border-b border-stone-100 px-3 py-2 last:border-0 md:table-row md:p-0">
              <td className={`block ${cell}`}>
                <Link
                  href={formulaHref(f.id)}
                  lang={formulaLang(f.text)}
                  className="text-base text-blue-900 underline-offset-2 hover:underline"
                >
                  <FormulaLabel text={f.text} />
                </Link>
                {f.variants.length > 1 ? (
                  <ul className="mt-1 space-y-0.5 text-xs text-stone-600">
                    {f.variants.slice(1).map((v, k) => (
                      <li key={k} lang={formulaLang(v.text)}>
                        <span className="text-stone-500">variant · </span>
                        <FormulaLabel text={v.text} />
                      </li>
                    ))}
                  </ul>
                ) : null}
                {f.members.length > 0 ? (
                  <ul className="mt-1 space-y-0.5 text-xs" aria-label={`The family of ${readableFormula(f.text)}`}>
                    {f.members.map((m) => (
                      <li key={m.id}>
                        <span className="text-stone-500">built on it · </span>
                        <Link
                          href={formulaHref(m.id)}
                          lang={formulaLang(m.text)}
                          className="text-blue-900 underline-offset-2 hover:underline"
                        >
                          <FormulaLabel text={m.text} />
                        </Link>
                        <span className="text-stone-500"> ({m.statementCount})</span>
                      </li>
                    ))}
                    {f.familySize - 1 > f.members.length ? (
                      <li>
                        <Link href={`${formulaHref(f.id)}#family`} className="text-blue-800 underline-offset-2 hover:underline">
                          all {f.familySize - 1} built on it
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                ) : null}
              </td>
              <td className={`inline md:text-right md:tabular-nums ${cell}`}>
                <span className="font-semibold">{f.statementCount}</span>
                <span className="md:hidden"> statements · </span>
              </td>
              <td className={`inline md:text-right md:tabular-nums ${cell}`}>
                {f.length}
                <span className="md:hidden"> {isChinesePhrase(plainFormula(f.text)) ? 'characters' : 'words'} · </span>
              </td>
              <td className={`inline md:text-right md:tabular-nums ${cell}`}>
                {f.variantCount}
                <span className="md:hidden"> variant{f.variantCount === 1 ? '' : 's'} · </span>
              </td>
              <td className={`inline md:whitespace-nowrap ${cell}`}>
                <DateRange first={f.firstDate} latest={f.lastDate} />
                <span className="md:hidden"> · </span>
              </td>
              <td className={`inline md:whitespace-nowrap md:text-right md:tabular-nums ${cell}`}>
                {f.growth === null ? <span className="max-md:hidden">—</span> : growthLabel(f.growth)}
                {f.growth === null ? null : <span className="md:hidden"> growth · </span>}
              </td>
              <td className={`inline ${cell}`}>{f.kinds.map(kindLabel).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
