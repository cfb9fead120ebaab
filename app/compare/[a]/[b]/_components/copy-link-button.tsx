'use client'

import { useState } from 'react'

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
    window.setTimeout(() => setCopied(false), 1500)
  }
  return (
    <button type="button" onClick={copy} aria-label={label} className="copy-link">
      <span aria-live="polite">{copied ? 'copied' : 'copy link'}</span>
    </button>
  )
}
