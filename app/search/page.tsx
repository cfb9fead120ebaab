import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { Pager } from '@/app/_components/pager'
import { filterControlClass, filterFieldClass, StatementFilterFields } from '@/app/_components/filter-fields'
import { dateLabel, kindLabel, whoLabel } from '@/app/_components/labels'
import { getDb } from '@/lib/services/database'
import type { SearchResults } from '@/lib/db/search'
import { searchClauses } from '@/lib/services/search'
import { listParties } from '@/lib/services/statements'
import { lastPage } from '@/lib/url/statement-list'
import {
  MAX_SEARCH_CHARS,
  MIN_SEARCH_CHARS,
  parseSearchQuery,
  searchQueryString,
  searchTermProblem,
  type SearchQuery,
} from '@/lib/url/search'
import { clauseHref, statementHref } from '@/lib/vocab/links'
import { paramsKey, paramsOf } from '@/lib/url/params'
import { cache } from 'react'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The search in the request's URL, read once for the page and its metadata (React's cache lasts one request). */
const readQuery = cache((key: string) => parseSearchQuery(paramsOf(key)))

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = readQuery(paramsKey(await searchParams))
  const q = parsed.ok ? parsed.query.q : ''
  // (a term the reader quoted keeps its own quotes, not ours around them: "free and open", not “"free and open"”)
  const quoted = /^["“].*["”]$/u.test(q)
  const title = q ? `${quoted ? q : `“${q}”`} in the statements` : 'Search the statements'
  const description = 'Find a phrase in every clause of the corpus, Chinese or English, with its context, by statement.'
  return { title, description, openGraph: { title: `${title} · Tongwen 同文`, description } }
}

export default async function SearchPage({ searchParams }: Props) {
  await connection()
  const parsed = readQuery(paramsKey(await searchParams))
  // proxy.ts answers parameters it cannot read with a 400 before the page renders
  if (!parsed.ok) throw new Error(`search reached with invalid parameters (${parsed.error}); this is a bug`)
  const query = parsed.query
  const parties = await listParties(getDb())
  const problem = query.q ? searchTermProblem(query.q) : null
  return (
    <div className="space-y-5">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
        <p className="text-stone-700">
          Find a phrase in every clause, as printed: <span lang="zh-Hans">和平统一</span> finds it inside longer words too, and English
          ignores case. Two characters are enough (<span lang="zh-Hans">主权</span>).
        </p>
      </section>
      <form
        action="/search"
        method="get"
        role="search"
        aria-label="Clauses"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
      >
        <label className={`${filterFieldClass} w-full sm:w-auto sm:min-w-[14rem] sm:flex-1`}>
          {/* the limit said where it is typed: the field cuts a longer paste to it (walkthrough: a pasted sentence was cut silently) */}
          <span className="text-stone-600">
            Phrase{' '}
            <span className="text-xs">
              ({MIN_SEARCH_CHARS} to {MAX_SEARCH_CHARS} characters)
            </span>
          </span>
          <input
            type="search"
            name="q"
            defaultValue={query.q}
            maxLength={MAX_SEARCH_CHARS}
            placeholder="e.g. 一带一路 or sovereignty"
            className={filterControlClass}
          />
        </label>
        <StatementFilterFields query={query} parties={parties} />
        <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
          Search
        </button>
      </form>
      {problem ? (
        <p role="alert" className="rounded-lg border border-orange-300 bg-orange-50 p-3 text-stone-800">
          {problem}
        </p>
      ) : query.q ? (
        <Suspense fallback={<p className="text-sm text-stone-600">Searching…</p>}>
          <Results query={query} />
        </Suspense>
      ) : null}
    </div>
  )
}

async function Results({ query }: { query: SearchQuery }) {
  const results = await searchClauses(getDb(), query)
  const pages = lastPage(results.statementCount, query.perPage)
  return (
    <section aria-labelledby="results" className="space-y-4">
      <h2 id="results" className="text-sm text-stone-700" role="status">
        {results.statementCount === 0
          ? `No clause contains “${query.q}”${query.kind || query.party || query.year || query.language ? ' with these filters' : ''}.`
          : `${results.clauseCount} clause${results.clauseCount === 1 ? '' : 's'} in ${results.statementCount} statement${results.statementCount === 1 ? '' : 's'} contain “${results.readAs ?? query.q}”${results.readAs ? ` (the quotes around it read as marking a phrase: no clause has them)` : ''}${pages > 1 && query.page <= pages ? ` · page ${query.page} of ${pages}` : ''}.`}
      </h2>
      {results.groups.length === 0 && results.statementCount > 0 ? (
        <p className="text-stone-700">
          This page is past the last one.{' '}
          <Link href={`/search${searchQueryString({ ...query, page: pages })}`} className="text-blue-800 underline underline-offset-2">
            Go to page {pages}
          </Link>
          .
        </p>
      ) : null}
      <ol className="space-y-4">
        {results.groups.map((group) => (
          <ResultGroup key={group.statement.slug} group={group} />
        ))}
      </ol>
      <Pager page={query.page} pages={pages} href={(page) => `/search${searchQueryString({ ...query, page })}`} label="Pages" />
    </section>
  )
}

function ResultGroup({ group }: { group: SearchResults['groups'][number] }) {
  const s = group.statement
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="font-medium">
        <Link
          href={statementHref(s.slug)}
          lang={s.language === 'zh' ? 'zh-Hans' : 'en'}
          className="text-blue-800 underline underline-offset-2"
        >
          {s.title}
        </Link>
      </h3>
      <p className="mt-0.5 text-sm text-stone-600">
        {kindLabel(s.kind)} · {whoLabel(s)} · {dateLabel(s.date)} · {group.hitCount} clause{group.hitCount === 1 ? '' : 's'}
      </p>
      <ul className="mt-3 space-y-1.5" lang={s.language === 'zh' ? 'zh-Hans' : 'en'}>
        {group.hits.flatMap((hit) =>
          hit.lines.map((line) => (
            <li key={`${hit.position}-${line.start}`} className="grid grid-cols-[3.5rem_1fr] gap-2 text-[0.95rem] leading-relaxed">
              <Link
                href={clauseHref(s.slug, hit.position)}
                className="text-sm tabular-nums text-blue-800 underline underline-offset-2"
                aria-label={`Clause ${hit.position + 1}`}
              >
                c{hit.position + 1}
              </Link>
              <span>
                <span className="text-stone-600">{line.left}</span>
                <mark className="rounded-sm bg-amber-200 px-0.5 font-medium text-stone-900 underline decoration-amber-700 decoration-2 underline-offset-4">
                  {line.match}
                </mark>
                <span className="text-stone-600">{line.right}</span>
              </span>
            </li>
          )),
        )}
      </ul>
      {group.hitCount > group.hits.length ? (
        <p className="mt-2 text-sm text-stone-600">
          … and {group.hitCount - group.hits.length} more clause{group.hitCount - group.hits.length === 1 ? '' : 's'} in{' '}
          <Link href={statementHref(s.slug)} className="text-blue-800 underline underline-offset-2">
            this statement
          </Link>
          .
        </p>
      ) : null}
    </li>
  )
}
