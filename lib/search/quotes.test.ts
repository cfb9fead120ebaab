import { describe, expect, it } from 'vitest'
import { anyQuote, quoteSpellings, unquotedPhrase } from './quotes'

describe('quoteSpellings', () => {
  it('adds the printed spelling of a term typed with straight quotes', () => {
    expect(quoteSpellings("Russia's")).toEqual(["Russia's", 'Russia’s'])
    expect(quoteSpellings('"一带一路"').slice(0, 2)).toEqual(['"一带一路"', '“一带一路”'])
    expect(quoteSpellings('the "Shanghai Spirit"').slice(0, 2)).toEqual(['the "Shanghai Spirit"', 'the “Shanghai Spirit”'])
    expect(quoteSpellings("'Quad'")).toEqual(["'Quad'", '‘Quad’', '’Quad’'])
  })

  it("reads a quote at the start of a term as closing a word too (review: 's missed ’s)", () => {
    expect(quoteSpellings("'s")).toContain('’s')
    expect(quoteSpellings("'90s")).toContain('’90s')
    expect(quoteSpellings('" and')).toContain('” and')
  })

  it('adds the straight spelling of a term typed with printed quotes', () => {
    expect(quoteSpellings('Russia’s')).toEqual(['Russia’s', "Russia's"])
  })

  it('leaves a term without quotes alone', () => {
    expect(quoteSpellings('国家统一')).toEqual(['国家统一'])
  })
})

describe('anyQuote', () => {
  it('matches each quote in any spelling', () => {
    const pattern = new RegExp(anyQuote("Russia's"), 'u')
    expect(pattern.test('Russia’s war')).toBe(true)
    expect(pattern.test("Russia's war")).toBe(true)
    expect(new RegExp(anyQuote('"一带一路"'), 'u').test('共建“一带一路”倡议')).toBe(true)
  })
})

describe('unquotedPhrase', () => {
  it('reads the phrase inside quotes around a whole term, straight or smart', () => {
    expect(unquotedPhrase('"free and open"')).toBe('free and open')
    expect(unquotedPhrase('“free and open”')).toBe('free and open')
    expect(unquotedPhrase("'rules-based'")).toBe('rules-based')
  })

  it('leaves a term with quotes inside it, or unpaired, alone', () => {
    expect(unquotedPhrase('the "Shanghai Spirit"')).toBeNull()
    expect(unquotedPhrase('"a" and "b"')).toBeNull()
    expect(unquotedPhrase('"free and open')).toBeNull()
    expect(unquotedPhrase('"一"')).toBeNull()
  })
})
