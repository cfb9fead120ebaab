import Link from 'next/link'
import type { CompareResult } from '@/lib/compare/types'
import type { StatementDetail } from '@/lib/db/statements'
import { dateLabel, kindLabel, whoLabel } from '@/app/_components/labels'

function Heading({ side, statement }: { side: 'A' | 'B'; statement: StatementDetail }) {
  return (
    <div className="min-w-0 flex-1">
      <div className="text-xs font-semibold uppercase tracking-wide text-stone-500">
        {side} · {kindLabel(statement.kind)} · {dateLabel(statement.date)} · {whoLabel(statement)}
      </div>
      <h2 lang="zh-Hans" className="mt-1 text-lg font-semibold leading-snug">
        <Link href={`/statements/${statement.slug}`} className="underline-offset-2 hover:underline">{statement.title}</Link>
      </h2>
    </div>
  )
}

export function CompareSummary({ a, b, result, swapHref }: { a: StatementDetail; b: StatementDetail; result: CompareResult; swapHref: string }) {
  const { counts } = result
  const hasMasked = result.rows.some((row) => row.ops.some((op) => op.op === 'equal' && op.a !== op.b))
  const stats = [
    ['rows', result.rows.length],
    ['identical', counts.identical],
    ['changed', counts.match + counts.merge + counts.split - counts.identical],
    ['moved', counts.moved],
    ['only in A', counts['a-only']],
    ['only in B', counts['b-only']],
  ] as const
  return (
    <section aria-labelledby="comparison-title" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h1 id="comparison-title" className="sr-only">Comparison of {a.title} and {b.title}</h1>
      {a.slug === b.slug ? <p className="text-sm text-orange-800">A and B are the same statement.</p> : null}
      <div className="flex flex-col gap-4 md:flex-row">
        <Heading side="A" statement={a} />
        <Heading side="B" statement={b} />
      </div>
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2 text-sm">
        <p>
          <span className="text-2xl font-semibold tabular-nums">{Math.round(result.similarity * 100)}%</span>{' '}
          <span className="text-stone-600">shared wording</span>
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-stone-700">
          {stats.map(([label, value]) => (
            <li key={label}>
              <span className="font-semibold tabular-nums">{value}</span> {label}
            </li>
          ))}
        </ul>
        <Link href={swapHref} className="ml-auto text-blue-800 underline-offset-2 hover:underline">Swap A and B</Link>
      </div>
      <p className="text-xs text-stone-600">
        <del className="diff-delete">struck through</del>: only in A · <ins className="diff-insert">underlined</ins>: only in B ·{' '}
        {hasMasked ? (
          <>
            <span className="diff-masked">dotted</span>: a counterpart name, equal under the party mask ·{' '}
          </>
        ) : null}
        <span className="border-l-4 border-orange-400 bg-orange-50 px-1">orange bar</span> /{' '}
        <span className="border-l-4 border-blue-400 bg-blue-50 px-1">blue bar</span>: a clause only A / only B has ·{' '}
        <span className="formula-mark">teal line</span>: a formula other statements use too (<Link href="/formulas" className="text-blue-800 underline-offset-2 hover:underline">all formulas</Link>)
      </p>
    </section>
  )
}
