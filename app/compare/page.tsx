import Link from 'next/link'
import { redirect } from 'next/navigation'
import { compareHref } from '@/lib/vocab/links'

/** The target of the picker form on the home page: /compare?a=…&b=… → /compare/a/b. */
export default async function ComparePickerPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const query = await searchParams
  const a = typeof query.a === 'string' ? query.a : ''
  const b = typeof query.b === 'string' ? query.b : ''
  if (a && b && a !== b) redirect(compareHref(encodeURIComponent(a), encodeURIComponent(b)))
  const kept = new URLSearchParams()
  if (a) kept.set('a', a)
  if (b && b !== a) kept.set('b', b)
  const back = kept.size ? `/?${kept.toString()}` : '/'
  return (
    <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Choose two statements</h1>
      <p className="text-stone-700">
        {a && a === b
          ? 'A and B are the same statement: pick a different one for B.'
          : a || b
            ? `Only ${a ? 'A' : 'B'} is picked: pick ${a ? 'B' : 'A'} as well in the list, then press “Compare A with B”.`
            : 'Pick one statement as A and one as B in the list, then press “Compare A with B”.'}
      </p>
      {/* back with the pick kept (walkthrough: picking only A and pressing Compare lost it) */}
      <Link href={back} className="text-blue-800 underline">
        Back to the statements{a || b ? ', with your pick' : ''}
      </Link>
    </div>
  )
}
