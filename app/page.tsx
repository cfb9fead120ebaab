import Link from 'next/link'
import { connection } from 'next/server'
import { suggestPairs } from '@/lib/compare/suggest-pairs'
import { getDb } from '@/lib/db/client'
import { listStatements } from '@/lib/db/statements'
import { dateLabel, whoLabel } from './_components/labels'
import { StatementPicker } from './_components/statement-picker'

export default async function HomePage() {
  await connection()
  const statements = await listStatements(getDb())
  const pairs = suggestPairs(statements.map((s) => ({ ...s, partyCodes: s.parties.map((p) => p.code) })))
  const first = pairs[0]
  return (
    <div className="space-y-6">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Diplomatic statements, side by side</h1>
        <p className="text-stone-700">
          Pick two statements to align them clause by clause and see which words they share and where they differ. Counterpart names
          (<span lang="zh-Hans">吉方 / 塔方</span>) count as the same; a changed word (<span lang="zh-Hans">国家统一 / 国家和平统一</span>) does not.
        </p>
      </section>
      {pairs.length > 0 ? (
        <section aria-labelledby="suggested" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="suggested" className="text-sm font-semibold uppercase tracking-wide text-stone-600">Same formula, different partner</h2>
          <ul className="mt-2 space-y-1">
            {pairs.map(([a, b]) => (
              <li key={`${a.slug}/${b.slug}`}>
                <Link href={`/compare/${a.slug}/${b.slug}`} className="text-blue-800 underline-offset-2 hover:underline">
                  {whoLabel(a)} ({dateLabel(a.date)}) vs {whoLabel(b)} ({dateLabel(b.date)})
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {statements.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
          No statements yet. Import some with <code>npm run cli -- import &lt;file&gt;</code>.
        </p>
      ) : (
        <StatementPicker statements={statements} selected={first ? [first[0].slug, first[1].slug] : null} />
      )}
    </div>
  )
}
