import { describe, expect, it } from 'vitest'
import { mapIdentity } from '@/lib/text/mapped-text'
import { classifyKind, readHeader } from './read-header'
import { cityOfVenue } from './read-header-en'
import { readHeaderEn } from './read-header-en'

const p = (text: string, short = true) => ({ text: mapIdentity(text), short })

describe('readHeader', () => {
  it('reads a speech’s title, subtitle, date line and speaker', () => {
    const header = readHeader([
      p('携手努力，并肩前行，'),
      p('开创新时代中俄关系的美好未来'),
      p('——在中俄建交70周年纪念大会上的讲话'),
      p('（2019年6月5日，莫斯科）'),
      p('中华人民共和国主席 习近平'),
      p('尊敬的普京总统，'),
    ])
    expect(header).toEqual({
      title: '携手努力，并肩前行，开创新时代中俄关系的美好未来',
      subtitle: '在中俄建交70周年纪念大会上的讲话',
      printedDate: { year: 2019, month: 6, day: 5 },
      printedPlace: '莫斯科',
      speaker: '习近平',
      speakerRole: '中华人民共和国主席',
      bodyStart: 5,
    })
    expect(classifyKind(header)).toBe('speech')
  })

  it('ends a joint statement’s title at the document name', () => {
    const header = readHeader([p('中华人民共和国和吉尔吉斯共和国'), p('关于进一步深化全面战略伙伴关系的联合声明'), p('双方声明如下：')])
    expect(header.title).toBe('中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明')
    expect(header.bodyStart).toBe(2)
    expect(classifyKind(header)).toBe('joint-statement')
  })

  it('reads a day-first English date line under a title, not as section 1 (walkthrough)', () => {
    const header = readHeaderEn([p('Joint Statement of Japan and the United States'), p('1 February 2021'), p('The two leaders met.')])
    expect(header).toMatchObject({
      title: 'Joint Statement of Japan and the United States',
      printedDate: { year: 2021, month: 2, day: 1 },
      bodyStart: 2,
    })
  })
})

describe('classifyKind of English titles (White House releases of 2021–2022)', () => {
  const kind = (title: string) => classifyKind({ title, subtitle: null, speaker: null })

  it('takes remarks for a speech, whatever statement they were given at', () => {
    expect(
      kind(
        'Remarks by President Biden and President Abbas of the Palestinian National Authority in Joint Press Statement | Bethlehem, West Bank',
      ),
    ).toBe('speech')
    expect(kind('Remarks by President Biden and Prime Minister Kishida of Japan Before Bilateral Meeting')).toBe('speech')
  })

  it('still names joint statements, fact sheets and readouts by their title', () => {
    expect(kind('U.S.-ROK Leaders’ Joint Statement')).toBe('joint-statement')
    expect(kind('FACT SHEET: Quad Summit')).toBe('fact-sheet')
    expect(kind('Readout of President Biden’s Call with Chancellor Scholz of Germany')).toBe('statement')
  })

  it('takes the news that fact sheets were released for a statement, and a declaration in French or Spanish for a declaration (reviews 119 and 120)', () => {
    expect(
      kind('White House Releases Fact Sheets to Highlight Nationwide Need and Impact of the Bipartisan Infrastructure Framework'),
    ).toBe('statement')
    expect(kind('STATE FACT SHEETS: How the Inflation Reduction Act Lowers Health Care Costs Across America')).toBe('fact-sheet')
    expect(kind('FACT SHEET: President Biden Issues Executive Order on Competition')).toBe('fact-sheet')
    expect(kind('Déclaration de Los Angeles sur les migrations et la protection')).toBe('joint-declaration')
    expect(kind('Declaración sobre Migración y Protección de Los Ángeles')).toBe('joint-declaration')
    // (and still not a declaration the title reports on)
    expect(kind('President Biden Approves Alaska Disaster Declaration')).not.toBe('joint-declaration')
  })
})

describe('cityOfVenue (venue lines of White House transcripts, 2021–2022)', () => {
  it('reads the city before the last comma, after any venue', () => {
    expect(cityOfVenue('Seoul, Republic of Korea')).toBe('Seoul')
    expect(cityOfVenue('Tonino Lamborghini International Convention Center, Sharm el-Sheikh, Egypt')).toBe('Sharm el-Sheikh')
    expect(cityOfVenue('Los Angeles, California')).toBe('Los Angeles')
  })

  it('names none for a venue alone', () => {
    expect(cityOfVenue('Oval Office')).toBeNull()
    expect(cityOfVenue('Via Teleconference')).toBeNull()
    expect(cityOfVenue('East Room, The White House')).toBeNull()
    expect(cityOfVenue('En Route Tel Aviv, Israel')).toBe('Tel Aviv')
  })
})
