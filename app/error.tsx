'use client'

import Link from 'next/link'

/** Shown when a page fails unexpectedly: a plain sentence, never the error's internals. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl space-y-3 rounded-lg border border-orange-300 bg-white p-6">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="text-stone-700">This page could not be shown. Try again; if it keeps failing, the server log has the details.</p>
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white">
          Try again
        </button>
        <Link href="/" className="self-center text-blue-800 underline">
          All statements
        </Link>
      </div>
    </div>
  )
}
