import { ImageResponse } from 'next/og'
import type { ReactElement } from 'react'
import type { KeptResults } from '@/lib/kept-results'
import { fontsFor } from './og-fonts'

/** A preview image to draw: its frame, the text it shows (whose letters choose the fonts), and whether it is Chinese. */
export interface ImageToDraw {
  body: ReactElement
  text: string
  chinese: boolean
}

/** The images a route drew, kept for the next request under their ETag (drawing one takes a second or more): 32 MB at most. */
export type KeptImages = KeptResults<Uint8Array<ArrayBuffer>>

/**
 * A preview image's answer, 1200 × 630 PNG: nothing new (304) when the
 * reader's copy has this ETag, the image this process drew before, or the
 * image drawn now (and kept). `etag` names what the image shows (the view's
 * version and its row or family), so a reader's cache can check it.
 */
export async function previewImage(request: Request, kept: KeptImages, etag: string, draw: () => ImageToDraw): Promise<Response> {
  const headers = { etag, 'cache-control': 'public, max-age=86400', 'content-type': 'image/png' }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  const known = kept.get(etag)
  if (known) return new Response(known, { headers })
  const { body, text, chinese } = draw()
  const png = new Uint8Array(await new ImageResponse(body, { width: 1200, height: 630, fonts: fontsFor(text, chinese) }).arrayBuffer())
  kept.set(etag, png, png.byteLength)
  return new Response(png, { headers })
}
