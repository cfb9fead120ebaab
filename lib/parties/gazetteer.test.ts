import { describe, expect, it } from 'vitest'
import {
  chineseNames,
  englishForms,
  englishNames,
  findPartyByAnyName,
  findPartyByChineseName,
  findPartyByCode,
  findPartyByEnglishName,
  findPartyByEnglishPerson,
  findPartyByPerson,
  HOME_PARTY_CODE,
  PARTIES,
  type PartyEntry,
  englishKey,
} from './gazetteer'

const ofType = (type: PartyEntry['type']) => PARTIES.filter((party) => party.type === type)
const key = englishKey

/** forms that two parties share, as "form: code, code" */
function shared(formsOf: (party: PartyEntry) => readonly string[], normalise: (form: string) => string): string[] {
  const owners = new Map<string, Set<string>>()
  for (const party of PARTIES) {
    for (const form of formsOf(party)) owners.set(normalise(form), (owners.get(normalise(form)) ?? new Set()).add(party.code))
  }
  return [...owners].filter(([, codes]) => codes.size > 1).map(([form, codes]) => `${form}: ${[...codes].join(', ')}`)
}

const GROUPINGS = [
  'european-union',
  'european-commission',
  'asean',
  'quad',
  'sco',
  'brics',
  'g7',
  'g20',
  'cica',
  'china-central-asia',
  'gcc',
  'african-union',
  'nato',
  'apec',
  'pacific-islands-forum',
  'aukus',
  'i2u2',
  'united-nations',
  'caricom',
  'oas',
  'arab-league',
  'celac',
  'eaeu',
  'cis',
]

describe('the gazetteer', () => {
  it('has the 193 UN member states, the two observer states and the groupings', () => {
    expect(ofType('state')).toHaveLength(193)
    expect(
      ofType('observer')
        .map((party) => party.code)
        .sort(),
    ).toEqual(['holy-see', 'palestine'])
    expect(
      ofType('grouping')
        .map((party) => party.code)
        .sort(),
    ).toEqual([...GROUPINGS].sort())
    expect(PARTIES).toHaveLength(193 + 2 + GROUPINGS.length + ofType('territory').length)
    expect(ofType('territory').map((p) => p.code)).toEqual(['cook-islands', 'niue', 'french-polynesia', 'new-caledonia'])
  })

  it('has unique kebab-case codes, including the ones statements already use', () => {
    const codes = PARTIES.map((party) => party.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const code of [
      'china',
      'russia',
      'kyrgyzstan',
      'south-korea',
      'north-korea',
      'united-states',
      'united-kingdom',
      'united-arab-emirates',
      'saudi-arabia',
      'new-zealand',
      'czechia',
      'turkey',
      'vietnam',
      'laos',
      'iran',
      'syria',
      'moldova',
      'micronesia',
      'cote-divoire',
      'congo',
      'dr-congo',
      'holy-see',
      'palestine',
      'sri-lanka',
      'costa-rica',
      'european-union',
    ]) {
      expect(findPartyByCode(code), code).toBeDefined()
    }
    expect(findPartyByCode(HOME_PARTY_CODE)?.nameZh).toBe('中国')
  })

  it('has unique official names in both languages', () => {
    expect(shared((party) => [party.fullEn], key)).toEqual([])
    expect(
      shared(
        (party) => [party.fullZh],
        (form) => form,
      ),
    ).toEqual([])
  })

  it('gives no English form, abbreviation or Chinese name to two parties', () => {
    expect(shared(englishForms, key)).toEqual([])
    expect(shared(chineseNames, (form) => form)).toEqual([])
    // an adjective is another party's name nowhere; only these two are shared
    const forms = new Map(PARTIES.flatMap((party) => englishForms(party).map((form) => [key(form), party.code] as const)))
    for (const party of PARTIES) expect(forms.get(key(party.adjectiveEn)) ?? party.code, party.adjectiveEn).toBe(party.code)
    expect(shared((party) => [party.adjectiveEn], key)).toEqual(['congolese: dr-congo, congo', 'dominican: dominica, dominican-republic'])
  })

  it('gives no person to two parties', () => {
    expect(
      shared(
        (party) => party.people,
        (form) => form,
      ),
    ).toEqual([])
    expect(
      shared(
        (party) => party.peopleEn,
        (form) => form.toLowerCase(),
      ),
    ).toEqual([])
  })

  it('fills every field of every entry, other forms longest first', () => {
    for (const party of PARTIES) {
      for (const field of [party.nameEn, party.fullEn, party.adjectiveEn, party.nameZh, party.fullZh])
        expect(field.trim(), party.code).toBe(field)
      for (const field of [party.nameEn, party.fullEn, party.adjectiveEn, party.nameZh, party.fullZh])
        expect(field, party.code).not.toBe('')
      expect(
        [...party.otherZh].sort((a, b) => b.length - a.length),
        party.code,
      ).toEqual(party.otherZh)
      expect(
        [...party.otherEn].sort((a, b) => b.length - a.length),
        party.code,
      ).toEqual(party.otherEn)
      expect(party.people.length > 0, party.code).toBe(party.peopleEn.length > 0)
      // a state's compounds (中吉, 吉方) need its abbreviation; a grouping may have none
      if (party.type === 'state' || party.type === 'observer') expect(party.abbr, party.code).toMatch(/^\p{Script=Han}{1,3}$/u)
      // "the" is optional in lookups: no form carries it
      for (const form of party.otherEn) expect(form, party.code).not.toMatch(/^the\s/i)
    }
  })

  it('writes Chinese names in simplified characters', () => {
    const traditional = /[國華聯蘭爾維羅馬門東島灣協會組織歐紐韓義剛與內亞盧蘇薩澤亞達蓋]/
    for (const party of PARTIES) {
      for (const name of [...chineseNames(party), party.abbr, ...party.people]) expect(name, party.code).not.toMatch(traditional)
    }
  })

  it('puts a party whose name begins with another’s first, as the speaker lookups need', () => {
    // findSpeakerParty: the first party whose full or short Chinese name begins the office
    const zhFirst = (office: string) => PARTIES.find((party) => office.startsWith(party.fullZh) || office.startsWith(party.nameZh))?.code
    // findSpeakerPartyEn: the first party whose official English name the office contains
    const enFirst = (office: string) => PARTIES.find((party) => office.toLowerCase().includes(party.fullEn.toLowerCase()))?.code
    for (const party of PARTIES) {
      // 中国—中亚 begins with 中国, but no office is named after the summit
      if (party.code === 'china-central-asia') continue
      expect(zhFirst(`${party.fullZh}总统`), party.fullZh).toBe(party.code)
      expect(zhFirst(`${party.nameZh}总统`), party.nameZh).toBe(party.code)
      expect(enFirst(`President of the ${party.fullEn}`), party.fullEn).toBe(party.code)
    }
  })
})

describe('gazetteer lookups', () => {
  const en = (name: string) => findPartyByEnglishName(name)?.code
  const zh = (name: string) => findPartyByChineseName(name)?.code
  const any = (name: string) => findPartyByAnyName(name)?.code

  it('finds a party by any English form or abbreviation, case-insensitively, "the" optional', () => {
    expect(en('U.S.')).toBe('united-states')
    expect(en('the U.S.')).toBe('united-states')
    expect(en('USA')).toBe('united-states')
    expect(en('United States of America')).toBe('united-states')
    expect(en('America')).toBe('united-states')
    expect(en('ROK')).toBe('south-korea')
    expect(en('the Republic of Korea')).toBe('south-korea')
    expect(en('DPRK')).toBe('north-korea')
    expect(en("the Democratic People's Republic of Korea")).toBe('north-korea')
    expect(en('Korea')).toBeUndefined()
    expect(en('UAE')).toBe('united-arab-emirates')
    expect(en('the U.A.E.')).toBe('united-arab-emirates')
    expect(en('Emirati')).toBe('united-arab-emirates')
    expect(en('Viet Nam')).toBe('vietnam')
    expect(en('Socialist Republic of Viet Nam')).toBe('vietnam')
    expect(en('Türkiye')).toBe('turkey')
    expect(en('Turkiye')).toBe('turkey')
    expect(en('Republic of Türkiye')).toBe('turkey')
    expect(en("Côte d'Ivoire")).toBe('cote-divoire')
    expect(en('Côte d’Ivoire')).toBe('cote-divoire')
    expect(en('Ivory Coast')).toBe('cote-divoire')
    expect(en('Czech Republic')).toBe('czechia')
    expect(en('Swaziland')).toBe('eswatini')
    expect(en('Burma')).toBe('myanmar')
    expect(en('Cape Verde')).toBe('cabo-verde')
    expect(en('East Timor')).toBe('timor-leste')
    expect(en('the Republic of the Congo')).toBe('congo')
    expect(en('the Democratic Republic of the Congo')).toBe('dr-congo')
    expect(en('DRC')).toBe('dr-congo')
    expect(en('Great Britain')).toBe('united-kingdom')
    expect(en('U.K.')).toBe('united-kingdom')
    expect(en('PRC')).toBe('china')
    expect(en('the EU')).toBe('european-union')
    expect(en('the Quad')).toBe('quad')
    expect(en('G7')).toBe('g7')
    expect(en('G-20')).toBe('g20')
    expect(en('Gulf Cooperation Council')).toBe('gcc')
    expect(en('Shanghai Cooperation Organization')).toBe('sco')
    expect(en('China-Central Asia Summit')).toBe('china-central-asia')
    expect(en('Aotearoa New Zealand')).toBe('new-zealand')
    expect(en('the Holy See')).toBe('holy-see')
    expect(en('State of Palestine')).toBe('palestine')
  })

  it('keeps the behaviour it had: official and short names, adjectives, "the"', () => {
    expect(en('the Republic of Tajikistan')).toBe('tajikistan')
    expect(en('the Kyrgyz Republic')).toBe('kyrgyzstan')
    expect(en('Kyrgyz')).toBe('kyrgyzstan')
    expect(en('Atlantis')).toBeUndefined()
    // an adjective two parties share names neither
    expect(en('Congolese')).toBeUndefined()
    expect(en('Dominican')).toBeUndefined()
  })

  it('finds a party by any Chinese form', () => {
    expect(zh('阿联酋')).toBe('united-arab-emirates')
    expect(zh('阿拉伯联合酋长国')).toBe('united-arab-emirates')
    expect(zh('海合会')).toBe('gcc')
    expect(zh('海湾阿拉伯国家合作委员会')).toBe('gcc')
    expect(zh('上海合作组织')).toBe('sco')
    expect(zh('上合组织')).toBe('sco')
    expect(zh('七国集团')).toBe('g7')
    expect(zh('二十国集团')).toBe('g20')
    expect(zh('金砖国家')).toBe('brics')
    expect(zh('亚信')).toBe('cica')
    expect(zh('中国—中亚峰会')).toBe('china-central-asia')
    expect(zh('中国－中亚')).toBe('china-central-asia')
    expect(zh('非盟')).toBe('african-union')
    expect(zh('北约')).toBe('nato')
    expect(zh('阿盟')).toBe('arab-league')
    expect(zh('拉共体')).toBe('celac')
    expect(zh('欧亚经济联盟')).toBe('eaeu')
    expect(zh('独联体')).toBe('cis')
    expect(zh('欧盟委员会')).toBe('european-commission')
    expect(zh('刚果（布）')).toBe('congo')
    expect(zh('刚果(金)')).toBe('dr-congo')
    expect(zh('刚果')).toBeUndefined()
    expect(zh('中非')).toBeUndefined()
    expect(zh('中非共和国')).toBe('central-african-republic')
    expect(zh('马尔代夫共和国')).toBe('maldives')
    expect(zh('教廷')).toBe('holy-see')
    expect(zh('巴勒斯坦国')).toBe('palestine')
    expect(zh('吉尔吉斯共和国')).toBe('kyrgyzstan')
  })

  it('finds a party by any name, Chinese or English, or by its code', () => {
    expect(any('阿联酋')).toBe('united-arab-emirates')
    expect(any('the U.S.')).toBe('united-states')
    expect(any('Viet Nam')).toBe('vietnam')
    expect(any('七国集团')).toBe('g7')
    expect(any('the Quad')).toBe('quad')
    expect(any('南非')).toBe('south-africa')
    expect(any('holy-see')).toBe('holy-see')
    expect(any('')).toBeUndefined()
    expect(any('吉')).toBeUndefined()
  })

  it('leaves englishNames to the official and short names, and gives every form in englishForms', () => {
    const us = findPartyByCode('united-states') as PartyEntry
    expect(englishNames(us)).toEqual(['United States of America', 'United States'])
    expect(englishForms(us)).toEqual(['United States of America', 'United States', 'America', 'U.S.A.', 'U.S.', 'USA', 'US'])
  })

  it('finds a party by its leader', () => {
    expect(findPartyByPerson('拜登')?.code).toBe('united-states')
    expect(findPartyByPerson('尹锡悦')?.code).toBe('south-korea')
    expect(findPartyByEnglishPerson('Moon Jae-in')?.code).toBe('south-korea')
    // she signs for the Union beside a head of state ("President Biden and President von der Leyen")
    expect(findPartyByEnglishPerson('Ursula von der Leyen')?.code).toBe('european-union')
  })
})
