import Link from 'next/link'
import type { StatementSummary } from '@/lib/db/statements'
import { dateLabel, kindLabel, whoLabel } from './labels'

/**
 * The list of statements as a form: pick one as A and one as B, then compare.
 * A plain GET form, so it works before (and without) JavaScript.
 */
export function StatementPicker({ statements, selected }: { statements: StatementSummary[]; selected: [string, string] | null }) {
  return (
    <form action="/compare" method="get" className="space-y-4">
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Statements in the corpus; choose one as A and one as B</caption>
          <thead className="border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2">A</th>
              <th scope="col" className="px-3 py-2">B</th>
              <th scope="col" className="px-3 py-2">Title</th>
              <th scope="col" className="px-3 py-2">Kind</th>
              <th scope="col" className="px-3 py-2">Date</th>
              <th scope="col" className="px-3 py-2">Place</th>
              <th scope="col" className="px-3 py-2">Parties / speaker</th>
              <th scope="col" className="px-3 py-2 text-right">Clauses</th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => (
              <tr key={s.slug} className="border-b border-stone-100 last:border-0 hover:bg-stone-50">
                <td className="px-3 py-2">
                  <input type="radio" name="a" value={s.slug} defaultChecked={selected?.[0] === s.slug} aria-label={`Compare as A: ${s.title}`} className="size-4 accent-orange-700" />
                </td>
                <td className="px-3 py-2">
                  <input type="radio" name="b" value={s.slug} defaultChecked={selected?.[1] === s.slug} aria-label={`Compare as B: ${s.title}`} className="size-4 accent-blue-700" />
                </td>
                <td className="px-3 py-2">
                  <Link href={`/statements/${s.slug}`} lang={s.language === 'zh' ? 'zh-Hans' : 'en'} className="font-medium text-stone-900 underline-offset-2 hover:underline">
                    {s.title}
                  </Link>
                  {s.subtitle ? <div lang="zh-Hans" className="text-xs text-stone-500">{s.subtitle}</div> : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{kindLabel(s.kind)}</td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{dateLabel(s.date)}</td>
                <td className="whitespace-nowrap px-3 py-2" lang="zh-Hans">{s.place ?? '—'}</td>
                <td className="px-3 py-2">{whoLabel(s)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{s.clauseCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
        Compare A with B
      </button>
    </form>
  )
}
