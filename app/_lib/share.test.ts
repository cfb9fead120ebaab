import { describe, expect, it } from 'vitest'
import { clipWidth } from './share'

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

  it('never cuts a character in half, and leaves a text that fits alone', () => {
    expect(clipWidth('😀😀😀😀😀😀😀😀', 2)).toMatch(/^(?:😀)*…$/u)
    expect(clipWidth('short', 30)).toBe('short')
    expect(clipWidth('', 5)).toBe('')
  })
})
