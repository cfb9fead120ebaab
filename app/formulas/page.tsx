import { notFound } from 'next/navigation'
import { ServiceError } from '@/lib/services/errors'
import type { Metadata } from 'next'
import { foldedInSentence, shardedSentence } from '@/lib/vocab/formula-build'
import Link from 'next/link'
import { lastPage } from '@/lib/url/statement-list'
import { connection } from 'next/server'
import { getDb } from '@/lib/services/database'
import { countStatements, getStatementSummaries, recentStatements } from '@/lib/services/statements'
import { formulaFilter, getFormulaBuild, listFormulas } from '@/lib/services/formulas'
import { LANGUAGE_LABELS } from '@/app/_components/filter-fields'
import { FORMULA_SORT_LABELS, formulaQueryString, parseFormulaQuery } from '@/lib/url/formulas'
import { FormulaFilterForm } from './_components/formula-filter-form'
import { FormulaTable } from './_components/formula-table'
import { Pagination } from './_components/pagination'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Formulas',
  description: 'The phrases diplomatic statements repeat: which ones, in how many statements, in which wordings.',
  openGraph: {
    title: 'Formulas · Tongwen 同文',
    description: 'The phrases diplomatic statements repeat: which ones, in how many statements, in which wordings.',
  },
}

/** Statements offered in the filter's list: the most recent. */
const STATEMENT_CHOICES = 100

export default async function FormulasPage({ searchParams }: Props) {
  await connection()
  const parsed = parseFormulaQuery(await searchParams)
  // proxy.ts answers a filter it cannot read with a 400 before the page renders
  if (!parsed.ok) throw new Error(`formula list reached with an invalid filter (${parsed.error}); this is a bug`)
  const query = parsed.query
  const db = getDb()
  const [build, statementCount, recent, [chosen], { total, formulas }] = await Promise.all([
    getFormulaBuild(db),
    countStatements(db),
    // the statement filter offers the most recent statements; any other comes by its link (?statement=)
    recentStatements(db, STATEMENT_CHOICES),
    getStatementSummaries(db, query.statement ? [query.statement] : []),
    listFormulas(db, formulaFilter(query)).catch((error: unknown) => {
      // the formulas of a statement that does not exist (?statement=…)
      if (error instanceof ServiceError && error.code === 'not-found') notFound()
      throw error
    }),
  ])
  // a search that finds nothing of this kind says how many of the other kind it finds ("war in Ukraine" is listed as a name)
  const otherKind = query.kind === 'name' ? 'formula' : 'name'
  const other = total === 0 && query.q ? (await listFormulas(db, { ...formulaFilter({ ...query, page: 1 }, 1), kind: otherKind })).total : 0
  // where the list looks: "in <statement>", "in English statements", or both (a Chinese statement's English formulas: none)
  const scope = `${chosen ? ` in ${chosen.title}` : ''}${query.language ? ` in ${LANGUAGE_LABELS[query.language]} statements` : ''}`
  return (
    <div className="space-y-5">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Formulas</h1>
        <p className="text-stone-700">
          Phrases found word for word in at least two statements and at least six Chinese characters long (a term in quotation marks counts
          its quotes, so <span lang="zh-Hans">“三股势力”</span> is one) or three English words; names of states, organisations, people and
          treaties are not counted as formulas (they are listed apart, under Names); near-variants (
          <span lang="zh-Hans">国家统一 / 国家和平统一</span>) are kept together, and an <span className="formula-slot">X</span> stands for
          the counterpart’s name, which each statement fills in. A formula built on another (<span lang="zh-Hans">共建“一带一路”</span> on{' '}
          <span lang="zh-Hans">“一带一路”</span>) is listed under it, in its family. A formula’s growth is the change in the share of its
          language’s statements that use it, from the year before the collection’s latest year to that year, in percentage points (— where
          the collection does not cover both years).
        </p>
        <p className="text-sm text-stone-600">
          {build
            ? `${build.formulaCount} formulas mined from ${build.statementCount} statements on ${build.builtAt.toISOString().slice(0, 10)}.`
            : 'No formulas have been mined yet.'}
          {build && build.shards > 1 ? ` ${shardedSentence(build.shards)}` : ''}
          {build && build.foldedIn > 0 ? ` ${foldedInSentence(build.foldedIn)}` : ''}
          {build && build.statementCount + build.foldedIn !== statementCount
            ? ` The corpus now has ${statementCount} statements; the list catches up with the next import.`
            : ''}
        </p>
      </section>
      <nav aria-label="Formulas or names" className="flex gap-1 text-sm">
        {(['formula', 'name'] as const).map((kind) => (
          <Link
            key={kind}
            href={`/formulas${formulaQueryString({ ...query, kind, page: 1 })}`}
            aria-current={query.kind === kind ? 'page' : undefined}
            className={`rounded-md border px-3 py-1.5 ${query.kind === kind ? 'border-stone-900 bg-stone-900 text-white' : 'border-stone-300 bg-white hover:bg-stone-100'}`}
          >
            {kind === 'formula' ? 'Formulas' : 'Names'}
          </Link>
        ))}
      </nav>
      <FormulaFilterForm query={query} recent={recent} chosen={chosen} />
      <p className="text-sm text-stone-700" role="status">
        {total === 0
          ? `No ${query.kind === 'name' ? 'name' : 'formula'}${query.q ? ` contains “${query.q}”` : ''}${scope}${query.minDocs > 2 ? ` used in ${query.minDocs} or more statements` : ''}.`
          : query.kind === 'name'
            ? `${total} name${total === 1 ? '' : 's'}${scope}, ${FORMULA_SORT_LABELS[query.sort]}.`
            : `${total} formula ${total === 1 ? 'family' : 'families'}${scope}, ${FORMULA_SORT_LABELS[query.sort]}.`}
        {other > 0 ? (
          <>
            {' '}
            <Link href={`/formulas${formulaQueryString({ ...query, kind: otherKind, page: 1 })}`} className="text-blue-800 underline">
              {otherKind === 'name'
                ? `${other} ${other === 1 ? 'name contains' : 'names contain'} it`
                : `${other} ${other === 1 ? 'formula family contains' : 'formula families contain'} it`}
            </Link>
            .
          </>
        ) : null}
      </p>
      {formulas.length > 0 ? (
        <FormulaTable formulas={formulas} sort={query.sort} kind={query.kind} />
      ) : total > 0 ? (
        <p className="text-sm">
          Page {query.page} is past the last one.{' '}
          <Link
            href={`/formulas${formulaQueryString({ ...query, page: lastPage(total, query.limit) })}`}
            className="text-blue-800 underline"
          >
            Go to page {lastPage(total, query.limit)}, the last
          </Link>
        </p>
      ) : null}
      <Pagination query={query} total={total} />
    </div>
  )
}
