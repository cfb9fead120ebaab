/**
 * The main text of a web page: Mozilla's Readability (Firefox's reader view)
 * finds the article on a DOM built by linkedom, without navigation, comments
 * or footers; its blocks (paragraphs, headings, list items) become lines.
 * Scripts, styles and event handlers never reach the text: only text nodes
 * are read, and what Tongwen stores is plain text.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { DEFAULT_LIMITS, refusal } from '@/lib/limits'

const BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TR',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'PRE',
  'TABLE',
  'UL',
  'OL',
  'DD',
  'DT',
])
const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, form, nav'

interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
}

/**
 * Text of a DOM subtree with a line break around every block and at every
 * <br>. Iterative, with the pieces collected in one array and joined once,
 * so its time is linear in the number of nodes however deep they nest (a
 * recursive version copied each level's text into its parent's: quadratic,
 * and a stack overflow past some thousands of levels).
 */
function blockText(root: DomNode): string {
  const parts: string[] = []
  // a node to enter, or the closing line break of a block already entered
  const stack: (DomNode | '\n')[] = [root]
  while (stack.length) {
    const node = stack.pop() as DomNode | '\n'
    if (node === '\n') {
      parts.push('\n')
      continue
    }
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '))
      continue
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue
    if (node.nodeName === 'BR') {
      parts.push('\n')
      continue
    }
    const block = BLOCKS.has(node.nodeName)
    if (block) {
      parts.push('\n')
      stack.push('\n')
    }
    // read once: linkedom builds childNodes afresh on every access, so indexing it in a loop is quadratic
    const children = Array.from(node.childNodes)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode)
  }
  return parts.join('')
}

/** Elements a parser closes by itself, or that never hold others: not counted as nesting by the scan. */
const UNNESTED = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'option',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'html',
  'head',
  'body',
])

/**
 * How deeply a page's elements nest, measured on its tags in one linear pass
 * before any parser builds a tree from them (the DOM, Readability and the
 * text walk all cost more per level). Elements a parser closes by itself
 * (p, li, td …) and void ones are not counted, so sloppy markup is not taken
 * for deep markup.
 */
export function markupDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g
  // the open elements, and how many of each name, so that a close tag with no open element is ignored as a parser does
  const open: string[] = []
  const counts = new Map<string, number>()
  let deepest = 0
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]?.toLowerCase()
    if (!name || UNNESTED.has(name) || match[3]) continue
    if (match[1]) {
      if (!counts.get(name)) continue
      // close up to the matching element (each element is closed once: linear overall)
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        counts.set(top, (counts.get(top) ?? 1) - 1)
        if (top === name) break
      }
      continue
    }
    open.push(name)
    counts.set(name, (counts.get(name) ?? 0) + 1)
    deepest = Math.max(deepest, open.length)
    if (name === 'script' || name === 'style') {
      // their content is not markup: skip to the end tag
      const close = new RegExp(`</${name}`, 'gi')
      close.lastIndex = tag.lastIndex
      const end = close.exec(html)
      tag.lastIndex = end ? end.index : html.length
    }
  }
  return deepest
}

const FURNITURE =
  /^(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}|(?:来源|作者|编辑|责任编辑|Source|Editor)\s*[:：]|.{0,40}(?:打印本页|打印|关闭窗口|字号|分享到|Print|Share)\s*$)/

const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')

export type HtmlTextResult = { ok: true; text: string; title: string | null; notes: string[] } | { ok: false; error: string }

/**
 * The page's main text, its title line first when the article does not
 * already begin with it.
 */
export function htmlText(html: string, { maxDepth = DEFAULT_LIMITS.maxHtmlDepth }: { maxDepth?: number } = {}): HtmlTextResult {
  if (markupDepth(html) > maxDepth) return { ok: false, error: refusal.htmlDepth(maxDepth) }
  const { document } = parseHTML(html)
  for (const element of Array.from(document.querySelectorAll(DROPPED))) element.remove()
  const pageTitle = document.querySelector('h1')?.textContent?.trim() || document.title?.trim() || null
  let text = ''
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
    if (article?.content)
      text = tidy(blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode))
  } catch {
    // Readability gives up on some pages: the body's text below is the fallback
  }
  if (!text) {
    const { document: whole } = parseHTML(html)
    for (const element of Array.from(whole.querySelectorAll(`${DROPPED}, header, footer, aside`))) element.remove()
    text = tidy(blockText(whole.body as unknown as DomNode))
  }
  // a page's furniture inside the article: "2019-06-16 01:10 来源：新华社 打印本页", "Source: Xinhua | Print"
  const lines = text.split('\n')
  const kept = lines.filter((line) => !FURNITURE.test(line))
  text = kept.join('\n')
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, error: 'The web page has no text to import.' }
  const title = pageTitle?.replace(/\s+/g, ' ') ?? null
  if (title && !text.startsWith(title.slice(0, 12))) text = `${title}\n${text}`
  const dropped = lines.length - kept.length
  return {
    ok: true,
    text,
    title,
    notes: dropped ? [`left out ${dropped} line${dropped === 1 ? '' : 's'} of page furniture (publication time, source, print links)`] : [],
  }
}
