import { describe, expect, it } from 'vitest'
import { cleanTitle } from './statement-metadata'

describe('cleanTitle', () => {
  it('drops a site’s prefix before a bar, and a page’s place after one (White House remarks of 2022)', () => {
    expect(cleanTitle('中国-中亚峰会|中华人民共和国和哈萨克斯坦共和国联合声明（全文）')).toBe('中华人民共和国和哈萨克斯坦共和国联合声明')
    expect(
      cleanTitle('Remarks by President Biden and President Pedro Sánchez of the Kingdom of Spain Before Bilateral Meeting | Madrid, Spain'),
    ).toBe('Remarks by President Biden and President Pedro Sánchez of the Kingdom of Spain Before Bilateral Meeting')
    expect(cleanTitle('Remarks by President Biden and President Abbas in Joint Press Statement | Bethlehem, West Bank')).toBe(
      'Remarks by President Biden and President Abbas in Joint Press Statement',
    )
  })

  it('drops invisible format characters a page sets inside words', () => {
    expect(cleanTitle('FACT SHEET: Biden-\u2060Harris Administration Delivers Emergency COVID-\u206019 Assistance for India')).toBe(
      'FACT SHEET: Biden-Harris Administration Delivers Emergency COVID-19 Assistance for India',
    )
  })
})
