import { describe, expect, it } from 'vitest'
import { allClauseTexts, corpusStatement, corpusStatements, corpusText } from '@/test/helpers/corpus'
import { inOneVoice, isProse, parseStatements } from './parse-statements'
import { slugBase } from './slug'
import type { ParsedStatement } from './types'

describe('parseStatements on the bundled Xinhua file (June 2019 state visits)', () => {
  it('finds the eight releases with the metadata of the table in the foundation issue', () => {
    const rows = corpusStatements().map((s) => ({
      place: s.place,
      date: s.date,
      kind: s.kind,
      title: s.title,
      subtitle: s.subtitle,
      who: s.speaker ?? s.parties.join(','),
    }))
    expect(rows).toEqual([
      {
        place: '莫斯科',
        date: '2019-06-05',
        kind: 'joint-statement',
        title: '中华人民共和国和俄罗斯联邦关于加强当代全球战略稳定的联合声明',
        subtitle: null,
        who: 'china,russia',
      },
      {
        place: '莫斯科',
        date: '2019-06-05',
        kind: 'joint-statement',
        title: '中华人民共和国和俄罗斯联邦关于发展新时代全面战略协作伙伴关系的联合声明',
        subtitle: null,
        who: 'china,russia',
      },
      {
        place: '莫斯科',
        date: '2019-06-05',
        kind: 'speech',
        title: '携手努力，并肩前行，开创新时代中俄关系的美好未来',
        subtitle: '在中俄建交70周年纪念大会上的讲话',
        who: '习近平',
      },
      {
        place: '圣彼得堡',
        date: '2019-06-07',
        kind: 'speech',
        title: '坚持可持续发展 共创繁荣美好世界',
        subtitle: '在第二十三届圣彼得堡国际经济论坛全会上的致辞',
        who: '习近平',
      },
      {
        place: '比什凯克',
        date: '2019-06-13',
        kind: 'joint-statement',
        title: '中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明',
        subtitle: null,
        who: 'china,kyrgyzstan',
      },
      {
        place: '比什凯克',
        date: '2019-06-14',
        kind: 'speech',
        title: '凝心聚力 务实笃行 共创上海合作组织美好明天',
        subtitle: '在上海合作组织成员国元首理事会第十九次会议上的讲话',
        who: '习近平',
      },
      {
        place: '杜尚别',
        date: '2019-06-15',
        kind: 'speech',
        title: '携手开创亚洲安全和发展新局面',
        subtitle: '在亚信第五次峰会上的讲话',
        who: '习近平',
      },
      {
        place: '杜尚别',
        date: '2019-06-15',
        kind: 'joint-statement',
        title: '中华人民共和国和塔吉克斯坦共和国关于进一步深化全面战略伙伴关系的联合声明',
        subtitle: null,
        who: 'china,tajikistan',
      },
    ])
  })

  it('gives the speeches their speaker’s country as party', () => {
    expect([3, 4, 6, 7].map((n) => corpusStatement(n).parties)).toEqual([['china'], ['china'], ['china'], ['china']])
  })

  it('takes the year of a statement that never states it from the sibling with the same dateline, and says so', () => {
    const stability = corpusStatement(1)
    expect(stability.date).toBe('2019-06-05')
    expect(stability.notes).toContainEqual({
      kind: 'doubt',
      about: 'date',
      message:
        'year not stated in the text; taken from "中华人民共和国和俄罗斯联邦关于发展新时代全面战略协作伙伴关系的联合声明", which has the same dateline',
    })
  })

  it('leaves no page number inside a clause', () => {
    const text = corpusStatements().flatMap(allClauseTexts).join('\n')
    // the page numbers 23, 29 and 32 stood alone between these words
    expect(text).toContain('为广大发展中国家创造更多机会')
    expect(text).not.toMatch(/国家\s*23\s*创造/)
    for (const statement of corpusStatements()) {
      for (const clause of allClauseTexts(statement)) expect(clause).not.toMatch(/^\d{1,3}$|\s\d{1,3}\s*$/)
    }
  })

  it('joins numbers broken across lines', () => {
    const text = corpusStatements().flatMap(allClauseTexts).join('\n')
    expect(text).toContain('力争2020年实现农村贫困人口全部脱贫')
    expect(text).toContain('联合国安理会第2231号决议')
    expect(text).toContain('以1967年边界为基础')
    expect(text).not.toMatch(/\d\s+\d/)
  })

  it('drops the spaces the extraction puts around digits, and keeps every clause non-empty', () => {
    for (const statement of corpusStatements()) {
      for (const clause of allClauseTexts(statement)) {
        expect(clause.trim()).not.toBe('')
        expect(clause).not.toMatch(/\d [\p{Script=Han}]|[\p{Script=Han}] \d/u)
      }
    }
  })

  it('finds the numbered sections of the joint statements and the named headings inside them', () => {
    const sections = (n: number) => corpusStatement(n).sections.map((s) => [s.label, s.heading].filter(Boolean).join(' ') || '(preamble)')
    expect(sections(5)).toEqual(['(preamble)', '一', '二', '三', '四', '五'])
    expect(sections(8)).toEqual(['(preamble)', '一', '二', '三', '四', '五'])
    expect(sections(2)).toEqual(['(preamble)', '一', '二', '三', '四', '政治合作', '安全合作', '务实合作', '人文交流', '国际协作'])
  })

  it('splits clauses at sentence ends, keeping the enumeration label of a paragraph', () => {
    const security = corpusStatement(2).sections.find((s) => s.heading === '安全合作')
    const labelled = security?.clauses.filter((c) => c.label).map((c) => c.label)
    expect(labelled).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'])
    const kyrgyz = allClauseTexts(corpusStatement(5))
    expect(kyrgyz).toContain(
      '吉方坚定奉行一个中国原则，重申中华人民共和国政府是代表全中国的唯一合法政府，台湾、西藏是中国领土不可分割的一部分。',
    )
    expect(kyrgyz).toContain('吉方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家统一所作的一切努力。')
  })

  it('reads a speech’s salutations and dash paragraphs as clauses of its body', () => {
    const speech = corpusStatement(3)
    const clauses = speech.sections.flatMap((s) => s.clauses)
    expect(clauses[0]?.text).toBe('尊敬的普京总统，')
    expect(clauses.filter((c) => c.label === '——')).toHaveLength(4)
    expect(clauses.at(-1)?.text).toBe('谢谢大家。')
  })

  it('points every clause back at its text in the source file', () => {
    const source = corpusText()
    const squeeze = (text: string) =>
      text
        .split('\n')
        .filter((line) => !/^\s*\d{1,4}\s*$/.test(line)) // page numbers sit between the lines of a clause
        .join('')
        .replace(/\s/g, '')
    for (const statement of corpusStatements()) {
      for (const clause of statement.sections.flatMap((s) => s.clauses)) {
        expect(squeeze(source.slice(clause.sourceStart, clause.sourceEnd))).toBe(squeeze(clause.text))
      }
    }
  })

  it('gives readable slugs, the same on every parse', () => {
    expect(corpusStatements().map(slugBase)).toEqual([
      '2019-06-05-china-russia-joint-statement',
      '2019-06-05-china-russia-joint-statement',
      '2019-06-05-xi-jinping-speech',
      '2019-06-07-xi-jinping-speech',
      '2019-06-13-china-kyrgyzstan-joint-statement',
      '2019-06-14-xi-jinping-speech',
      '2019-06-15-xi-jinping-speech',
      '2019-06-15-china-tajikistan-joint-statement',
    ])
  })
})

describe('edge cases', () => {
  it('refuses an empty file', () => {
    expect(parseStatements('')).toEqual({ ok: false, error: 'The file is empty.' })
    expect(parseStatements(' \n\n \n')).toEqual({ ok: false, error: 'The file is empty.' })
  })

  it('refuses binary data', () => {
    const binary = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256))
    const result = parseStatements(binary)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/not text/)
  })

  it('reads text with no title line as one statement, titled by its first words, with a doubt (issue 11)', () => {
    const result = parseStatements('双方一致认为，进一步深化全面战略伙伴关系符合两国和两国人民的根本利益。')
    expect(result.ok).toBe(true)
    const statement = result.ok ? result.statements[0] : undefined
    expect(statement?.title).toBe('双方一致认为，进一步深化全面战略伙伴关系符合两国和两国人民的根本利益。')
    expect(statement?.notes).toContainEqual({
      kind: 'doubt',
      about: 'title',
      message: 'no title line in the text; the title is its first words: correct it',
    })
  })

  it('titles a text with no title line by its file name, with a doubt (issue 11)', () => {
    const result = parseStatements('The two leaders met today. They agreed to meet again.', {
      fileName: '2022-05-21-united-states-republic-of-korea-leaders-joint-statement.md',
    })
    const statement = result.ok ? result.statements[0] : undefined
    expect(statement).toMatchObject({
      title: 'United States Republic of Korea Leaders Joint Statement',
      date: '2022-05-21',
      kind: 'joint-statement',
    })
    expect(statement?.notes.filter((n) => n.kind === 'doubt').map((n) => n.message)).toEqual([
      'no title line in the text; the title "United States Republic of Korea Leaders Joint Statement" is made from the file name: correct it',
      'no date line in the text; the date 2022-05-21 is taken from the file name: check it',
    ])
  })

  it('says a pasted text’s stand-in title is no file’s name (walkthrough)', () => {
    const result = parseStatements('The two leaders met today. They agreed to meet again.', { fileName: 'pasted text' })
    const statement = result.ok ? result.statements[0] : undefined
    expect(statement?.title).toBe('Pasted Text')
    expect(statement?.notes).toContainEqual({
      kind: 'doubt',
      about: 'title',
      message: 'no title line in the text; "Pasted Text" stands in for the title: type it',
    })
  })

  it('refuses text without a sentence, saying what is missing', () => {
    const result = parseStatements('——\n* * *\n')
    expect(result).toEqual({
      ok: false,
      error:
        'No statement found: the text has no sentences (Tongwen reads a statement from its sentences, with or without a title or date line).',
    })
  })

  it('refuses a dateline followed by nothing recognisable', () => {
    const result = parseStatements('新华社北京6月13日电\n\n')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^No statement found/)
  })

  it('leaves the date unknown, with a doubt, when no year can be found', () => {
    const text = ['新华社北京3月2日电', '中华人民共和国和蒙古国联合声明', '双方同意加强合作。'].join('\n')
    const result = parseStatements(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [statement] = result.statements
    expect(statement?.date).toBeNull()
    expect(statement?.parties).toEqual(['china', 'mongolia'])
    expect(statement?.notes).toContainEqual({ kind: 'doubt', about: 'date', message: 'year not found in text; the date is left unknown' })
    expect(statement && slugBase(statement)).toBe('undated-03-02-china-mongolia-joint-statement')
  })

  it('names a party the gazetteer does not know by its Chinese name, with a doubt', () => {
    const text = ['新华社北京3月2日电', '中华人民共和国和阿斯特里亚共和国联合声明', '双方于2019年3月1日至2日举行会谈。'].join('\n')
    const result = parseStatements(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const statement = result.statements.at(-1)
    expect(statement?.parties).toEqual(['china', 'zh:阿斯特里亚共和国'])
    expect(statement?.date).toBe('2019-03-02')
    expect(statement?.notes.some((n) => n.kind === 'doubt' && n.message.includes('阿斯特里亚共和国'))).toBe(true)
  })

  it('accepts Windows line ends and a byte-order mark', () => {
    const text = '\uFEFF新华社北京3月2日电\r\n\r\n中华人民共和国和蒙古国联合声明\r\n\r\n双方于2019年3月2日举行会谈。\r\n'
    const result = parseStatements(text)
    expect(result.ok && result.statements[0]?.date).toBe('2019-03-02')
  })
})

describe('parseStatements on data that is not a statement (walkthrough: a base64 blob was previewed as one)', () => {
  it('refuses a base64 blob, and a few words with a number', () => {
    const blob = Buffer.from(Array.from({ length: 3000 }, (_, k) => (k * 7919) % 251)).toString('base64')
    const lines = blob.match(/.{1,76}/g)?.join('\n') ?? ''
    for (const text of [lines, 'hello\nworld\n12345\n']) {
      const result = parseStatements(text, { fileName: 'b64.txt' })
      expect(result.ok, text.slice(0, 20)).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/^No statement found/)
    }
  })

  it('reads a short statement of a few words, and keeps a data table inside a real statement', () => {
    expect(parseStatements('We condemn the attack.').ok).toBe(true)
    expect(parseStatements('双方同意加强合作。').ok).toBe(true)
    expect(isProse('The two sides signed 12 agreements worth $3.2 billion (2019–2020).', 'en')).toBe(true)
    expect(isProse('G20 leaders and/or G7 partners fight COVID-19 in 2022—together, 2023–2024.', 'en')).toBe(true)
  })
})

describe('inOneVoice', () => {
  it('reads one author from a title, whatever countries the text names (White House releases of 2021–2022)', () => {
    expect(inOneVoice('President Biden Statement on the UN-Mediated Truce Extension in Yemen')).toBe(true)
    expect(inOneVoice('Statement by President Joseph R. Biden, Jr. on the Situation in Burma')).toBe(true)
    expect(inOneVoice('Statement of the President on the NATO Summit and Call with President Zelenskyy')).toBe(true)
    expect(inOneVoice('Letter to His Excellency António Guterres')).toBe(true)
    expect(inOneVoice('Readout of President Biden’s Call with President Zelenskyy of Ukraine')).toBe(true)
    // addressed to one reader, about an agreement between two governments (2022-09-01)
    expect(
      inOneVoice(
        'Letter to the Speaker of the House of Representatives and the President of the Senate regarding the Agreement to Extend the Agreement for Cooperation between the United States of America and the Republic of South Africa Concerning Peaceful Uses of Nuclear Energy',
      ),
    ).toBe(true)
    expect(
      inOneVoice(
        'Text of a Letter from the President to the Speaker of the House regarding the Agreement between the United States and Japan',
      ),
    ).toBe(true)
    // a message transmitting a treaty between two governments is its sender's (2022-04-07)
    expect(
      inOneVoice(
        'A Message to the Senate Transmitting the Extradition Treaty Between the Government of the United States of America and the Government of the Republic of Albania',
      ),
    ).toBe(true)
    // a president's own instruments, whatever states their opening names (2021-02-11, 2021-04-15)
    expect(inOneVoice('Executive Order on Blocking Property with Respect to the Situation in Burma')).toBe(true)
    expect(
      inOneVoice(
        'A Letter on Blocking Property with Respect to Specified Harmful Foreign Activities of the Government of the Russian Federation',
      ),
    ).toBe(true)
    expect(inOneVoice('Proclamation on Ending Discriminatory Bans on Entry to The United States')).toBe(true) // 2021-01-20
  })

  it('leaves a statement of several authors, or of none named, to its parties', () => {
    expect(inOneVoice('Statement from President Biden and President von der Leyen on occasion of the second Global COVID-19 Summit')).toBe(
      false,
    )
    expect(
      inOneVoice(
        'Statement by Australia, Japan, New Zealand, the United Kingdom, and the United States on the Establishment of the Partners',
      ),
    ).toBe(false)
    expect(inOneVoice('Statement on Indo-Pacific Economic Framework for Prosperity')).toBe(false)
    expect(inOneVoice('G7 Statement on Ukraine, 11 October 2022')).toBe(false)
    // cases a review wrote: signed by two, a body of several, a second person after the subject, two named before "Statement"
    expect(inOneVoice('Memorandum of Understanding between the United States and India on Clean Energy')).toBe(false)
    expect(inOneVoice('Letter of Intent between the United States and Mexico on Energy Cooperation')).toBe(false)
    expect(inOneVoice('Statement of Intent on Clean Energy Cooperation between the United States and Japan')).toBe(false)
    expect(inOneVoice('Statement by the G7 Foreign Ministers on Ukraine')).toBe(false)
    expect(inOneVoice('President Biden and Prime Minister Kishida Statement on the Alliance')).toBe(false)
    expect(inOneVoice('Chairs’ Statement of the Summit for Democracy')).toBe(false)
    expect(inOneVoice('Statement by President Biden Following His Meeting with President Yoon and Prime Minister Kishida')).toBe(true)
  })
})

/** The first statement of a text pasted from a web page. */
const one = (text: string) => {
  const result = parseStatements(text, { fileName: 'page.txt' })
  if (!result.ok) throw new Error(result.error)
  return result.statements[0] as NonNullable<(typeof result.statements)[number]>
}
const texts = (s: ReturnType<typeof one>) => s.sections.flatMap((x) => x.clauses.map((c) => c.text))

describe('Chinese statements as web pages print them (a review of texts outside the collection)', () => {
  it('reads a speech under a page headline and a lead: title, subtitle, date, speaker (SCO summit 2023, ASEAN+3 2007)', () => {
    const sco = one(
      [
        '习近平在上海合作组织成员国元首理事会第二十三次会议上的讲话(全文)',
        '牢记初心使命 坚持团结协作 实现更大发展',
        '——在上海合作组织成员国元首理事会第二十三次会议上的讲话',
        '(2023年7月4日)',
        '中华人民共和国主席 习近平',
        '尊敬的莫迪总理,',
        '感谢印度作为轮值主席国举办上海合作组织峰会。',
      ].join('\n'),
    )
    expect(sco).toMatchObject({
      title: '牢记初心使命 坚持团结协作 实现更大发展',
      date: '2023-07-04',
      speaker: '习近平',
      parties: ['china'],
    })
    expect(texts(sco)).toEqual(['尊敬的莫迪总理,', '感谢印度作为轮值主席国举办上海合作组织峰会。'])
    const cebu = one(
      [
        '中新网宿务1月15日电 中国国务院总理温家宝14日在第十次东盟与中日韩领导人会议上发表题为《共建和平、繁荣的和谐东亚》的讲话,全文如下:',
        '共建和平、繁荣的和谐东亚',
        '——在第十次东盟与中日韩领导人会议上的讲话',
        '(2007年1月14日 菲律宾宿务)',
        '尊敬的阿罗约总统阁下,',
        '上次领导人会议以来,“10+3”合作取得了积极进展。',
      ].join('\n'),
    )
    expect(cebu).toMatchObject({ title: '共建和平、繁荣的和谐东亚', date: '2007-01-14', speaker: '温家宝', parties: ['china'] })
    expect(texts(cebu)).toHaveLength(2)
  })

  it('leaves out what a site prints around a joint statement, and reads 中越 and 中韩 as the two parties', () => {
    const vietnam = one(
      [
        '| English',
        '中越联合声明(全文)',
        '2013/06/21',
        '',
        '  一、应中华人民共和国主席习近平邀请,越南社会主义共和国主席张晋创于2013年6月19日至21日对中华人民共和国进行国事访问。',
      ].join('\n'),
    )
    expect(vietnam).toMatchObject({ title: '中越联合声明', date: '2013-06-21', parties: ['china', 'vietnam'], notes: [] })
    const korea = one(
      [
        '中韩联合公报(2006年1号)',
        '中 韩 联 合 公 报',
        '应大韩民国总统卢武铉邀请,中华人民共和国主席胡锦涛于2005年11月16日至17日对韩国进行了国事访问。',
      ].join('\n'),
    )
    expect(korea).toMatchObject({ title: '中韩联合公报', kind: 'communique', parties: ['china', 'south-korea'] })
    expect(texts(korea)).toHaveLength(1)
    const solomon = one(
      [
        '中华人民共和国和所罗门群岛关于建立新时代相互尊重、共同发展的全面战略伙伴关系的联合声明',
        '中华人民共和国和所罗门群岛关于建立新时代相互尊重、共同发展的全面战略伙伴关系的联合声明 2023年7月10日于北京市 |',
        '应中华人民共和国国务院总理李强邀请,所罗门群岛总理梅纳西·索加瓦雷于2023年7月9日至15日对中华人民共和国进行正式访问。',
      ].join('\n'),
    )
    expect(solomon).toMatchObject({ date: '2023-07-10', place: '北京市', parties: ['china', 'solomon-islands'] })
    expect(texts(solomon)).toHaveLength(1)
    const belarus = one(
      [
        '中華人民共和國和白俄羅斯共和國關於在二十一世紀加強全面合作的聯合聲明',
        '2000年7月27日',
        '原文出自外交部網站',
        '應白俄羅斯總統盧卡申科的邀請,中國國家副主席胡錦濤於二十五日至二十七日對白俄羅斯進行了正式訪問。訪問結束時,雙方發表聯合聲明,全文如下:',
        '  一、雙方重申繼續恪守一九九二年一月二十日簽署的《中華人民共和國和白俄羅斯共和國建交協議》中所確定的各項原則。',
      ].join('\n'),
    )
    expect(belarus).toMatchObject({ date: '2000-07-27', parties: ['china', 'belarus'] })
    expect(texts(belarus)).toEqual([
      '一、雙方重申繼續恪守一九九二年一月二十日簽署的《中華人民共和國和白俄羅斯共和國建交協議》中所確定的各項原則。',
    ])
  })
})

describe('a Chinese text’s own date line against the wire’s dateline (a second review of texts from the web)', () => {
  it('takes the place of the text’s own date line, not the agency’s, and reads a date line’s place after a middle dot', () => {
    const result = parseStatements(
      [
        '中評社北京10月31日電/中國和澳大利亞兩國領導人都十分關心中澳關係的發展。雙方一致同意發表《中澳聯合聲明》。聯合聲明全文如下:',
        '中澳聯合聲明',
        '(2009年10月30日,堪培拉)',
        '應澳大利亞聯邦政府邀請,中國國務院副總理李克強於2009年10月29日至11月1日對澳大利亞進行正式訪問。',
      ].join('\n'),
      { fileName: 'page.txt' },
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.statements[0]).toMatchObject({
      title: '中澳聯合聲明',
      date: '2009-10-30',
      place: '堪培拉',
      parties: ['china', 'australia'],
    })
    const speech = parseStatements(
      ['在美中协会等六团体举行的午餐会上的演讲', '(1997年10月30日·华盛顿)', '女士们，先生们：', '我很高兴来到华盛顿。'].join('\n'),
      {
        fileName: 'page.txt',
      },
    )
    if (!speech.ok) throw new Error(speech.error)
    expect(speech.statements[0]).toMatchObject({ date: '1997-10-30', place: '华盛顿' })
  })

  it('reads 日中 as the two parties, leaves out a page’s language link, and reads a numbered heading on one line (1998 press communiqué)', () => {
    const result = parseStatements(
      [
        '日中两国关于面向21世纪加强合作的联合新闻公报',
        '',
        '1998/11/26',
        '',
        '日文版',
        '中华人民共和国主席江泽民对日本国进行国事访问期间，中日双方发表了联合宣言。',
        '一、 双边合作',
        '双方确认，为加强两国高层对话，两国领导人每年交替访问对方国家。',
      ].join('\n'),
      { fileName: 'page.txt' },
    )
    if (!result.ok) throw new Error(result.error)
    const [communique] = result.statements
    expect(communique).toMatchObject({ date: '1998-11-26', parties: ['china', 'japan'] })
    expect(communique?.sections.map((s) => [s.label, s.heading, s.clauses.length])).toEqual([
      [null, null, 1],
      ['一', '双边合作', 1],
    ])
  })

  it('reads a page’s headline and an editor’s lead down to “致辭全文如下” as no statement of their own, and a lead’s speaker (2013 Moscow speech, Traditional)', () => {
    const result = parseStatements(
      [
        '第一篇:國家主席習近平22日在俄羅斯中國旅游年開幕式上致辭',
        '國家主席習近平22日在俄羅斯中國旅游年開幕式上致辭。',
        '致辭全文如下:',
        '在俄羅斯中國旅游年開幕式上的致辭',
        '(2013年3月22日,莫斯科)',
        '中華人民共和國主席習近平',
        '尊敬的普京總統,女士們,先生們,朋友們:',
        '在早春3月的美好時節,我們在這里隆重舉行俄羅斯中國旅游年開幕式。',
      ].join('\n'),
      { fileName: 'page.txt' },
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.statements).toHaveLength(1)
    expect(result.statements[0]).toMatchObject({
      title: '在俄羅斯中國旅游年開幕式上的致辭',
      kind: 'speech',
      date: '2013-03-22',
      place: '莫斯科',
      speaker: '習近平',
      parties: ['china'],
    })
  })

  it('leaves out a lead of several paragraphs with no title line, and takes its speaker (2017 BRICS speech) and the document its lead names (2006 FOCAC declaration)', () => {
    const brics = one(
      [
        '|',
        '中國國家主席習近平主持金磚國家領導人第九次會晤大範圍會議並致辭(中評社圖片) |',
        '中評社北京9月4日電(記者 徐夢溪 蘭忠偉)中國國家主席習近平4日主持金磚國家領導人第九次會晤大範圍會議並致辭。習近平表示,展望未來,金磚合作必將得到更大發展。',
        '巴西總統特梅爾、南非總統祖馬、印度總理莫迪、俄羅斯總統普京出席會議。',
        '以下為致辭全文:',
        '尊敬的祖馬總統,尊敬的特梅爾總統,女士們,先生們,朋友們:再次歡迎大家出席廈門會晤。',
        '根據今天的會議安排,我將代表中方首先發言。',
      ].join('\n'),
    )
    expect(brics).toMatchObject({ kind: 'speech', speaker: '習近平', parties: ['china'] })
    expect(texts(brics)[0]).toMatch(/^尊敬的祖馬總統/u)
    const focac = one(
      [
        '新华社北京11月5日电 中非合作论坛北京峰会11月5日一致通过了《中非合作论坛北京峰会宣言》。全文如下:',
        '我们,中华人民共和国和48个非洲国家的国家元首、政府首脑和代表团团长,于2006年11月4日至5日在北京举行中非合作论坛峰会。',
        '我们高度评价在中华人民共和国同非洲国家开启外交关系50周年之际举行的此次峰会。',
      ].join('\n'),
    )
    expect(focac).toMatchObject({ title: '中非合作论坛北京峰会宣言', kind: 'joint-declaration', date: '2006-11-05' })
  })

  it('gives a speech by an office only China has, named without the country, to China (2007 Singapore speech, Traditional)', () => {
    const wen = one(
      [
        '溫家寶在第11次東盟與中日韓領導人會議上的講話',
        '新華社新加坡11月20日電 國務院總理溫家寶20日在新加坡舉行的第11次東盟與中日韓領導人會議上發表了講話。全文如下:',
        '凝聚共識 再創輝煌',
        '尊敬的李顯龍總理閣下,各位同事:',
        '我很高興來到美麗的新加坡出席第11次東盟與中日韓領導人會議。',
      ].join('\n'),
    )
    expect(wen).toMatchObject({ kind: 'speech', speaker: '溫家寶', parties: ['china'] })
  })

  it('joins the hard-wrapped lines of a forum’s repost under a lead left on one long line (2011 China–US joint statement)', () => {
    const statement = one(
      [
        '胡锦涛国事访美: 中美联合声明中英文全文',
        '据世界日报讯,中国国家主席胡锦涛应邀1月18日到21日到美国进行国事访问,中美两国于1月19日在华盛顿发表联合声明,内容包括加强中美关 系,促进高层交往,应对地区和全球挑战,建设全面互利的经济夥伴关系,应对气候变化,开展能源和环境合作以及扩展人文交流。以下为中国外交部公布的共同声 明的中英文全文:',
        '1、应美国总统欧巴马邀请,中华人民共和国主席胡锦涛于2011年1月18日至21日对',
        '美国进行国事访问。访问期间,胡主席会见了美国副总统白登,将会见美国国会领',
        '导人,并访问芝加哥。',
        '2、两国元首回顾了自欧巴马总统2009年11月对中国进行国事访问以来中美关系取得',
        '的进展,并重申致力于建设21世纪积极合作全面的中美关系,这符合两国人民和国',
        '际社会的利益。双方重申,中美三个联合公报为两国关系奠定了政治基础,并将继',
        '续指导两国关系的发展。双方重申尊重彼此主权和领土完整。两国元首还重申了对',
        '2009年11月《中美联合声明》的承诺。',
        '3、中美致力于共同努力建设相互尊重、互利共赢的合作夥伴关系,以推进两国共同',
        '利益、应对21世纪的机遇和挑战。中美正在安全、经济、社会、能源、环境等广泛',
        '领域开展积极合作,需进一步深化双边接触与协调。两国领导人还一致认为,需要与',
        '国际夥伴和机构进行更加广泛、深入的合作,以形成和落实可持续的解决方案并促',
        '进世界和平、稳定、繁荣和各国人民的福祉。',
        '加强中美关系',
      ].join('\n'),
    )
    expect(texts(statement)).toContain('1、应美国总统欧巴马邀请,中华人民共和国主席胡锦涛于2011年1月18日至21日对美国进行国事访问。')
    expect(texts(statement)).toContain('两国元首还重申了对2009年11月《中美联合声明》的承诺。')
  })

  it('starts at the title under a page’s menus, trail of links and posting stamp, and reads a numbered heading with a comma (2004 China–France, 2025 China–Brazil)', () => {
    const france = one(
      [
        '首页 新闻 体育 娱乐 游戏 邮箱 搜索 短信 聊天 点卡 天气 答疑 导航',
        '新浪首页 > 新闻中心 > 国际新闻 > 正文',
        '',
        '中法联合声明',
        '',
        'http://www.sina.com.cn 2004年01月28日10:42 河北日报',
        '',
        '  在中法建交40周年之际,应法兰西共和国总统希拉克先生的邀请,中华人民共和国主席胡锦涛先生2004年1月26日至29日对法国进行了国事访问。访问期间,双方重申了两国之间的深厚友谊。中法伙伴关系已臻成熟,并成为两个更广范围伙伴关系————中欧关系和亚欧对话的重要内容。中欧关系的发展已成为国际舞台的积极因素,而亚欧对话是围绕亚欧会议进行的。',
        '',
        '  面对新世纪国际形势深刻和复杂的变化,中法两国同意,在继续贯彻1997年联合声明的基础上,巩固、发展、充实中法全面战略伙伴关系。双方在下列重点领域达成一致意见:',
        '',
        '  一、共同致力于加强多边体系,维护集体安全',
        '',
        '  中法两国作为联合国安理会常任理事国,对维护国际和平与安全,以及在寻求应对威胁的有效办法方面,负有特殊责任。因此,两国认为深化双方在重大国际问题上的合作,有助于建立一个更加安全和稳定的国际环境。',
        '',
        '  中法两国重申主张多边主义,认为它是应对全球和地区性威胁和挑战,有效预防和解决危机的合适途径。',
      ].join('\n'),
    )
    expect(france).toMatchObject({ title: '中法联合声明', parties: ['china', 'france'] })
    expect(texts(france)[0]).toMatch(/^在中法建交40周年之际/u)
    expect(france.sections.map((x) => [x.label, x.heading])).toContainEqual(['一', '共同致力于加强多边体系,维护集体安全'])
    const brazil = one(
      [
        '大使信息   使馆信息   中吉关系   领事服务   来吉商贸   专题   走进吉布提    联系我们  ',
        '  首页 > 中国要闻',
        '中华人民共和国和巴西联邦共和国关于强化携手构建更公正世界和更可持续星球的中巴命运共同体,共同维护多边主义的联合声明',
        '',
        '2025-05-13 21:46',
        '',
        '应中华人民共和国主席习近平邀请,巴西联邦共和国总统路易斯·伊纳西奥·卢拉·达席尔瓦于2025年5月10日至14日来华出席中国—拉共体论坛第四届部长级会议并对中国进行国事访问。',
        '',
        '一、双方一致同意强化携手构建更公正世界和更可持续星球的中巴命运共同体,强调自2024年11月习近平主席对巴西进行国事访问以来,两国在推动包容增长、科技创新和可持续发展领域取得了具体进展和互利成果。双方强调两国关系具有全面性,一致同意持续扩大并深化务实合作,进一步活跃文化交流,增进两国人民相互了解,加强在国际组织和多边机制中的合作,持续展现两国关系的全球影响力、战略价值和长远性。',
      ].join('\n'),
    )
    expect(brazil.title).toMatch(/^中华人民共和国和巴西联邦共和国关于.*联合声明$/u)
    expect(brazil.parties).toEqual(['china', 'brazil'])
    expect(texts(brazil)[0]).toMatch(/^应中华人民共和国主席习近平邀请/u)
  })

  it('reads the title printed again and the date line under an editor’s lead as the header, not clauses (2014 China–New Zealand)', () => {
    const nz = one(
      [
        '中华人民共和国和新西兰关于建立全面战略伙伴关系的联合声明',
        '',
        '21.11.2014  12:37',
        '当地时间11月20日,中华人民共和国和新西兰在惠灵顿发表《中华人民共和国和新西兰关于建立全面战略伙伴关系的联合声明》。全文如下:',
        '',
        '   中华人民共和国和新西兰关于建立全面战略伙伴关系的联合声明',
        '',
        '  (2014年11月20日,惠灵顿)',
        '',
        '应新西兰总督杰里·迈特帕里和总理约翰·基邀请,中华人民共和国主席习近平于2014年11月19日至21日对新西兰进行国事访问。',
        '',
        '访问期间,习近平主席会见迈特帕里总督,并同约翰·基总理举行会谈。两国领导人就双边关系及共同关心的重大国际和地区问题深入交换意见。',
        '',
        '双方重申坚持1972年中国和新西兰建立外交关系联合公报的原则,积极评价两国关系取得的重要成就,包括2003年建立全面合作关系和双边关系中的“四个第一”:新西兰是第一个就中国加入世界贸易组织同中国结束双边谈判(1997年8月)、承认中国完全市场经济地位(2004年4月)、同中国启动自由贸易协定谈判(2004年12月)、同中国签署自贸协定(2008年4月)的发达国家。',
      ].join('\n'),
    )
    expect(nz).toMatchObject({ date: '2014-11-20', place: '惠灵顿', parties: ['china', 'new-zealand'] })
    expect(texts(nz)[0]).toMatch(/^应新西兰总督/u)
  })

  it('keeps a statement’s preamble a page prints above “以下是聯合聲明全文”, leaves out that line and the byline, and finds the parties of a headline in the opening (2023 China–Palestine, Traditional)', () => {
    const palestine = one(
      [
        '習近平晤阿巴斯 中巴建戰略夥伴關係 聯合聲明全文',
        '',
        '撰文:歐敬洛',
        '出版:更新:',
        '',
        '應中華人民共和國主席習近平邀請,巴勒斯坦自治政府主席阿巴斯(Mahmoud Abbas)於2023年6月13日至16日對中國進行國事訪問。',
        '',
        '兩國元首就中巴雙邊關係和巴勒斯坦問題深入交換意見,達成廣泛共識。兩國元首高度評價中巴傳統友誼,一致認為中巴雙方始終相互信任,彼此支持,一致同意中巴兩國建立戰略夥伴關係,全面推進各領域友好合作。',
        '',
        '以下是聯合聲明全文:',
        '',
        '一、雙方將繼續在涉及彼此核心利益和重大關切問題上堅定相互支持。巴方堅定奉行一個中國原則,支持中國維護國家主權、統一和領土完整,堅決反對任何勢力干涉中國內政;重申中華人民共和國政府是代表全中國的唯一合法政府,台灣是中國領土不可分割的一部分,堅決反對任何形式的「台獨」,重申不同台灣進行任何形式的官方往來,支持中國政府為實現國家統一所作的一切努力;堅定支持中方在涉港問題上的立場,支持中方在「一國兩制」框架下維護國家安全的努力,堅定認為香港事務純屬中國內政,強烈譴責外部勢力干涉香港事務和中國內政的非法行徑;重申涉疆問題根本不是人權問題,而是反暴恐、去極端化和反分裂問題,巴方堅決反對藉口涉疆問題干涉中國內政。',
        '',
      ].join('\n'),
    )
    expect(palestine.title).toBe('習近平晤阿巴斯 中巴建戰略夥伴關係 聯合聲明全文')
    expect(palestine.parties).toEqual(['china', 'palestine'])
    expect(texts(palestine)[0]).toMatch(/^應中華人民共和國主席習近平邀請/u)
    expect(texts(palestine)).not.toContain('以下是聯合聲明全文:')
  })

  it('takes a page’s headline above the wire’s dateline as the title, leaves out the lead down to “发言内容如下”, and reads the speaker (2000 UN speech)', () => {
    const speech = one(
      [
        '新闻中心',
        '新浪首页 > 新闻中心 > 国内新闻 > 新华网 > 正文',
        '',
        '江泽民在联合国千年首脑会议分组讨论会上发言(全文)',
        '',
        'http://www.sina.com.cn 2000年09月08日04:00 新华网',
        '',
        '  新华网纽约9月7日电 中国国家主席江泽民在出席联合国千年首脑会议期间,于7日上午参加了分组讨论会。',
        '',
        '  江泽民主席发言内容如下:',
        '',
        '  (一)关于经济全球化问题的发言',
        '',
        '  主席先生:',
        '',
        '  我想就经济全球化问题谈以下几点:',
        '',
        '  一、经济全球化是随同社会生产力发展而产生的一种客观趋势。',
      ].join('\n'),
    )
    expect(speech).toMatchObject({
      title: '江泽民在联合国千年首脑会议分组讨论会上发言',
      kind: 'speech',
      speaker: '江泽民',
      parties: ['china'],
    })
    expect(texts(speech)[0]).toBe('主席先生:')
  })
})

describe('Chinese statements of Chinese web review 4, mended after', () => {
  it('reads a title a page broke over a blank line whole, and knows Myanmar by its name of 1989–2010 (中缅, 2000, gov.cn gazette)', () => {
    const statement = one(
      [
        '中华人民共和国和缅甸联邦关于未来双边',
        '',
        '关系合作框架文件的联合声明',
        '',
        '中华人民共和国和缅甸联邦(以下简称“双方”)自1950年6月8日建立外交关系以来，两国友好关系不断发展。',
      ].join('\n'),
    )
    expect(statement).toMatchObject({
      title: '中华人民共和国和缅甸联邦关于未来双边关系合作框架文件的联合声明',
      kind: 'joint-statement',
      parties: ['china', 'myanmar'],
    })
  })

  it('takes the parties its opening names where the title names none the gazetteer knows', () => {
    const statement = one(
      ['关系合作框架文件的联合声明', '', '中华人民共和国和缅甸联邦(以下简称“双方”)一致认为有必要进一步发展两国睦邻友好合作关系。'].join(
        '\n',
      ),
    )
    expect(statement.parties).toEqual(['china', 'myanmar'])
    expect(statement.notes.map((n) => n.message).join(' ')).toMatch(/opening paragraph/)
  })
})

describe('Chinese speeches whose page names the speaker only in the title (Chinese web review 4)', () => {
  it('reads a text that speaks as "我" under a title naming no document as a speech, and its speaker from the title', () => {
    const speech = one(
      [
        '习近平：共倡开放包容 共促和平发展',
        '',
        '尊敬的市长先生，女士们，先生们，朋友们：',
        '',
        '很高兴在伦敦金融城同大家见面。这次我应邀对英国进行国事访问，旨在推动两国关系得到更大发展。',
      ].join('\n'),
    )
    expect(speech).toMatchObject({ kind: 'speech', speaker: '习近平', parties: ['china'] })
    // ("我国" and "我方" are a document's own "our country" and "our side")
    const statement = one(['中方关于当前局势的立场文件', '', '我国一贯主张通过对话协商解决争端。我方愿同各方一道努力。'].join('\n'))
    expect(statement.kind).toBe('statement')
  })
})

describe('Chinese pages of Chinese web review 5 (texts written for the test in the layouts of the pages read)', () => {
  it('reads a speaker whose two-character name is spaced to the width of three, and does not take that line over its date for a new statement’s title', () => {
    const result = parseStatements(
      [
        '携手同行 共创未来',
        '',
        '——在国际形势研讨会上的演讲',
        '',
        '国务委员兼外长 王 毅',
        '',
        '（2022年12月25日，北京）',
        '',
        '各位专家，各位朋友：',
        '',
        '很高兴和大家再次相聚，共话国际形势和中国外交。今天的世界正在经历深刻的变化。',
      ].join('\n'),
    )
    expect(result.ok && result.statements.length).toBe(1)
    const speech = result.ok ? result.statements[0] : undefined
    expect(speech).toMatchObject({ kind: 'speech', speaker: '王毅', date: '2022-12-25', place: '北京', parties: ['china'] })
  })

  it('leaves out a picture’s placeholder and its caption with the photographer’s credit, with a repair note', () => {
    const speech = one(
      [
        '习近平在欢迎宴会上的致辞',
        '',
        '（2019年4月26日，北京）',
        '',
        '尊敬的各位来宾：',
        '',
        '4月26日，国家主席习近平在北京举行宴会。这是习近平发表致辞。 新华社记者 张三 摄',
        '',
        '资料图',
        '',
        '此刻的人民大会堂，高朋满座，胜友如云。我内心充盈着喜悦。',
      ].join('\n'),
    )
    expect(allClauseTexts(speech)).toEqual(['尊敬的各位来宾：', '此刻的人民大会堂，高朋满座，胜友如云。', '我内心充盈着喜悦。'])
    expect(speech.notes.map((n) => n.message)).toContain('left out 2 picture captions or placeholders')
  })

  it('reads a communiqué from a wiki’s page: its menus and skip links are no title, its signatures with "（签字）" are left out, and its licence after the sign-off is no second statement', () => {
    const result = parseStatements(
      [
        '中华人民共和国政府和某某国政府关于建立外交关系的联合公报',
        '外观',
        '跳至导览 跳至搜寻',
        '中华人民共和国政府和某某国政府关于建立外交关系的联合公报',
        '',
        '一、中华人民共和国政府和某某国政府决定自一九七二年三月十三日起互相承认并建立外交关系。',
        '',
        '二、两国政府同意在短期内互派大使。',
        '',
        '中华人民共和国',
        '政府代表',
        '外交部副部长',
        '张三',
        '（签字）',
        '某某国政府代表',
        '驻中华人民共和国代办',
        '李四',
        '（签字）',
        '一九七二年三月十三日于北京',
        '',
        'PD-icon.svg本作品是中华人民共和国的法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。',
        '根据《中华人民共和国著作权法》第五条，本作品不适用于该法，在中国大陆和其他地区属于公有领域。',
        'Public domainPublic domainfalsefalse',
      ].join('\n'),
    )
    expect(result.ok && result.statements.length).toBe(1)
    const statement = result.ok ? (result.statements[0] as ParsedStatement) : undefined
    expect(statement).toMatchObject({
      title: '中华人民共和国政府和某某国政府关于建立外交关系的联合公报',
      date: '1972-03-13',
      place: '北京',
    })
    expect(statement?.sections.map((section) => section.heading)).toEqual([null])
    expect(statement && allClauseTexts(statement)).toEqual([
      '一、中华人民共和国政府和某某国政府决定自一九七二年三月十三日起互相承认并建立外交关系。',
      '二、两国政府同意在短期内互派大使。',
    ])
  })

  it('leaves alone what those rules must not take: a news headline naming a leader splits off its statement, a page pasted after a footer stays, a heading "Copyright Protection" stays, a ministry’s title in Traditional characters is not China’s by that alone', () => {
    const two = parseStatements(
      [
        '中华人民共和国和法兰西共和国联合声明',
        '',
        '2019年3月26日',
        '',
        '中华人民共和国和法兰西共和国一致同意进一步深化全面战略伙伴关系。双方愿加强各领域合作。',
        '',
        '习近平会见美国总统拜登',
        '',
        '2021年11月16日',
        '',
        '国家主席习近平同美国总统拜登举行视频会晤。双方就中美关系交换了意见。',
      ].join('\n'),
    )
    expect(two.ok && two.statements.map((statement) => statement.title)).toEqual([
      '中华人民共和国和法兰西共和国联合声明',
      '习近平会见美国总统拜登',
    ])
    const pages = parseStatements(
      [
        '中华人民共和国政府和甲国政府联合公报',
        '',
        '中华人民共和国政府和甲国政府决定自一九七二年三月十三日起建立外交关系。两国政府同意互派大使。',
        '',
        '一九七二年三月十三日于北京',
        '',
        '本作品是中华人民共和国的法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件。',
        '',
        '中华人民共和国政府和乙国政府联合公报',
        '',
        '中华人民共和国政府和乙国政府决定自一九七四年五月三十一日起建立外交关系。两国政府同意互派大使。',
        '',
        '一九七四年五月三十一日于北京',
      ].join('\n'),
    )
    expect(pages.ok && pages.statements.map((statement) => statement.date)).toEqual(['1972-03-13', '1974-05-31'])
    const sheet = parseStatements(
      [
        'FACT SHEET: The United States and Japan Sign an Agreement on Creative Industries',
        '',
        'Today the United States and Japan signed an agreement on creative industries.',
        '',
        'Patent Cooperation',
        '',
        'The two offices will share examination results.',
        '',
        'Copyright Protection',
        '',
        'The two governments will protect the works of their authors. They will enforce the law online.',
      ].join('\n'),
    )
    expect(sheet.ok && sheet.statements[0]?.sections.map((section) => section.heading)).toContain('Copyright Protection')
    const taiwan = one(['外交部發言人就近日區域情勢發表聲明', '', '本部嚴正譴責相關行為，並呼籲各方保持克制。'].join('\n'))
    expect(taiwan.parties).not.toContain('china')
  })

  it('gives a foreign ministry spokesperson’s briefing to China, not to the country of its first question, and dates it by its title', () => {
    const briefing = one(
      [
        '2022年8月9日外交部发言人汪文斌主持例行记者会',
        '',
        '记者：国务委员兼外长8日应邀对蒙古国进行访问。请问发言人能否介绍本次访问具体情况？',
        '',
        '汪文斌：这是双方友好交往的又一次重要访问。',
      ].join('\n'),
    )
    expect(briefing).toMatchObject({ parties: ['china'], date: '2022-08-09' })
  })
})
