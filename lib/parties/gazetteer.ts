/**
 * The parties Tongwen recognises: states (and the EU) that sign joint statements
 * with China, with the forms their names take in Chinese and English statements.
 *
 * `abbr` is the one- or two-character form used in compounds (中吉, 吉方); it is
 * only ever matched in those compounds, never on its own, because characters such
 * as 吉, 塔 and 日 are common in ordinary words. `people` lists heads of state or
 * government whose names appear in statements, longest form first, so that a
 * comparison can treat "热恩别科夫总统" and "拉赫蒙总统" as the same formula.
 */
export interface PartyEntry {
  code: string
  nameEn: string
  /** official English name as in statement titles */
  fullEn: string
  /** adjective used in "the Kyrgyz side" */
  adjectiveEn: string
  nameZh: string
  fullZh: string
  /** other Chinese forms, longest first */
  otherZh: readonly string[]
  abbr: string
  people: readonly string[]
  /** the same people as English statements name them, longest form first */
  peopleEn: readonly string[]
}

const p = (
  code: string,
  nameEn: string,
  fullEn: string,
  adjectiveEn: string,
  fullZh: string,
  nameZh: string,
  abbr: string,
  otherZh: readonly string[] = [],
  people: readonly string[] = [],
  peopleEn: readonly string[] = [],
): PartyEntry => ({ code, nameEn, fullEn, adjectiveEn, nameZh, fullZh, otherZh, abbr, people, peopleEn })

export const HOME_PARTY_CODE = 'china'

export const PARTIES: readonly PartyEntry[] = [
  p('china', 'China', "People's Republic of China", 'Chinese', '中华人民共和国', '中国', '中', [], ['习近平', '李强', '李克强'], ['Xi Jinping', 'Li Keqiang', 'Li Qiang']),
  p('russia', 'Russia', 'Russian Federation', 'Russian', '俄罗斯联邦', '俄罗斯', '俄', [], [
    '弗拉基米尔·弗拉基米罗维奇·普京', '德·阿·梅德韦杰夫', '德米特里·阿纳托利耶维奇·梅德韦杰夫', '梅德韦杰夫', '米舒斯京', '普京',
  ], ['Vladimir Vladimirovich Putin', 'Vladimir Putin', 'Dmitry Medvedev', 'Mikhail Mishustin', 'Medvedev', 'Mishustin', 'Putin']),
  p('kyrgyzstan', 'Kyrgyzstan', 'Kyrgyz Republic', 'Kyrgyz', '吉尔吉斯共和国', '吉尔吉斯斯坦', '吉', ['吉尔吉斯'], [
    '索隆拜·沙里波维奇·热恩别科夫', '索隆拜·热恩别科夫', '热恩别科夫', '萨德尔·扎帕罗夫', '扎帕罗夫', '阿坦巴耶夫',
  ], ['Sooronbay Sharipovich Jeenbekov', 'Sooronbay Jeenbekov', 'Almazbek Atambayev', 'Sadyr Japarov', 'Jeenbekov', 'Atambayev', 'Japarov']),
  p('tajikistan', 'Tajikistan', 'Republic of Tajikistan', 'Tajik', '塔吉克斯坦共和国', '塔吉克斯坦', '塔', ['塔吉克'], [
    '埃莫马利·拉赫蒙', '拉赫蒙',
  ], ['Emomali Rahmon', 'Rahmon']),
  p('kazakhstan', 'Kazakhstan', 'Republic of Kazakhstan', 'Kazakh', '哈萨克斯坦共和国', '哈萨克斯坦', '哈', ['哈萨克'], [
    '卡瑟姆若马尔特·托卡耶夫', '托卡耶夫', '努尔苏丹·纳扎尔巴耶夫', '纳扎尔巴耶夫',
  ], ['Kassym-Jomart Tokayev', 'Nursultan Nazarbayev', 'Nazarbayev', 'Tokayev']),
  p('uzbekistan', 'Uzbekistan', 'Republic of Uzbekistan', 'Uzbek', '乌兹别克斯坦共和国', '乌兹别克斯坦', '乌', ['乌兹别克'], [
    '沙夫卡特·米尔济约耶夫', '米尔济约耶夫',
  ], ['Shavkat Mirziyoyev', 'Mirziyoyev']),
  p('turkmenistan', 'Turkmenistan', 'Turkmenistan', 'Turkmen', '土库曼斯坦', '土库曼斯坦', '土', ['土库曼'], [
    '古尔班古力·别尔德穆哈梅多夫', '谢尔达尔·别尔德穆哈梅多夫', '别尔德穆哈梅多夫',
  ], ['Gurbanguly Berdimuhamedov', 'Serdar Berdimuhamedov', 'Berdimuhamedov']),
  p('mongolia', 'Mongolia', 'Mongolia', 'Mongolian', '蒙古国', '蒙古', '蒙'),
  p('pakistan', 'Pakistan', 'Islamic Republic of Pakistan', 'Pakistani', '巴基斯坦伊斯兰共和国', '巴基斯坦', '巴'),
  p('india', 'India', 'Republic of India', 'Indian', '印度共和国', '印度', '印'),
  p('afghanistan', 'Afghanistan', 'Islamic Republic of Afghanistan', 'Afghan', '阿富汗伊斯兰共和国', '阿富汗', '阿'),
  p('iran', 'Iran', 'Islamic Republic of Iran', 'Iranian', '伊朗伊斯兰共和国', '伊朗', '伊'),
  p('turkey', 'Turkey', 'Republic of Türkiye', 'Turkish', '土耳其共和国', '土耳其', '土'),
  p('belarus', 'Belarus', 'Republic of Belarus', 'Belarusian', '白俄罗斯共和国', '白俄罗斯', '白'),
  p('azerbaijan', 'Azerbaijan', 'Republic of Azerbaijan', 'Azerbaijani', '阿塞拜疆共和国', '阿塞拜疆', '阿'),
  p('armenia', 'Armenia', 'Republic of Armenia', 'Armenian', '亚美尼亚共和国', '亚美尼亚', '亚'),
  p('georgia', 'Georgia', 'Georgia', 'Georgian', '格鲁吉亚', '格鲁吉亚', '格'),
  p('ukraine', 'Ukraine', 'Ukraine', 'Ukrainian', '乌克兰', '乌克兰', '乌'),
  p('vietnam', 'Vietnam', 'Socialist Republic of Viet Nam', 'Vietnamese', '越南社会主义共和国', '越南', '越'),
  p('laos', 'Laos', "Lao People's Democratic Republic", 'Lao', '老挝人民民主共和国', '老挝', '老'),
  p('cambodia', 'Cambodia', 'Kingdom of Cambodia', 'Cambodian', '柬埔寨王国', '柬埔寨', '柬'),
  p('thailand', 'Thailand', 'Kingdom of Thailand', 'Thai', '泰王国', '泰国', '泰'),
  p('myanmar', 'Myanmar', 'Republic of the Union of Myanmar', 'Myanmar', '缅甸联邦共和国', '缅甸', '缅'),
  p('indonesia', 'Indonesia', 'Republic of Indonesia', 'Indonesian', '印度尼西亚共和国', '印度尼西亚', '印尼', []),
  p('malaysia', 'Malaysia', 'Malaysia', 'Malaysian', '马来西亚', '马来西亚', '马'),
  p('philippines', 'Philippines', 'Republic of the Philippines', 'Philippine', '菲律宾共和国', '菲律宾', '菲'),
  p('singapore', 'Singapore', 'Republic of Singapore', 'Singaporean', '新加坡共和国', '新加坡', '新'),
  p('nepal', 'Nepal', 'Federal Democratic Republic of Nepal', 'Nepali', '尼泊尔联邦民主共和国', '尼泊尔', '尼'),
  p('sri-lanka', 'Sri Lanka', 'Democratic Socialist Republic of Sri Lanka', 'Sri Lankan', '斯里兰卡民主社会主义共和国', '斯里兰卡', '斯'),
  p('bangladesh', 'Bangladesh', "People's Republic of Bangladesh", 'Bangladeshi', '孟加拉人民共和国', '孟加拉国', '孟'),
  p('north-korea', 'North Korea', "Democratic People's Republic of Korea", 'DPRK', '朝鲜民主主义人民共和国', '朝鲜', '朝'),
  p('south-korea', 'South Korea', 'Republic of Korea', 'ROK', '大韩民国', '韩国', '韩'),
  p('japan', 'Japan', 'Japan', 'Japanese', '日本国', '日本', '日'),
  p('united-states', 'United States', 'United States of America', 'US', '美利坚合众国', '美国', '美'),
  p('united-kingdom', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', 'British', '大不列颠及北爱尔兰联合王国', '英国', '英'),
  p('france', 'France', 'French Republic', 'French', '法兰西共和国', '法国', '法'),
  p('germany', 'Germany', 'Federal Republic of Germany', 'German', '德意志联邦共和国', '德国', '德'),
  p('italy', 'Italy', 'Italian Republic', 'Italian', '意大利共和国', '意大利', '意'),
  p('spain', 'Spain', 'Kingdom of Spain', 'Spanish', '西班牙王国', '西班牙', '西'),
  p('serbia', 'Serbia', 'Republic of Serbia', 'Serbian', '塞尔维亚共和国', '塞尔维亚', '塞'),
  p('hungary', 'Hungary', 'Hungary', 'Hungarian', '匈牙利', '匈牙利', '匈'),
  p('greece', 'Greece', 'Hellenic Republic', 'Greek', '希腊共和国', '希腊', '希'),
  p('brazil', 'Brazil', 'Federative Republic of Brazil', 'Brazilian', '巴西联邦共和国', '巴西', '巴'),
  p('argentina', 'Argentina', 'Argentine Republic', 'Argentine', '阿根廷共和国', '阿根廷', '阿'),
  p('mexico', 'Mexico', 'United Mexican States', 'Mexican', '墨西哥合众国', '墨西哥', '墨'),
  p('south-africa', 'South Africa', 'Republic of South Africa', 'South African', '南非共和国', '南非', '南'),
  p('egypt', 'Egypt', 'Arab Republic of Egypt', 'Egyptian', '阿拉伯埃及共和国', '埃及', '埃'),
  p('saudi-arabia', 'Saudi Arabia', 'Kingdom of Saudi Arabia', 'Saudi', '沙特阿拉伯王国', '沙特阿拉伯', '沙', ['沙特']),
  p('australia', 'Australia', 'Australia', 'Australian', '澳大利亚联邦', '澳大利亚', '澳'),
  p('new-zealand', 'New Zealand', 'New Zealand', 'New Zealand', '新西兰', '新西兰', '新'),
  p('canada', 'Canada', 'Canada', 'Canadian', '加拿大', '加拿大', '加'),
  p('european-union', 'European Union', 'European Union', 'EU', '欧洲联盟', '欧盟', '欧'),
]

const byCode = new Map(PARTIES.map((party) => [party.code, party]))

/** The gazetteer entry with this code, or undefined. */
export function findPartyByCode(code: string): PartyEntry | undefined {
  return byCode.get(code)
}

/** All Chinese forms of a party's name, longest first (abbreviation excluded). */
export function chineseNames(party: PartyEntry): string[] {
  return [...new Set([party.fullZh, party.nameZh, ...party.otherZh])].sort((a, b) => b.length - a.length)
}

/**
 * The party a Chinese name refers to: an exact full, short or other form
 * ("吉尔吉斯共和国", "吉尔吉斯斯坦"), or undefined when the name is not known.
 * @example findPartyByChineseName('塔吉克斯坦共和国')?.code // 'tajikistan'
 */
export function findPartyByChineseName(name: string): PartyEntry | undefined {
  const wanted = name.trim()
  return PARTIES.find((party) => chineseNames(party).includes(wanted))
}

/** The party whose head of state or government has this name, if known. */
export function findPartyByPerson(name: string): PartyEntry | undefined {
  return PARTIES.find((party) => party.people.includes(name.trim()))
}

/**
 * All English forms of a party's name, longest first: the official name with
 * and without "the", the short name. The adjective (Kyrgyz) is left out: it
 * is a name only in "the Kyrgyz side", which the mask matches as a compound.
 */
export function englishNames(party: PartyEntry): string[] {
  const forms = [party.fullEn, party.nameEn]
  return [...new Set(forms)].sort((a, b) => b.length - a.length)
}

/**
 * The party an English name refers to ("the Kyrgyz Republic", "Kyrgyzstan"),
 * or undefined.
 * @example findPartyByEnglishName("the Republic of Tajikistan")?.code // 'tajikistan'
 */
export function findPartyByEnglishName(name: string): PartyEntry | undefined {
  const wanted = name.trim().replace(/^the\s+/i, '').toLowerCase()
  return PARTIES.find((party) => englishNames(party).some((form) => form.toLowerCase() === wanted) || party.adjectiveEn.toLowerCase() === wanted)
}

/** The party of a person named in English ("Xi Jinping"), if known. */
export function findPartyByEnglishPerson(name: string): PartyEntry | undefined {
  const wanted = name.trim().toLowerCase()
  return PARTIES.find((party) => party.peopleEn.some((person) => person.toLowerCase() === wanted))
}
