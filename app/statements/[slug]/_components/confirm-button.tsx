'use client'

import type { ReactNode } from 'react'

/** A submit button that asks first; the form is sent only when the reader confirms. */
export function ConfirmButton({ message, children }: { message: string; children: ReactNode }) {
  return (
    <button
      type="submit"
      onClick={(event) => {
        if (!window.confirm(message)) event.preventDefault()
      }}
      className="rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
    >
      {children}
    </button>
  )
}
