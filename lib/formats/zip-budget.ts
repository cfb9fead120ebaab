/**
 * How much a ZIP archive (a .docx) unpacks to, measured before any library
 * unpacks it: the central directory's sizes are read first, and each entry is
 * then inflated with zlib's maxOutputLength set to what is left of the budget,
 * so a lying directory cannot make it unpack more than the limit either. The
 * cost is linear in the archive and bounded in memory by one entry within the
 * limit. (PKWARE APPNOTE 6.3.x: end of central directory, central and local
 * file headers; ZIP64 is refused — no ordinary document needs it.)
 */
import { inflateRawSync } from 'node:zlib'
import { refusal } from '@/lib/limits'

export interface ZipBudget {
  maxUnzippedBytes: number
  maxZipRatio: number
}

export type ZipCheck = { ok: true; unzipped: number; entries: number } | { ok: false; error: string }

const DAMAGED = 'The Word file is damaged or incomplete: open it in Word (or LibreOffice), save it again as .docx, and import that.'
/** entries smaller than this may be compressed at any ratio (a run of spaces in a small XML part) */
const RATIO_FLOOR = 1024 * 1024

/** Whether the archive unpacks within the budget, in total and entry by entry. */
export function checkZipBudget(bytes: Uint8Array, { maxUnzippedBytes, maxZipRatio }: ZipBudget): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // the end-of-central-directory record: in the last 64 KB + 22 bytes
  let eocd = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at
      break
    }
  }
  if (eocd < 0) return { ok: false, error: DAMAGED }
  const count = view.getUint16(eocd + 10, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || directoryOffset === 0xffffffff) return { ok: false, error: refusal.unzipped(2 ** 32, maxUnzippedBytes) }
  let at = directoryOffset
  let declared = 0
  const entries: { method: number; compressed: number; local: number }[] = []
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return { ok: false, error: DAMAGED }
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const uncompressed = view.getUint32(at + 24, true)
    if (compressed === 0xffffffff || uncompressed === 0xffffffff)
      return { ok: false, error: refusal.unzipped(uncompressed, maxUnzippedBytes) }
    declared += uncompressed
    if (declared > maxUnzippedBytes) return { ok: false, error: refusal.unzipped(declared, maxUnzippedBytes) }
    if (uncompressed > RATIO_FLOOR && uncompressed / Math.max(1, compressed) > maxZipRatio)
      return { ok: false, error: refusal.zipRatio(uncompressed / Math.max(1, compressed), maxZipRatio) }
    entries.push({ method, compressed, local: view.getUint32(at + 42, true) })
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  // the directory may lie: unpack each entry for real, never past what is left of the budget
  let unzipped = 0
  for (const entry of entries) {
    const local = entry.local
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return { ok: false, error: DAMAGED }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(start, start + entry.compressed)
    let size: number
    if (entry.method === 0) size = data.length
    else if (entry.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, maxUnzippedBytes - unzipped) }).length
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          return { ok: false, error: refusal.unzipped(maxUnzippedBytes + 1, maxUnzippedBytes) }
        return { ok: false, error: DAMAGED }
      }
    } else return { ok: false, error: DAMAGED }
    unzipped += size
    if (unzipped > maxUnzippedBytes) return { ok: false, error: refusal.unzipped(unzipped, maxUnzippedBytes) }
    if (size > RATIO_FLOOR && size / Math.max(1, entry.compressed) > maxZipRatio)
      return { ok: false, error: refusal.zipRatio(size / Math.max(1, entry.compressed), maxZipRatio) }
  }
  const ratio = unzipped / Math.max(1, bytes.length)
  if (unzipped > RATIO_FLOOR && ratio > maxZipRatio) return { ok: false, error: refusal.zipRatio(ratio, maxZipRatio) }
  return { ok: true, unzipped, entries: entries.length }
}
