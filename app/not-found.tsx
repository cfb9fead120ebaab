import type { Metadata } from 'next'
import Link from 'next/link'

// The root not-found page answers every unknown address: its tab should say so, not repeat the home page's title.
export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-stone-700">
        Nothing lives at this address. The link may be mistyped, or the statement it pointed to may have been removed.
      </p>
      <Link href="/" className="text-blue-800 underline">
        See all statements
      </Link>
    </div>
  )
}
