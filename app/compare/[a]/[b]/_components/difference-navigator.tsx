'use client'

import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react'
import type { OutlineEntry } from '@/lib/compare/display-items'
import { textLang } from '@/lib/text/chars'

/** Rows that differ (changed, one-sided, moved), in page order. */
function differences(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('#rows [data-status]:not([data-status="identical"])'))
}

/** Where a row reached by its anchor stands: its scroll margin (below the sticky bar and section heading). */
const landing = (row: HTMLElement) => parseFloat(getComputedStyle(row).scrollMarginTop) || 0

/**
 * The bar that stays at the top of the rows while they scroll: the column
 * names (on wide screens), an outline of the sections to jump to, and next /
 * previous difference, with the keys n and p as diff tools have them. It
 * takes its own strip of the page instead of floating over the text: rows
 * scroll under it as under a header, and an anchor lands below it. Going to
 * a row sets the address to it (#r12), highlights it and moves keyboard
 * focus there.
 */
export function CompareBar({ total, moved, outline }: { total: number; moved: number; outline: OutlineEntry[] }) {
  const [position, setPosition] = useState<number | null>(null)
  const bar = useRef<HTMLDivElement>(null)

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
    // says when n and p work (the page is hydrated), for tests and for styling
    bar.current?.setAttribute('data-keys', 'on')
    return () => window.removeEventListener('keydown', onKey)
  }, [go])

  // a section chosen from the outline closes the outline
  const closeOnPick = (event: MouseEvent<HTMLDetailsElement>) => {
    if ((event.target as HTMLElement).closest('a')) event.currentTarget.open = false
  }

  const button =
    'rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm font-medium hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-700 disabled:opacity-50'
  return (
    <div
      ref={bar}
      className="compare-bar flex items-center gap-2 border-b border-stone-200 bg-stone-100 px-3 text-xs print:hidden md:grid md:gap-4 md:grid-cols-[7rem_1fr_1fr]"
    >
      {/* the column names, for the eye; the table has its own for assistive technology */}
      <span aria-hidden="true" className="hidden font-semibold uppercase tracking-wide text-stone-600 md:inline">
        Row
      </span>
      <span aria-hidden="true" className="hidden font-semibold uppercase tracking-wide text-stone-600 md:inline">
        A
      </span>
      <div className="flex min-w-0 flex-1 items-center gap-2">
        <span aria-hidden="true" className="hidden font-semibold uppercase tracking-wide text-stone-600 md:inline">
          B
        </span>
        {outline.length > 1 ? (
          <details className="relative md:ml-auto" onClick={closeOnPick}>
            <summary className={`${button} cursor-pointer list-none`}>
              Sections <span aria-hidden="true">▾</span>
            </summary>
            <nav
              aria-label="Sections"
              className="absolute left-0 top-full z-30 mt-1 max-h-[60vh] w-72 max-w-[calc(100vw-2rem)] md:w-96 overflow-y-auto rounded-md border border-stone-200 bg-white p-1 text-sm shadow-lg md:left-auto md:right-0"
            >
              <ol>
                {outline.map((entry) => (
                  <li key={entry.anchor}>
                    {/* two sections beginning at one row: each on its line with its own rows (walkthrough: "r1–r14 · r1–r74" said not whose) */}
                    <a href={`#${entry.anchor}`} className="block space-y-0.5 rounded px-2 py-1.5 hover:bg-stone-100">
                      {entry.parts.map((part) => (
                        <span key={part.label} className="flex items-baseline justify-between gap-3" lang={textLang(part.label)}>
                          <span>{part.label}</span>
                          <span className="shrink-0 text-xs tabular-nums text-stone-600">{part.rows}</span>
                        </span>
                      ))}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          </details>
        ) : null}
        {total > 0 ? (
          <nav aria-label="Differences" className={`ml-auto flex items-center gap-2 ${outline.length > 1 ? 'md:ml-0' : ''}`}>
            <span className="hidden flex-col items-end whitespace-nowrap leading-tight text-stone-600 sm:flex" aria-live="polite">
              <span>{position === null ? `${total} differences` : `difference ${position} of ${total}`}</span>
              {/* the summary counts rows: say why this count is larger */}
              {moved > 0 ? <span className="text-xs">{`${moved} moved ${moved === 1 ? 'row' : 'rows'} counted in A and in B`}</span> : null}
            </span>
            <button type="button" onClick={() => go(-1)} className={button} aria-keyshortcuts="p" title="Previous difference (p)">
              <span aria-hidden="true">↑ </span>Previous
            </button>
            <button type="button" onClick={() => go(1)} className={button} aria-keyshortcuts="n" title="Next difference (n)">
              <span aria-hidden="true">↓ </span>Next
            </button>
          </nav>
        ) : null}
      </div>
    </div>
  )
}
