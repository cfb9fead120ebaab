import { redirect } from 'next/navigation'

/** /statements is what the menu's "Statements" suggests: the list is the home page, with the same filters. */
export default async function StatementsIndex({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}): Promise<never> {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(await searchParams))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v)
  const query = params.toString()
  redirect(query ? `/?${query}` : '/')
}
