import Link from 'next/link'
import { notFoundNotice, type NotFoundKind } from '@/lib/url/not-found'

/** A not-found page's notice (lib/url/not-found): what was not found, and where to go instead. */
export function NotFoundNotice({ kind }: { kind: NotFoundKind }) {
  const notice = notFoundNotice(kind)
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{notice.heading}</h1>
      <p className="text-stone-700">{notice.text}</p>
      <p className="flex flex-wrap gap-4">
        {notice.links.map(([href, label]) => (
          <Link key={href} href={href} className="text-blue-800 underline">
            {label}
          </Link>
        ))}
      </p>
    </div>
  )
}
