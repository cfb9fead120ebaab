'use client'

import { useState } from 'react'

/** Copy the comparison as Markdown (fetched from the API in this view's options), and print it. */
export function ExportButtons({ markdownUrl }: { markdownUrl: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  async function copyMarkdown() {
    try {
      const response = await fetch(markdownUrl)
      if (!response.ok) throw new Error(String(response.status))
      await navigator.clipboard.writeText(await response.text())
      setState('copied')
    } catch {
      setState('failed')
    }
    window.setTimeout(() => setState('idle'), 2000)
  }
  const button = 'rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100'
  return (
    <>
      <button type="button" onClick={copyMarkdown} className={button}>
        <span aria-live="polite">
          {state === 'copied' ? 'Markdown copied' : state === 'failed' ? 'Could not copy' : 'Copy as Markdown'}
        </span>
      </button>
      <button type="button" onClick={() => window.print()} className={button}>
        Print
      </button>
    </>
  )
}
