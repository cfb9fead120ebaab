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

/**
 * About how wide a character is drawn, in ems of its font: an ideograph or a
 * full-width sign a whole em, a capital or a wide letter about two thirds, a
 * lower-case letter or digit about a half, a space, point or narrow letter less.
 */
function ems(ch: string): number {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(ch)) return 1
  if (/[mwMW@%]/u.test(ch)) return 0.85
  if (/\p{Lu}/u.test(ch)) return 0.66
  if (/[il.,;:'’|!()\s-]/u.test(ch)) return 0.3
  return 0.54
}

/**
 * A text cut to what fits in `width` ems of its font (the lines a preview
 * image gives it, times their length), with an ellipsis when cut, between
 * words where it has spaces. A count of characters had cut English titles
 * with half their space unused, Chinese ones at the same count of ideographs.
 * @example clipWidth('Joint Statement of the United States and Japan', 12) // 'Joint Statement of…'
 */
export function clipWidth(text: string, width: number): string {
  if (textWidth(text) <= width) return text
  // what fits beside the ellipsis
  const room = width - ems('…')
  let used = 0
  let end = 0
  for (const ch of text) {
    used += ems(ch)
    if (used > room) break
    end += ch.length
  }
  let cut = text.slice(0, end)
  // a word is not cut where the text has spaces before the cut: a cut at a word's end keeps the word
  if (!/\s/u.test(text[end] ?? '') && !/\s$/u.test(cut)) {
    const space = cut.search(/\s\S*$/u)
    if (space > cut.length / 2) cut = cut.slice(0, space)
  }
  return `${cut.trimEnd()}…`
}

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

/** Pieces of text cut to `width` ems in all (see clipWidth), the last one between words where it has spaces. */
export function clipPieces<T extends { text: string }>(pieces: readonly T[], width: number): T[] {
  const shown: T[] = []
  let left = width
  for (const piece of pieces) {
    if (left <= 0) break
    const text = clipWidth(piece.text, left)
    shown.push({ ...piece, text })
    if (text !== piece.text) break
    left -= textWidth(text)
  }
  return shown
}

/** How wide a text is drawn, in ems of its font (see ems). */
export const textWidth = (text: string) => [...text].reduce((sum, ch) => sum + ems(ch), 0)
