import { describe, expect, it } from 'vitest'
import { corpusText } from '@/test/helpers/corpus'
import { parseDateline, splitDocuments, splitLines } from './split-documents'

describe('parseDateline', () => {
  it('reads agency, place, month and day, with the spaces of the extraction', () => {
    expect(parseDateline(' 新华社比什凯克 6 月 13 日电')).toMatchObject({ agency: '新华社', place: '比什凯克', month: 6, day: 13 })
    expect(parseDateline('新华社北京3月2日电 中华人民共和国和蒙古国联合声明')).toMatchObject({
      place: '北京',
      rest: '中华人民共和国和蒙古国联合声明',
    })
  })

  it('is null for a line that is not a dateline', () => {
    expect(parseDateline('双方于2019年6月13日举行会谈。')).toBeNull()
    expect(parseDateline('新华社北京13月40日电')).toBeNull()
  })
})

describe('splitDocuments', () => {
  it('splits the bundled file into its eight releases', () => {
    const documents = splitDocuments(corpusText())
    expect(documents.map((d) => `${d.dateline?.place} ${d.dateline?.month}/${d.dateline?.day}`)).toEqual([
      '莫斯科 6/5',
      '莫斯科 6/5',
      '莫斯科 6/5',
      '圣彼得堡 6/7',
      '比什凯克 6/13',
      '比什凯克 6/14',
      '杜尚别 6/15',
      '杜尚别 6/15',
    ])
  })

  it('starts a statement at each title with a date line under it and text after, and not at a signature or an attribution (walkthrough)', () => {
    const body = 'The two sides reaffirmed their partnership and agreed to deepen cooperation in trade.'
    const text = [
      'Statement on the Situation in the Region',
      'February 1, 2021',
      '',
      `${body}`,
      '',
      '“We stand together.”',
      '',
      'President Ann Smith',
      'February 1, 2021',
      '',
      `${body}`,
      '',
      'Done at Washington',
      'February 1, 2021',
      '',
      'Leaders’ Statement of the Republic of Korea and the United States',
      'MAY 21, 2022',
      '',
      `${body}`,
    ].join('\n')
    const documents = splitDocuments(text, 0, { byTitles: true })
    expect(documents.map((d) => d.lines.find((l) => l.text.trim())?.text)).toEqual([
      'Statement on the Situation in the Region',
      'Leaders’ Statement of the Republic of Korea and the United States',
    ])
  })

  it('keeps text after a dateline on the same line as the first line of the release', () => {
    const [document] = splitDocuments('新华社北京3月2日电 标题\n正文。')
    expect(document?.lines.map((l) => l.text)).toEqual(['标题', '正文。'])
  })
})

describe('splitLines', () => {
  it('keeps each line’s offset for \\n, \\r\\n and \\r', () => {
    expect(splitLines('a\r\nbb\rc\nd')).toEqual([
      { text: 'a', start: 0 },
      { text: 'bb', start: 3 },
      { text: 'c', start: 6 },
      { text: 'd', start: 8 },
    ])
  })
})
