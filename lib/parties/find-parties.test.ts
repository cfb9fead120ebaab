import { describe, expect, it } from 'vitest'
import { describeParty, romanizePerson } from './describe-party'
import { findPartiesInTitle, findSpeakerParty } from './find-parties'

describe('findPartiesInTitle', () => {
  it('reads the parties before 关于, without splitting 共和国 at its 和', () => {
    expect(findPartiesInTitle('中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明').codes).toEqual([
      'china',
      'kyrgyzstan',
    ])
    expect(findPartiesInTitle('中华人民共和国和俄罗斯联邦关于加强当代全球战略稳定的联合声明').codes).toEqual(['china', 'russia'])
    expect(findPartiesInTitle('中华人民共和国与巴西联邦共和国联合声明').codes).toEqual(['china', 'brazil'])
  })

  it('keeps an unknown party by its Chinese name', () => {
    expect(findPartiesInTitle('中华人民共和国和阿斯特里亚共和国关于建立面向未来的全面友好合作伙伴关系的联合声明')).toEqual({
      codes: ['china', 'zh:阿斯特里亚共和国'],
      unknown: ['阿斯特里亚共和国'],
    })
  })
})

describe('findSpeakerParty', () => {
  it('finds the country from the office', () => {
    expect(findSpeakerParty('中华人民共和国主席', '习近平').codes).toEqual(['china'])
  })
})

describe('describeParty', () => {
  it('romanizes names the gazetteer does not know', () => {
    // an unknown party keeps its name as written in labels (issue 11); only its slug is romanised
    expect(describeParty('zh:阿斯特里亚共和国')).toEqual({
      code: 'asiteliyagongheguo',
      nameEn: '阿斯特里亚共和国',
      nameZh: '阿斯特里亚共和国',
    })
    expect(romanizePerson('习近平')).toBe('xi-jinping')
    expect(romanizePerson('埃莫马利·拉赫蒙')).toBe('aimomali-lahemeng')
  })

  it('reads a government as its state’s party (2006 China–Cambodia communiqué)', () => {
    expect(findPartiesInTitle('中华人民共和国政府和柬埔寨王国政府联合公报').codes).toEqual(['china', 'cambodia'])
  })
})
