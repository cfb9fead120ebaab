import Link from 'next/link'
import { formulaQueryString, type FormulaQuery } from '@/lib/url/formulas'

export function Pagination({ query, total }: { query: FormulaQuery; total: number }) {
  const pages = Math.max(1, Math.ceil(total / query.limit))
  if (pages === 1) return null
  const href = (page: number) => `/formulas${formulaQueryString({ ...query, page })}`
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
      {query.page > 1 ? (
        <Link href={href(query.page - 1)} rel="prev" className="text-blue-800 underline-offset-2 hover:underline">
          ← Previous
        </Link>
      ) : null}
      <span className="text-stone-600">
        Page {query.page} of {pages}
      </span>
      {query.page < pages ? (
        <Link href={href(query.page + 1)} rel="next" className="text-blue-800 underline-offset-2 hover:underline">
          Next →
        </Link>
      ) : null}
    </nav>
  )
}
