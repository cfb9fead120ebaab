import { describe, expect, it } from 'vitest'
import { insideFrame, restFollows } from './chinese-frames'

describe('insideFrame', () => {
  it('finds a phrase that begins inside a frame and runs out of it', () => {
    expect(insideFrame('联合国为核心', ['以', '以', '以'])).toBe(true)
    expect(insideFrame('更加公正合理的方向发展', ['朝着', '朝着'])).toBe(true)
    expect(insideFrame('国际社会一道', ['同', '与', '同'])).toBe(true)
    expect(insideFrame('双边贸易和投资中', ['在', '在'])).toBe(true)
  })

  it('keeps the frame object that is whole', () => {
    // 对双边关系发展进行…, 就双边关系发展和…: the object ends before the frame closes
    expect(insideFrame('双边关系发展', ['对', '对', '就'])).toBe(false)
    expect(insideFrame('各方携手努力', ['同', '同'])).toBe(false)
  })

  it('needs the opener in most uses', () => {
    expect(insideFrame('联合国为核心', ['以', '，', '。', '和'])).toBe(false)
    expect(insideFrame('联合国为核心', [])).toBe(false)
  })

  it('does not take the phrase’s own first character for the closer', () => {
    expect(insideFrame('中亚地区和平稳定', ['在', '在'])).toBe(false)
    // 中 inside the word 中国 closes nothing
    expect(insideFrame('坚定奉行一个中国原则', ['在', '在'])).toBe(false)
  })
})

describe('restFollows', () => {
  it('finds an attribute whose head follows, and a list cut before its end', () => {
    expect(restFollows(['的', '的', '的'])).toBe(true)
    expect(restFollows(['、', '、', '的', '。'])).toBe(true)
  })

  it('keeps a phrase that mostly ends where it ends', () => {
    expect(restFollows(['，', '。', '的', '和'])).toBe(false)
    expect(restFollows([])).toBe(false)
  })
})
