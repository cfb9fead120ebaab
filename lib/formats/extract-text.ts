/**
 * From a file's bytes to the text the importer parses, whatever the file is:
 * PDF, Word (.docx), a web page (HTML), or plain text in any of the usual
 * encodings. The format is read from the bytes (a .txt that is really a PDF is
 * read as a PDF); the name only breaks a tie. Every failure is one sentence
 * that says what to do.
 */
import { DEFAULT_LIMITS, refusal, type Limits } from '@/lib/limits'
import { decodeText } from './decode-text'
import { docxText } from './docx-text'
import { htmlText } from './html-text'
import { pdfText } from './pdf-text'
import { checkZipBudget } from './zip-budget'

/** The bounds extraction keeps to (lib/limits.ts): archive size and ratio, markup depth, PDF pages, lines of text. */
export type ExtractOptions = Partial<Pick<Limits, 'maxUnzippedBytes' | 'maxZipRatio' | 'maxHtmlDepth' | 'maxPdfPages' | 'maxTextLines'>>

export type FileFormat = 'text' | 'pdf' | 'docx' | 'html'

export type ExtractResult = { ok: true; text: string; format: FileFormat; detail: string; notes: string[] } | { ok: false; error: string }

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, k) => bytes[k] === byte)
const ascii = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0))

/** HTML: a doctype or an <html>, <head> or <body> tag near the start, or a name that says so. */
function looksHtml(text: string, name: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase()
  return (
    /^(<!doctype html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<html)/.test(head) ||
    (/\.(html?|xhtml)$/i.test(name) && /<(p|div|body|article)[\s>]/.test(head))
  )
}

export async function extractText(name: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractResult> {
  const limits = { ...DEFAULT_LIMITS, ...options }
  const result = await extractWithin(name, bytes, limits)
  if (!result.ok) return result
  // the parser's cost grows with lines (some of its steps look at every line at once): bounded here
  let lines = 1
  for (let at = result.text.indexOf('\n'); at >= 0; at = result.text.indexOf('\n', at + 1)) lines++
  if (lines > limits.maxTextLines) return { ok: false, error: refusal.textLines(lines, limits.maxTextLines) }
  return result
}

async function extractWithin(name: string, bytes: Uint8Array, limits: Limits): Promise<ExtractResult> {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' }
  if (
    startsWith(bytes, ascii('%PDF-')) ||
    (bytes.length > 1024 && new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-'))
  ) {
    const result = await pdfText(bytes, { maxPages: limits.maxPdfPages })
    return result.ok
      ? {
          ok: true,
          text: result.text,
          format: 'pdf',
          detail: `PDF, ${result.pages} page${result.pages === 1 ? '' : 's'}`,
          notes: result.notes,
        }
      : result
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (/\.(xlsx|pptx|odt|zip|epub)$/i.test(name))
      return { ok: false, error: 'This is a ZIP-based file that is not a Word document: import a .docx, PDF, web page or text file.' }
    // measured before mammoth (through JSZip) unpacks anything: a zip bomb is refused, not unpacked
    const budget = checkZipBudget(bytes, limits)
    if (!budget.ok) return budget
    const result = await docxText(bytes)
    return result.ok ? { ok: true, text: result.text, format: 'docx', detail: 'Word document', notes: [] } : result
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return { ok: false, error: 'This is an old Word file (.doc): save it as .docx (or as text) and import that.' }
  if (startsWith(bytes, ascii('{\\rtf'))) return { ok: false, error: 'This is an RTF file: save it as .docx (or as text) and import that.' }
  const decoded = decodeText(bytes)
  // a file named as a PDF or Word document that is neither is said to be so, not told to be one of them (walkthrough)
  if (!decoded.ok && /\.(pdf|docx)$/i.test(name))
    return {
      ok: false,
      error: `The file is named .${name.split('.').pop()?.toLowerCase()} but is not a readable ${/pdf$/i.test(name) ? 'PDF' : 'Word document'} (it may be damaged or of another kind).`,
    }
  if (!decoded.ok) return decoded
  const encoding = `${decoded.encoding.toUpperCase()}${decoded.bom ? ' with BOM' : ''}`
  if (looksHtml(decoded.text, name)) {
    const result = htmlText(decoded.text, { maxDepth: limits.maxHtmlDepth })
    return result.ok ? { ok: true, text: result.text, format: 'html', detail: `web page, ${encoding}`, notes: result.notes } : result
  }
  return { ok: true, text: decoded.text, format: 'text', detail: `text, ${encoding}`, notes: [] }
}
