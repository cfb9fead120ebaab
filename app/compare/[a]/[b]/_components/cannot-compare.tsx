import Link from 'next/link'
import type { StatementDetail } from '@/lib/db/statements'
import { statementHref } from '@/lib/vocab/links'
import { REFUSALS } from '@/lib/url/not-found'

/** Two statements the app will not line up (their languages differ, or they are too large together), and why. */
export function CannotCompare({
  a,
  b,
  reason,
}: {
  a: Pick<StatementDetail, 'slug' | 'title'>
  b: Pick<StatementDetail, 'slug' | 'title'>
  reason: string
}) {
  return (
    <div role="alert" className="max-w-2xl space-y-3 rounded-lg border border-orange-300 bg-white p-6">
      <h1 className="text-xl font-semibold">{REFUSALS.compare.heading}</h1>
      <p className="text-stone-700 [overflow-wrap:anywhere]">{reason}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {[a, b].map((s, k) => (
          <li key={k}>
            {k === 0 ? 'A' : 'B'}:{' '}
            <Link href={statementHref(s.slug)} className="text-blue-800 underline underline-offset-2">
              {s.title}
            </Link>
          </li>
        ))}
      </ul>
      <Link href={REFUSALS.compare.link[0]} className="inline-block text-blue-800 underline underline-offset-2">
        {REFUSALS.compare.link[1]}
      </Link>
    </div>
  )
}
