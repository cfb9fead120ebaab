import { describe, expect, it } from 'vitest'
import { printedSectionName } from './section-name'

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
