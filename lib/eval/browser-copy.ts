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
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split(/ {2,}\n|\n(?=\s*(?:[-*+]|\d+[.)])\s+)/)
        .map((line) =>
          line
            .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s*\n\s*/g, ' ')
            .replace(/\*+|\\|^#+\s*/g, '')
            .replace(/\s{2,}/g, ' ')
            .trim(),
        )
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n')
}
