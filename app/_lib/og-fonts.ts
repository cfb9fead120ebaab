import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Fonts for generated preview images. Satori (behind Next's ImageResponse)
 * needs the glyphs of every character it draws and cannot fetch fonts here,
 * so it gets them from npm packages that split each font into subsets by
 * Unicode range: Noto Sans SC (@fontsource/noto-sans-sc, ~100 subsets) for
 * Chinese, and Noto Sans (@fontsource/noto-sans) for English, whose curly
 * quotes and apostrophes are proportional where the Chinese font's are a full
 * ideograph wide ("Leaders’ Statement" was drawn "Leaders’  Statement"). Only
 * the subsets that hold the characters of an image are read (WOFF, which
 * Satori reads; it cannot read WOFF2). Give the image `fontFamily:
 * imageFontFamily(chinese)`: the other font is the fallback, glyph by glyph.
 */
const PACKAGES = { sc: 'noto-sans-sc', latin: 'noto-sans' } as const
type FontPackage = keyof typeof PACKAGES
/** Each package's family, which names its subsets ("Noto Sans SC noto-sans-sc-latin"). */
const FAMILIES: Record<FontPackage, string> = { sc: 'Noto Sans SC', latin: 'Noto Sans' }
const packageDir = (font: FontPackage) => path.join(process.cwd(), 'node_modules', '@fontsource', PACKAGES[font])

/** The family to name in an image's style: Chinese text in the Chinese font (full-width quotes), English in the Latin one. */
export function imageFontFamily(chinese: boolean): string {
  const font: FontPackage = chinese ? 'sc' : 'latin'
  return `${FAMILIES[font]} ${PACKAGES[font]}-latin`
}

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

const subsets = new Map<string, Subset[]>()
const files = new Map<string, ArrayBuffer>()

function subsetsOf(font: FontPackage, weight: 400 | 700): Subset[] {
  let list = subsets.get(`${font}-${weight}`)
  if (!list) {
    const css = readFileSync(path.join(packageDir(font), `${weight}.css`), 'utf8')
    list = [...css.matchAll(/url\(\.\/files\/([^)]+?)\.woff2\)[\s\S]*?unicode-range:\s*([^;]+);/g)].map((m) => ({
      file: `${m[1]}.woff`,
      ranges: (m[2] as string).split(',').map((range) => {
        const [from, to] = range.trim().replace(/^U\+/i, '').split('-')
        return [parseInt(from as string, 16), parseInt((to ?? from) as string, 16)] as [number, number]
      }),
    }))
    subsets.set(`${font}-${weight}`, list)
  }
  return list
}

function read(font: FontPackage, file: string): ArrayBuffer {
  let data = files.get(file)
  if (!data) {
    const buffer = readFileSync(path.join(packageDir(font), 'files', file))
    data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
    files.set(file, data)
  }
  return data
}

/**
 * The font subsets that hold the characters of `text`, in each weight; the
 * image's own font first (see imageFontFamily), since Satori falls back
 * through the fonts in the order given: an English image's ō or Cyrillic from
 * Noto Sans, a Chinese image's from Noto Sans SC.
 */
export function fontsFor(text: string, chinese: boolean, weights: readonly (400 | 700)[] = [400, 700]): ImageFont[] {
  const points = new Set<number>()
  for (const ch of text) points.add(ch.codePointAt(0) as number)
  const fonts: ImageFont[] = []
  for (const font of (chinese ? ['sc', 'latin'] : ['latin', 'sc']) as FontPackage[]) {
    for (const weight of weights) {
      for (const subset of subsetsOf(font, weight)) {
        const used = [...points].some((p) => subset.ranges.some(([from, to]) => p >= from && p <= to))
        // one name per subset: Satori keeps one font per name and weight, and falls back across names glyph by glyph
        if (used)
          fonts.push({
            name: `${FAMILIES[font]} ${subset.file.replace(/-\d+-normal\.woff$/, '')}`,
            data: read(font, subset.file),
            weight,
            style: 'normal',
          })
      }
    }
  }
  return fonts
}
