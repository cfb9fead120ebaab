/**
 * The text layer of a PDF (pdfjs-dist, Mozilla's PDF reader), one paragraph
 * per line: text items on one baseline make a line, left to right, and lines
 * make paragraphs by the page's geometry (indents, right margin, spacing),
 * which a plain PDF-to-text extraction loses and the importer would otherwise
 * have to guess from line lengths.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { unifyRadicals } from '@/lib/text/radicals'
import { DEFAULT_LIMITS, refusal } from '@/lib/limits'

export type PdfTextResult = { ok: true; text: string; pages: number; notes: string[] } | { ok: false; error: string }

interface Item {
  str: string
  x: number
  y: number
  width: number
  size: number
}

interface Line {
  text: string
  x: number
  right: number
  y: number
  size: number
}

/** Lines of one page: items grouped by baseline (within half a font size), each line left to right. */
function pageLines(items: readonly Item[]): Line[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x)
  const groups: Item[][] = []
  for (const item of sorted) {
    const group = groups.at(-1)
    const first = group?.[0]
    if (group && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) * 0.5) group.push(item)
    else groups.push([item])
  }
  return groups.flatMap((group) => {
    group.sort((p, q) => p.x - q.x)
    let text = ''
    let end = -Infinity
    for (const item of group) {
      // a gap of more than a third of the font size between two items is a space
      if (text && item.x - end > item.size * 0.3 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' '
      text += item.str
      end = item.x + item.width
    }
    text = text.trim()
    if (!text) return []
    const first = group[0] as Item
    return [{ text, x: first.x, right: end, y: first.y, size: group.reduce((max, i) => Math.max(max, i.size), -Infinity) }]
  })
}

/** The most common value, to a tolerance: a page's left margin, its line spacing. */
function mode(values: readonly number[], step: number): number {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(Math.round(value / step), (counts.get(Math.round(value / step)) ?? 0) + 1)
  let best = 0
  let bestCount = -1
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count]
  return best * step
}

const PAGE_NUMBER = /^[-–—\s]*\d{1,4}[-–—\s]*$/

/**
 * A page's lines joined into paragraphs by their geometry, which the text of
 * a PDF does not otherwise keep: a new paragraph where a line is indented (or
 * centred), where the line before it stops short of the right margin, or after
 * a larger gap than the page's line spacing. Page numbers are dropped. CJK
 * lines join directly, Latin-script ones with a space (or none after a
 * word's hyphen).
 */
function pageParagraphs(lines: readonly Line[]): { paragraphs: string[]; pageNumbers: number } {
  const body = lines.filter((line) => !PAGE_NUMBER.test(line.text))
  const pageNumbers = lines.length - body.length
  if (body.length === 0) return { paragraphs: [], pageNumbers }
  const size =
    mode(
      body.map((l) => l.size),
      0.5,
    ) || 10
  const left = mode(
    body.map((l) => l.x),
    size / 2,
  )
  const right = body.reduce((max, l) => Math.max(max, l.right), -Infinity)
  const spacings = body
    .slice(1)
    .map((l, k) => (body[k] as Line).y - l.y)
    .filter((gap) => gap > 0)
  const spacing = spacings.length ? mode(spacings, size / 4) : size * 1.5
  const paragraphs: string[] = []
  body.forEach((line, k) => {
    const previous = body[k - 1]
    const starts = !previous || line.x > left + size * 0.8 || previous.right < right - size * 2 || previous.y - line.y > spacing * 1.4
    if (starts) {
      paragraphs.push(line.text)
      return
    }
    const joined = paragraphs[paragraphs.length - 1] as string
    const cjk =
      /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(joined) || /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(line.text)
    const hyphen = /[a-z]-$/i.test(joined) && /^[a-z]/i.test(line.text)
    paragraphs[paragraphs.length - 1] = joined + (cjk || hyphen ? '' : ' ') + line.text
  })
  return { paragraphs, pageNumbers }
}

/**
 * Pages one after another; a paragraph cut by a page break is one paragraph:
 * the page's last paragraph ends no sentence and the next page's first does not start a new one.
 */
function joinPages(pages: readonly string[][]): string[] {
  const out: string[] = []
  for (const page of pages) {
    page.forEach((paragraph, k) => {
      const last = out.at(-1)
      if (
        k === 0 &&
        last &&
        !/[。！？；：.!?;:”"’)）]$/.test(last) &&
        !/^[一二三四五六七八九十]+、|^[IVX]+\.|^\(?\d+[.)]/.test(paragraph)
      ) {
        const cjk = /[\p{Script=Han}\uff00-\uffef]$/u.test(last) || /^[\p{Script=Han}]/u.test(paragraph)
        out[out.length - 1] = last + (cjk ? '' : ' ') + paragraph
      } else out.push(paragraph)
    })
  }
  return out
}

/**
 * The text of a PDF, or why there is none: a password, damage, or no text
 * layer at all (a scan).
 */
export async function pdfText(
  bytes: Uint8Array,
  { maxPages = DEFAULT_LIMITS.maxPdfPages }: { maxPages?: number } = {},
): Promise<PdfTextResult> {
  let document
  try {
    document = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false,
    }).promise
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'PasswordException')
      return {
        ok: false,
        error: 'The PDF is protected by a password: remove the protection (or print it to a new PDF) and import it again.',
      }
    return { ok: false, error: 'The file is not a readable PDF (it may be damaged or incomplete).' }
  }
  try {
    if (document.numPages > maxPages) return { ok: false, error: refusal.pdfPages(document.numPages, maxPages) }
    const pages: string[][] = []
    let pageNumbers = 0
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n)
      const content = await page.getTextContent()
      const items: Item[] = []
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue
        const [a, b, , , x, y] = item.transform as number[]
        items.push({
          str: item.str,
          x: x as number,
          y: y as number,
          width: item.width,
          size: Math.hypot(a as number, b as number) || item.height || 10,
        })
      }
      const laid = pageParagraphs(pageLines(items))
      pages.push(laid.paragraphs)
      pageNumbers += laid.pageNumbers
      page.cleanup()
    }
    const { text, replaced } = unifyRadicals(joinPages(pages).join('\n'))
    if (!/[\p{L}\p{N}]/u.test(text)) {
      return {
        ok: false,
        error: 'The PDF has no text layer (it is a scan or a picture of text): run it through OCR software first, then import the result.',
      }
    }
    const notes = [
      'joined the lines of the PDF into paragraphs by their indents and spacing',
      ...(pageNumbers ? [`removed ${pageNumbers} page number${pageNumbers === 1 ? '' : 's'}`] : []),
      ...(replaced
        ? [`replaced ${replaced} radical sign${replaced === 1 ? '' : 's'} that the PDF's font used for ideographs (⼈ → 人)`]
        : []),
    ]
    return { ok: true, text, pages: document.numPages, notes }
  } finally {
    await document.destroy()
  }
}
