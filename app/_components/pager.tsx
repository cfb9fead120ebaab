import Link from 'next/link'

/** Previous and next links around "Page N of M", when there is more than one page; `href` writes a page's link. */
export function Pager({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1) return null
  return (
    <nav aria-label={label} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-blue-800 underline-offset-2 hover:underline">
          ← Previous
        </Link>
      ) : null}
      <span aria-current="page" className="text-stone-600">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="text-blue-800 underline-offset-2 hover:underline">
          Next →
        </Link>
      ) : null}
    </nav>
  )
}
