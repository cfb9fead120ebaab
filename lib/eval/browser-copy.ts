/**
 * The body as a browser copies the rendered page: no markup (bold, italics,
 * headings' #, escapes, tags), each paragraph on one line, a line break where
 * the page breaks a line (Markdown's two trailing spaces), one line between
 * paragraphs. A run-in heading ("**Combating COVID-19:**" and a break) is
 * then a short line above its paragraph, as the helper's paste was.
 */
export function asBrowserCopies(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split(/ {2,}\n/)
        .map((line) =>
          line
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
    .join('\n')
}
