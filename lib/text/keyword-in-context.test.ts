import { describe, expect, it } from 'vitest'
import { keywordInContext } from './keyword-in-context'

const joined = (k: { left: string; match: string; right: string }) => k.left + k.match + k.right

describe('keywordInContext', () => {
  it('cuts English context between words, never inside one (walkthrough: snippets began mid-word)', () => {
    expect(keywordInContext('to protect human rights defenders', 17, 23, 8)).toEqual({ left: '… human ', match: 'rights', right: ' …' })
    const text = 'The leaders condemned Russia’s unprovoked war of aggression against Ukraine and its people.'
    const start = text.indexOf('aggression')
    const k = keywordInContext(text, start, start + 'aggression'.length, 30)
    expect(k.left).toBe('… Russia’s unprovoked war of ')
    expect(k.right).toBe(' against Ukraine and its …')
  })

  it('never begins or ends a context inside an abbreviation or a number with a point (review: …S. and Japan)', () => {
    const text = 'Leaders of the U.S. and Japan agreed on 2.5 percent growth'
    const at = (phrase: string, width: number) => keywordInContext(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length, width)
    // from "Japan" back 6, 7 or 8 units is inside "U.S." or just after it
    for (const width of [5, 6, 7, 8]) expect(at('Japan agreed', width).left).toBe('… and ')
    expect(at('Japan agreed', 9).left).toBe('…U.S. and ')
    expect(at('Japan agreed', 13).left).toBe('…the U.S. and ')
    // 5 units on from "agreed on " end inside "2.5"
    expect(at('agreed on', 3).right).toBe(' …')
    expect(at('Leaders of the', 3).right).toBe(' …')
  })

  it('leaves out a word the context would cut, and cuts Chinese between characters', () => {
    expect(keywordInContext('Supercalifragilistic rights', 21, 27, 5).left).toBe('… ')
    expect(keywordInContext('双方坚定奉行一个中国原则。', 2, 12, 1)).toEqual({ left: '…方', match: '坚定奉行一个中国原则', right: '。' })
  })

  it('keeps every character between its cuts, and the match whole, on any text', () => {
    const texts = [
      'a',
      'abc def ghi',
      '中国 and 吉尔吉斯 side-by-side 😀 text',
      'x😀y😀z words words',
      '   spaced   out   ',
      'the U.S. and 2.5 U.K.',
      'a.b. .c',
    ]
    for (const text of texts)
      for (let start = 0; start < text.length; start++)
        for (let end = start + 1; end <= text.length; end++)
          for (const width of [0, 1, 3, 8]) {
            const k = keywordInContext(text, start, end, width)
            expect(k.match).toBe(text.slice(start, end))
            const shown = joined(k).replace(/^…|…$/gu, '')
            expect(text.includes(shown)).toBe(true)
            expect(k.left.replace(/^…/u, '').length).toBeLessThanOrEqual(width + 1)
          }
  })
})
