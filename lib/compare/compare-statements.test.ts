import { describe, expect, it } from 'vitest'
import { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { compareStatements, counterpartsAgainst, DEFAULT_COMPARE_OPTIONS } from './compare-statements'
import { displayItems } from './display-items'
import { compareToJson } from '@/lib/views/compare'
import { LONG_CLAUSE_BAR, SURE_LINK } from './sure-link'
import { contentLength } from '@/lib/text/normalize'
import type { CompareRow } from './types'

const kyrgyzstan = corpusCompareStatement(KYRGYZSTAN)
const tajikistan = corpusCompareStatement(TAJIKISTAN)
const result = compareStatements(kyrgyzstan, tajikistan)

/** A row as the page shows it, both sides in one string. */
function render(row: CompareRow): string {
  return row.ops
    .map((op) =>
      op.op === 'delete' ? `<del>${op.a}</del>` : op.op === 'insert' ? `<ins>${op.b}</ins>` : op.a === op.b ? op.a : `{${op.a}|${op.b}}`,
    )
    .join('')
}

const rowWith = (text: string) => result.rows.find((row) => row.a.some((c) => c.text.includes(text)))

describe('compareStatements on China–Kyrgyzstan and China–Tajikistan, June 2019', () => {
  it('aligns the one-China clauses with each other', () => {
    const principle = rowWith('坚定奉行一个中国原则')
    expect(principle?.b.map((c) => c.text)).toEqual([
      '塔方坚定奉行一个中国原则，重申中华人民共和国政府是代表全中国的唯一合法政府，台湾、西藏是中国领土不可分割的一部分。',
    ])
    const unification = rowWith('台湾独立')
    expect(unification?.kind).toBe('match')
    expect(unification?.b[0]?.text).toContain('实现国家和平统一')
  })

  it('shows 国家统一 vs 国家和平统一, and no difference for 吉方 / 塔方', () => {
    expect(render(rowWith('台湾独立') as CompareRow)).toBe(
      '{吉|塔}方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家<ins>和平</ins>统一所作的一切努力。',
    )
    expect(rowWith('坚定奉行一个中国原则')?.ops.every((op) => op.op === 'equal')).toBe(true)
  })

  it('shows the Xinjiang clause’s departures: 新疆 against 全国, and 反恐和去极端化 added', () => {
    const xinjiang = render(rowWith('新疆维吾尔自治区') as CompareRow)
    expect(xinjiang).toContain('保护<del>新疆维吾尔自治区</del><ins>全国</ins>各民族文化')
    expect(xinjiang).toContain('<ins>反恐和去极端化</ins>措施')
  })

  it('keeps every clause of both statements exactly once: A in its order, B in its order but for moved rows', () => {
    const positions = (side: 'a' | 'b', rows = result.rows) => rows.flatMap((row) => row[side].map((c) => c.position))
    expect(positions('a')).toEqual(kyrgyzstan.clauses.map((c) => c.position))
    expect(positions('b').sort((x, y) => x - y)).toEqual(tajikistan.clauses.map((c) => c.position))
    const inOrder = positions(
      'b',
      result.rows.filter((row) => !row.moved),
    )
    expect(inOrder).toEqual([...inOrder].sort((x, y) => x - y))
  })

  it('gives each side of a row exactly its clauses’ text', () => {
    for (const row of result.rows) {
      for (const clause of [...row.a, ...row.b]) {
        const shown = (clause.label && clause.text.startsWith(clause.label) ? clause.label : '') + clause.pieces.map((p) => p.text).join('')
        expect(shown).toBe(clause.text)
      }
    }
  })

  it('measures the same similarity whichever statement is A', () => {
    const reverse = compareStatements(tajikistan, kyrgyzstan)
    expect(reverse.similarity).toBeCloseTo(result.similarity, 10)
    expect(result.similarity).toBeGreaterThan(0.2)
    expect(result.similarity).toBeLessThan(0.8)
  })

  it('finds a statement identical to itself', () => {
    const self = compareStatements(kyrgyzstan, kyrgyzstan)
    expect(self.similarity).toBe(1)
    expect(self.counts.identical).toBe(kyrgyzstan.clauses.length)
  })

  it('marks the sections of both statements between the rows', () => {
    const headings = displayItems(result).filter((item) => item.type === 'section')
    const labels = (side: 'a' | 'b') =>
      headings.flatMap((item) => (item.type === 'section' && item[side]?.label ? [item[side]?.label] : []))
    expect(labels('a')).toEqual(['一', '二', '三', '四', '五'])
    expect(labels('b')).toEqual(['一', '二', '三', '四', '五'])
  })

  it('compares names as written when the party mask is off', () => {
    const unmasked = compareStatements(kyrgyzstan, tajikistan, { ...DEFAULT_COMPARE_OPTIONS, mask: false })
    const row = unmasked.rows.find((r) => r.a.some((c) => c.text.includes('台湾独立')))
    expect(row && render(row)).toMatch(/^<del>吉<\/del><ins>塔<\/ins>方反对/)
  })

  it('marks a pair unsure when it is below the sure bar of Chinese (lib/compare/sure-link), or of long clauses when all of its are, and no other row', () => {
    expect(result.sureBar).toBe(SURE_LINK.zh)
    expect(result.longClauseBar).toEqual(LONG_CLAUSE_BAR.zh)
    const long = LONG_CLAUSE_BAR.zh as { from: number; bar: number }
    const unsure = result.rows.filter((row) => row.unsure)
    expect(unsure.length).toBeGreaterThan(0)
    const barOf = (row: CompareRow) => ([...row.a, ...row.b].every((c) => contentLength(c.text) >= long.from) ? long.bar : SURE_LINK.zh)
    for (const row of result.rows) {
      const paired = row.a.length > 0 && row.b.length > 0
      const bar = barOf(row)
      // the row says whether its bar is the long clauses' own, so that its reason can say so
      expect(row.unsure).toEqual(paired && row.score < bar ? (bar === long.bar ? { bar, long: true } : { bar }) : undefined)
    }
    // on this pair, long rows between the two bars are sure, and short ones there unsure
    const between = result.rows.filter((row) => row.a.length && row.b.length && row.score >= long.bar && row.score < SURE_LINK.zh)
    expect(between.some((row) => barOf(row) === long.bar && !row.unsure)).toBe(true)
    // an unsure pair is still a pair: it is shown, marked, not taken apart
    expect(unsure.every((row) => row.a.length && row.b.length)).toBe(true)
    // and the one-China clauses, 95% alike, are sure
    expect(rowWith('台湾独立')?.unsure).toBeUndefined()
  })

  it('diffs Chinese on jieba’s words, so that a changed span is whole words (投融资 is not 投 + 融资)', () => {
    const row = rowWith('投融资')
    expect(row && render(row)).toContain('<del>更好地服务双边贸易和投融资等活动</del><ins>探讨灵活多样的融资方式</ins>')
    // Intl.Segmenter cuts 投|融资, and the diff then shows 融资 as shared
    const icu = compareStatements(kyrgyzstan, tajikistan, DEFAULT_COMPARE_OPTIONS, { chineseWords: 'icu' }).rows.find((r) =>
      r.a.some((c) => c.text.includes('投融资')),
    )
    expect(icu && render(icu)).toContain('和投</del>')
  })

  it('gives each pair its rival, the best score of one of its clauses outside the row, and none to a clause alone', () => {
    const position = (side: 'a' | 'b', row: CompareRow) => new Set(row[side].map((c) => c.position))
    let rivals = 0
    for (const row of result.rows) {
      if (!row.a.length || !row.b.length || !row.rival) {
        expect(row.rival).toBeUndefined()
        continue
      }
      rivals++
      // one end of the link is the row's own clause, the other is outside the row
      const ownA = position('a', row).has(row.rival.a)
      const ownB = position('b', row).has(row.rival.b)
      expect(ownA !== ownB).toBe(true)
      expect(row.rival.score).toBeGreaterThan(0)
    }
    expect(rivals).toBeGreaterThan(0)
  })

  it('produces the JSON of the API: rows with clause ids and texts, a score and ops', () => {
    const json = compareToJson(result)
    const row = json.rows.find((r) => r.a.some((c) => c.text.includes('台湾独立')))
    expect(row?.ops).toEqual([
      { op: 'equal', text: '吉', textB: '塔' },
      { op: 'equal', text: '方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家' },
      { op: 'insert', text: '和平' },
      { op: 'equal', text: '统一所作的一切努力。' },
    ])
    expect(row?.score).toBeGreaterThan(0.9)
    const onlyB = json.rows.find((r) => r.a.length === 0)
    expect(onlyB?.ops.map((op) => op.op)).toEqual(['insert'])
  })
})

describe('counterpartsAgainst', () => {
  it('masks the partner each statement has in place of the other’s, not the parties they share', () => {
    expect(counterpartsAgainst(['china', 'kyrgyzstan'], ['china', 'tajikistan'])).toEqual(['kyrgyzstan'])
    expect(counterpartsAgainst(['united-states', 'south-korea'], ['japan', 'united-states'])).toEqual(['south-korea'])
    expect(counterpartsAgainst(['japan', 'south-korea', 'australia'], ['japan', 'india'])).toEqual(['south-korea'])
  })

  it('masks nothing against a statement with no partner of its own', () => {
    expect(counterpartsAgainst(['united-states', 'japan', 'south-korea'], ['united-states'])).toEqual([])
  })
})
