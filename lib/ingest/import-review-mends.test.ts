/**
 * Ordinary statements the rules for web pages must leave alone: each text was
 * written by a reviewer of those rules (2026-12-03) to make one of them
 * misfire, and each misfired once.
 */
import { describe, expect, it } from 'vitest'
import { parseStatements } from './parse-statements'
import type { ParsedStatement } from './types'

function parse(lines: readonly string[]): ParsedStatement[] {
  const result = parseStatements(lines.join('\n'), { fileName: 'pasted.txt' })
  if (!result.ok) throw new Error(result.error)
  return result.statements
}
const only = (lines: readonly string[]) => {
  const statements = parse(lines)
  expect(statements).toHaveLength(1)
  return statements[0] as ParsedStatement
}
const texts = (s: ParsedStatement) => s.sections.flatMap((x) => x.clauses.map((c) => c.text))

describe('rules for web pages, on ordinary statements', () => {
  it('keeps a pasted transcript’s title, which is no venue line', () => {
    const remarks = only([
      'Remarks by President Biden on the Economy',
      '',
      'THE PRESIDENT: Thank you. Please, sit down. It is good to be back in Pittsburgh today.',
      '',
      'Q: Mr. President, what about inflation?',
      '',
      'THE PRESIDENT: We are bringing it down.',
    ])
    expect(remarks).toMatchObject({ title: 'Remarks by President Biden on the Economy', kind: 'speech', parties: ['united-states'] })
  })

  it('keeps a dated statement whose title the next one’s begins with', () => {
    const statements = parse([
      "U.S.-Japan Joint Leaders' Statement",
      '',
      'May 23, 2022',
      '',
      'President Biden and Prime Minister Kishida met in Tokyo today to reaffirm the alliance between the United States and Japan.',
      '',
      "U.S.-Japan Joint Leaders' Statement on Climate and Clean Energy Cooperation",
      '',
      'May 23, 2022',
      '',
      'The United States and Japan today launched a new partnership on clean energy to accelerate the transition in the region.',
    ])
    expect(statements.map((s) => s.title)).toEqual([
      "U.S.-Japan Joint Leaders' Statement",
      "U.S.-Japan Joint Leaders' Statement on Climate and Clean Energy Cooperation",
    ])
  })

  it('keeps a Chinese statement’s own preamble that ends “内容如下：”, though it names 电力', () => {
    const statement = only([
      '中华人民共和国和某国联合声明',
      '',
      '应国家主席习近平邀请，某国总统于2023年5月17日至19日对中国进行国事访问。双方同意深化在电力、电子商务等领域的合作，就双边关系达成重要共识，内容如下：',
      '',
      '一、双方同意继续加强高层交往，增进政治互信。',
    ])
    expect(statement).toMatchObject({ title: '中华人民共和国和某国联合声明', date: '2023-05-19' })
    expect(texts(statement)[0]).toMatch(/^应国家主席习近平邀请/u)
  })

  it('keeps a run of short numbered lines as items of a list, not headings', () => {
    const statement = only([
      '中华人民共和国和某国联合声明',
      '',
      '2023年5月18日，北京',
      '',
      '应中华人民共和国主席习近平邀请，某国总统某某于2023年5月17日至19日对中国进行国事访问。',
      '',
      '双方一致同意：',
      '',
      '（一）加强高层交往，深化政治互信',
      '',
      '（二）深化经贸合作',
      '',
      '（三）扩大人文交流',
      '',
      '双方认为，此次访问取得圆满成功。',
    ])
    expect(statement.sections.map((s) => s.heading)).toEqual([null])
    expect(texts(statement)).toContain('（二）深化经贸合作')
  })

  it('keeps titles spaced out letter by letter or phrase by phrase, and a date line printed with dots', () => {
    expect(
      only(['中美联合公报', '', '2013.06.21', '', '中华人民共和国和美利坚合众国双方同意发表本公报。', '', '双方将继续推进合作。']).date,
    ).toBe('2013-06-21')
    expect(only(['中 美 联 合 公 报', '', '中华人民共和国和美利坚合众国双方同意发表本公报。', '', '双方将继续推进合作。']).title).toBe(
      '中 美 联 合 公 报',
    )
    const speech = only([
      '携手合作 共创未来 开启新篇 共享繁荣',
      '——在中国—中亚峰会上的主旨讲话',
      '中华人民共和国主席 习近平',
      '（2023年5月19日，西安）',
      '',
      '尊敬的各位同事：',
      '',
      '今天，我们在这里举行峰会。',
    ])
    expect(speech).toMatchObject({ title: '携手合作 共创未来 开启新篇 共享繁荣', date: '2023-05-19', place: '西安', speaker: '习近平' })
  })

  it('reads remarks with a foreign leader as both parties’, and a memorandum of understanding as its two signatories’', () => {
    const remarks = only([
      'Remarks by President Biden with Prime Minister Kishida of Japan in Joint Press Conference',
      '',
      'May 23, 2022',
      '',
      'Thank you, Mr. Prime Minister. It is an honor to be here in Tokyo with my friend.',
    ])
    expect(remarks.parties).toEqual(['united-states', 'japan'])
    const memorandum = only([
      '---',
      'source_url: https://www.state.gov/memorandum-of-understanding-us-india',
      '---',
      'Memorandum of Understanding on Cooperation in Clean Energy',
      '',
      'The Government of the United States of America and the Government of the Republic of India, hereinafter referred to as the Participants, have reached the following understanding.',
      '',
      'The Participants intend to cooperate on clean energy research.',
    ])
    expect(memorandum.parties).toEqual(['united-states', 'india'])
  })

  it('keeps a title above a lead-in that ends with a colon over a list', () => {
    const statement = only([
      'U.S.-Kenya Trade and Investment Cooperation',
      '',
      'Key Outcomes of the Strategic Partnership:',
      '',
      '- Expanding agricultural trade between the two countries',
      '',
      '- Launching a new digital economy working group',
      '',
      'The United States and Kenya will continue to work together.',
    ])
    expect(statement.title).toBe('U.S.-Kenya Trade and Investment Cooperation')
  })

  it('reads a fact sheet with run-in leads in capitals as no transcript: its sentence in parentheses and its headings stay', () => {
    const sheet = only([
      'FACT SHEET: President Biden Announces New Actions on Clean Energy',
      '',
      'May 23, 2022',
      '',
      'Today, President Biden is announcing new actions to lower costs for families. (The full list is attached.) These actions build on the Inflation Reduction Act.',
      '',
      'Lowering Costs for Families',
      '',
      'NEW FUNDING: The Department of Energy will provide $1 billion for heat pumps.',
      '',
      'NEW STANDARDS: The Department of Energy will finalize standards for appliances.',
    ])
    expect(texts(sheet)).toContain('(The full list is attached.)')
    expect(sheet.sections.map((s) => s.heading)).toContain('Lowering Costs for Families')
  })

  it('keeps an editor’s brackets in plain text, where no Markdown link could have made them', () => {
    const remarks = only([
      'Remarks by President Biden and Prime Minister Lapid of the State of Israel',
      '',
      'July 14, 2022',
      '',
      'PRESIDENT BIDEN: Thank you, Mr. President [Prime Minister], for welcoming me back.',
      '',
      'PRIME MINISTER LAPID: Thank you, Mr. President.',
    ])
    expect(texts(remarks)[0]).toBe('PRESIDENT BIDEN: Thank you, Mr. President [Prime Minister], for welcoming me back.')
  })

  it('leaves a page’s counter of views and its font-size link out of a Chinese title, and reads a salutation that names the hosts first', () => {
    const speech = only([
      '2023-10-08',
      '626次',
      '字体',
      '（2023年9月23日，杭州）',
      '中华人民共和国主席 习近平',
      '布什总统和夫人，波帕迪克先生，女士们，先生们：',
      '很高兴同各位新老朋友相聚美丽的西子湖畔。',
    ])
    expect(speech).toMatchObject({ date: '2023-09-23', place: '杭州', speaker: '习近平', parties: ['china'] })
    expect(speech.title).not.toMatch(/626|字体/u)
    expect(texts(speech)[0]).toBe('布什总统和夫人，波帕迪克先生，女士们，先生们：')
  })

  it('reads pasted remarks of two leaders as both parties’, with no one speaker, and a venue’s two lines copied without a hard break', () => {
    const remarks = only([
      'Remarks by President Biden and Prime Minister Yair Lapid of the State of Israel',
      '',
      'July 14, 2022',
      '',
      'Waldorf Astoria',
      'Jerusalem, Israel',
      '',
      '2:34 P.M. IDT',
      '',
      'PRIME MINISTER LAPID: Mr. President, welcome to Jerusalem.',
      '',
      'PRESIDENT BIDEN: Thank you, Mr. Prime Minister.',
    ])
    expect(remarks).toMatchObject({ place: 'Jerusalem', speaker: null, parties: ['united-states', 'israel'] })
    expect(texts(remarks)[0]).toBe('PRIME MINISTER LAPID: Mr. President, welcome to Jerusalem.')
  })
})
