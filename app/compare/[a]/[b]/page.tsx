import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { compareOptionsQuery, parseCompareOptions } from '@/lib/compare/options'
import { whoLabel } from '@/app/_components/labels'
import { CompareSummary } from './_components/compare-summary'
import { CompareRows } from './_components/compare-rows'
import { OptionsForm } from './_components/options-form'
import { loadComparison } from './load-comparison'

type Props = {
  params: Promise<{ a: string; b: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load({ params, searchParams }: Props) {
  const [{ a, b }, query] = await Promise.all([params, searchParams])
  const parsed = parseCompareOptions(query)
  // proxy.ts answers bad options with a 400 before the page renders
  if (!parsed.ok) throw new Error(`compare page reached with invalid options (${parsed.error}); this is a bug`)
  const { threshold, granularity, mask } = parsed.options
  const loaded = await loadComparison(a, b, threshold, granularity, mask)
  return loaded ? { ...loaded, options: parsed.options } : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props)
  if (!loaded) return { title: 'Statement not found' }
  const { a, b, result } = loaded
  const year = (s: { date: string | null }) => s.date?.slice(0, 4) ?? 'undated'
  const title = `${whoLabel(a)} (${year(a)}) vs ${whoLabel(b)} (${year(b)}): ${Math.round(result.similarity * 100)}% shared wording`
  const description = `${a.title} / ${b.title}: ${result.rows.length} aligned rows, ${result.counts.identical} identical.`
  return { title, description, openGraph: { title, description, type: 'article' }, twitter: { card: 'summary', title, description } }
}

export default async function ComparePage(props: Props) {
  await connection()
  const loaded = await load(props)
  if (!loaded) notFound()
  const { a, b, result, options, marks } = loaded
  const query = compareOptionsQuery(options)
  return (
    <div className="space-y-5">
      <CompareSummary a={a} b={b} result={result} swapHref={`/compare/${b.slug}/${a.slug}${query}`} />
      <OptionsForm action={`/compare/${a.slug}/${b.slug}`} options={options} />
      <CompareRows result={result} marks={marks} />
    </div>
  )
}
