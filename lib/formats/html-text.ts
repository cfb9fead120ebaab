/**
 * The main text of a web page: Mozilla's Readability (Firefox's reader view)
 * finds the article on a DOM built by linkedom, without navigation, comments
 * or footers; its blocks (paragraphs, headings, list items) become lines.
 * Scripts, styles and event handlers never reach the text: only text nodes
 * are read, and what Tongwen stores is plain text.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'PRE', 'TABLE', 'UL', 'OL', 'DD', 'DT'])
const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, form, nav'

interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
}

/** Text of a DOM subtree with a line break around every block and at every <br>. */
function blockText(node: DomNode): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/\s+/g, ' ')
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return ''
  if (node.nodeName === 'BR') return '\n'
  let text = ''
  for (let i = 0; i < node.childNodes.length; i++) text += blockText(node.childNodes[i] as DomNode)
  return BLOCKS.has(node.nodeName) ? `\n${text}\n` : text
}

const FURNITURE = /^(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}|(?:来源|作者|编辑|责任编辑|Source|Editor)\s*[:：]|.{0,40}(?:打印本页|打印|关闭窗口|字号|分享到|Print|Share)\s*$)/

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
export function htmlText(html: string): HtmlTextResult {
  const { document } = parseHTML(html)
  for (const element of Array.from(document.querySelectorAll(DROPPED))) element.remove()
  const pageTitle = document.querySelector('h1')?.textContent?.trim() || document.title?.trim() || null
  let text = ''
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
    if (article?.content) text = tidy(blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode))
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
  return { ok: true, text, title, notes: dropped ? [`left out ${dropped} line${dropped === 1 ? '' : 's'} of page furniture (publication time, source, print links)`] : [] }
}
