import { describe, expect, it } from 'vitest'
import { chineseNumber, readDateLineEn, readDateLineZh } from './sign-off'

describe('readDateLineEn', () => {
  it.each([
    ['May 21, 2022', { date: '2022-05-21', place: null }],
    ['20 May 2023, Hiroshima', { date: '2023-05-20', place: 'Hiroshima' }],
    ['Washington, D.C., August 2, 2023', { date: '2023-08-02', place: 'Washington' }],
    ['Done at Jeddah on July 15, 2022', { date: '2022-07-15', place: 'Jeddah' }],
    ['Bali, Indonesia, 15-16 November 2022', { date: '2022-11-16', place: 'Bali' }],
    ['September 29, 2021 Pittsburgh, Pennsylvania', { date: '2021-09-29', place: 'Pittsburgh' }],
    ['(13 June 2019, Bishkek)', { date: '2019-06-13', place: 'Bishkek' }],
    // as a web page prints it, in a style sheet's capitals and with the site's category (walkthrough)
    ['MAY 23, 2022', { date: '2022-05-23', place: null }],
    ['MAY 23, 2022•STATEMENTS AND RELEASES', { date: '2022-05-23', place: null }],
    ['May 23, 2022 • Statements and Releases', { date: '2022-05-23', place: null }],
    ['WASHINGTON, D.C., MAY 23, 2022', { date: '2022-05-23', place: 'Washington' }],
    ['2021-02-01', { date: '2021-02-01', place: null }],
  ])('reads "%s"', (line, expected) => {
    expect(readDateLineEn(line)).toEqual(expected)
  })

  it('returns null for a sentence that mentions a date', () => {
    expect(readDateLineEn('The leaders met on May 21, 2022 in Seoul to discuss the alliance.')).toBeNull()
    expect(readDateLineEn('The Linchpin for Peace and Prosperity')).toBeNull()
    expect(readDateLineEn('2021-13-01')).toBeNull()
    expect(readDateLineEn('THE LEADERS MET ON MAY 21, 2022 IN SEOUL TO DISCUSS THE ALLIANCE.')).toBeNull()
  })
})

describe('readDateLineZh', () => {
  it.each([
    ['2019年7月23日于北京', { date: '2019-07-23', place: '北京' }],
    ['二〇一九年七月二十三日于北京', { date: '2019-07-23', place: '北京' }],
    ['（2019年6月5日，莫斯科）', { date: '2019-06-05', place: '莫斯科' }],
    ['2022年9月14日', { date: '2022-09-14', place: null }],
  ])('reads "%s"', (line, expected) => {
    expect(readDateLineZh(line)).toEqual(expected)
  })

  it('returns null for a sentence with a date in it', () => {
    expect(readDateLineZh('双方于2019年6月12日至13日举行会谈，达成广泛共识。')).toBeNull()
  })
})

describe('chineseNumber', () => {
  it('reads years digit by digit and days and months as numbers', () => {
    expect([
      chineseNumber('二〇一九'),
      chineseNumber('二十三'),
      chineseNumber('十二'),
      chineseNumber('七'),
      chineseNumber('２０２２'),
    ]).toEqual([2019, 23, 12, 7, 2022])
  })
})
