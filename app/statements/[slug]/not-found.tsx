import Link from 'next/link'

export default function StatementNotFound() {
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Statement not found</h1>
      <p className="text-stone-700">No statement has this address. Its link may be mistyped, or the statement may have been removed.</p>
      <Link href="/" className="text-blue-800 underline">
        See all statements
      </Link>
    </div>
  )
}
