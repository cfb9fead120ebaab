import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Fonts for generated preview images. Satori (behind Next's ImageResponse)
 * needs the glyphs of every character it draws and cannot fetch fonts here,
 * so it gets Noto Sans SC from its npm package (@fontsource/noto-sans-sc),
 * which splits the font into ~100 subsets by Unicode range: only the subsets
 * that hold the characters of an image are read (WOFF, which Satori reads;
 * it cannot read WOFF2). Give the image `fontFamily: IMAGE_FONT_FAMILY`.
 */
const PACKAGE = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc')

/** The family to name in an image's style: the Latin subset, with the others as fallbacks. */
export const IMAGE_FONT_FAMILY = 'Noto Sans SC noto-sans-sc-latin'

interface Subset {
  file: string
  ranges: [number, number][]
}

export interface ImageFont {
  name: string
  data: ArrayBuffer
  weight: 400 | 700
  style: 'normal'
}

const subsets = new Map<number, Subset[]>()
const files = new Map<string, ArrayBuffer>()

function subsetsOf(weight: 400 | 700): Subset[] {
  let list = subsets.get(weight)
  if (!list) {
    const css = readFileSync(path.join(PACKAGE, `${weight}.css`), 'utf8')
    list = [...css.matchAll(/url\(\.\/files\/([^)]+?)\.woff2\)[\s\S]*?unicode-range:\s*([^;]+);/g)].map((m) => ({
      file: `${m[1]}.woff`,
      ranges: (m[2] as string).split(',').map((range) => {
        const [from, to] = range.trim().replace(/^U\+/i, '').split('-')
        return [parseInt(from as string, 16), parseInt((to ?? from) as string, 16)] as [number, number]
      }),
    }))
    subsets.set(weight, list)
  }
  return list
}

function read(file: string): ArrayBuffer {
  let data = files.get(file)
  if (!data) {
    const buffer = readFileSync(path.join(PACKAGE, 'files', file))
    data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
    files.set(file, data)
  }
  return data
}

/** The font subsets that hold the characters of `text`, in each weight. */
export function fontsFor(text: string, weights: readonly (400 | 700)[] = [400, 700]): ImageFont[] {
  const points = new Set<number>()
  for (const ch of text) points.add(ch.codePointAt(0) as number)
  const fonts: ImageFont[] = []
  for (const weight of weights) {
    for (const subset of subsetsOf(weight)) {
      const used = [...points].some((p) => subset.ranges.some(([from, to]) => p >= from && p <= to))
      // one name per subset: Satori keeps one font per name and weight, and falls back across names glyph by glyph
      if (used)
        fonts.push({
          name: `Noto Sans SC ${subset.file.replace(/-\d+-normal\.woff$/, '')}`,
          data: read(subset.file),
          weight,
          style: 'normal',
        })
    }
  }
  return fonts
}
