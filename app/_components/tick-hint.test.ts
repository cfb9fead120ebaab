import { describe, expect, it } from 'vitest'
import { tickHint } from './statement-picker'

describe('tickHint', () => {
  it('says what the collate button needs at each count', () => {
    expect(tickHint(0)).toBe('Tick three or more statements of one language to collate them.')
    expect(tickHint(1)).toBe('1 ticked: tick 2 more (statements of one language) to collate them.')
    expect(tickHint(3)).toBe('3 ticked: ready to collate.')
    expect(tickHint(20)).toBe('20 ticked: ready to collate.')
    expect(tickHint(21)).toBe('21 ticked: at most 20 can be collated at once.')
  })

  it('says when the ticked statements are of more than one language, which no collation takes', () => {
    expect(tickHint(3, 2)).toBe('3 ticked, in 2 languages: a collation takes statements of one language.')
    expect(tickHint(0, 0)).toBe('Tick three or more statements of one language to collate them.')
  })
})
