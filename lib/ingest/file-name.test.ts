import { describe, expect, it } from 'vitest'
import { readFileName } from './file-name'

describe('readFileName', () => {
  it('reads the date and a title from an archive’s file name', () => {
    expect(readFileName('2021-05-21-u-s-rok-leaders-joint-statement.md')).toEqual({
      date: '2021-05-21',
      title: 'U.S. ROK Leaders Joint Statement',
    })
    expect(readFileName('/tmp/2022-11-16-g20-bali-leaders-declaration.md')).toEqual({
      date: '2022-11-16',
      title: 'G20 Bali Leaders Declaration',
    })
  })

  it('keeps a Chinese name as it is', () => {
    expect(readFileName('中华人民共和国和哈萨克斯坦共和国联合声明.txt')).toEqual({
      date: null,
      title: '中华人民共和国和哈萨克斯坦共和国联合声明',
    })
  })

  describe('edge cases', () => {
    it('gives nothing for no name, and no date for an impossible one', () => {
      expect(readFileName(undefined)).toEqual({ date: null, title: null })
      expect(readFileName('2022-13-40-statement.txt').date).toBeNull()
    })
  })
})
