import { connection } from 'next/server'
import { redirect } from 'next/navigation'
import { isFiltered, lastPage, parseStatementListQuery, selectionOf, statementListQueryString } from '@/lib/url/statement-list'
import { SUGGESTION_WINDOW } from '@/lib/compare/suggest-pairs'
import { suggestedPairs } from '@/lib/services/suggestions'
import { getDb } from '@/lib/services/database'
import type { StatementSummary } from '@/lib/db/statements'
import { getStatementSummaries, listParties, listStatements, recentStatements } from '@/lib/services/statements'
import { noSuchStatement } from '@/lib/services/errors'
import { PickLink } from './_components/picked'
import { StatementFilterForm } from './_components/statement-filter-form'
import { StatementPages } from './_components/statement-pages'
import { StatementPicker } from './_components/statement-picker'
import { SuggestedPairs } from './_components/suggested-pairs'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const withCodes = (s: StatementSummary) => ({ ...s, partyCodes: s.parties.map((p) => p.code) })

export default async function HomePage({ searchParams }: Props) {
  await connection()
  const parsed = parseStatementListQuery(await searchParams)
  // proxy.ts answers options it cannot read with a 400 before the page renders
  if (!parsed.ok) throw new Error(`statement list reached with invalid options (${parsed.error}); this is a bug`)
  const { a, b, c = [], deleted } = parsed.query
  const requested = selectionOf(parsed.query)
  const db = getDb()
  const [first, recent, parties, picks] = await Promise.all([
    listStatements(db, requested),
    // suggestions come from the most recent statements only, never the whole corpus
    recentStatements(db, SUGGESTION_WINDOW),
    listParties(db),
    getStatementSummaries(db, [...new Set([a, b, ...c].filter((slug) => slug !== undefined))]),
  ])
  // a pick in the URL that names no statement (a stale link, a typo) is taken out of the URL, which the page's links and
  // forms carry the picks in, and said on the page it lands on (?unknown=), rather than dropped in silence
  const known = (slug: string | undefined) => slug !== undefined && picks.some((s) => s.slug === slug)
  const missing = [a, b, ...c].filter((slug): slug is string => slug !== undefined && !known(slug))
  if (missing.length)
    redirect(
      `/${statementListQueryString({
        ...parsed.query,
        a: known(a) ? a : undefined,
        b: known(b) ? b : undefined,
        c: c.filter(known),
        unknown: [...new Set([...(parsed.query.unknown ?? []), ...missing])],
      })}`,
    )
  const unknown = parsed.query.unknown ?? []
  // a page past the last (?page=99999) shows the last page
  const query = first.items.length === 0 && first.total > 0 ? { ...requested, page: lastPage(first.total, requested.perPage) } : requested
  const { items, total } = query === requested ? first : await listStatements(db, query)
  // titles propose pairs, their shared wording confirms them (compared once, then kept)
  const pairs = await suggestedPairs(db, recent.map(withCodes))
  const onPage = (slug: string | undefined) => items.find((s) => s.slug === slug)
  const picked = (slug: string | undefined) => (onPage(slug) ? undefined : picks.find((s) => s.slug === slug))
  // without picks in the URL, the first suggestion is preselected when it is on this page
  const suggested =
    !a && !b && pairs[0] && onPage(pairs[0][0].slug) && onPage(pairs[0][1].slug) ? { a: pairs[0][0].slug, b: pairs[0][1].slug } : { a, b }
  const from = (query.page - 1) * query.perPage + 1
  return (
    <div className="space-y-6">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Diplomatic statements, side by side</h1>
        <p className="text-stone-700">
          Pick two statements to align them clause by clause and see which words they share and where they differ. Counterpart names (
          <span lang="zh-Hans">吉方 / 塔方</span>) count as the same; a changed word (<span lang="zh-Hans">国家统一 / 国家和平统一</span>)
          does not.
        </p>
      </section>
      {deleted ? (
        <p role="status" className="rounded-lg border border-stone-300 bg-white p-3 text-sm">
          The statement <code>{deleted}</code> was deleted.
        </p>
      ) : null}
      {unknown.length ? (
        <p role="status" className="break-words rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          {`${noSuchStatement(unknown).message} ${unknown.length === 1 ? 'It is' : 'They are'} not picked.`}
        </p>
      ) : null}
      <SuggestedPairs pairs={pairs} />
      <StatementFilterForm query={query} parties={parties} />
      <p role="status" className="text-sm text-stone-700">
        {total > 0 ? `Showing ${from}–${from + items.length - 1} of ${total} statement${total === 1 ? '' : 's'}` : null}
        {total === 0 && isFiltered(query) ? (
          <>
            No statement matches these filters.{' '}
            <PickLink href="/" className="text-blue-800 underline">
              Show all statements
            </PickLink>
          </>
        ) : null}
      </p>
      {total === 0 && !isFiltered(query) ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
          No statements yet. Import some with <code>npm run cli -- import &lt;file&gt;</code>.
        </p>
      ) : (
        <StatementPicker
          statements={items}
          elsewhere={{ a: picked(a), b: picked(b) }}
          selected={suggested}
          ticked={c}
          tickedElsewhere={c.flatMap((slug) => (onPage(slug) ? [] : picks.filter((s) => s.slug === slug)))}
        />
      )}
      <StatementPages query={query} total={total} />
    </div>
  )
}
