import type { Metadata } from 'next'
import { connection } from 'next/server'
import { getDb } from '@/lib/services/database'
import { getSimilarityMap, MAP_LIMIT } from '@/lib/services/similarity-map'
import { listParties } from '@/lib/services/statements'
import { parseMapQuery } from '@/lib/url/map'
import { mapLabels } from '@/lib/compare/map-labels'
import { kindLabel } from '@/app/_components/labels'
import { HeatMap, type HeatMapStatement } from './_components/heat-map'
import { MapFilterForm } from './_components/map-filter-form'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Corpus map',
  description: 'How much wording every pair of statements shares, as a heat map: click a cell to compare the two.',
  openGraph: { title: 'Corpus map · Tongwen 同文', description: 'How much wording every pair of statements shares, as a heat map.' },
}

export default async function MapPage({ searchParams }: Props) {
  await connection()
  const parsed = parseMapQuery(await searchParams)
  // proxy.ts answers a filter it cannot read with a 400 before the page renders
  if (!parsed.ok) throw new Error(`map reached with an invalid filter (${parsed.error}); this is a bug`)
  const db = getDb()
  const [map, parties] = await Promise.all([getSimilarityMap(db, parsed.filter), listParties(db)])
  const labels = mapLabels(
    map.statements.map((s) => ({ ...s, parties: s.parties.map((p) => p.nameEn) })),
    kindLabel,
  )
  const statements: HeatMapStatement[] = map.statements.map((s, k) => ({
    slug: s.slug,
    title: s.title,
    name: labels[k]?.name ?? s.slug,
    detail: labels[k]?.detail ?? '',
    language: s.language,
  }))
  return (
    <div className="space-y-5">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Corpus map</h1>
        <p className="text-stone-700">
          Each cell is a pair of statements, shaded by how much wording they share (the comparison page’s overall similarity, with
          counterpart names masked). Statements are ordered by kind, then date. Hover, focus or tap a cell to see the pair; open it to
          compare them.
        </p>
        <p className="text-sm text-stone-600">
          {map.matching > map.statements.length
            ? `The ${map.statements.length} most recent of ${map.matching} statements; narrow the selection to see others.`
            : `${map.statements.length} statement${map.statements.length === 1 ? '' : 's'}${map.matching > MAP_LIMIT ? '' : ''}.`}
        </p>
      </section>
      <MapFilterForm filter={parsed.filter} parties={parties} />
      {statements.length < 2 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
          A map needs at least two statements{parsed.filter.kind || parsed.filter.party ? ' in this selection' : ''}.
        </p>
      ) : (
        <HeatMap statements={statements} similarity={map.similarity} />
      )}
    </div>
  )
}
