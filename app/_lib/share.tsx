/**
 * What every shareable page gives a pasted link: its title and description,
 * and a 1200 × 630 preview image, for Open Graph and Twitter alike; and the
 * frame those preview images are drawn in (next/og), with the packaged font.
 */
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { imageFontFamily } from './og-fonts'
import { requestOrigin } from './request-origin'

/** A text cut to `length` characters, with an ellipsis when cut. */
export const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text)

/** The metadata of a shareable view: title, description and its preview image at `imageUrl`. */
export async function shareMetadata(title: string, description: string, imageUrl: string): Promise<Metadata> {
  const image = { url: imageUrl, width: 1200, height: 630, alt: title }
  return {
    metadataBase: await requestOrigin(),
    title,
    description,
    openGraph: { title, description, type: 'article', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  }
}

/** The page a preview image is drawn on, in the font of its statements' language. */
export function ImageFrame({ children, chinese }: { children: ReactNode; chinese: boolean }) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        background: '#fafaf9',
        padding: 48,
        fontFamily: imageFontFamily(chinese),
        color: '#1c1917',
      }}
    >
      {children}
    </div>
  )
}

/** Pieces of text cut to `budget` characters in all. */
export function clipPieces<T extends { text: string }>(pieces: readonly T[], budget: number): T[] {
  const shown: T[] = []
  for (const piece of pieces) {
    if (budget <= 0) break
    const text = clip(piece.text, budget)
    budget -= text.length
    shown.push({ ...piece, text })
  }
  return shown
}
