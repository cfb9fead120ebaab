import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { cache } from 'react'
import { getDb } from '@/lib/services/database'
import { getFormula, getFormulaHistory } from '@/lib/services/formulas'
import { formulaSegments, plainFormula, readableFormula } from '@/lib/formulas/label'
import { formulaLang, isChinesePhrase } from '@/lib/formulas/names'
import { kindLabel } from '@/app/_components/labels'
import { FormulaLabel } from '@/app/_components/formula-text'
import { DEFAULT_COLLATE_OPTIONS, MIN_COLLATED } from '@/lib/collate/collate-statements'
import { collateRest, MAX_COLLATE_Q } from '@/lib/url/collate'
import { collateHref } from '@/lib/vocab/links'
import { parseConcordanceQuery } from '@/lib/url/formulas'
import { ConcordanceTable } from './_components/concordance-table'
import { VariantComparison } from './_components/variant-comparison'
import { FormulaHistorySection } from './_components/formula-history'
import { FormulaFamily } from './_components/formula-family'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const load = cache((id: string, page: number) => getFormula(getDb(), id, { page }))

/** The concordance page asked for (proxy.ts answers one it cannot read with a 400 before the page renders). */
async function pageOf(searchParams: Props['searchParams']): Promise<number> {
  const parsed = parseConcordanceQuery(await searchParams)
  return parsed.ok ? parsed.query.page : 1
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const page = await pageOf(searchParams)
  const formula = await load((await params).id, page)
  if (!formula) return { title: 'Formula not found' }
  const title = `${readableFormula(formula.text)} — in ${formula.statementCount} statements${page > 1 ? ` (concordance, page ${page})` : ''}`
  const description = `${formula.occurrenceCount} occurrences, ${formula.variantCount} wording${formula.variantCount === 1 ? '' : 's'}, ${formula.firstDate ?? 'undated'} to ${formula.lastDate ?? 'undated'}: every use in context.`
  return { title, description, openGraph: { title, description, type: 'article' }, twitter: { card: 'summary', title, description } }
}

export default async function FormulaPage({ params, searchParams }: Props) {
  await connection()
  const id = (await params).id
  const [formula, history] = await Promise.all([load(id, await pageOf(searchParams)), getFormulaHistory(getDb(), id)])
  // a page past the last of the concordance is not there
  if (!formula || (formula.occurrences.length === 0 && formula.concordance.page > 1)) notFound()
  // each date kept on one line: a phone had broken "2022-↵12-16"
  const dates =
    formula.firstDate === formula.lastDate ? (
      (formula.firstDate ?? 'undated')
    ) : (
      <>
        <span className="whitespace-nowrap">{formula.firstDate ?? 'undated'}</span> –{' '}
        <span className="whitespace-nowrap">{formula.lastDate ?? 'undated'}</span>
      </>
    )
  const facts = [
    ['Statements', String(formula.statementCount)],
    ['Occurrences', String(formula.occurrenceCount)],
    ['Wordings', String(formula.variantCount)],
    ['Length', `${formula.length} ${isChinesePhrase(plainFormula(formula.text)) ? 'characters' : 'words'}`],
    ['Used', dates],
    ['Kinds', formula.kinds.map(kindLabel).join(', ')],
  ] as const
  // the statements that use it, oldest first (a formula's wording is of one language, and so are they)
  const users = formula.users
  return (
    <article className="space-y-6">
      <header className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <p className="text-sm">
          <Link href="/formulas" className="text-blue-800 underline-offset-2 hover:underline">
            ← All formulas
          </Link>
        </p>
        {formula.kind === 'name' ? (
          <p className="text-sm text-stone-600">A name (a state, organisation, person, treaty or place): listed apart from the formulas.</p>
        ) : null}
        <h1 lang={formulaLang(formula.text)} className="text-2xl font-semibold leading-snug">
          <FormulaLabel text={formula.text} />
        </h1>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-xs uppercase tracking-wide text-stone-500">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {users.length >= MIN_COLLATED ? (
          <p className="text-sm">
            <Link
              href={collateHref(users, collateRest(DEFAULT_COLLATE_OPTIONS, { q: collateNeedle(formula.text) }))}
              className="text-blue-800 underline underline-offset-2"
            >
              Collate the statements that use it
            </Link>{' '}
            <span className="text-stone-600">
              {formula.statementCount > users.length ? `(the first ${users.length} of ${formula.statementCount}` : `(${users.length}`}, at
              the families of clauses that hold it)
            </span>
          </p>
        ) : null}
      </header>
      <FormulaFamily formula={formula} />
      {history ? <FormulaHistorySection history={history} language={history.language} /> : null}
      {formula.variants.length > 1 ? <VariantComparison formula={formula} /> : null}
      <ConcordanceTable formula={formula} />
    </article>
  )
}

/**
 * What a collation of a formula's statements looks for, so that it opens at
 * the families that hold the formula (walkthrough: twenty statements' every
 * family, a page of 5 MB): its longest run of text between counterpart slots,
 * which every use prints as the formula does.
 */
function collateNeedle(text: string): string {
  const runs = formulaSegments(text).flatMap((segment) => (segment.type === 'text' && segment.text.trim() ? [segment.text.trim()] : []))
  const longest = runs.reduce((best, run) => ([...run].length > [...best].length ? run : best), '')
  return [...longest].slice(0, MAX_COLLATE_Q).join('')
}
