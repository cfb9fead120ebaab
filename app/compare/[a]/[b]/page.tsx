import type { Metadata } from 'next'
import { cache } from 'react'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { displayItems, foldRows, sectionOutline } from '@/lib/compare/display-items'
import { barsInWords } from '@/lib/compare/sure-link'
import { leftApartFrom } from '@/lib/compare/export'
import { compareQuery, parseCompareQuery } from '@/lib/url/compare'
import { countsInWords, isDoubt, rowShown, rowStatus, STATUS_LABELS } from '@/lib/vocab/row-status'
import { clip, shareMetadata } from '@/app/_lib/share'
import { whoLabel } from '@/app/_components/labels'
import { CompareSummary } from './_components/compare-summary'
import { CompareRows } from './_components/compare-rows'
import { DroppedFormulas } from './_components/dropped-formulas'
import { CompareToolbar } from './_components/compare-toolbar'
import { HiddenRowNotice } from './_components/hidden-row-notice'
import { OptionsForm } from './_components/options-form'
import { CannotCompare } from './_components/cannot-compare'
import { loadComparison } from './load-comparison'
import { rowData } from './row-data'
import { compareHref, rowAnchor } from '@/lib/vocab/links'
import { paramsKey, paramsOf } from '@/lib/url/params'

type Props = {
  params: Promise<{ a: string; b: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The options and view of the request's URL, read once for the page and its metadata (React's cache lasts one request). */
const readQuery = cache((key: string) => {
  const parsed = parseCompareQuery(paramsOf(key))
  // proxy.ts answers bad options with a 400 before the page renders
  if (!parsed.ok) throw new Error(`compare page reached with invalid options (${parsed.error}); this is a bug`)
  return parsed
})

async function load({ params, searchParams }: Props) {
  const [{ a, b }, query] = await Promise.all([params, searchParams])
  const { options, view } = readQuery(paramsKey(query))
  const loaded = await loadComparison(a, b, options.threshold, options.granularity, options.mask, view.formulas)
  return loaded ? { ...loaded, options, view } : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props)
  if (!loaded) return { title: 'Statement not found' }
  if (loaded.mismatch !== null) return { title: 'These statements cannot be compared', description: loaded.mismatch }
  const { a, b, result, options, view } = loaded
  const year = (s: { date: string | null }) => s.date?.slice(0, 4) ?? 'undated'
  const years = year(a) === year(b) ? ['', ` (${year(a)})`] : [` (${year(a)})`, ` (${year(b)})`]
  const pair = `${whoLabel(a)}${years[0]} vs ${whoLabel(b)}${years[1]}`
  const row = view.row !== null ? result.rows[view.row - 1] : undefined
  const counts = result.counts
  const title = row
    ? `Row ${row.index} of ${pair}: ${STATUS_LABELS[rowStatus(row)]}${row.unsure ? ' (unsure)' : ''}${row.apart ? ` (left apart from ${leftApartFrom(row)})` : ''}`
    : `${pair}: ${Math.round(result.similarity * 100)}% shared wording`
  const description = row
    ? `A: ${clip(row.a.map((c) => c.text).join('') || '—', 140)} / B: ${clip(row.b.map((c) => c.text).join('') || '—', 140)}`
    : `${a.title} / ${b.title}: ${result.rows.length} aligned rows — ${countsInWords(counts)}.`
  return shareMetadata(
    title,
    description,
    `${compareHref(a.slug, b.slug)}/image${compareQuery(options, { rows: 'all', formulas: false, row: row ? row.index : null })}`,
  )
}

export default async function ComparePage(props: Props) {
  await connection()
  const loaded = await load(props)
  if (!loaded) notFound()
  if (loaded.mismatch !== null) return <CannotCompare a={loaded.a} b={loaded.b} reason={loaded.mismatch} />
  const { a, b, result, options, marks, dropped, view } = loaded
  const path = compareHref(a.slug, b.slug)
  // the links of the toolbar keep the other half of the view: rows shown, formulas marked
  const href = (change: Partial<typeof view>) => `${path}${compareQuery(options, { ...view, row: null, ...change })}`
  const all = displayItems(result)
  // a shared link to a row this view folds (?view=changes&row=11#r11) shows that row, and says so
  const items = view.rows === 'all' ? all : foldRows(all, view.rows, view.row)
  const linked = view.row !== null ? result.rows[view.row - 1] : undefined
  const hiddenLinked = linked && !rowShown(view.rows, linked) ? linked : null
  return (
    <div className="space-y-5 pb-16 print:pb-0">
      <CompareSummary
        a={a}
        b={b}
        result={result}
        swapHref={compareHref(b.slug, a.slug, compareQuery(options, { ...view, row: null }))}
        fullHref={href({ rows: 'all' })}
        filter={view.rows}
        formulas={view.formulas}
      />
      {dropped ? (
        <DroppedFormulas
          dropped={dropped.formulas}
          earlier={dropped.earlier === a.slug ? 'A' : 'B'}
          later={dropped.later === a.slug ? 'A' : 'B'}
        />
      ) : null}
      <OptionsForm action={path} options={options} view={view} />
      <CompareToolbar
        view={view}
        href={href}
        apiHref={`/api${path}${compareQuery(options, { rows: view.rows, row: null, formulas: false })}`}
      />
      {view.rows === 'unsure' && !result.rows.some(isDoubt) ? (
        <p role="status" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-700 print:hidden">
          No pair of this comparison is unsure and no clause was left apart: every pair is at least {barsInWords(result, 'alike')}, and in
          comparisons checked by hand pairs that alike were right 95 times in 100 or more. All rows are folded below.
        </p>
      ) : null}
      {view.row !== null && !linked ? (
        // a link older than an edit of either statement, or mistyped: the preview image answers it with a 404, the page says so
        <p role="status" className="rounded-md border border-orange-300 bg-orange-50 px-3 py-2 text-sm text-orange-950 print:hidden">
          This link points to row {view.row}, but this comparison has {result.rows.length} row{result.rows.length === 1 ? '' : 's'}: one of
          the statements may have been edited since the link was made.
        </p>
      ) : null}
      <CompareRows
        data={rowData(result, items, marks)}
        fullHref={href({ rows: 'all' })}
        outline={sectionOutline(items, result)}
        // a moved row stands at its place in A and in B: both places are stops
        differences={items.filter((item) => item.type === 'row' && rowStatus(item.row) !== 'identical').length}
        moved={items.filter((item) => item.type === 'row' && item.place === 'a').length}
        notice={
          hiddenLinked
            ? {
                index: hiddenLinked.index,
                node: (
                  <HiddenRowNotice row={hiddenLinked} filter={view.rows} fullHref={`${href({ rows: 'all' })}#${rowAnchor(hiddenLinked)}`} />
                ),
              }
            : undefined
        }
      />
    </div>
  )
}
