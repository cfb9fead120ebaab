import { lastPage, statementListQueryString, type StatementListQuery } from '@/lib/url/statement-list'
import { PickLink } from './picked'

/** Links to the first, previous, next and last pages of the list, keeping the filter and the picks. */
export function StatementPages({ query, total }: { query: StatementListQuery; total: number }) {
  const pages = lastPage(total, query.perPage)
  if (pages === 1) return null
  const link = 'text-blue-800 underline-offset-2 hover:underline'
  const href = (page: number) => `/${statementListQueryString({ ...query, page })}`
  return (
    <nav aria-label="Pages of the list" className="flex flex-wrap items-center gap-4 text-sm">
      {query.page > 1 ? (
        <>
          <PickLink href={href(1)} className={link}>
            « First
          </PickLink>
          <PickLink href={href(query.page - 1)} rel="prev" className={link}>
            ← Previous
          </PickLink>
        </>
      ) : null}
      <span className="text-stone-600">
        Page {query.page} of {pages}
      </span>
      {query.page < pages ? (
        <>
          <PickLink href={href(query.page + 1)} rel="next" className={link}>
            Next →
          </PickLink>
          <PickLink href={href(pages)} className={link}>
            Last »
          </PickLink>
        </>
      ) : null}
    </nav>
  )
}
