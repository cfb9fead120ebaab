import Link from 'next/link'
import type { FormulaSummary } from '@/lib/db/formulas'
import { kindLabel } from '@/app/_components/labels'
import { FormulaLabel } from '@/app/_components/formula-text'
import { formulaHref } from '@/lib/vocab/links'

function dates(f: FormulaSummary): string {
  if (!f.firstDate) return 'undated'
  return f.firstDate === f.lastDate ? f.firstDate : `${f.firstDate} – ${f.lastDate}`
}

/** The formulas as a table on wide screens; on a phone, one card each, the formula first. */
export function FormulaTable({ formulas }: { formulas: FormulaSummary[] }) {
  const cell = 'md:table-cell md:px-3 md:py-2'
  return (
    <div className="rounded-lg border border-stone-200 bg-white">
      <table className="block w-full text-left text-sm md:table">
        <caption className="sr-only">Formulas, most widely used first</caption>
        <thead className="hidden border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600 md:table-header-group">
          <tr>
            <th scope="col" className="px-3 py-2">
              Formula
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
            <th scope="col" className="px-3 py-2">
              Kinds
            </th>
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {formulas.map((f) => (
            <tr key={f.id} className="block border-b border-stone-100 px-3 py-2 last:border-0 md:table-row md:p-0">
              <td className={`block ${cell}`}>
                <Link href={formulaHref(f.id)} lang="zh-Hans" className="text-base text-blue-900 underline-offset-2 hover:underline">
                  <FormulaLabel text={f.text} />
                </Link>
                {f.variants.length > 1 ? (
                  <ul className="mt-1 space-y-0.5 text-xs text-stone-600">
                    {f.variants.slice(1).map((v, k) => (
                      <li key={k} lang="zh-Hans">
                        <span className="text-stone-500">variant · </span>
                        <FormulaLabel text={v.text} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td className={`inline md:text-right md:tabular-nums ${cell}`}>
                <span className="font-semibold">{f.statementCount}</span>
                <span className="md:hidden"> statements · </span>
              </td>
              <td className={`inline md:text-right md:tabular-nums ${cell}`}>
                {f.length}
                <span className="md:hidden"> characters · </span>
              </td>
              <td className={`inline md:text-right md:tabular-nums ${cell}`}>
                {f.variantCount}
                <span className="md:hidden"> variant{f.variantCount === 1 ? '' : 's'} · </span>
              </td>
              <td className={`inline md:whitespace-nowrap ${cell}`}>
                {dates(f)}
                <span className="md:hidden"> · </span>
              </td>
              <td className={`inline ${cell}`}>{f.kinds.map(kindLabel).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
