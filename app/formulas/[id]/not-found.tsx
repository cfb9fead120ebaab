import Link from 'next/link'

export default function FormulaNotFound() {
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Formula not found</h1>
      <p className="text-stone-700">
        No formula has this address. A formula’s address is made from its main wording and stays when the formulas are mined again, but a
        formula whose main wording changed, or that is no longer used in two statements, is gone; search the list for its words.
      </p>
      <Link href="/formulas" className="text-blue-800 underline">
        See all formulas
      </Link>
    </div>
  )
}
