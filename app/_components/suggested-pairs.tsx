import Link from 'next/link'
import type { StatementSummary } from '@/lib/db/statements'
import { dateLabel, whoLabel } from './labels'
import { compareHref } from '@/lib/vocab/links'

/** Pairs whose titles are the same formula with another partner (or the same partners another year), each a link to their comparison. */
export function SuggestedPairs({ pairs }: { pairs: [StatementSummary, StatementSummary][] }) {
  if (pairs.length === 0) return null
  return (
    <section aria-labelledby="suggested" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="suggested" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        Worth comparing: the same title with another partner, or a later edition
      </h2>
      <ul className="mt-2 space-y-1">
        {pairs.map(([a, b]) => (
          <li key={`${a.slug}/${b.slug}`}>
            <Link href={compareHref(a.slug, b.slug)} className="text-blue-800 underline-offset-2 hover:underline">
              {whoLabel(a)} ({dateLabel(a.date)}) vs {whoLabel(b)} ({dateLabel(b.date)})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
