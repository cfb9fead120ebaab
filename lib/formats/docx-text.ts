/**
 * The text of a Word document (.docx), paragraph by paragraph, by mammoth.
 * Each paragraph becomes one line, as text pasted from a web page would be.
 */
import mammoth from 'mammoth'

export type DocxTextResult = { ok: true; text: string } | { ok: false; error: string }

export async function docxText(bytes: Uint8Array): Promise<DocxTextResult> {
  let value: string
  try {
    ;({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }))
  } catch {
    return {
      ok: false,
      error: 'The Word file is damaged or incomplete: open it in Word (or LibreOffice), save it again as .docx, and import that.',
    }
  }
  // mammoth ends every paragraph with a blank line: one paragraph per line is enough
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, error: 'The Word file has no text.' }
  return { ok: true, text }
}
