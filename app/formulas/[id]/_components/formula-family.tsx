import Link from 'next/link'
import type { FormulaDetail } from '@/lib/db/formulas'
import { FormulaLabel } from '@/app/_components/formula-text'
import { formulaHref } from '@/lib/vocab/links'
import { formulaLang } from '@/lib/formulas/names'

/**
 * A formula's family (lib/formulas/families): for a head, every formula
 * built on it, each under the one it is built on; for a member, its head and
 * the formula it is built on.
 */
export function FormulaFamily({ formula }: { formula: FormulaDetail }) {
  if (formula.family) {
    const { head, parent } = formula.family
    return (
      <p className="text-sm" id="family">
        In the family of{' '}
        <Link href={formulaHref(head.id)} lang={formulaLang(head.text)} className="text-blue-800 underline underline-offset-2">
          <FormulaLabel text={head.text} />
        </Link>{' '}
        <span className="text-stone-600">({head.statementCount} statements)</span>
        {parent && parent.id !== head.id ? (
          <>
            , built on{' '}
            <Link href={formulaHref(parent.id)} lang={formulaLang(parent.text)} className="text-blue-800 underline underline-offset-2">
              <FormulaLabel text={parent.text} />
            </Link>
          </>
        ) : null}
        .
      </p>
    )
  }
  if (formula.members.length === 0) return null
  // each member under the formula it is built on: the head's children first
  const children = new Map<string, FormulaDetail['members']>()
  for (const member of formula.members) {
    const parent = member.parentId ?? formula.id
    children.set(parent, [...(children.get(parent) ?? []), member])
  }
  const tree = (parent: string) => {
    const list = children.get(parent)
    if (!list) return null
    return (
      <ul className={parent === formula.id ? 'space-y-1' : 'mt-1 space-y-1 border-l border-stone-200 pl-4'}>
        {list.map((m) => (
          <li key={m.id}>
            <Link href={formulaHref(m.id)} lang={formulaLang(m.text)} className="text-blue-900 underline-offset-2 hover:underline">
              <FormulaLabel text={m.text} />
            </Link>{' '}
            <span className="text-stone-600">
              ({m.statementCount} statement{m.statementCount === 1 ? '' : 's'})
            </span>
            {tree(m.id)}
          </li>
        ))}
      </ul>
    )
  }
  return (
    <section id="family" aria-labelledby="family-title" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 text-sm">
      <h2 id="family-title" className="text-lg font-semibold">
        Its family
      </h2>
      <p className="text-stone-600">
        {formula.members.length} formula{formula.members.length === 1 ? ' is' : 's are'} built on it, each under the one it is built on. Its
        concordance below has every place any of them is used, since each contains it.
      </p>
      {tree(formula.id)}
    </section>
  )
}
