import { describe, expect, it } from 'vitest'
import { asBrowserCopies } from './browser-copy'

describe('asBrowserCopies', () => {
  it('puts each list item on a line of its own without its bullet or number, a paragraph on one line', () => {
    expect(asBrowserCopies('Opening of a\nwrapped paragraph.\n\n1. First item\n2. Second\n   wrapped\n3. Third\n\n- a\n- b')).toBe(
      'Opening of a wrapped paragraph.\n\nFirst item\nSecond wrapped\nThird\n\na\nb',
    )
  })

  it('keeps a wrapped line that begins with a number and a full stop in its paragraph, as CommonMark does (review)', () => {
    expect(asBrowserCopies('The leaders met in May\n2022. They agreed.')).toBe('The leaders met in May 2022. They agreed.')
    // after a hard break too: the line breaks there, and keeps its number (review)
    expect(asBrowserCopies('The leaders met in May  \n2022. They agreed.')).toBe('The leaders met in May\n2022. They agreed.')
  })

  it('breaks a line at a hard break, and drops markup and a link’s address', () => {
    expect(asBrowserCopies('**Heading:**  \nText with a [link](https://example.org) on 21<sup>st</sup> century challenges.')).toBe(
      'Heading:\nText with a link on 21st century challenges.',
    )
  })

  it('keeps an escaped asterisk, which the page shows (the readout of 2022-03-15: "\\*denotes virtual participant")', () => {
    expect(asBrowserCopies('-   UPS\n\n\\*denotes virtual participant and **bold** text')).toBe(
      'UPS\n\n*denotes virtual participant and bold text',
    )
  })

  it('keeps an autolink’s address, which the page shows as the link’s text (the internship release of 2022-08-26)', () => {
    expect(asBrowserCopies('Reach the team at <internship@who.eop.gov> or <https://www.IC3.gov>.')).toBe(
      'Reach the team at internship@who.eop.gov or https://www.IC3.gov.',
    )
  })
})
