import { describe, expect, it } from 'vitest'
import { layoutEnglish } from './english-layout'
import { splitLines } from './split-documents'

const paragraphs = (text: string) => layoutEnglish(splitLines(text)).paragraphs.map((p) => p.text.text)

describe('layoutEnglish', () => {
  it('joins hard-wrapped lines into the paragraphs blank lines (or lines of no-break spaces) separate', () => {
    expect(paragraphs('The two Presidents deeply\nappreciate the Alliance.\n\u00a0 \nThey agree.\n\nNext one.')).toEqual([
      'The two Presidents deeply appreciate the Alliance.',
      'They agree.',
      'Next one.',
    ])
  })

  it('keeps headings, list items and numbered paragraphs apart inside a block', () => {
    expect(
      paragraphs('Opening.\n\n**Climate**\nWe commit to act.\n-   Item one goes\n    on here.\n-   Item two.\n2. A numbered paragraph.'),
    ).toEqual(['Opening.', 'Climate', 'We commit to act.', 'Item one goes on here.', 'Item two.', '2. A numbered paragraph.'])
  })

  it('keeps a title and the date line under it apart, as copied from a page', () => {
    expect(
      paragraphs('United States-Republic of Korea Leaders’ Joint Statement\nMay 21, 2022\n\nPresident Yoon welcomes President Biden.'),
    ).toEqual(['United States-Republic of Korea Leaders’ Joint Statement', 'May 21, 2022', 'President Yoon welcomes President Biden.'])
  })

  it('joins lines of text wrapped at one width without blank lines, and keeps one-line paragraphs of pasted text', () => {
    const wrapped = [
      'The leaders of the two countries met in the capital',
      'today and agreed to deepen their cooperation in',
      'every field of common interest.',
      'They also discussed the situation in the region',
      'and beyond, and agreed to meet again next year.',
    ]
    expect(paragraphs(wrapped.join('\n'))).toEqual([
      'The leaders of the two countries met in the capital today and agreed to deepen their cooperation in every field of common interest.',
      'They also discussed the situation in the region and beyond, and agreed to meet again next year.',
    ])
    expect(paragraphs('One whole paragraph on a line.\nAnother whole paragraph, longer than the first one by far.\nA third.')).toHaveLength(
      3,
    )
  })

  it('goes on with a list item on its indented lines when no blank lines separate paragraphs', () => {
    expect(paragraphs('-   Item one goes\n    on here.\n-   Item two.')).toEqual(['Item one goes on here.', 'Item two.'])
  })

  it('says what it repaired', () => {
    expect(layoutEnglish(splitLines('A **bold**\nword.\n\nNext.')).notes.map((n) => n.message)).toEqual([
      'joined the wrapped lines of 1 paragraph',
      'removed markup (Markdown, HTML tags, no-break spaces) from 1 line',
    ])
  })
})
