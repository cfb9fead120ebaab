import { describe, expect, it } from 'vitest'
import { MAX_SPELLINGS, scriptSpellings } from './script-spellings'

describe('scriptSpellings', () => {
  it('spells a Chinese term in Simplified and in every Traditional form of its characters', () => {
    expect(scriptSpellings('和平统一')).toEqual(['和平统一', '和平統一'])
    expect(scriptSpellings('和平統一')).toEqual(['和平統一', '和平统一'])
    // 伙 and 系 are Traditional characters too (Big5), beside 夥 and 係 / 繫
    expect(scriptSpellings('伙伴关系')).toEqual(expect.arrayContaining(['伙伴关系', '夥伴關係', '伙伴關係', '夥伴關繫']))
  })

  it('leaves other text alone and caps the spellings', () => {
    expect(scriptSpellings('free and open')).toEqual(['free and open'])
    expect(scriptSpellings('发展面临的系统性干扰里面后台')).toHaveLength(MAX_SPELLINGS)
  })
})
