'use client'

/**
 * Marks the element the address's #fragment names, as `:target` does on a
 * page load: a link followed inside the app (a search result's clause,
 * /statements/…#c16) changes the address without a load, and the browser
 * then leaves `:target` on nothing. globals.css styles `[data-hash-target]`
 * as it styles `:target`.
 */
import { usePathname, useSearchParams } from 'next/navigation'
import { useEffect } from 'react'

export function HashTarget() {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  useEffect(() => {
    const mark = () => {
      for (const element of document.querySelectorAll('[data-hash-target]')) element.removeAttribute('data-hash-target')
      const id = location.hash.slice(1)
      if (!id) return
      let decoded = id
      try {
        decoded = decodeURIComponent(id)
      } catch {
        // an undecodable fragment names no element
      }
      document.getElementById(decoded)?.setAttribute('data-hash-target', '')
    }
    mark()
    window.addEventListener('hashchange', mark)
    return () => window.removeEventListener('hashchange', mark)
  }, [pathname, searchParams])
  return null
}
