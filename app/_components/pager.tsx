import Link from 'next/link'

const link = 'text-blue-800 underline-offset-2 hover:underline'

/**
 * Previous and next links around "Page N of M", when there is more than one
 * page; `href` writes a page's link. A page past the last (an old or edited
 * link) gets none: it is not "Page 999 of 21", and says so itself, with a link back.
 */
export function Pager({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1 || page > pages) return null
  return (
    <nav aria-label={label} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          ← Previous
        </Link>
      ) : null}
      <span aria-current="page" className="text-stone-600">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          Next →
        </Link>
      ) : null}
    </nav>
  )
}
