/**
 * Reading the bytes of a text file as text, whatever encoding it was saved
 * in: a byte-order mark says UTF-8, UTF-16 or UTF-32; without one, valid UTF-8
 * is UTF-8, zero bytes on one side of each code unit are UTF-16, and otherwise
 * the text is tried as GB18030 (which contains GBK and GB2312), the encoding of
 * Chinese text saved on Windows. A decoding that would show mojibake is
 * refused: the decoders are strict (`fatal`), and GB18030 must be mostly the
 * common characters of GB2312.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName; bom: boolean } | { ok: false; error: string }

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * UTF-16 without a BOM: UTF-8 and GB18030 text never has a zero byte, UTF-16
 * text has one in every ASCII character (newlines, digits, spaces). Of the two
 * byte orders, the right one reads as ideographs, ASCII and CJK punctuation;
 * the wrong one as characters of a dozen unrelated scripts.
 */
function guessUtf16(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; text: string } | 'binary' | null {
  if (!bytes.subarray(0, 65_536).includes(0)) return null
  let best: { encoding: 'utf-16le' | 'utf-16be'; text: string; score: number } | null = null
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = strict(encoding, bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes)
    if (text === null) continue
    const sample = text.slice(0, 20_000)
    const usual =
      sample.match(/[\u0009\u000a\u000d\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g)?.length ?? 0
    const score = usual / Math.max(1, sample.length)
    if (!best || score > best.score) best = { encoding, text, score }
  }
  return best && best.score >= 0.9 ? { encoding: best.encoding, text: best.text } : 'binary'
}

/** Text with no control characters and some letters: not mojibake. */
function plausible(text: string): boolean {
  return !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text) && /[\p{L}]/u.test(text)
}

/**
 * Chinese text in GB18030 is mostly the 6,763 characters of GB2312, encoded
 * with both bytes in A1–FE; bytes of another encoding read as GB18030 (Shift-JIS,
 * Big5) land mostly in the rare-character areas.
 */
function looksGb(bytes: Uint8Array): boolean {
  let common = 0
  let rare = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number
    if (lead < 0x80) continue
    const trail = bytes[i + 1] ?? 0
    if (trail >= 0x30 && trail <= 0x39) {
      rare++
      i += 3
      continue
    }
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++
    else rare++
    i++
  }
  return common > 0 && rare <= (common + rare) * 0.2
}

/**
 * The text of a file's bytes, or why it cannot be read.
 * @example decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) // { ok: true, text: '中文', encoding: 'gb18030', bom: false }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded('utf-8', bytes.subarray(3), true)
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return { ok: false, error: 'The file is in UTF-32, which Tongwen does not read; save it as UTF-8.' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded('utf-16le', bytes.subarray(2), true)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded('utf-16be', bytes.subarray(2), true)
  const utf8 = strict('utf-8', bytes)
  if (utf8 !== null && !utf8.includes('\u0000')) return { ok: true, text: utf8, encoding: 'utf-8', bom: false }
  const utf16 = guessUtf16(bytes)
  if (utf16 === 'binary')
    return { ok: false, error: 'The file is not text (it contains binary data); import a text, PDF, Word or HTML file.' }
  if (utf16) {
    if (plausible(utf16.text)) return { ok: true, text: utf16.text, encoding: utf16.encoding, bom: false }
    return { ok: false, error: 'The file is not text (it contains binary data); import a text, PDF, Word or HTML file.' }
  }
  const gb = strict('gb18030', bytes)
  if (gb !== null && plausible(gb) && looksGb(bytes)) return { ok: true, text: gb, encoding: 'gb18030', bom: false }
  return {
    ok: false,
    error: 'The file’s encoding is not one Tongwen recognises (UTF-8, UTF-16 or GB18030/GBK); save it as UTF-8 and import it again.',
  }
}

function decoded(encoding: TextEncodingName, bytes: Uint8Array, bom: boolean): DecodeResult {
  const text = strict(encoding, bytes)
  if (text === null)
    return {
      ok: false,
      error: `The file says it is ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}; save it again as UTF-8.`,
    }
  return { ok: true, text, encoding, bom }
}
