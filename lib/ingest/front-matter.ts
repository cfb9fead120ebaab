/**
 * YAML front matter: the `---` block static sites, archives and scrapers put
 * before a Markdown text (`title: …`, `date: '2022-05-21'`, `source_url: …`).
 * Only scalar fields are read — plain, 'single-quoted' and "double-quoted"
 * (with YAML's escapes: \u2019, \_ for a non-breaking space, and a line that
 * ends in \ continued without a space) — folded over continuation lines as
 * YAML folds them. Anything else (lists, maps) is skipped, never an error:
 * the block is metadata offered with the text, not the text.
 */

export interface FrontMatter {
  /** lower-cased keys → values, unquoted and unescaped */
  fields: Record<string, string>
  /** offset of the first character after the closing `---` line */
  end: number
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m
/** A block longer than this is not front matter (a file that merely starts with a rule). */
const MAX_LENGTH = 20_000

/** The front matter at the start of `text`, or null when there is none. */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text)
  if (!open) return null
  const rest = text.slice(open[0].length, open[0].length + MAX_LENGTH)
  const close = CLOSE.exec(rest)
  if (!close) return null
  const block = rest.slice(0, close.index)
  const lines = block.split(/\r?\n/)
  if (!lines.some((line) => /^[A-Za-z_][\w-]*:/.test(line))) return null
  const afterClose = open[0].length + close.index + close[0].length
  const end = afterClose + (/^\r?\n/.exec(text.slice(afterClose))?.[0].length ?? 0)
  return { fields: parseFields(lines), end }
}

function parseFields(lines: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const match = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(lines[i] as string)
    if (!match) continue
    const key = (match[1] as string).toLowerCase()
    let raw = match[2] as string
    // continuation lines: indented, up to the next key
    while (i + 1 < lines.length && /^[ \t]+\S/.test(lines[i + 1] as string) && !/^[A-Za-z_][\w-]*:/.test(lines[i + 1] as string)) {
      raw += `\n${lines[++i]}`
    }
    const value = scalar(raw)
    if (value !== null) fields[key] = value
  }
  return fields
}

/** A YAML scalar's value, or null for a collection or an empty value. */
function scalar(raw: string): string | null {
  const text = raw.trim()
  if (!text || text === '|' || text === '>' || text.startsWith('[') || text.startsWith('{') || text.startsWith('- ')) return null
  if (text.startsWith('"')) return doubleQuoted(text)
  if (text.startsWith("'")) return fold(text.replace(/^'|'$/g, '')).replace(/''/g, "'")
  return fold(text.replace(/\s+#.*$/, ''))
}

/** Line breaks inside a flow scalar are spaces (a blank line is a newline). */
function fold(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/[ \t]*\n[ \t]*/g, ' '))
    .join('\n')
    .trim()
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '"': '"',
  '\\': '\\',
  '/': '/',
  ' ': ' ',
  _: '\u00a0',
  N: '\u0085',
  L: '\u2028',
  P: '\u2029',
  a: '\u0007',
  b: '\b',
  e: '\u001b',
  f: '\f',
  v: '\v',
}

function doubleQuoted(text: string): string {
  const body = text.replace(/^"/, '').replace(/"\s*$/, '')
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string
    if (ch === '\n') {
      // a folded line break is a space; leading blanks of the next line are not content
      out = out.replace(/[ \t]+$/, '') + ' '
      while (body[i + 1] === ' ' || body[i + 1] === '\t') i++
      continue
    }
    if (ch !== '\\') {
      out += ch
      continue
    }
    const next = body[i + 1] ?? ''
    if (next === '\n') {
      // an escaped line break joins the lines with nothing between them
      i++
      while (body[i + 1] === ' ' || body[i + 1] === '\t') i++
      // "\ " right after an escaped break is a kept space
      continue
    }
    const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0
    if (width) {
      const code = Number.parseInt(body.slice(i + 2, i + 2 + width), 16)
      if (Number.isFinite(code)) out += String.fromCodePoint(code)
      i += 1 + width
      continue
    }
    out += ESCAPES[next] ?? next
    i++
  }
  return out.trim()
}
