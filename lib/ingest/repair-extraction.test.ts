import { describe, expect, it } from 'vitest'
import { repairLines, tidySpaces } from './repair-extraction'
import { splitLines } from './split-documents'
import { mapIdentity } from '@/lib/text/mapped-text'

/** Lines as the extraction prints them: each wrapped line followed by a blank one. */
function extraction(...lines: string[]) {
  return splitLines(lines.join('\n\n'))
}

const FULL = '双方一致认为进一步深化全面战略伙伴关系符合两国和两国人民的根本'.repeat(2).slice(0, 35) // a full line: 35 ems

describe('repairLines', () => {
  it('joins wrapped lines into paragraphs and ends a paragraph at a short line', () => {
    const { paragraphs } = repairLines(extraction(FULL, FULL, '着相互尊重的原则。', FULL.slice(2), FULL, '推动合作。', FULL.slice(2), FULL))
    expect(paragraphs.map((p) => p.text.text.length)).toEqual([35 * 2 + 9, 33 + 35 + 5, 33 + 35])
  })

  it('starts a new paragraph after a sentence end when the next line is indented', () => {
    const { paragraphs } = repairLines(extraction(FULL, `${FULL.slice(0, 34)}。`, FULL.slice(2), FULL, '完。'))
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[1]?.text.text.startsWith(FULL.slice(2))).toBe(true)
  })

  it('drops page numbers and the space that opens a page', () => {
    const { paragraphs, notes } = repairLines(splitLines([FULL, '', '23', FULL, ` ${FULL}`, '', '完。'].join('\n')))
    expect(paragraphs.map((p) => p.text.text)).toEqual([FULL + FULL + FULL + '完。'])
    expect(notes).toContainEqual({ kind: 'repair', message: 'removed 1 page number' })
  })

  it('joins a number broken across lines without a space: "力争 202" / "0 年" is 2020年', () => {
    const { paragraphs, notes } = repairLines(extraction(`${FULL.slice(0, 31)}力争 202`, '0 年实现农村贫困人口全部脱贫。', FULL, FULL))
    expect(paragraphs[0]?.text.text).toContain('力争2020年实现')
    expect(notes).toContainEqual({ kind: 'repair', message: 'joined 1 number broken across lines' })
  })

  it('maps every repaired character back to its offset in the source', () => {
    const source = [FULL, '', `${FULL.slice(0, 31)}第 2`, '', '231 号决议。'].join('\n')
    const { paragraphs } = repairLines(splitLines(source))
    const text = paragraphs[0]?.text
    expect(text).toBeDefined()
    if (!text) return
    for (let i = 0; i < text.text.length; i++) expect(source[text.start[i] as number]).toBe(text.text[i])
  })

  it('treats text with one paragraph per line (pasted, not wrapped) as one paragraph per line', () => {
    const { paragraphs } = repairLines(splitLines('中华人民共和国和蒙古国联合声明\n双方同意加强合作。\n双方同意扩大贸易。'))
    expect(paragraphs.map((p) => [p.text.text, p.short])).toEqual([
      ['中华人民共和国和蒙古国联合声明', true],
      ['双方同意加强合作。', true],
      ['双方同意扩大贸易。', true],
    ])
  })
})

describe('tidySpaces', () => {
  it('drops spaces next to Chinese text and keeps one between ideographs', () => {
    const tidy = (text: string) => tidySpaces(mapIdentity(text)).text
    expect(tidy('于 2019 年 6 月 5 日至 7日')).toBe('于2019年6月5日至7日')
    expect(tidy('推动 NPT2020 年审议大会')).toBe('推动NPT2020年审议大会')
    expect(tidy('坚持可持续发展 共创繁荣美好世界')).toBe('坚持可持续发展 共创繁荣美好世界')
    expect(tidy('the  Kyrgyz   side')).toBe('the Kyrgyz side')
  })
})
