import Link from 'next/link'

export default function FormulaNotFound() {
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Formula not found</h1>
      <p className="text-stone-700">
        No formula has this address. Formulas are mined again with every import, and one whose wording or statements changed gets a new
        address; search the list for its words.
      </p>
      <Link href="/formulas" className="text-blue-800 underline">
        See all formulas
      </Link>
    </div>
  )
}
