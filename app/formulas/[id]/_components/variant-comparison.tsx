import type { FormulaDetail } from '@/lib/db/formulas'
import { variantDiff } from '@/lib/formulas/concordance'
import { FormulaLabel } from '@/app/_components/formula-text'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Each other wording beside the main one, with what it drops struck through and what it adds underlined. */
export function VariantComparison({ formula }: { formula: FormulaDetail }) {
  const [main, ...others] = formula.variants
  if (!main) return null
  return (
    <section aria-labelledby="variants" className="space-y-2">
      <h2 id="variants" className="text-lg font-semibold">
        Wordings
      </h2>
      <p className="text-sm text-stone-600">
        Wording 1 is the most widely used (on a tie, the shorter). <del className="diff-delete">Struck through</del>: in the main wording
        only; <ins className="diff-insert">underlined</ins>: in the other wording only.
      </p>
      <div className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
        {others.map((variant) => {
          const ops = variantDiff(main.text, variant.text)
          return (
            <div key={variant.position} className="grid gap-3 p-3 md:grid-cols-2 md:gap-6">
              <div>
                <div className="text-xs uppercase tracking-wide text-stone-500">
                  Wording 1 (main) · {plural(main.statementCount, 'statement')}
                </div>
                <p lang="zh-Hans" className="mt-1 leading-relaxed">
                  {ops.map((op, k) =>
                    op.op === 'insert' ? null : op.op === 'delete' ? (
                      <del key={k} className="diff-delete">
                        <FormulaLabel text={op.a} />
                      </del>
                    ) : (
                      <FormulaLabel key={k} text={op.a} />
                    ),
                  )}
                </p>
              </div>
              <div>
                <div className="text-xs uppercase tracking-wide text-stone-500">
                  Wording {variant.position + 1} · {plural(variant.statementCount, 'statement')}
                </div>
                <p lang="zh-Hans" className="mt-1 leading-relaxed">
                  {ops.map((op, k) =>
                    op.op === 'delete' ? null : op.op === 'insert' ? (
                      <ins key={k} className="diff-insert">
                        <FormulaLabel text={op.b} />
                      </ins>
                    ) : (
                      <FormulaLabel key={k} text={op.b} />
                    ),
                  )}
                </p>
              </div>
            </div>
          )
        })}
      </div>
    </section>
  )
}
