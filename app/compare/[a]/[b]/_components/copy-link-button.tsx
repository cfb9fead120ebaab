'use client'

import { useState } from 'react'

/** Copies the address of this view, scrolled to a row, to the clipboard. */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const [copied, setCopied] = useState(false)
  async function copy() {
    const url = new URL(window.location.href)
    url.hash = anchor
    try {
      await navigator.clipboard.writeText(url.toString())
    } catch {
      // without clipboard access, put the link in the address bar for the user to copy
      window.location.hash = anchor
    }
    setCopied(true)
    window.setTimeout(() => setCopied(false), 1500)
  }
  return (
    <button type="button" onClick={copy} aria-label={label} className="rounded px-1 text-xs text-stone-500 hover:bg-stone-200 hover:text-stone-900">
      {copied ? 'copied' : 'copy link'}
    </button>
  )
}
