'use client'

import { useCallback, useEffect, useState } from 'react'

/** Rows that differ (changed, one-sided, moved), in page order. */
function differences(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('#rows [data-status]:not([data-status="identical"])'))
}

/** Where a row reached by its anchor stands: its scroll margin (below the sticky header). */
const landing = (row: HTMLElement) => parseFloat(getComputedStyle(row).scrollMarginTop) || 0

/**
 * Next / previous difference, with the keys n and p as diff tools have them,
 * and buttons that stay in the corner. Going to a row sets the address to it
 * (#r12), highlights it and moves keyboard focus there.
 */
export function DifferenceNavigator({ total }: { total: number }) {
  const [position, setPosition] = useState<number | null>(null)

  const go = useCallback((direction: 1 | -1) => {
    const rows = differences()
    if (rows.length === 0) return
    const top = landing(rows[0] as HTMLElement)
    const tops = rows.map((row) => row.getBoundingClientRect().top)
    let index: number
    if (direction === 1) {
      index = tops.findIndex((t) => t > top + 4)
      if (index < 0) index = rows.length - 1
    } else {
      index = tops.findLastIndex((t) => t < top - 4)
      if (index < 0) index = 0
    }
    const row = rows[index] as HTMLElement
    window.location.replace(`#${row.id}`)
    row.focus({ preventScroll: true })
    setPosition(index + 1)
  }, [])

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return
      if (event.key === 'n') go(1)
      else if (event.key === 'p') go(-1)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go])

  if (total === 0) return null
  const button = 'rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium shadow-sm hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-700'
  return (
    <div role="navigation" aria-label="Differences" className="fixed bottom-3 right-3 z-20 flex items-center gap-2 rounded-lg border border-stone-200 bg-white/95 p-2 shadow-md print:hidden">
      <span className="hidden px-1 text-xs text-stone-600 sm:inline" aria-live="polite">
        {position === null ? `${total} differences` : `difference ${position} of ${total}`}
      </span>
      <button type="button" onClick={() => go(-1)} className={button} aria-keyshortcuts="p" title="Previous difference (p)">
        <span aria-hidden="true">↑ </span>Previous
      </button>
      <button type="button" onClick={() => go(1)} className={button} aria-keyshortcuts="n" title="Next difference (n)">
        <span aria-hidden="true">↓ </span>Next
      </button>
    </div>
  )
}
