/**
 * The body as a browser copies the rendered page, as Chromium's innerText of
 * the page gives it (checked on a page of paragraphs, a run-in bold heading
 * with a line break, and lists): no markup (bold, italics, headings' #,
 * escapes, tags; a link's text without its address), each paragraph on one line, a line break where the page
 * breaks a line (Markdown's two trailing spaces), each list item on a line of
 * its own without its bullet or number (those are drawn, not text), and a
 * blank line between paragraphs. A run-in heading ("**Combating COVID-19:**"
 * and a break) is then a short line above its paragraph.
 */
export function asBrowserCopies(markdown: string): string {
  const list = { open: false }
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      linesOf(block, list)
        .map(({ line, item }) =>
          (item ? line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '') : line)
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            // an autolink shows its address: <https://www.IC3.gov>, <internship@who.eop.gov>
            .replace(/<((?:https?|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/giu, '$1')
            // an inline element's text runs on (21<sup>st</sup> is "21st"), another element's is a word apart
            .replace(/<\/?(?:sup|sub|span|em|strong|b|i|u|a|small)\b[^>]*>/giu, '')
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s*\n\s*/g, ' ')
            // (an escaped mark is the page's own character: "\*denotes virtual participant" shows its asterisk)
            .replace(/\\([*_#])/g, (_, mark: string) => ESCAPED[mark] as string)
            .replace(/\*+|\\|^#+\s*/g, '')
            .replace(/[\uE000-\uE002]/gu, (held) => UNESCAPED[held] as string)
            .replace(/\s{2,}/g, ' ')
            .trim(),
        )
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n')
}

/** Escaped marks held out of the markup's removal in private-use characters, and put back after it. */
const ESCAPED: Record<string, string> = { '*': '\uE000', _: '\uE001', '#': '\uE002' }
const UNESCAPED: Record<string, string> = Object.fromEntries(Object.entries(ESCAPED).map(([mark, held]) => [held, mark]))

const BULLET = /^\s*[-*+]\s+/
const NUMBERED = /^\s*(\d{1,9})[.)]\s+/

/**
 * A block's lines as the page breaks them: at Markdown's hard breaks and
 * before each list item. As in CommonMark, a numbered line interrupts a
 * paragraph only when it is "1." (a wrapped line that begins "2022. " goes
 * on), and any number goes on a list; a list stays open across a blank line
 * while the next block is indented under it or is an item.
 */
function linesOf(block: string, list: { open: boolean }): { line: string; item: boolean }[] {
  const lines: { line: string; item: boolean }[] = []
  block.split(/ {2,}\n/).forEach((part, p) => {
    part.split('\n').forEach((line, k) => {
      const number = NUMBERED.exec(line)?.[1]
      const item = BULLET.test(line) || (number !== undefined && (list.open || Number(number) === 1 || (p === 0 && k === 0)))
      if (p === 0 && k === 0) list.open = item || (list.open && /^\s{2,}\S/u.test(line))
      else list.open ||= item
      if (k === 0 || item) lines.push({ line, item })
      else (lines.at(-1) as { line: string }).line += `\n${line}`
    })
  })
  return lines
}
