import Link from 'next/link'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { MIN_COLLATED } from '@/lib/collate/collate-statements'
import { filterFamilies } from '@/lib/collate/filter-families'
import { pickProblem } from '@/lib/services/collate'
import { getDb } from '@/lib/services/database'
import { collateRest, DEFAULT_COLLATE_VIEW, type CollateView } from '@/lib/url/collate'
import { compareOptionsQuery } from '@/lib/url/compare-options'
import { firstValue } from '@/lib/url/params'
import { collateHref } from '@/lib/vocab/links'
import { CannotCollate } from './_components/cannot-collate'
import { CollatePicker } from './_components/collate-picker'
import { CollateSummary } from './_components/collate-summary'
import { CollateTable } from './_components/collate-table'
import { CollateToolbar } from './_components/collate-toolbar'
import { FocusTabs } from './_components/focus-tabs'
import { collateMetadata } from './collate-metadata'
import { columnLabels, columnLetter, familyData } from './family-data'
import { collateKey, loadCollation, readCollateQuery } from './load-collation'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return collateMetadata(collateKey(await searchParams))
}

/** The picker's language filter: 'zh', 'en' or none (anything else is none). */
const pickerLanguage = (value: string | string[] | undefined) =>
  ['zh', 'en'].includes(firstValue(value) ?? '') ? (firstValue(value) as string) : ''

/** The picker's page: a whole number from 1 (a page past the last shows the last); anything else is page 1, and said. */
function pickerPage(value: string | string[] | undefined): { value: number; problem: string | null } {
  const text = firstValue(value)
  if (text === undefined) return { value: 1, problem: null }
  const number = /^\d{1,6}$/.test(text) ? Number(text) : NaN
  return number >= 1
    ? { value: number, problem: null }
    : { value: 1, problem: `There is no page “${text.slice(0, 20)}”: pages are numbered from 1. This is page 1.` }
}

export default async function CollatePage({ searchParams }: Props) {
  await connection()
  const params = await searchParams
  const key = collateKey(params)
  const { slugs, options, view } = readCollateQuery(key)
  const page = pickerPage(params.page)
  const picker = (problem: string | null, picks: readonly string[] = slugs) => (
    <CollatePicker
      picks={picks}
      problem={[problem, page.problem].filter(Boolean).join(' ') || null}
      find={(firstValue(params.find) ?? '').slice(0, 200)}
      language={pickerLanguage(params.language)}
      page={page.value}
    />
  )
  // a page of the picker asked for stays the picker, whatever was ticked on the one before
  if (slugs.length < MIN_COLLATED || params.page !== undefined) {
    const picked = await pickProblem(getDb(), slugs, { picking: params.page !== undefined })
    return picker(picked.problem, picked.found)
  }
  const loaded = await loadCollation(key)
  if (!loaded.ok && loaded.code === 'not-found') notFound()
  if (!loaded.ok && loaded.code === 'invalid')
    return picker(
      loaded.message,
      loaded.statements.map((s) => s.slug),
    )
  if (!loaded.ok) return <CannotCollate statements={loaded.statements} reason={loaded.message} />
  const { statements, result } = loaded.collation
  // the links of the toolbar keep the rest of the view; a shared family's number is for its preview only
  const href = (change: Partial<CollateView>) => collateHref(slugs, collateRest(options, { ...view, family: null, ...change }))
  const shown = filterFamilies(result, view)
  const labels = columnLabels(statements)
  const columns = statements.map((s, k) => ({
    letter: columnLetter(k),
    slug: s.slug,
    title: s.title,
    label: labels[k] ?? s.title,
    date: s.date,
  }))
  const focus = Math.min(view.focus, statements.length - 1)
  return (
    <div className="space-y-5 pb-16 print:pb-0">
      <CollateSummary statements={statements} result={result} columns={columns} />
      <CollateToolbar
        slugs={slugs}
        formRest={collateRest(options, { ...view, q: '', family: null })}
        view={view}
        counts={result.counts}
        total={result.families.length}
        href={href}
        apiHref={`/api${collateHref(slugs, collateRest(options, { show: view.show, differing: view.differing, q: view.q }))}`}
        exported={shown.length === result.families.length ? null : shown.length}
        english={statements[0]?.language === 'en'}
      />
      <FocusTabs columns={columns} focus={focus} href={href} lang={statements[0]?.language === 'en' ? 'en' : 'zh-Hans'} />
      <p role="status" className="text-sm text-stone-700">
        {shown.length === result.families.length
          ? `${shown.length} families`
          : shown.length === 0
            ? `No family of the ${result.families.length} ${view.q ? `contains “${view.q}”` : 'is in this view'}.`
            : `${shown.length} of ${result.families.length} families shown`}
      </p>
      {shown.length === 0 ? (
        // an empty table, and files of no family to export, say nothing a reader can use (a reader found both)
        <p className="text-sm">
          <Link
            href={href({ show: DEFAULT_COLLATE_VIEW.show, differing: false, q: '' })}
            className="text-blue-800 underline underline-offset-2"
          >
            Show all {result.families.length} families
          </Link>
        </p>
      ) : (
        <CollateTable
          data={{
            lang: statements[0]?.language === 'en' ? 'en' : 'zh-Hans',
            columns,
            families: familyData(result, shown),
            q: view.q,
            focus,
            compareQuery: compareOptionsQuery(options),
            unfiltered: shown.length === result.families.length ? '' : href({ show: DEFAULT_COLLATE_VIEW.show, differing: false, q: '' }),
          }}
        />
      )}
    </div>
  )
}
