'use client'

import { useState } from 'react'

/** The page's one live region that says a link was copied (CompareRows draws it), rather than one in every row's button. */
export const COPY_STATUS_ID = 'copy-status'

/**
 * Copies the address of this view scrolled to a row: `?row=12` lets the link
 * preview show the row (a #fragment never reaches the server), `#r12` scrolls to it.
 */
export function CopyLinkButton({ anchor, row, label }: { anchor: string; row: number; label: string }) {
  const [copied, setCopied] = useState(false)
  async function copy() {
    const url = new URL(window.location.href)
    url.searchParams.set('row', String(row))
    url.hash = anchor
    try {
      await navigator.clipboard.writeText(url.toString())
    } catch {
      // without clipboard access, put the link in the address bar for the user to copy
      window.history.replaceState(null, '', url)
    }
    setCopied(true)
    // (written, not rendered: a state above the rows would draw every row again for one word)
    const status = document.getElementById(COPY_STATUS_ID)
    if (status) status.textContent = `Link to row ${row} copied`
    window.setTimeout(() => setCopied(false), 1500)
  }
  return (
    <button type="button" onClick={copy} aria-label={label} className="copy-link">
      {copied ? 'copied' : 'copy link'}
    </button>
  )
}
