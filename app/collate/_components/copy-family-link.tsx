'use client'

import { useState } from 'react'

/** The id of the table's one live region, which says when a link was copied (a row's button keeps its name). */
export const COPY_STATUS_ID = 'copy-status'

/**
 * Copies the address of this view at a family: `?family=12` lets the link
 * preview show the family (a #fragment never reaches the server), `#f12`
 * scrolls to it. Light, since every row has one: its name in aria-label,
 * the news in the table's live region.
 */
export function CopyFamilyLink({ family }: { family: number }) {
  const [copied, setCopied] = useState(false)
  async function copy() {
    const url = new URL(window.location.href)
    // by hand, not through searchParams, which would write the commas of s=a,b,c as %2C; family comes last, as in the canonical link
    const params = url.search
      .slice(1)
      .split('&')
      .filter((param) => param && !param.startsWith('family='))
    url.search = [...params, `family=${family}`].join('&')
    url.hash = `f${family}`
    let said = `Link to family ${family} copied`
    try {
      await navigator.clipboard.writeText(url.toString())
    } catch {
      // without clipboard access, put the link in the address bar for the user to copy
      window.history.replaceState(null, '', url)
      said = `Link to family ${family} put in the address bar`
    }
    const status = document.getElementById(COPY_STATUS_ID)
    if (status) status.textContent = said
    setCopied(true)
    window.setTimeout(() => setCopied(false), 1500)
  }
  return (
    <button type="button" onClick={copy} aria-label={`Copy link to family ${family}`} className="copy-link">
      {copied ? 'copied' : 'copy link'}
    </button>
  )
}
