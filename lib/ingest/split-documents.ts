/**
 * Splitting a file into releases by their datelines ("新华社比什凯克6月13日电"),
 * the way wire copy marks the start of each item.
 */
import type { Dateline, RawDocument, SourceLine } from './types'

const DATELINE =
  /^\s*(新华社|中新社|人民日报|中国新闻社|新华网)\s*([\p{Script=Han}·]{1,16}?)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*电\s*(.*)$/u

/** Splits text into lines, keeping each line's offset; handles \n, \r\n and \r. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  const pattern = /\r\n|\n|\r/g
  let start = text.startsWith('\uFEFF') ? 1 : 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    lines.push({ text: text.slice(start, match.index), start })
    start = match.index + match[0].length
  }
  if (start < text.length) lines.push({ text: text.slice(start), start })
  return lines
}

/** The dateline a line opens with, if any. */
export function parseDateline(line: string): (Dateline & { rest: string }) | null {
  const match = DATELINE.exec(line)
  if (!match) return null
  const [, agency = '', place = '', month = '', day = '', rest = ''] = match
  const m = Number(month)
  const d = Number(day)
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  const printed = line.trim()
  const text = rest ? printed.slice(0, printed.length - rest.length).trim() : printed
  return { agency, place, month: m, day: d, text, rest }
}

/**
 * The releases in a file, one per dateline, each with the lines up to the next.
 * Text before the first dateline is not part of any release.
 * @example splitDocuments(' 新华社莫斯科 6 月 5 日电\n\n中华人民共和国…').length // 1
 */
export function splitDocuments(text: string): RawDocument[] {
  const documents: RawDocument[] = []
  let current: RawDocument | null = null
  for (const line of splitLines(text)) {
    const dateline = parseDateline(line.text)
    if (dateline) {
      if (current) documents.push(current)
      const { rest, ...fields } = dateline
      current = { dateline: fields, lines: [], start: line.start, end: line.start + line.text.length }
      if (rest) current.lines.push({ text: rest, start: line.start + line.text.lastIndexOf(rest) })
      continue
    }
    if (current) {
      current.lines.push(line)
      if (line.text.trim()) current.end = line.start + line.text.length
    }
  }
  if (current) documents.push(current)
  return documents
}
