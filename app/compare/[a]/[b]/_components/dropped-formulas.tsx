import Link from 'next/link'
import type { DroppedFormula } from '@/lib/services/compare-pair'
import { FormulaLabel } from '@/app/_components/formula-text'
import { formulaHref } from '@/lib/vocab/links'
import { formulaLang } from '@/lib/formulas/names'

/** Dropped formulas listed before "and N more" opens the rest. */
const SHOWN = 12

function Items({ formulas }: { formulas: DroppedFormula[] }) {
  return formulas.map((f) => (
    <li key={f.id}>
      <Link href={formulaHref(f.id)} lang={formulaLang(f.text)} className="text-blue-900 underline-offset-2 hover:underline">
        <FormulaLabel text={f.text} />
      </Link>{' '}
      <span className="text-stone-500">({f.statementCount})</span>
    </li>
  ))
}

/**
 * Of two statements of the same parties, the formulas the earlier one used
 * and the later one dropped (shown with the formulas marked).
 */
export function DroppedFormulas({ dropped, earlier, later }: { dropped: DroppedFormula[]; earlier: 'A' | 'B'; later: 'A' | 'B' }) {
  return (
    <section aria-labelledby="dropped-title" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 text-sm print:hidden">
      <h2 id="dropped-title" className="font-semibold">
        Dropped: {dropped.length} formula{dropped.length === 1 ? '' : 's'} {earlier} used that the later {later}, of the same parties, does
        not
      </h2>
      {dropped.length > 0 ? (
        <>
          <p className="text-stone-600">Most widely used first (in brackets: statements of the collection that use it).</p>
          <ul className="columns-1 gap-6 space-y-0.5 md:columns-2">
            <Items formulas={dropped.slice(0, SHOWN)} />
          </ul>
          {dropped.length > SHOWN ? (
            <details>
              <summary className="cursor-pointer text-blue-800">and {dropped.length - SHOWN} more</summary>
              <ul className="mt-1 columns-1 gap-6 space-y-0.5 md:columns-2">
                <Items formulas={dropped.slice(SHOWN)} />
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
