import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense, type ReactNode } from 'react'
import { AdminStatus } from './_components/admin-status'
import { HashTarget } from './_components/hash-target'
import './globals.css'
import { SITE_NAV } from '@/lib/views/site-nav'

export const metadata: Metadata = {
  title: { default: 'Tongwen 同文 — diplomatic statements side by side', template: '%s · Tongwen 同文' },
  description: 'Compare diplomatic joint statements clause by clause and see exactly which words changed.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
            <nav className="flex flex-wrap items-baseline gap-x-4 gap-y-1 sm:gap-x-6" aria-label="Main">
              <Link href="/" className="whitespace-nowrap text-lg font-semibold tracking-tight">
                Tongwen <span lang="zh-Hans">同文</span>
              </Link>
              {SITE_NAV.map(([href, label]) => (
                <Link key={href} href={href} className="text-sm text-stone-600 hover:text-stone-900">
                  {label}
                </Link>
              ))}
            </nav>
            <AdminStatus />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 print:max-w-none print:p-0">
          {children}
          <Suspense fallback={null}>
            <HashTarget />
          </Suspense>
        </main>
      </body>
    </html>
  )
}
