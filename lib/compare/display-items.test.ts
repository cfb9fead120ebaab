import { describe, expect, it } from 'vitest'
import { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { compareStatements } from './compare-statements'
import { chineseNumeral, displayItems, foldIdentical, foldRows, sectionOutline, sectionTitle } from './display-items'
import { rowStatus } from '@/lib/vocab/row-status'
import { explainRow } from './explain-row'
import type { CompareRow } from './types'
import { compareToJson } from '@/lib/views/compare'
import { compareToCsv } from './export'

const result = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN))
const items = displayItems(result)
const rowItems = items.flatMap((item) => (item.type === 'row' ? [item] : []))

describe('displayItems', () => {
  it('shows a moved row at its place in A and again at its place in B, each pointing at the other', () => {
    const path = rowItems.filter((item) => item.row.a.some((c) => c.position === 17)) // A18: support for the development path
    const index = path[0]?.row.index
    // B13 stands earlier in B than A18 in A, so the B place comes first
    expect(path.map((item) => [item.place, item.anchor])).toEqual([
      ['b', `r${index}-b`],
      ['a', `r${index}`],
    ])
    expect(path[0]?.row.b.map((c) => c.position + 1)).toEqual([13])
  })

  it('shows every clause of A once in A order, and of B once in B order, at their own places', () => {
    const a = rowItems.filter((item) => item.place !== 'b').flatMap((item) => item.row.a.map((c) => c.position))
    const b = rowItems.filter((item) => item.place !== 'a').flatMap((item) => item.row.b.map((c) => c.position))
    expect(a).toEqual([...a].sort((x, y) => x - y))
    expect(b).toEqual([...b].sort((x, y) => x - y))
    expect(new Set(a).size).toBe(65)
    expect(new Set(b).size).toBe(68)
  })

  it('puts the sections of both statements between the rows, in order, each once', () => {
    const labels = (side: 'a' | 'b') => items.flatMap((item) => (item.type === 'section' && item[side]?.label ? [item[side]?.label] : []))
    expect(labels('a')).toEqual(['一', '二', '三', '四', '五'])
    expect(labels('b')).toEqual(['一', '二', '三', '四', '五'])
  })
})

describe('foldIdentical', () => {
  const folded = foldIdentical(items)

  it('returns every changed, moved or one-sided row, and folds runs of identical rows', () => {
    const shown = folded.flatMap((item) => (item.type === 'row' ? [item.row.index] : []))
    const hidden = folded.flatMap((item) => (item.type === 'fold' ? item.rows : []))
    expect(shown.every((index) => rowStatus(result.rows[index - 1] as (typeof result.rows)[number]) !== 'identical')).toBe(true)
    expect(hidden.every((index) => rowStatus(result.rows[index - 1] as (typeof result.rows)[number]) === 'identical')).toBe(true)
    expect(new Set([...shown, ...hidden]).size).toBe(result.rows.length)
    expect(folded.some((item, k) => item.type === 'fold' && folded[k + 1]?.type === 'fold')).toBe(false)
  })

  it('keeps the section headings', () => {
    expect(folded.filter((item) => item.type === 'section')).toEqual(items.filter((item) => item.type === 'section'))
  })
})

describe('foldRows (issue 17)', () => {
  it('keeps the row a link points at, even where the view folds it', () => {
    const identical = rowItems.find((item) => rowStatus(item.row) === 'identical')?.row.index as number
    expect(foldRows(items, 'changes').some((item) => item.type === 'row' && item.row.index === identical)).toBe(false)
    const kept = foldRows(items, 'changes', identical)
    expect(kept.some((item) => item.type === 'row' && item.row.index === identical)).toBe(true)
    expect(kept.some((item) => item.type === 'fold' && item.rows.includes(identical))).toBe(false)
  })

  it('folds the rows with no counterpart for paired, with their anchors and statuses', () => {
    const folded = foldRows(items, 'paired')
    const hidden = folded.flatMap((item) => (item.type === 'fold' ? item.statuses : []))
    expect(new Set(hidden)).toEqual(new Set(['a-only', 'b-only']))
    expect(folded.flatMap((item) => (item.type === 'fold' ? item.anchors : [])).every((anchor) => /^r\d+(-b)?$/.test(anchor))).toBe(true)
  })
})

describe('sectionOutline', () => {
  it('returns each section heading once, named so that 一 does not read as a dash, with its rows', () => {
    const outline = sectionOutline(items, result)
    // B's sections begin a little before A's
    expect(outline.map((entry) => entry.label)).toEqual([
      'Section 1 (一)',
      'B: Section 2 (二)',
      'A: Section 2 (二)',
      'A: Section 3 (三)',
      'B: Section 3 (三)',
      'A: Section 4 (四)',
      'B: Section 4 (四)',
      'A: Section 5 (五)',
      'B: Section 5 (五)',
    ])
    expect(outline.every((entry) => /^r\d+(–r\d+)?$/.test(entry.rows))).toBe(true)
    // each part is one statement's section with its own rows, and the entry reads as its parts
    for (const entry of outline) {
      expect(entry.parts.map((part) => part.label).join(' · ')).toBe(entry.label)
      expect(entry.parts.map((part) => part.rows).join(' · ')).toBe(entry.rows)
    }
    // each section's rows run from its first clause's row in order to its last's, whatever the other statement's sections do in
    // between; a moved row, which stands at the other statement's place, counts only for a section with none in order
    const span = (side: 'a' | 'b', section: number) => {
      const own = result.rows.filter((row) => row[side].some((c) => c.section === section))
      const inOrder = own.filter((row) => !row.moved)
      const indexes = (inOrder.length ? inOrder : own).map((row) => row.index)
      return Math.min(...indexes) === Math.max(...indexes)
        ? `r${Math.min(...indexes)}`
        : `r${Math.min(...indexes)}–r${Math.max(...indexes)}`
    }
    const sections = items.flatMap((item) => (item.type === 'section' ? [item] : []))
    outline.forEach((entry, k) => {
      const item = sections[k] as (typeof sections)[number]
      const a = item.a ? span('a', result.a.sections.indexOf(item.a)) : null
      const b = item.b ? span('b', result.b.sections.indexOf(item.b)) : null
      if (entry.label.startsWith('A: ') || entry.label.startsWith('B: ')) expect(entry.rows).toBe([a, b].filter(Boolean).join(' · '))
    })
    // B's section 2 holds a clause moved to row 74, which no longer stretches it (walkthrough: "r4–r154"); A's runs r21–r40, then A's section 3 begins
    expect(outline.slice(1, 4).map((entry) => entry.rows)).toEqual(['r20–r49', 'r21–r40', 'r41–r57'])
    // the same in every view: folded rows are still the section's
    for (const view of ['changes', 'unsure', 'paired'] as const)
      expect(sectionOutline(foldRows(items, view, null), result)).toEqual(outline)
    expect(outline.map((entry) => entry.anchor)).toEqual(items.filter((item) => item.type === 'section').map((item) => item.key))
  })
})

describe('chineseNumeral', () => {
  it('returns the value of a numeral up to 九十九, or null', () => {
    expect(['一', '九', '十', '十二', '二十', '三十五', '甲', '', '一一'].map(chineseNumeral)).toEqual([
      1,
      9,
      10,
      12,
      20,
      35,
      null,
      null,
      null,
    ])
  })
})

describe('sectionTitle', () => {
  const title = (label: string | null, heading: string | null) => sectionTitle({ level: 1, label, heading })

  it('names a headed section as the statement prints it, and a number alone as a section, a Chinese numeral by its value too', () => {
    expect(title('IV', 'Conclusion')).toBe('IV. Conclusion')
    expect(title('二', '政治合作')).toBe('二、政治合作')
    expect(title(null, 'Principles')).toBe('Principles')
    expect(title('IV', null)).toBe('Section IV')
    expect(title('二', null)).toBe('Section 2 (二)')
  })

  it('leaves a label that names itself as it is (the U.S.–EU TTC statement of 2021 had read "Section Section 1")', () => {
    expect(title('Section 1', 'Pittsburgh Statement')).toBe('Section 1 · Pittsburgh Statement')
    expect(title('Section 1', null)).toBe('Section 1')
    expect(title('Annex II', 'Statement on Export Control Cooperation')).toBe('Annex II · Statement on Export Control Cooperation')
    expect(title('Part III', null)).toBe('Part III')
  })
})

describe('explainRow', () => {
  it('says why each kind of row was formed, with its figures', () => {
    const byRule = (rule: string) => result.rows.find((row) => row.rule === rule)
    const options = result.options
    expect(explainRow(result.rows.find((row) => row.a.some((c) => c.text.startsWith('吉方坚定奉行'))) as never, options)).toBe(
      'Paired: 100% similar, at or above the 25% threshold, in the order of both texts.',
    )
    // the real moved row is a merge (中方高度评价… in two clauses): it names both, its score being theirs joined
    expect(explainRow(byRule('move') as never, options)).toMatch(
      /^Moved: A\d+\+A\d+ together are \d+% similar to B\d+, and each side is the other's best match in the whole statement, but out of the order of the other pairs/,
    )
    const movedPair = { ...(byRule('move') as CompareRow), a: [{ position: 2 }], b: [{ position: 8 }], score: 0.4 }
    expect(explainRow(movedPair as never, options)).toBe(
      "Moved: 40% similar, and each is the other's best match in the whole statement, but out of the order of the other pairs; shown at its place in each text.",
    )
    expect(explainRow(byRule('single') as never, options)).toMatch(
      /^No counterpart: (the most similar clause of [AB] is [AB]\d+, at \d+(\.\d)?%, which (did not qualify|is paired in another row|was itself left apart from a pair of its own \(see its row\)|is out of the order of the pairs around them, .*)|no clause of [AB] shares an uncommon word with it)\.$/,
    )

    // a row a neighbour joined: its first pair's reason too, when its neighbours' order made it (a review)
    const attached = {
      ...(byRule('pair') as CompareRow),
      rule: 'attach',
      kind: 'merge',
      a: [{ position: 4 }, { position: 5 }],
      b: [{ position: 6 }],
      attached: [{ side: 'a', position: 5 }],
      partScores: [0.2, 0.15],
      score: 0.3,
    }
    expect(explainRow(attached as never, options)).toMatch(/^Paired, then A6 joined the row: /)
    expect(explainRow({ ...attached, context: 0.62 } as never, options)).toMatch(
      /^Paired \(below the 25% threshold on its own, but supported by its neighbours, paired in the same order, 62% similar\), then A6 joined the row: .* Together A5\+A6 and B7 are 30% similar \(parts: A5: 20%, A6: 15%\)\.$/,
    )
  })
})

describe('explainRow’s figures', () => {
  it('says when a clause alone has its best counterpart in another pair, rather than that it did not qualify', () => {
    const alone = result.rows.filter((row) => row.rule === 'single' && row.best)
    const taken = alone.find((row) => row.best?.paired)
    expect(taken).toBeDefined()
    expect(explainRow(taken as never, result.options)).toMatch(/, which is paired in another row\.$/)
    // and only then: its best counterpart does stand in a pair
    const other = taken?.a.length ? 'b' : 'a'
    const position = taken?.best?.position
    expect(result.rows.some((row) => row.a.length && row.b.length && row[other].some((c) => c.position === position))).toBe(true)
  })

  it('says why a clause alone was not paired with a free clause at or above the threshold: out of order, not a move; or that clause was left apart', () => {
    const single = { ...(result.rows.find((r) => r.rule === 'single' && r.a.length) as CompareRow), apart: undefined }
    const best = { position: 20, score: 0.27 }
    expect(explainRow({ ...single, best } as never, { ...result.options, threshold: 0.25 })).toMatch(
      /, at 27%, which is out of the order of the pairs around them, and not shown as moved: a move needs each to be the other’s best match, and alike enough\.$/,
    )
    expect(explainRow({ ...single, best: { ...best, leftApart: true } } as never, { ...result.options, threshold: 0.25 })).toMatch(
      /, at 27%, which was itself left apart from a pair of its own \(see its row\)\.$/,
    )
    // under the threshold it did not qualify; one that rounds to the threshold is printed to a tenth
    expect(explainRow({ ...single, best: { ...best, score: 0.2 } } as never, { ...result.options, threshold: 0.25 })).toMatch(
      /, at 20%, which did not qualify\.$/,
    )
    expect(explainRow({ ...single, best: { ...best, score: 0.249 } } as never, { ...result.options, threshold: 0.25 })).toMatch(
      /, at 24\.9%, which did not qualify\.$/,
    )
  })

  it('prints a score that rounds to the threshold to a tenth, so that 24.9% is not said to be "25%, below 25%"', () => {
    const row = { ...(result.rows.find((r) => r.rule === 'best-match') as CompareRow), score: 0.249 }
    expect(explainRow(row as never, { ...result.options, threshold: 0.25 })).toMatch(/^Paired: 24\.9% similar, below the 25% threshold/)
  })
})

describe('explainRow of an unsure pair', () => {
  it('says that the pair is below the sure bar, and how similar the best clause outside the row is', () => {
    const row = result.rows.find((r) => r.unsure && r.rival)
    expect(row).toBeDefined()
    const text = explainRow(row as never, { ...result.options, sureBar: result.sureBar })
    const bar = Math.round(result.sureBar * 100)
    expect(text).toContain(
      `Unsure: less than ${bar}% alike (pairs checked by hand were right 95 times in 100 from ${bar}% up, less often below); read both sides before relying on it.`,
    )
    const rival = (row as CompareRow).rival as NonNullable<CompareRow['rival']>
    const own = (row as CompareRow).a.some((c) => c.position === rival.a) ? `A${rival.a + 1}` : `B${rival.b + 1}`
    const other = own.startsWith('A') ? `B${rival.b + 1}` : `A${rival.a + 1}`
    expect(text).toMatch(
      new RegExp(
        `${own} is also ${Math.round(rival.score * 100)}% similar to ${other}, outside this row(, more than to its counterpart here)?\\.$`,
      ),
    )
    // a score that rounds to the bar is printed to a tenth: "45%" is never said to be below 45%
    const close = explainRow({ ...(row as CompareRow), score: 0.446, unsure: { bar: 0.45 }, rival: undefined } as never, {
      ...result.options,
      sureBar: 0.45,
    })
    expect(close).toContain('Unsure (44.6%): less than 45% alike (')
    // the row carries the bar it is below, so a caller need not know the comparison's
    expect(explainRow(row as never, result.options)).toContain(`Unsure: less than ${bar}% alike (pairs checked`)
    // a pair of long clauses below their own bar says which bar it is
    expect(explainRow({ ...(row as CompareRow), score: 0.18, unsure: { bar: 0.2, long: true } } as never, result.options)).toContain(
      'Unsure: less than 20% alike, the bar for pairs of long clauses (pairs checked by hand were right 95 times in 100 from 20% up',
    )
  })
})

describe('explainRow of a clause left apart', () => {
  it('prints a score that rounds to the sure bar to a tenth, so that 44.7% is not said to be "45%, under the 45% sure bar"', () => {
    const row = { ...(result.rows.find((r) => r.rule === 'single' && r.a.length) as CompareRow), best: undefined }
    const apart = { position: 55, score: 0.4468, rival: { score: 0.4, a: row.a[0]?.position ?? 0, b: 40 } }
    expect(explainRow({ ...row, apart } as never, { ...result.options, sureBar: 0.45 })).toMatch(
      /^Left apart from B56 \(44\.7% similar, under the 45% sure bar\): A\d+ is also 40% similar to B41, /,
    )
  })
})

describe('compareToJson', () => {
  it('marks unsure pairs with unsure: true, and gives the bar', () => {
    const json = compareToJson(result)
    expect(json.sureBar).toBe(result.sureBar)
    expect(json.rows.filter((row) => row.unsure).map((row) => row.index)).toEqual(
      result.rows.filter((row) => row.unsure).map((row) => row.index),
    )
    expect(json.rows.some((row) => row.unsure)).toBe(true)
  })

  it('marks moved links with moved: true', () => {
    const json = compareToJson(result)
    const moved = json.rows.filter((row) => row.moved)
    expect(moved.length).toBeGreaterThan(0)
    expect(moved.some((row) => row.a.some((c) => c.text.startsWith('中方高度评价吉尔吉斯共和国独立以来')))).toBe(true)
    expect(json.rows.filter((row) => !row.moved && row.a.length && row.b.length).every((row) => row.kind !== 'a-only')).toBe(true)
  })

  it('names each clause as the page and the CSV do (A12, B3)', () => {
    const json = compareToJson(result)
    json.rows.forEach((row, k) => {
      const source = result.rows[k] as (typeof result.rows)[number]
      expect(row.a.map((c) => c.label)).toEqual(source.a.map((c) => `A${c.position + 1}`))
      expect(row.b.map((c) => c.label)).toEqual(source.b.map((c) => `B${c.position + 1}`))
    })
    const csvNames = compareToCsv(result).split('\n')[1]?.split(',').slice(4, 6)
    const first = json.rows[0] as (typeof json.rows)[number]
    expect(csvNames).toEqual([first.a.map((c) => c.label).join('+'), first.b.map((c) => c.label).join('+')])
  })

  it('says how each row was formed (rule), as the README and the CSV do (issue 17)', () => {
    const json = compareToJson(result)
    expect(json.rows.map((row) => row.rule)).toEqual(result.rows.map((row) => row.rule))
    expect(json.rows.find((row) => row.moved)?.rule).toBe('move')
  })
})
