/**
 * The gazetteer's data: every UN member state, the two observer states and the
 * groupings that issue or sign statements, with the forms their names take in
 * Chinese (外交部 usage, simplified) and English statements. The lookups are in
 * ./gazetteer.ts, which re-exports everything here.
 *
 * Order matters where one party's name begins another's: `findSpeakerParty`
 * takes the first entry whose Chinese name begins the office and
 * `findSpeakerPartyEn` the first whose official English name the office
 * contains, so 印度尼西亚 comes before 印度, 几内亚比绍 before 几内亚, the
 * Democratic Republic of the Congo before the Republic of the Congo and 欧盟委员会
 * before 欧盟 (gazetteer.test.ts checks this).
 */

/** a UN member state, an observer state, a state or territory outside the UN that signs statements (the Cook Islands, New Caledonia), or a grouping */
export type PartyType = 'state' | 'observer' | 'territory' | 'grouping'

export interface PartyEntry {
  code: string
  nameEn: string
  /** official English name as in statement titles */
  fullEn: string
  /** adjective used in "the Kyrgyz side" */
  adjectiveEn: string
  /** other English forms and abbreviations as statements print them (U.S., ROK, Viet Nam), without "the" */
  otherEn: readonly string[]
  nameZh: string
  fullZh: string
  /** other Chinese forms, longest first */
  otherZh: readonly string[]
  /** the one- or two-character form of compounds (中吉, 吉方); '' for a grouping that has none */
  abbr: string
  people: readonly string[]
  /** the same people as English statements name them, longest form first */
  peopleEn: readonly string[]
  /** a UN member state, a UN observer state (Holy See, Palestine), or a grouping or organisation */
  type: PartyType
}

/** The new fields, optional in a row. */
interface More {
  otherEn?: readonly string[]
  otherZh?: readonly string[]
  people?: readonly string[]
  peopleEn?: readonly string[]
  type?: PartyType
}

const byLength = (forms: readonly string[]) => [...forms].sort((a, b) => b.length - a.length)

/**
 * The original row: positional, as the first entries were written; `more`
 * carries the fields added since (otherEn, type), a state unless it says otherwise.
 */
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
  more: Pick<More, 'otherEn' | 'type'> = {},
): PartyEntry => ({
  code,
  nameEn,
  fullEn,
  adjectiveEn,
  otherEn: byLength(more.otherEn ?? []),
  nameZh,
  fullZh,
  otherZh: byLength(otherZh),
  abbr,
  people,
  peopleEn,
  type: more.type ?? 'state',
})

/** A row with the optional fields by name. */
const row =
  (type: PartyType) =>
  (code: string, nameEn: string, fullEn: string, adjectiveEn: string, fullZh: string, nameZh: string, abbr: string, more: More = {}): PartyEntry =>
    p(code, nameEn, fullEn, adjectiveEn, fullZh, nameZh, abbr, more.otherZh, more.people, more.peopleEn, { otherEn: more.otherEn, type })

/** a UN member state */
const s = row('state')
/** a UN observer state */
const o = row('observer')
/** a grouping or international organisation */
const g = row('grouping')
/** a state or territory outside the UN that signs statements of its own */
const t = row('territory')

export const HOME_PARTY_CODE = 'china'
/** The publishing governments of the bundled collections: the side each of their statements shares, never masked. */
export const HOME_PARTY_CODES: readonly string[] = ['china', 'united-states']

export const PARTIES: readonly PartyEntry[] = [
  // The first entries, in their original order (codes, names and abbreviations unchanged).
  p('china', 'China', "People's Republic of China", 'Chinese', '中华人民共和国', '中国', '中', [], ['习近平', '李强', '李克强'], ['Xi Jinping', 'Li Keqiang', 'Li Qiang'], { otherEn: ['PRC', 'P.R.C.'] }),
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
  p('mongolia', 'Mongolia', 'Mongolia', 'Mongolian', '蒙古国', '蒙古', '蒙', [], [
    '乌赫那·呼日勒苏赫', '呼日勒苏赫', '奥云额尔登', '巴特图勒嘎',
  ], ['Ukhnaagiin Khurelsukh', 'Ukhnaa Khurelsukh', 'Luvsannamsrain Oyun-Erdene', 'Khaltmaagiin Battulga', 'Khurelsukh', 'Oyun-Erdene', 'Battulga']),
  p('pakistan', 'Pakistan', 'Islamic Republic of Pakistan', 'Pakistani', '巴基斯坦伊斯兰共和国', '巴基斯坦', '巴', [], [
    '夏巴兹·谢里夫', '伊姆兰·汗', '夏巴兹',
  ], ['Muhammad Shehbaz Sharif', 'Shehbaz Sharif', 'Imran Khan']),
  // before India: 印度尼西亚 begins with 印度
  p('indonesia', 'Indonesia', 'Republic of Indonesia', 'Indonesian', '印度尼西亚共和国', '印度尼西亚', '印尼', ['印尼'], [
    '普拉博沃·苏比延托', '佐科·维多多', '普拉博沃', '佐科',
  ], ['Prabowo Subianto', 'Joko Widodo', 'Prabowo', 'Jokowi', 'Widodo']),
  p('india', 'India', 'Republic of India', 'Indian', '印度共和国', '印度', '印', [], ['纳伦德拉·莫迪', '莫迪'], ['Narendra Modi', 'Modi'], { otherEn: ['Bharat'] }),
  p('afghanistan', 'Afghanistan', 'Islamic Republic of Afghanistan', 'Afghan', '阿富汗伊斯兰共和国', '阿富汗', '阿'),
  p('iran', 'Iran', 'Islamic Republic of Iran', 'Iranian', '伊朗伊斯兰共和国', '伊朗', '伊', [], [
    '易卜拉欣·莱希', '马苏德·佩泽希齐扬', '哈桑·鲁哈尼', '佩泽希齐扬', '莱希', '鲁哈尼',
  ], ['Seyyed Ebrahim Raisi', 'Masoud Pezeshkian', 'Ebrahim Raisi', 'Hassan Rouhani', 'Pezeshkian', 'Rouhani', 'Raisi']),
  p('turkey', 'Turkey', 'Republic of Türkiye', 'Turkish', '土耳其共和国', '土耳其', '土', [], [
    '雷杰普·塔伊普·埃尔多安', '埃尔多安',
  ], ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan'], { otherEn: ['Türkiye', 'Turkiye', 'Republic of Turkey', 'Republic of Turkiye'] }),
  p('belarus', 'Belarus', 'Republic of Belarus', 'Belarusian', '白俄罗斯共和国', '白俄罗斯', '白', [], [
    '亚历山大·格里戈里耶维奇·卢卡申科', '亚历山大·卢卡申科', '卢卡申科',
  ], ['Alexander Grigoryevich Lukashenko', 'Alexander Lukashenko', 'Lukashenko']),
  p('azerbaijan', 'Azerbaijan', 'Republic of Azerbaijan', 'Azerbaijani', '阿塞拜疆共和国', '阿塞拜疆', '阿', [], [
    '伊利哈姆·阿利耶夫', '阿利耶夫',
  ], ['Ilham Aliyev', 'Aliyev']),
  p('armenia', 'Armenia', 'Republic of Armenia', 'Armenian', '亚美尼亚共和国', '亚美尼亚', '亚', [], ['尼科尔·帕希尼扬', '帕希尼扬'], ['Nikol Pashinyan', 'Pashinyan']),
  p('georgia', 'Georgia', 'Georgia', 'Georgian', '格鲁吉亚', '格鲁吉亚', '格', [], ['伊拉克利·加里巴什维利', '加里巴什维利'], ['Irakli Garibashvili', 'Garibashvili']),
  p('ukraine', 'Ukraine', 'Ukraine', 'Ukrainian', '乌克兰', '乌克兰', '乌', [], ['弗拉基米尔·泽连斯基', '泽连斯基'], [
    'Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Zelenskyy', 'Zelensky',
  ]),
  p('vietnam', 'Vietnam', 'Socialist Republic of Viet Nam', 'Vietnamese', '越南社会主义共和国', '越南', '越', [], [
    '阮富仲', '阮春福', '武文赏', '范明政', '苏林',
  ], ['Nguyen Phu Trong', 'Nguyen Xuan Phuc', 'Pham Minh Chinh', 'Vo Van Thuong', 'To Lam'], { otherEn: ['Viet Nam', 'Socialist Republic of Vietnam'] }),
  p('laos', 'Laos', "Lao People's Democratic Republic", 'Lao', '老挝人民民主共和国', '老挝', '老', [], [
    '通伦·西苏里', '宋赛·西潘敦', '潘坎·维帕万', '本扬·沃拉吉', '通伦',
  ], ['Thongloun Sisoulith', 'Sonexay Siphandone', 'Phankham Viphavanh', 'Bounnhang Vorachith', 'Thongloun'], { otherEn: ['Lao PDR', 'Lao P.D.R.'] }),
  p('cambodia', 'Cambodia', 'Kingdom of Cambodia', 'Cambodian', '柬埔寨王国', '柬埔寨', '柬', [], [
    '诺罗敦·西哈莫尼', '西哈莫尼', '洪玛奈', '洪森',
  ], ['Norodom Sihamoni', 'Samdech Techo Hun Sen', 'Hun Manet', 'Sihamoni', 'Hun Sen']),
  p('thailand', 'Thailand', 'Kingdom of Thailand', 'Thai', '泰王国', '泰国', '泰', [], [
    '佩通坦·钦那瓦', '巴育·詹欧差', '赛塔·他威信', '佩通坦', '巴育', '赛塔',
  ], ['Paetongtarn Shinawatra', 'Prayut Chan-o-cha', 'Srettha Thavisin', 'Paetongtarn', 'Prayut', 'Srettha']),
  p('myanmar', 'Myanmar', 'Republic of the Union of Myanmar', 'Myanmar', '缅甸联邦共和国', '缅甸', '缅', [], [
    '昂山素季', '敏昂莱', '温敏',
  ], ['Daw Aung San Suu Kyi', 'Aung San Suu Kyi', 'Min Aung Hlaing', 'Win Myint'], { otherEn: ['Burma', 'Union of Myanmar', 'Union of Burma'] }),
  p('malaysia', 'Malaysia', 'Malaysia', 'Malaysian', '马来西亚', '马来西亚', '马', [], [
    '马哈蒂尔·穆罕默德', '安瓦尔·易卜拉欣', '伊斯迈尔·萨布里', '穆希丁·亚辛', '马哈蒂尔', '安瓦尔', '穆希丁',
  ], ['Ismail Sabri Yaakob', 'Mahathir Mohamad', 'Muhyiddin Yassin', 'Anwar Ibrahim', 'Ismail Sabri', 'Muhyiddin', 'Mahathir', 'Anwar']),
  p('philippines', 'Philippines', 'Republic of the Philippines', 'Philippine', '菲律宾共和国', '菲律宾', '菲', [], [
    '罗德里戈·杜特尔特', '杜特尔特', '小马科斯', '马科斯',
  ], ['Ferdinand R. Marcos Jr.', 'Ferdinand Marcos Jr.', 'Rodrigo Roa Duterte', 'Rodrigo Duterte', 'Duterte', 'Marcos']),
  p('singapore', 'Singapore', 'Republic of Singapore', 'Singaporean', '新加坡共和国', '新加坡', '新', [], [
    '哈莉玛·雅各布', '李显龙', '黄循财', '尚达曼', '哈莉玛',
  ], ['Tharman Shanmugaratnam', 'Lee Hsien Loong', 'Halimah Yacob', 'Lawrence Wong', 'Tharman', 'Halimah']),
  p('nepal', 'Nepal', 'Federal Democratic Republic of Nepal', 'Nepali', '尼泊尔联邦民主共和国', '尼泊尔', '尼', [], [
    '比迪娅·戴维·班达里', '拉姆·钱德拉·鲍德尔', '普拉昌达', '班达里', '鲍德尔', '德乌帕', '奥利',
  ], ['Bidya Devi Bhandari', 'Ram Chandra Poudel', 'Pushpa Kamal Dahal', 'Sher Bahadur Deuba', 'K. P. Sharma Oli', 'K.P. Sharma Oli', 'Prachanda', 'Bhandari', 'Poudel', 'Deuba']),
  p('sri-lanka', 'Sri Lanka', 'Democratic Socialist Republic of Sri Lanka', 'Sri Lankan', '斯里兰卡民主社会主义共和国', '斯里兰卡', '斯', [], [
    '阿努拉·库马拉·迪萨纳亚克', '戈塔巴雅·拉贾帕克萨', '马欣达·拉贾帕克萨', '拉尼尔·维克拉马辛哈', '维克拉马辛哈', '迪萨纳亚克', '拉贾帕克萨',
  ], ['Anura Kumara Dissanayake', 'Gotabaya Rajapaksa', 'Ranil Wickremesinghe', 'Mahinda Rajapaksa', 'Wickremesinghe', 'Dissanayake', 'Rajapaksa']),
  p('bangladesh', 'Bangladesh', "People's Republic of Bangladesh", 'Bangladeshi', '孟加拉人民共和国', '孟加拉国', '孟', [], ['谢赫·哈西娜', '哈西娜'], ['Sheikh Hasina', 'Hasina']),
  p('north-korea', 'North Korea', "Democratic People's Republic of Korea", 'DPRK', '朝鲜民主主义人民共和国', '朝鲜', '朝', [], ['金正恩'], ['Kim Jong Un', 'Kim Jong-un'], { otherEn: ['DPRK', 'D.P.R.K.'] }),
  p('south-korea', 'South Korea', 'Republic of Korea', 'ROK', '大韩民国', '韩国', '韩', [], ['文在寅', '尹锡悦'], ['Yoon Suk Yeol', 'Yoon Suk-yeol', 'Moon Jae-in', 'Moon Jae In', 'Yoon'], { otherEn: ['ROK', 'R.O.K.'] }),
  // ("Moon" alone is left out: statements speak of the Moon, as in Artemis)
  p('japan', 'Japan', 'Japan', 'Japanese', '日本国', '日本', '日', [], ['安倍晋三', '菅义伟', '岸田文雄', '石破茂'], [
    'Yoshihide Suga', 'Shigeru Ishiba', 'Fumio Kishida', 'Shinzo Abe', 'Kishida', 'Ishiba', 'Suga', 'Abe',
  ]),
  p('united-states', 'United States', 'United States of America', 'US', '美利坚合众国', '美国', '美', [], [
    '唐纳德·特朗普', '约瑟夫·拜登', '特朗普', '拜登',
  ], [
    'Joseph R. Biden, Jr.', 'Joseph R. Biden Jr.', 'Donald J. Trump', 'Joseph R. Biden', 'Donald Trump', 'Joe Biden', 'Trump', 'Biden',
    // the officials whose statements the White House publishes: a statement by one of them is the United States'
    'Kamala Harris', 'Antony Blinken', 'Jake Sullivan', 'Jen Psaki', 'Karine Jean-Pierre',
  ], {
    otherEn: ['U.S.A.', 'U.S.', 'USA', 'US', 'America'],
  }),
  p('united-kingdom', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', 'British', '大不列颠及北爱尔兰联合王国', '英国', '英', ['联合王国'], [
    '鲍里斯·约翰逊', '伊丽莎白·特拉斯', '里希·苏纳克', '基尔·斯塔默', '特蕾莎·梅', '约翰逊', '特拉斯', '苏纳克', '斯塔默',
  ], ['Boris Johnson', 'Keir Starmer', 'Rishi Sunak', 'Theresa May', 'Liz Truss', 'Johnson', 'Starmer', 'Sunak', 'Truss'], {
    otherEn: ['Great Britain', 'Britain', 'U.K.', 'UK'],
  }),
  p('france', 'France', 'French Republic', 'French', '法兰西共和国', '法国', '法', [], ['埃马纽埃尔·马克龙', '马克龙'], ['Emmanuel Macron', 'Macron']),
  p('germany', 'Germany', 'Federal Republic of Germany', 'German', '德意志联邦共和国', '德国', '德', [], [
    '弗兰克-瓦尔特·施泰因迈尔', '安格拉·默克尔', '奥拉夫·朔尔茨', '施泰因迈尔', '默克尔', '朔尔茨',
  ], ['Frank-Walter Steinmeier', 'Angela Merkel', 'Olaf Scholz', 'Steinmeier', 'Merkel', 'Scholz']),
  p('italy', 'Italy', 'Italian Republic', 'Italian', '意大利共和国', '意大利', '意', [], [
    '塞尔焦·马塔雷拉', '乔治娅·梅洛尼', '朱塞佩·孔特', '马里奥·德拉吉', '马塔雷拉', '梅洛尼', '德拉吉', '孔特',
  ], ['Sergio Mattarella', 'Giorgia Meloni', 'Giuseppe Conte', 'Mario Draghi', 'Mattarella', 'Meloni', 'Draghi', 'Conte']),
  p('spain', 'Spain', 'Kingdom of Spain', 'Spanish', '西班牙王国', '西班牙', '西', [], ['佩德罗·桑切斯', '桑切斯'], ['Pedro Sánchez', 'Pedro Sanchez', 'Sánchez', 'Sanchez']),
  p('serbia', 'Serbia', 'Republic of Serbia', 'Serbian', '塞尔维亚共和国', '塞尔维亚', '塞', [], ['亚历山大·武契奇', '武契奇'], ['Aleksandar Vučić', 'Aleksandar Vucic', 'Vučić', 'Vucic']),
  p('hungary', 'Hungary', 'Hungary', 'Hungarian', '匈牙利', '匈牙利', '匈', [], ['欧尔班·维克托', '欧尔班'], ['Viktor Orbán', 'Viktor Orban', 'Orbán', 'Orban']),
  p('greece', 'Greece', 'Hellenic Republic', 'Greek', '希腊共和国', '希腊', '希', [], ['基里亚科斯·米佐塔基斯', '米佐塔基斯'], ['Kyriakos Mitsotakis', 'Mitsotakis']),
  p('brazil', 'Brazil', 'Federative Republic of Brazil', 'Brazilian', '巴西联邦共和国', '巴西', '巴', [], [
    '路易斯·伊纳西奥·卢拉·达席尔瓦', '雅伊尔·博索纳罗', '博索纳罗', '卢拉',
  ], ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Jair Bolsonaro', 'Bolsonaro', 'Lula']),
  p('argentina', 'Argentina', 'Argentine Republic', 'Argentine', '阿根廷共和国', '阿根廷', '阿', [], [
    '阿尔韦托·费尔南德斯', '哈维尔·米莱', '费尔南德斯', '米莱',
  ], ['Alberto Fernández', 'Alberto Fernandez', 'Javier Milei', 'Fernández', 'Fernandez', 'Milei']),
  p('mexico', 'Mexico', 'United Mexican States', 'Mexican', '墨西哥合众国', '墨西哥', '墨', [], [
    '安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔', '克劳迪娅·辛鲍姆', '洛佩斯', '辛鲍姆',
  ], ['Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador', 'Claudia Sheinbaum', 'López Obrador', 'Lopez Obrador', 'Sheinbaum']),
  p('south-africa', 'South Africa', 'Republic of South Africa', 'South African', '南非共和国', '南非', '南', [], ['西里尔·拉马福萨', '拉马福萨'], ['Cyril Ramaphosa', 'Ramaphosa']),
  p('egypt', 'Egypt', 'Arab Republic of Egypt', 'Egyptian', '阿拉伯埃及共和国', '埃及', '埃', [], ['阿卜杜勒·法塔赫·塞西', '塞西'], [
    'Abdel Fattah al-Sisi', 'Abdel Fattah el-Sisi', 'al-Sisi', 'el-Sisi', 'Sisi',
  ]),
  p('saudi-arabia', 'Saudi Arabia', 'Kingdom of Saudi Arabia', 'Saudi', '沙特阿拉伯王国', '沙特阿拉伯', '沙', ['沙特'], [
    '萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特', '穆罕默德·本·萨勒曼·阿勒沙特', '穆罕默德·本·萨勒曼', '萨勒曼',
  ], ['Salman bin Abdulaziz Al Saud', 'Mohammed bin Salman Al Saud', 'Mohammed bin Salman', 'King Salman'], { otherEn: ['KSA'] }),
  p('australia', 'Australia', 'Australia', 'Australian', '澳大利亚联邦', '澳大利亚', '澳', [], ['安东尼·阿尔巴尼斯', '斯科特·莫里森', '阿尔巴尼斯', '莫里森'], [
    'Anthony Albanese', 'Scott Morrison', 'Albanese', 'Morrison',
  ], { otherEn: ['Commonwealth of Australia'] }),
  p('new-zealand', 'New Zealand', 'New Zealand', 'New Zealand', '新西兰', '新西兰', '新', [], [
    '克里斯托弗·拉克森', '杰辛达·阿德恩', '克里斯·希普金斯', '希普金斯', '阿德恩', '拉克森',
  ], ['Christopher Luxon', 'Jacinda Ardern', 'Chris Hipkins', 'Hipkins', 'Ardern', 'Luxon'], { otherEn: ['Aotearoa New Zealand', 'Aotearoa', 'NZ'] }),
  p('canada', 'Canada', 'Canada', 'Canadian', '加拿大', '加拿大', '加', [], ['贾斯廷·特鲁多', '特鲁多'], ['Justin Trudeau', 'Trudeau']),
  // before the EU: 欧盟委员会 begins with 欧盟
  g('european-commission', 'European Commission', 'European Commission', 'European Commission', '欧洲联盟委员会', '欧盟委员会', '', {
    otherZh: ['欧委会'],
    otherEn: ['Commission of the European Union', 'EU Commission'],
  }),
  // the Commission's president speaks for the Union in the statements she signs with a head of state ("President Biden and President von der Leyen")
  p('european-union', 'European Union', 'European Union', 'EU', '欧洲联盟', '欧盟', '欧', [], ['乌尔苏拉·冯德莱恩', '冯德莱恩', '夏尔·米歇尔'], ['Ursula von der Leyen', 'Charles Michel', 'von der Leyen'], { otherEn: ['E.U.', 'EU'], type: 'grouping' }),

  // UN member states added to complete the list, alphabetically by English name.
  s('albania', 'Albania', 'Republic of Albania', 'Albanian', '阿尔巴尼亚共和国', '阿尔巴尼亚', '阿'),
  s('algeria', 'Algeria', "People's Democratic Republic of Algeria", 'Algerian', '阿尔及利亚民主人民共和国', '阿尔及利亚', '阿', {
    people: ['阿卜杜勒马吉德·特本', '特本'],
    peopleEn: ['Abdelmadjid Tebboune', 'Tebboune'],
  }),
  s('andorra', 'Andorra', 'Principality of Andorra', 'Andorran', '安道尔公国', '安道尔', '安'),
  s('angola', 'Angola', 'Republic of Angola', 'Angolan', '安哥拉共和国', '安哥拉', '安', { people: ['若昂·洛伦索', '洛伦索'], peopleEn: ['João Lourenço', 'Joao Lourenco', 'Lourenço', 'Lourenco'] }),
  s('antigua-and-barbuda', 'Antigua and Barbuda', 'Antigua and Barbuda', 'Antiguan', '安提瓜和巴布达', '安提瓜和巴布达', '安'),
  s('austria', 'Austria', 'Republic of Austria', 'Austrian', '奥地利共和国', '奥地利', '奥'),
  s('bahamas', 'Bahamas', 'Commonwealth of The Bahamas', 'Bahamian', '巴哈马国', '巴哈马', '巴', { otherEn: ['Commonwealth of the Bahamas'] }),
  s('bahrain', 'Bahrain', 'Kingdom of Bahrain', 'Bahraini', '巴林王国', '巴林', '巴'),
  s('barbados', 'Barbados', 'Barbados', 'Barbadian', '巴巴多斯', '巴巴多斯', '巴'),
  s('belgium', 'Belgium', 'Kingdom of Belgium', 'Belgian', '比利时王国', '比利时', '比'),
  s('belize', 'Belize', 'Belize', 'Belizean', '伯利兹', '伯利兹', '伯'),
  s('benin', 'Benin', 'Republic of Benin', 'Beninese', '贝宁共和国', '贝宁', '贝'),
  s('bhutan', 'Bhutan', 'Kingdom of Bhutan', 'Bhutanese', '不丹王国', '不丹', '不'),
  s('bolivia', 'Bolivia', 'Plurinational State of Bolivia', 'Bolivian', '多民族玻利维亚国', '玻利维亚', '玻', { otherEn: ['Republic of Bolivia'] }),
  s('bosnia-and-herzegovina', 'Bosnia and Herzegovina', 'Bosnia and Herzegovina', 'Bosnian', '波斯尼亚和黑塞哥维那', '波黑', '波黑', { otherEn: ['Bosnia-Herzegovina', 'BiH'] }),
  s('botswana', 'Botswana', 'Republic of Botswana', 'Botswana', '博茨瓦纳共和国', '博茨瓦纳', '博'),
  s('brunei', 'Brunei', 'Brunei Darussalam', 'Bruneian', '文莱达鲁萨兰国', '文莱', '文', { otherEn: ['Nation of Brunei'] }),
  s('bulgaria', 'Bulgaria', 'Republic of Bulgaria', 'Bulgarian', '保加利亚共和国', '保加利亚', '保'),
  s('burkina-faso', 'Burkina Faso', 'Burkina Faso', 'Burkinabe', '布基纳法索', '布基纳法索', '布', { otherEn: ['Burkina'] }),
  s('burundi', 'Burundi', 'Republic of Burundi', 'Burundian', '布隆迪共和国', '布隆迪', '布'),
  s('cabo-verde', 'Cabo Verde', 'Republic of Cabo Verde', 'Cabo Verdean', '佛得角共和国', '佛得角', '佛', { otherEn: ['Republic of Cape Verde', 'Cape Verde'] }),
  s('cameroon', 'Cameroon', 'Republic of Cameroon', 'Cameroonian', '喀麦隆共和国', '喀麦隆', '喀'),
  // 中非 alone is also China–Africa (中非合作论坛): only the full form is a name
  s('central-african-republic', 'Central African Republic', 'Central African Republic', 'Central African', '中非共和国', '中非共和国', '中非'),
  s('chad', 'Chad', 'Republic of Chad', 'Chadian', '乍得共和国', '乍得', '乍'),
  s('chile', 'Chile', 'Republic of Chile', 'Chilean', '智利共和国', '智利', '智', {
    people: ['加夫列尔·博里奇', '塞瓦斯蒂安·皮涅拉', '博里奇', '皮涅拉'],
    peopleEn: ['Sebastián Piñera', 'Sebastian Pinera', 'Gabriel Boric', 'Piñera', 'Pinera', 'Boric'],
  }),
  s('colombia', 'Colombia', 'Republic of Colombia', 'Colombian', '哥伦比亚共和国', '哥伦比亚', '哥', {
    people: ['古斯塔沃·佩特罗', '伊万·杜克', '佩特罗'],
    peopleEn: ['Iván Duque Márquez', 'Ivan Duque Marquez', 'Gustavo Petro', 'Iván Duque', 'Ivan Duque', 'Petro'],
  }),
  s('comoros', 'Comoros', 'Union of the Comoros', 'Comorian', '科摩罗联盟', '科摩罗', '科'),
  // before the Republic of the Congo, whose official name the DRC's contains
  s('dr-congo', 'DR Congo', 'Democratic Republic of the Congo', 'Congolese', '刚果民主共和国', '刚果（金）', '刚', {
    otherZh: ['刚果(金)', '刚果金'],
    otherEn: ['Democratic Republic of Congo', 'Congo-Kinshasa', 'D.R. Congo', 'DRC', 'D.R.C.'],
    people: ['费利克斯·齐塞克迪', '齐塞克迪'],
    peopleEn: ['Félix Tshisekedi', 'Felix Tshisekedi', 'Tshisekedi'],
  }),
  s('congo', 'Congo', 'Republic of the Congo', 'Congolese', '刚果共和国', '刚果（布）', '刚', {
    otherZh: ['刚果(布)', '刚果布'],
    otherEn: ['Republic of Congo', 'Congo-Brazzaville', 'Congo Brazzaville'],
    people: ['德尼·萨苏-恩格索', '萨苏-恩格索', '萨苏'],
    peopleEn: ['Denis Sassou Nguesso', 'Denis Sassou-Nguesso', 'Sassou Nguesso', 'Sassou-Nguesso'],
  }),
  s('costa-rica', 'Costa Rica', 'Republic of Costa Rica', 'Costa Rican', '哥斯达黎加共和国', '哥斯达黎加', '哥'),
  s('cote-divoire', "Côte d'Ivoire", "Republic of Côte d'Ivoire", 'Ivorian', '科特迪瓦共和国', '科特迪瓦', '科', {
    otherEn: ["Republic of Cote d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'],
  }),
  s('croatia', 'Croatia', 'Republic of Croatia', 'Croatian', '克罗地亚共和国', '克罗地亚', '克'),
  s('cuba', 'Cuba', 'Republic of Cuba', 'Cuban', '古巴共和国', '古巴', '古', {
    people: ['米格尔·马里奥·迪亚斯-卡内尔·贝穆德斯', '迪亚斯-卡内尔'],
    peopleEn: ['Miguel Díaz-Canel Bermúdez', 'Miguel Diaz-Canel Bermudez', 'Miguel Díaz-Canel', 'Miguel Diaz-Canel', 'Díaz-Canel', 'Diaz-Canel'],
  }),
  s('cyprus', 'Cyprus', 'Republic of Cyprus', 'Cypriot', '塞浦路斯共和国', '塞浦路斯', '塞'),
  s('czechia', 'Czechia', 'Czech Republic', 'Czech', '捷克共和国', '捷克', '捷'),
  s('denmark', 'Denmark', 'Kingdom of Denmark', 'Danish', '丹麦王国', '丹麦', '丹'),
  s('djibouti', 'Djibouti', 'Republic of Djibouti', 'Djiboutian', '吉布提共和国', '吉布提', '吉'),
  s('dominica', 'Dominica', 'Commonwealth of Dominica', 'Dominican', '多米尼克国', '多米尼克', '多'),
  s('dominican-republic', 'Dominican Republic', 'Dominican Republic', 'Dominican', '多米尼加共和国', '多米尼加', '多'),
  s('ecuador', 'Ecuador', 'Republic of Ecuador', 'Ecuadorian', '厄瓜多尔共和国', '厄瓜多尔', '厄'),
  s('el-salvador', 'El Salvador', 'Republic of El Salvador', 'Salvadoran', '萨尔瓦多共和国', '萨尔瓦多', '萨'),
  s('equatorial-guinea', 'Equatorial Guinea', 'Republic of Equatorial Guinea', 'Equatorial Guinean', '赤道几内亚共和国', '赤道几内亚', '赤几'),
  s('eritrea', 'Eritrea', 'State of Eritrea', 'Eritrean', '厄立特里亚国', '厄立特里亚', '厄'),
  s('estonia', 'Estonia', 'Republic of Estonia', 'Estonian', '爱沙尼亚共和国', '爱沙尼亚', '爱'),
  s('eswatini', 'Eswatini', 'Kingdom of Eswatini', 'Eswatini', '斯威士兰王国', '斯威士兰', '斯', {
    otherZh: ['埃斯瓦蒂尼王国', '埃斯瓦蒂尼'],
    otherEn: ['Kingdom of Swaziland', 'Swaziland'],
  }),
  s('ethiopia', 'Ethiopia', 'Federal Democratic Republic of Ethiopia', 'Ethiopian', '埃塞俄比亚联邦民主共和国', '埃塞俄比亚', '埃塞', {
    otherZh: ['埃塞'],
    people: ['阿比·艾哈迈德·阿里', '阿比'],
    peopleEn: ['Abiy Ahmed Ali', 'Abiy Ahmed', 'Abiy'],
  }),
  s('fiji', 'Fiji', 'Republic of Fiji', 'Fijian', '斐济共和国', '斐济', '斐'),
  s('finland', 'Finland', 'Republic of Finland', 'Finnish', '芬兰共和国', '芬兰', '芬'),
  s('gabon', 'Gabon', 'Gabonese Republic', 'Gabonese', '加蓬共和国', '加蓬', '加'),
  s('gambia', 'Gambia', 'Republic of The Gambia', 'Gambian', '冈比亚共和国', '冈比亚', '冈', { otherEn: ['Republic of the Gambia'] }),
  s('ghana', 'Ghana', 'Republic of Ghana', 'Ghanaian', '加纳共和国', '加纳', '加'),
  s('grenada', 'Grenada', 'Grenada', 'Grenadian', '格林纳达', '格林纳达', '格'),
  s('guatemala', 'Guatemala', 'Republic of Guatemala', 'Guatemalan', '危地马拉共和国', '危地马拉', '危'),
  // before Guinea, whose names begin Guinea-Bissau's
  s('guinea-bissau', 'Guinea-Bissau', 'Republic of Guinea-Bissau', 'Bissau-Guinean', '几内亚比绍共和国', '几内亚比绍', '几比', { otherEn: ['Guinea Bissau'] }),
  s('guinea', 'Guinea', 'Republic of Guinea', 'Guinean', '几内亚共和国', '几内亚', '几', { otherEn: ['Guinea-Conakry'] }),
  s('guyana', 'Guyana', 'Co-operative Republic of Guyana', 'Guyanese', '圭亚那合作共和国', '圭亚那', '圭', { otherEn: ['Cooperative Republic of Guyana'] }),
  s('haiti', 'Haiti', 'Republic of Haiti', 'Haitian', '海地共和国', '海地', '海'),
  s('honduras', 'Honduras', 'Republic of Honduras', 'Honduran', '洪都拉斯共和国', '洪都拉斯', '洪'),
  s('iceland', 'Iceland', 'Iceland', 'Icelandic', '冰岛', '冰岛', '冰'),
  s('iraq', 'Iraq', 'Republic of Iraq', 'Iraqi', '伊拉克共和国', '伊拉克', '伊', {
    people: ['穆斯塔法·卡迪米', '卡迪米'],
    peopleEn: ['Mustafa al-Kadhimi', 'Mustafa Al-Kadhimi', 'al-Kadhimi', 'Kadhimi'],
  }),
  s('ireland', 'Ireland', 'Ireland', 'Irish', '爱尔兰', '爱尔兰', '爱', { people: ['米歇尔·马丁'], peopleEn: ['Micheál Martin', 'Micheal Martin'] }),
  s('israel', 'Israel', 'State of Israel', 'Israeli', '以色列国', '以色列', '以', {
    people: ['本雅明·内塔尼亚胡', '内塔尼亚胡'],
    peopleEn: ['Benjamin Netanyahu', 'Netanyahu'],
  }),
  s('jamaica', 'Jamaica', 'Jamaica', 'Jamaican', '牙买加', '牙买加', '牙'),
  s('jordan', 'Jordan', 'Hashemite Kingdom of Jordan', 'Jordanian', '约旦哈希姆王国', '约旦', '约', {
    people: ['阿卜杜拉二世'],
    peopleEn: ['King Abdullah II', 'Abdullah II'],
  }),
  s('kenya', 'Kenya', 'Republic of Kenya', 'Kenyan', '肯尼亚共和国', '肯尼亚', '肯', {
    people: ['乌胡鲁·肯雅塔', '威廉·鲁托', '肯雅塔', '鲁托'],
    peopleEn: ['Uhuru Kenyatta', 'William Ruto', 'Kenyatta', 'Ruto'],
  }),
  s('kiribati', 'Kiribati', 'Republic of Kiribati', 'Kiribati', '基里巴斯共和国', '基里巴斯', '基'),
  s('kuwait', 'Kuwait', 'State of Kuwait', 'Kuwaiti', '科威特国', '科威特', '科'),
  s('latvia', 'Latvia', 'Republic of Latvia', 'Latvian', '拉脱维亚共和国', '拉脱维亚', '拉'),
  s('lebanon', 'Lebanon', 'Lebanese Republic', 'Lebanese', '黎巴嫩共和国', '黎巴嫩', '黎'),
  s('lesotho', 'Lesotho', 'Kingdom of Lesotho', 'Lesotho', '莱索托王国', '莱索托', '莱'),
  s('liberia', 'Liberia', 'Republic of Liberia', 'Liberian', '利比里亚共和国', '利比里亚', '利'),
  s('libya', 'Libya', 'State of Libya', 'Libyan', '利比亚国', '利比亚', '利'),
  s('liechtenstein', 'Liechtenstein', 'Principality of Liechtenstein', 'Liechtenstein', '列支敦士登公国', '列支敦士登', '列'),
  s('lithuania', 'Lithuania', 'Republic of Lithuania', 'Lithuanian', '立陶宛共和国', '立陶宛', '立'),
  s('luxembourg', 'Luxembourg', 'Grand Duchy of Luxembourg', 'Luxembourg', '卢森堡大公国', '卢森堡', '卢'),
  s('madagascar', 'Madagascar', 'Republic of Madagascar', 'Malagasy', '马达加斯加共和国', '马达加斯加', '马'),
  s('malawi', 'Malawi', 'Republic of Malawi', 'Malawian', '马拉维共和国', '马拉维', '马'),
  s('maldives', 'Maldives', 'Republic of Maldives', 'Maldivian', '马尔代夫共和国', '马尔代夫', '马', { otherEn: ['Republic of the Maldives'] }),
  s('mali', 'Mali', 'Republic of Mali', 'Malian', '马里共和国', '马里', '马'),
  s('malta', 'Malta', 'Republic of Malta', 'Maltese', '马耳他共和国', '马耳他', '马'),
  s('marshall-islands', 'Marshall Islands', 'Republic of the Marshall Islands', 'Marshallese', '马绍尔群岛共和国', '马绍尔群岛', '马'),
  s('mauritania', 'Mauritania', 'Islamic Republic of Mauritania', 'Mauritanian', '毛里塔尼亚伊斯兰共和国', '毛里塔尼亚', '毛'),
  s('mauritius', 'Mauritius', 'Republic of Mauritius', 'Mauritian', '毛里求斯共和国', '毛里求斯', '毛'),
  s('micronesia', 'Micronesia', 'Federated States of Micronesia', 'Micronesian', '密克罗尼西亚联邦', '密克罗尼西亚', '密', { otherZh: ['密联邦'], otherEn: ['FSM'] }),
  s('moldova', 'Moldova', 'Republic of Moldova', 'Moldovan', '摩尔多瓦共和国', '摩尔多瓦', '摩'),
  s('monaco', 'Monaco', 'Principality of Monaco', 'Monegasque', '摩纳哥公国', '摩纳哥', '摩'),
  s('montenegro', 'Montenegro', 'Montenegro', 'Montenegrin', '黑山', '黑山', '黑'),
  s('morocco', 'Morocco', 'Kingdom of Morocco', 'Moroccan', '摩洛哥王国', '摩洛哥', '摩'),
  s('mozambique', 'Mozambique', 'Republic of Mozambique', 'Mozambican', '莫桑比克共和国', '莫桑比克', '莫', { people: ['菲利佩·纽西', '纽西'], peopleEn: ['Filipe Nyusi', 'Nyusi'] }),
  s('namibia', 'Namibia', 'Republic of Namibia', 'Namibian', '纳米比亚共和国', '纳米比亚', '纳'),
  s('nauru', 'Nauru', 'Republic of Nauru', 'Nauruan', '瑙鲁共和国', '瑙鲁', '瑙'),
  s('netherlands', 'Netherlands', 'Kingdom of the Netherlands', 'Dutch', '荷兰王国', '荷兰', '荷', { otherEn: ['Holland'] }),
  s('nicaragua', 'Nicaragua', 'Republic of Nicaragua', 'Nicaraguan', '尼加拉瓜共和国', '尼加拉瓜', '尼', {
    people: ['丹尼尔·奥尔特加', '奥尔特加'],
    peopleEn: ['Daniel Ortega', 'Ortega'],
  }),
  s('niger', 'Niger', 'Republic of the Niger', 'Nigerien', '尼日尔共和国', '尼日尔', '尼', { otherEn: ['Republic of Niger'] }),
  s('nigeria', 'Nigeria', 'Federal Republic of Nigeria', 'Nigerian', '尼日利亚联邦共和国', '尼日利亚', '尼', {
    people: ['博拉·艾哈迈德·提努布', '穆罕默杜·布哈里', '提努布', '布哈里'],
    peopleEn: ['Bola Ahmed Tinubu', 'Muhammadu Buhari', 'Bola Tinubu', 'Tinubu', 'Buhari'],
  }),
  s('north-macedonia', 'North Macedonia', 'Republic of North Macedonia', 'North Macedonian', '北马其顿共和国', '北马其顿', '北马', {
    otherEn: ['Former Yugoslav Republic of Macedonia', 'Republic of Macedonia', 'Macedonia', 'FYROM'],
    otherZh: ['马其顿共和国', '马其顿'],
  }),
  s('norway', 'Norway', 'Kingdom of Norway', 'Norwegian', '挪威王国', '挪威', '挪'),
  s('oman', 'Oman', 'Sultanate of Oman', 'Omani', '阿曼苏丹国', '阿曼', '阿'),
  s('palau', 'Palau', 'Republic of Palau', 'Palauan', '帕劳共和国', '帕劳', '帕'),
  s('panama', 'Panama', 'Republic of Panama', 'Panamanian', '巴拿马共和国', '巴拿马', '巴'),
  s('papua-new-guinea', 'Papua New Guinea', 'Independent State of Papua New Guinea', 'Papua New Guinean', '巴布亚新几内亚独立国', '巴布亚新几内亚', '巴新', {
    otherZh: ['巴新'],
    otherEn: ['PNG'],
  }),
  s('paraguay', 'Paraguay', 'Republic of Paraguay', 'Paraguayan', '巴拉圭共和国', '巴拉圭', '巴'),
  s('peru', 'Peru', 'Republic of Peru', 'Peruvian', '秘鲁共和国', '秘鲁', '秘'),
  s('poland', 'Poland', 'Republic of Poland', 'Polish', '波兰共和国', '波兰', '波', { people: ['安杰伊·杜达', '杜达'], peopleEn: ['Andrzej Duda', 'Duda'] }),
  s('portugal', 'Portugal', 'Portuguese Republic', 'Portuguese', '葡萄牙共和国', '葡萄牙', '葡'),
  s('qatar', 'Qatar', 'State of Qatar', 'Qatari', '卡塔尔国', '卡塔尔', '卡', {
    people: ['塔米姆·本·哈马德·阿勒萨尼', '塔米姆'],
    peopleEn: ['Tamim bin Hamad Al Thani', 'Tamim bin Hamad Al-Thani', 'Tamim bin Hamad'],
  }),
  s('romania', 'Romania', 'Romania', 'Romanian', '罗马尼亚', '罗马尼亚', '罗'),
  s('rwanda', 'Rwanda', 'Republic of Rwanda', 'Rwandan', '卢旺达共和国', '卢旺达', '卢', { people: ['保罗·卡加梅', '卡加梅'], peopleEn: ['Paul Kagame', 'Kagame'] }),
  s('saint-kitts-and-nevis', 'Saint Kitts and Nevis', 'Federation of Saint Kitts and Nevis', 'Kittitian', '圣基茨和尼维斯联邦', '圣基茨和尼维斯', '圣', {
    otherEn: ['St. Kitts and Nevis', 'St Kitts and Nevis', 'Saint Christopher and Nevis'],
  }),
  s('saint-lucia', 'Saint Lucia', 'Saint Lucia', 'Saint Lucian', '圣卢西亚', '圣卢西亚', '圣', { otherEn: ['St. Lucia', 'St Lucia'] }),
  s('saint-vincent-and-the-grenadines', 'Saint Vincent and the Grenadines', 'Saint Vincent and the Grenadines', 'Vincentian', '圣文森特和格林纳丁斯', '圣文森特和格林纳丁斯', '圣', {
    otherEn: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  }),
  s('samoa', 'Samoa', 'Independent State of Samoa', 'Samoan', '萨摩亚独立国', '萨摩亚', '萨'),
  s('san-marino', 'San Marino', 'Republic of San Marino', 'Sammarinese', '圣马力诺共和国', '圣马力诺', '圣'),
  s('sao-tome-and-principe', 'São Tomé and Príncipe', 'Democratic Republic of São Tomé and Príncipe', 'Santomean', '圣多美和普林西比民主共和国', '圣多美和普林西比', '圣普', {
    otherZh: ['圣普'],
    otherEn: ['Democratic Republic of Sao Tome and Principe', 'Sao Tome and Principe'],
  }),
  s('senegal', 'Senegal', 'Republic of Senegal', 'Senegalese', '塞内加尔共和国', '塞内加尔', '塞', { people: ['马基·萨勒'], peopleEn: ['Macky Sall'] }),
  s('seychelles', 'Seychelles', 'Republic of Seychelles', 'Seychellois', '塞舌尔共和国', '塞舌尔', '塞'),
  s('sierra-leone', 'Sierra Leone', 'Republic of Sierra Leone', 'Sierra Leonean', '塞拉利昂共和国', '塞拉利昂', '塞'),
  s('slovakia', 'Slovakia', 'Slovak Republic', 'Slovak', '斯洛伐克共和国', '斯洛伐克', '斯'),
  s('slovenia', 'Slovenia', 'Republic of Slovenia', 'Slovenian', '斯洛文尼亚共和国', '斯洛文尼亚', '斯'),
  s('solomon-islands', 'Solomon Islands', 'Solomon Islands', 'Solomon Islands', '所罗门群岛', '所罗门群岛', '所', { otherEn: ['Solomons'] }),
  s('somalia', 'Somalia', 'Federal Republic of Somalia', 'Somali', '索马里联邦共和国', '索马里', '索'),
  s('south-sudan', 'South Sudan', 'Republic of South Sudan', 'South Sudanese', '南苏丹共和国', '南苏丹', '南苏丹'),
  s('sudan', 'Sudan', 'Republic of the Sudan', 'Sudanese', '苏丹共和国', '苏丹', '苏', { otherEn: ['Republic of Sudan'] }),
  s('suriname', 'Suriname', 'Republic of Suriname', 'Surinamese', '苏里南共和国', '苏里南', '苏'),
  s('sweden', 'Sweden', 'Kingdom of Sweden', 'Swedish', '瑞典王国', '瑞典', '瑞'),
  s('switzerland', 'Switzerland', 'Swiss Confederation', 'Swiss', '瑞士联邦', '瑞士', '瑞'),
  s('syria', 'Syria', 'Syrian Arab Republic', 'Syrian', '阿拉伯叙利亚共和国', '叙利亚', '叙', {
    people: ['巴沙尔·阿萨德', '阿萨德'],
    peopleEn: ['Bashar al-Assad', 'al-Assad', 'Assad'],
  }),
  s('timor-leste', 'Timor-Leste', 'Democratic Republic of Timor-Leste', 'Timorese', '东帝汶民主共和国', '东帝汶', '东', {
    otherEn: ['Democratic Republic of East Timor', 'East Timor'],
  }),
  s('togo', 'Togo', 'Togolese Republic', 'Togolese', '多哥共和国', '多哥', '多', { otherEn: ['Republic of Togo'] }),
  s('tonga', 'Tonga', 'Kingdom of Tonga', 'Tongan', '汤加王国', '汤加', '汤'),
  s('trinidad-and-tobago', 'Trinidad and Tobago', 'Republic of Trinidad and Tobago', 'Trinidadian', '特立尼达和多巴哥共和国', '特立尼达和多巴哥', '特多', { otherZh: ['特多'] }),
  s('tunisia', 'Tunisia', 'Republic of Tunisia', 'Tunisian', '突尼斯共和国', '突尼斯', '突'),
  // Pacific Islands Forum members outside the UN: states in free association with New Zealand (China has relations with both), and French territories
  t('cook-islands', 'Cook Islands', 'Cook Islands', 'Cook Islands', '库克群岛', '库克群岛', ''),
  t('niue', 'Niue', 'Niue', 'Niuean', '纽埃', '纽埃', ''),
  t('french-polynesia', 'French Polynesia', 'French Polynesia', 'French Polynesian', '法属波利尼西亚', '法属波利尼西亚', ''),
  t('new-caledonia', 'New Caledonia', 'New Caledonia', 'New Caledonian', '新喀里多尼亚', '新喀里多尼亚', ''),
  s('tuvalu', 'Tuvalu', 'Tuvalu', 'Tuvaluan', '图瓦卢', '图瓦卢', '图'),
  s('uganda', 'Uganda', 'Republic of Uganda', 'Ugandan', '乌干达共和国', '乌干达', '乌', { people: ['约韦里·穆塞韦尼', '穆塞韦尼'], peopleEn: ['Yoweri Museveni', 'Museveni'] }),
  s('united-arab-emirates', 'United Arab Emirates', 'United Arab Emirates', 'Emirati', '阿拉伯联合酋长国', '阿联酋', '阿', {
    otherEn: ['U.A.E.', 'UAE', 'Emirates'],
    people: ['穆罕默德·本·扎耶德·阿勒纳哈扬', '穆罕默德·本·拉希德·阿勒马克图姆', '穆罕默德·本·扎耶德', '穆罕默德·本·拉希德'],
    peopleEn: ['Mohammed bin Rashid Al Maktoum', 'Mohamed bin Zayed Al Nahyan', 'Mohammed bin Zayed Al Nahyan', 'Mohammed bin Rashid', 'Mohammed bin Zayed', 'Mohamed bin Zayed'],
  }),
  s('tanzania', 'Tanzania', 'United Republic of Tanzania', 'Tanzanian', '坦桑尼亚联合共和国', '坦桑尼亚', '坦', {
    people: ['萨米娅·苏卢胡·哈桑'],
    peopleEn: ['Samia Suluhu Hassan', 'Samia Suluhu'],
  }),
  s('uruguay', 'Uruguay', 'Oriental Republic of Uruguay', 'Uruguayan', '乌拉圭东岸共和国', '乌拉圭', '乌'),
  s('vanuatu', 'Vanuatu', 'Republic of Vanuatu', 'Vanuatu', '瓦努阿图共和国', '瓦努阿图', '瓦'),
  s('venezuela', 'Venezuela', 'Bolivarian Republic of Venezuela', 'Venezuelan', '委内瑞拉玻利瓦尔共和国', '委内瑞拉', '委', {
    people: ['尼古拉斯·马杜罗·莫罗斯', '尼古拉斯·马杜罗', '马杜罗'],
    peopleEn: ['Nicolás Maduro Moros', 'Nicolas Maduro Moros', 'Nicolás Maduro', 'Nicolas Maduro', 'Maduro'],
  }),
  s('yemen', 'Yemen', 'Republic of Yemen', 'Yemeni', '也门共和国', '也门', '也'),
  s('zambia', 'Zambia', 'Republic of Zambia', 'Zambian', '赞比亚共和国', '赞比亚', '赞', { people: ['哈凯恩德·希奇莱马', '希奇莱马'], peopleEn: ['Hakainde Hichilema', 'Hichilema'] }),
  s('zimbabwe', 'Zimbabwe', 'Republic of Zimbabwe', 'Zimbabwean', '津巴布韦共和国', '津巴布韦', '津', {
    people: ['埃默森·姆南加古瓦', '姆南加古瓦'],
    peopleEn: ['Emmerson Dambudzo Mnangagwa', 'Emmerson Mnangagwa', 'Mnangagwa'],
  }),

  // UN observer states.
  o('holy-see', 'Holy See', 'Holy See', 'Vatican', '教廷', '梵蒂冈', '梵', {
    otherZh: ['梵蒂冈城国', '罗马教廷'],
    otherEn: ['State of the Vatican City', 'Vatican City State', 'Vatican City', 'Vatican'],
  }),
  o('palestine', 'Palestine', 'State of Palestine', 'Palestinian', '巴勒斯坦国', '巴勒斯坦', '巴', {
    people: ['马哈茂德·阿巴斯', '阿巴斯'],
    peopleEn: ['Mahmoud Abbas', 'Abbas'],
  }),

  // Groupings and organisations that issue or sign statements (the EU and the Commission are above).
  g('asean', 'ASEAN', 'Association of Southeast Asian Nations', 'ASEAN', '东南亚国家联盟', '东盟', '', { otherEn: ['Association of South-East Asian Nations'] }),
  g('quad', 'Quad', 'Quadrilateral Security Dialogue', 'Quad', '美日印澳四方安全对话', '四方安全对话', '', {
    otherZh: ['美日印澳四边机制', '美日印澳四方机制', '四边机制'],
    otherEn: ['Quadrilateral Dialogue'],
  }),
  g('sco', 'SCO', 'Shanghai Cooperation Organisation', 'SCO', '上海合作组织', '上合组织', '', { otherEn: ['Shanghai Cooperation Organization'] }),
  g('brics', 'BRICS', 'BRICS', 'BRICS', '金砖国家', '金砖国家', '', { otherZh: ['金砖国家合作机制', '金砖'] }),
  g('g7', 'G7', 'Group of Seven', 'G7', '七国集团', '七国集团', '', { otherEn: ['G-7'] }),
  g('g20', 'G20', 'Group of Twenty', 'G20', '二十国集团', '二十国集团', '', { otherEn: ['G-20'] }),
  g('cica', 'CICA', 'Conference on Interaction and Confidence Building Measures in Asia', 'CICA', '亚洲相互协作与信任措施会议', '亚信', '', {
    otherZh: ['亚信会议'],
    otherEn: ['Conference on Interaction and Confidence-Building Measures in Asia'],
  }),
  g('china-central-asia', 'China–Central Asia', 'China–Central Asia Summit', 'China–Central Asia', '中国—中亚峰会', '中国—中亚', '', {
    otherZh: ['中国—中亚机制', '中国－中亚峰会', '中国-中亚峰会', '中国－中亚', '中国-中亚'],
    otherEn: ['China-Central Asia Summit', 'China-Central Asia', 'C+C5'],
  }),
  g('gcc', 'GCC', 'Cooperation Council for the Arab States of the Gulf', 'GCC', '海湾阿拉伯国家合作委员会', '海合会', '', {
    otherZh: ['海湾合作委员会'],
    otherEn: ['Gulf Cooperation Council'],
  }),
  g('african-union', 'African Union', 'African Union', 'AU', '非洲联盟', '非盟', '', { otherEn: ['A.U.', 'AU'] }),
  g('nato', 'NATO', 'North Atlantic Treaty Organization', 'NATO', '北大西洋公约组织', '北约', '', { otherEn: ['North Atlantic Treaty Organisation', 'North Atlantic Alliance'] }),
  g('apec', 'APEC', 'Asia-Pacific Economic Cooperation', 'APEC', '亚太经济合作组织', '亚太经合组织', '', { otherEn: ['Asia Pacific Economic Cooperation'] }),
  g('pacific-islands-forum', 'Pacific Islands Forum', 'Pacific Islands Forum', 'Pacific Islands Forum', '太平洋岛国论坛', '太平洋岛国论坛', '', { otherEn: ['PIF'] }),
  // the expansion names Australia, which an office naming it must find first: it is only another form
  g('aukus', 'AUKUS', 'AUKUS', 'AUKUS', '美英澳三边安全伙伴关系', '奥库斯', '', {
    otherZh: ['美英澳三边安全伙伴'],
    otherEn: ['Australia–United Kingdom–United States Partnership', 'Australia-United Kingdom-United States Partnership', 'AUKUS Partnership'],
  }),
  // No standard Chinese form: the English abbreviation, as Chinese reports print it.
  g('i2u2', 'I2U2', 'I2U2 Group', 'I2U2', 'I2U2集团', 'I2U2', '', { otherEn: ['I2U2 Grouping'] }),
  g('united-nations', 'United Nations', 'United Nations', 'UN', '联合国', '联合国', '', { otherEn: ['U.N.', 'UN'] }),
  g('caricom', 'CARICOM', 'Caribbean Community', 'CARICOM', '加勒比共同体', '加共体', '', { otherEn: ['Caribbean Community and Common Market'] }),
  g('oas', 'OAS', 'Organization of American States', 'OAS', '美洲国家组织', '美洲国家组织', '', { otherEn: ['Organisation of American States'] }),
  g('arab-league', 'Arab League', 'League of Arab States', 'Arab League', '阿拉伯国家联盟', '阿盟', ''),
  g('celac', 'CELAC', 'Community of Latin American and Caribbean States', 'CELAC', '拉丁美洲和加勒比国家共同体', '拉共体', ''),
  g('eaeu', 'Eurasian Economic Union', 'Eurasian Economic Union', 'EAEU', '欧亚经济联盟', '欧亚经济联盟', '', { otherEn: ['EAEU', 'EEU'] }),
  g('cis', 'CIS', 'Commonwealth of Independent States', 'CIS', '独立国家联合体', '独联体', ''),
]
