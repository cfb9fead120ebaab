import Link from 'next/link'

export default function CollationNotFound() {
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Statement not found</h1>
      <p className="text-stone-700">
        One or more of the statements named in this address do not exist. Their links may be mistyped, or they may have been removed; the
        list of statements has their current addresses.
      </p>
      <p className="flex flex-wrap gap-4">
        <Link href="/collate" className="text-blue-800 underline">
          Choose statements to collate
        </Link>
        <Link href="/" className="text-blue-800 underline">
          See all statements
        </Link>
      </p>
    </div>
  )
}
