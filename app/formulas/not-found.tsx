import Link from 'next/link'

/** The formulas of a statement that does not exist (/formulas?statement=…). */
export default function FormulasNotFound() {
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Statement not found</h1>
      <p className="text-stone-700">No statement has this address, so there are no formulas of it to list.</p>
      <Link href="/formulas" className="text-blue-800 underline">
        See all formulas
      </Link>
    </div>
  )
}
