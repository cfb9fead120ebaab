import type { Metadata } from 'next'
import { NotFoundNotice } from '@/app/_components/not-found-notice'

// The root not-found page answers every unknown address: its tab should say so, not repeat the home page's title.
export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return <NotFoundNotice kind="page" />
}
