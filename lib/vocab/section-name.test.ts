import { describe, expect, it } from 'vitest'
import { headedSectionsInWords, printedSectionName } from './section-name'

describe('printedSectionName', () => {
  it('puts back the mark each kind of section number takes before its heading', () => {
    expect(printedSectionName('I', 'Introduction')).toBe('I. Introduction')
    expect(printedSectionName('二', '政治合作')).toBe('二、政治合作')
    expect(printedSectionName('Annex II', 'Statement on Export Control Cooperation')).toBe(
      'Annex II · Statement on Export Control Cooperation',
    )
  })

  it('gives a number or a heading alone as it is, and nothing for the preamble', () => {
    expect(printedSectionName('IV', null)).toBe('IV')
    expect(printedSectionName(null, 'Principles')).toBe('Principles')
    expect(printedSectionName(null, null)).toBe('')
  })
})

describe('headedSectionsInWords', () => {
  it('counts the sections with a heading or a number, as the statement page lists them', () => {
    expect(headedSectionsInWords([{ label: null, heading: null }])).toBe('0 sections')
    expect(
      headedSectionsInWords([
        { label: null, heading: null },
        { label: 'I', heading: 'Politics' },
      ]),
    ).toBe('1 section')
    expect(
      headedSectionsInWords([
        { label: '一', heading: null },
        { label: null, heading: 'Principles' },
      ]),
    ).toBe('2 sections')
  })
})
