import { describe, expect, it } from 'vitest'
import { findYearInText } from './find-date'

describe('findYearInText', () => {
  it('finds the year of a visit whose dates contain the dateline’s day', () => {
    expect(findYearInText('习近平于2019年6月12日至13日对吉尔吉斯共和国进行国事访问。', { month: 6, day: 13 })).toBe(2019)
    expect(findYearInText('于2019年6月5日至7日对俄罗斯进行国事访问', { month: 6, day: 5 })).toBe(2019)
    expect(findYearInText('于2018年12月30日至1月2日', { month: 12, day: 31 })).toBe(2018)
    expect(findYearInText('于2018年12月30日至1月2日', { month: 1, day: 2 })).toBe(2019)
  })

  it('ignores dates that do not contain the dateline’s day', () => {
    expect(findYearInText('双方决心继续遵循2016年6月25日在北京签署的联合声明', { month: 6, day: 5 })).toBeNull()
  })
})
