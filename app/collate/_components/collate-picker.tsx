import Link from 'next/link'
import { MAX_COLLATED, MIN_COLLATED } from '@/lib/collate/collate-statements'
import { getDb } from '@/lib/services/database'
import { getStatementSummaries, listStatements } from '@/lib/services/statements'
import { statementHref } from '@/lib/vocab/links'
import { dateLabel, kindLabel, whoLabel } from '@/app/_components/labels'

/** Statements the picker lists on a page; its pages and the search box reach the others. */
const LISTED = 100

const button = 'rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700'
const pageButton = 'rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100'

/**
 * Choosing the statements to collate: a plain GET form with a checkbox per
 * statement (each ticked one is an `s` the proxy joins into one list), so it
 * works without JavaScript. Statements already picked stay ticked, at the
 * top of every page; the list keeps to their language, can be searched by
 * title, and is paged: Previous and Next submit the ticks with the page, so
 * that a statement ticked on one page is still picked on the next.
 */
export async function CollatePicker({
  picks,
  problem,
  find,
  language,
  page: asked = 1,
}: {
  picks: readonly string[]
  problem: string | null
  find: string
  language: string
  /** the page of the list asked for, from 1; past the last, the last */
  page?: number
}) {
  const db = getDb()
  const picked = await getStatementSummaries(db, [...new Set(picks)])
  const lang = language || picked[0]?.language || ''
  const selection = { q: find || undefined, language: lang || undefined, perPage: LISTED }
  const first = await listStatements(db, { ...selection, page: asked })
  const pages = Math.max(1, Math.ceil(first.total / LISTED))
  const page = Math.min(asked, pages)
  const { items, total } = page === asked ? first : await listStatements(db, { ...selection, page })
  const from = (page - 1) * LISTED + 1
  const pickedSlugs = new Set(picked.map((s) => s.slug))
  const listed = [...picked, ...items.filter((s) => !pickedSlugs.has(s.slug))]
  return (
    <div className="space-y-5">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Collate statements</h1>
        <p className="text-stone-700">
          {`Pick ${MIN_COLLATED} to ${MAX_COLLATED} statements in one language to line their clauses up in one table: each row a family of versions of one sentence, each column a statement, each cell marked against the family's most common wording.`}
        </p>
      </section>
      {problem ? (
        <p role="alert" className="rounded-lg border border-orange-300 bg-white p-3 text-sm">
          {problem}
        </p>
      ) : null}
      <form
        action="/collate"
        method="get"
        role="search"
        aria-label="Statements to collate"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
      >
        {picked.map((s) => (
          <input key={s.slug} type="hidden" name="s" value={s.slug} />
        ))}
        <label className="flex min-w-0 flex-1 flex-col gap-1 sm:min-w-[12rem]">
          <span className="text-stone-600">Title contains</span>
          <input
            type="search"
            name="find"
            defaultValue={find}
            maxLength={200}
            placeholder="e.g. 联合声明 or japan"
            className="min-w-0 rounded border border-stone-300 px-2 py-1"
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-stone-600">Language</span>
          <select name="language" defaultValue={lang} className="rounded border border-stone-300 bg-white px-2 py-1">
            <option value="">any</option>
            <option value="zh">Chinese</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
          Filter
        </button>
      </form>
      <form action="/collate" method="get" className="space-y-3">
        {find ? <input type="hidden" name="find" value={find} /> : null}
        {lang ? <input type="hidden" name="language" value={lang} /> : null}
        <p role="status" className="text-sm text-stone-700">
          {`${items.length < total ? `Statements ${from}–${from + items.length - 1} of ${total}` : `${total} statement${total === 1 ? '' : 's'}`}${picked.length ? `, ${picked.length} picked` : ''}.`}
        </p>
        {listed.length > 0 ? (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white text-sm">
            {listed.map((s) => (
              <li key={s.slug} className="flex items-start gap-3 px-3 py-2">
                <input
                  type="checkbox"
                  name="s"
                  value={s.slug}
                  defaultChecked={pickedSlugs.has(s.slug)}
                  aria-label={`Collate: ${s.title} (${dateLabel(s.date)})`}
                  className="mt-1 size-4 shrink-0 accent-stone-800"
                />
                <span className="min-w-0">
                  <Link
                    href={statementHref(s.slug)}
                    lang={s.language === 'zh' ? 'zh-Hans' : 'en'}
                    className="font-medium underline-offset-2 hover:underline"
                  >
                    {s.title}
                  </Link>
                  <span className="block text-xs text-stone-600">
                    {`${kindLabel(s.kind)} · ${dateLabel(s.date)} · ${whoLabel(s)} · ${s.clauseCount} clauses`}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">No statement matches.</p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={button}>
            Collate selected
          </button>
          {pages > 1 ? (
            <nav aria-label="Pages of the picker" className="flex flex-wrap items-center gap-3 text-sm">
              {page > 1 ? (
                <button type="submit" name="page" value={page - 1} className={pageButton}>
                  ← Previous
                </button>
              ) : null}
              <span className="text-stone-600">{`Page ${page} of ${pages}`}</span>
              {page < pages ? (
                <button type="submit" name="page" value={page + 1} className={pageButton}>
                  Next →
                </button>
              ) : null}
            </nav>
          ) : null}
        </div>
      </form>
    </div>
  )
}
