'use client'

import Link from 'next/link'
import { useSearchParams } from 'next/navigation'
import type { ComponentProps } from 'react'

/**
 * The statements picked as A and B, and those ticked to collate, travel in the
 * home page's URL (?a=…&b=…&c=slug,slug);
 * the picker writes them there as they are chosen (history.replaceState, which
 * Next.js feeds back into useSearchParams), so that the links and forms below,
 * which read them here, keep the choice from one page of the list to the next.
 * Without JavaScript they carry the picks the page was loaded with.
 */
function usePicks(): { a: string | null; b: string | null; c: string | null } {
  const params = useSearchParams()
  return { a: params.get('a'), b: params.get('b'), c: params.get('c') }
}

/** A link to a view of the list, with the current picks added (they come last in the list's canonical URL). */
export function PickLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const { a, b, c } = usePicks()
  const url = new URL(href, 'http://localhost')
  if (a) url.searchParams.set('a', a)
  if (b) url.searchParams.set('b', b)
  if (c) url.searchParams.set('c', c)
  return <Link href={`${url.pathname}${url.search}`} {...props} />
}

/** Hidden inputs that send the current picks along with a form. */
export function PickInputs() {
  const { a, b, c } = usePicks()
  return (
    <>
      {a ? <input type="hidden" name="a" value={a} /> : null}
      {b ? <input type="hidden" name="b" value={b} /> : null}
      {c ? <input type="hidden" name="c" value={c} /> : null}
    </>
  )
}

/** Records the picks in the URL without reloading the page. */
export function rememberPicks(picks: { a: string | null; b: string | null; c: readonly string[] }): void {
  const url = new URL(window.location.href)
  url.searchParams.delete('a')
  url.searchParams.delete('b')
  url.searchParams.delete('c')
  if (picks.a) url.searchParams.set('a', picks.a)
  if (picks.b) url.searchParams.set('b', picks.b)
  // at most 20, as a collation takes: the URL stays readable
  if (picks.c.length) url.searchParams.set('c', [...new Set(picks.c)].slice(0, 20).join(','))
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`)
}
