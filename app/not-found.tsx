import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-stone-700">There is no statement at this address. It may have been renamed, or the link is mistyped.</p>
      <Link href="/" className="text-blue-800 underline">See all statements</Link>
    </div>
  )
}
