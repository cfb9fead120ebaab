'use client'

/** Prints the collation (the print stylesheet keeps the table and hides the controls). */
export function PrintButton({ className }: { className: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      Print
    </button>
  )
}
