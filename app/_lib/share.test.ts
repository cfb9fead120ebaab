import { describe, expect, it } from 'vitest'
import { clipPieces, clipWidth, textWidth } from './share'

describe('clipWidth', () => {
  it('gives an English title the room its letters take, not the count of a Chinese one, and cuts between words', () => {
    const english = 'United States-Republic of Korea Leaders’ Joint Statement'
    // 56 characters: a count of 40 had cut it with a line to spare
    expect(clipWidth(english, 38)).toBe(english)
    expect(clipWidth(english, 20)).toBe('United States-Republic of Korea…')
    const chinese = '中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明'
    expect(clipWidth(chinese, 38)).toBe(chinese)
    expect(clipWidth(chinese, 20)).toBe(`${chinese.slice(0, 19)}…`)
  })

  it('keeps a last word that fits beside the ellipsis (review: a word that fitted was dropped)', () => {
    const title = 'Joint Statement of the United States and Japan on the Indo-Pacific'
    const words = title.split(' ')
    for (let k = 1; k < words.length; k++) {
      const prefix = words.slice(0, k).join(' ')
      expect(clipWidth(title, textWidth(`${prefix}…`))).toBe(`${prefix}…`)
    }
  })

  it('never cuts a character in half, and leaves a text that fits alone', () => {
    expect(clipWidth('😀😀😀😀😀😀😀😀', 2)).toMatch(/^(?:😀)*…$/u)
    expect(clipWidth('short', 30)).toBe('short')
    expect(clipWidth('', 5)).toBe('')
  })
})

describe('clipPieces', () => {
  it('cuts a row of marked pieces to a width, between words, and stops at the cut (an image had ended on "the United S…")', () => {
    const pieces = [
      { text: 'It is in this spirit that ', mark: true },
      { text: 'Prime Minister KISHIDA welcomed Joseph R. Biden to Japan as President of the United States', mark: false },
      { text: ' for the first time', mark: true },
    ]
    const shown = clipPieces(pieces, 40)
    expect(shown).toHaveLength(2)
    expect(shown[0]).toEqual(pieces[0])
    expect(shown[1]?.text).toMatch(/^Prime Minister .*[a-z.]…$/u)
    expect(shown[1]?.text).not.toMatch(/ [A-Za-z]…$/u)
    expect(textWidth(shown.map((p) => p.text).join(''))).toBeLessThanOrEqual(40)
    expect(clipPieces(pieces, 1000)).toEqual(pieces)
  })
})
