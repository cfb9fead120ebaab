import { describe, expect, it } from 'vitest'
import { joinsHyphenated } from './line-hyphen'

describe('joinsHyphenated', () => {
  it('joins a word hyphenated at a line’s end', () => {
    expect(joinsHyphenated('in the Indo-', 'Pacific region')).toBe(true)
    expect(joinsHyphenated('through public-private partner-', 'ships')).toBe(true)
    expect(joinsHyphenated('strong people-', 'to-people ties')).toBe(true)
  })

  it('keeps the space after a suspended hyphen that a conjunction completes (White House fact sheet of 2021-07-22)', () => {
    expect(joinsHyphenated('grants for low-', 'and middle-income students')).toBe(false)
    expect(joinsHyphenated('over the short-', 'to medium-term')).toBe(false)
    expect(joinsHyphenated('the 2021–', '2022 school year')).toBe(false)
  })
})
