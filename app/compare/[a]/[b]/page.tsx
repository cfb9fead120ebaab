import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { displayItems } from '@/lib/compare/display-items'
import { STATUS_LABELS } from '@/lib/compare/export'
import { compareQuery, parseCompareQuery, rowStatus, statusCounts } from '@/lib/compare/view'
import { requestOrigin } from '@/app/_lib/request-origin'
import { whoLabel } from '@/app/_components/labels'
import { CompareSummary } from './_components/compare-summary'
import { CompareRows } from './_components/compare-rows'
import { CompareToolbar } from './_components/compare-toolbar'
import { DifferenceNavigator } from './_components/difference-navigator'
import { OptionsForm } from './_components/options-form'
import { CannotCompare } from './_components/cannot-compare'
import { loadComparison } from './load-comparison'

type Props = {
  params: Promise<{ a: string; b: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load({ params, searchParams }: Props) {
  const [{ a, b }, query] = await Promise.all([params, searchParams])
  const parsed = parseCompareQuery(query)
  // proxy.ts answers bad options with a 400 before the page renders
  if (!parsed.ok) throw new Error(`compare page reached with invalid options (${parsed.error}); this is a bug`)
  const { threshold, granularity, mask } = parsed.options
  const loaded = await loadComparison(a, b, threshold, granularity, mask)
  return loaded ? { ...loaded, options: parsed.options, view: parsed.view } : null
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
  const counts = statusCounts(result.rows)
  const title = row ? `Row ${row.index} of ${pair}: ${STATUS_LABELS[rowStatus(row)]}` : `${pair}: ${Math.round(result.similarity * 100)}% shared wording`
  const clip = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text)
  const description = row
    ? `A: ${clip(row.a.map((c) => c.text).join('') || '—')} / B: ${clip(row.b.map((c) => c.text).join('') || '—')}`
    : `${a.title} / ${b.title}: ${result.rows.length} aligned rows — ${counts.identical} identical, ${counts.changed} changed, ${counts.moved} moved, ${counts['a-only']} only in A, ${counts['b-only']} only in B.`
  const image = { url: `/compare/${a.slug}/${b.slug}/image${compareQuery(options, { changesOnly: false, row: row ? row.index : null })}`, width: 1200, height: 630, alt: title }
  return {
    metadataBase: await requestOrigin(),
    title,
    description,
    openGraph: { title, description, type: 'article', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  }
}

export default async function ComparePage(props: Props) {
  await connection()
  const loaded = await load(props)
  if (!loaded) notFound()
  if (loaded.mismatch !== null) return <CannotCompare a={loaded.a} b={loaded.b} reason={loaded.mismatch} />
  const { a, b, result, options, marks, view } = loaded
  const path = `/compare/${a.slug}/${b.slug}`
  const allHref = `${path}${compareQuery(options)}`
  const changesHref = `${path}${compareQuery(options, { changesOnly: true, row: null })}`
  return (
    <div className="space-y-5 pb-16 print:pb-0">
      <CompareSummary a={a} b={b} result={result} swapHref={`/compare/${b.slug}/${a.slug}${compareQuery(options, { ...view, row: null })}`} allHref={allHref} changesOnly={view.changesOnly} />
      <OptionsForm action={path} options={options} changesOnly={view.changesOnly} />
      <CompareToolbar changesOnly={view.changesOnly} allHref={allHref} changesHref={changesHref} apiHref={`/api${allHref}`} />
      <CompareRows result={result} marks={marks} changesOnly={view.changesOnly} allHref={allHref} />
      {/* a moved row stands at its place in A and in B: both places are stops */}
      <DifferenceNavigator total={displayItems(result).filter((item) => item.type === 'row' && rowStatus(item.row) !== 'identical').length} />
    </div>
  )
}
