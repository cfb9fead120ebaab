'use client'

import Link from 'next/link'
import { useSearchParams } from 'next/navigation'
import type { ComponentProps } from 'react'

/**
 * The statements picked as A and B travel in the home page's URL (?a=…&b=…);
 * the picker writes them there as they are chosen (history.replaceState, which
 * Next.js feeds back into useSearchParams), so that the links and forms below,
 * which read them here, keep the choice from one page of the list to the next.
 * Without JavaScript they carry the picks the page was loaded with.
 */
function usePicks(): { a: string | null; b: string | null } {
  const params = useSearchParams()
  return { a: params.get('a'), b: params.get('b') }
}

/** A link to a view of the list, with the current picks added (they come last in the list's canonical URL). */
export function PickLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const { a, b } = usePicks()
  const url = new URL(href, 'http://localhost')
  if (a) url.searchParams.set('a', a)
  if (b) url.searchParams.set('b', b)
  return <Link href={`${url.pathname}${url.search}`} {...props} />
}

/** Hidden inputs that send the current picks along with a form. */
export function PickInputs() {
  const { a, b } = usePicks()
  return (
    <>
      {a ? <input type="hidden" name="a" value={a} /> : null}
      {b ? <input type="hidden" name="b" value={b} /> : null}
    </>
  )
}

/** Records the picks in the URL without reloading the page. */
export function rememberPicks(picks: { a: string | null; b: string | null }): void {
  const url = new URL(window.location.href)
  url.searchParams.delete('a')
  url.searchParams.delete('b')
  if (picks.a) url.searchParams.set('a', picks.a)
  if (picks.b) url.searchParams.set('b', picks.b)
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`)
}
