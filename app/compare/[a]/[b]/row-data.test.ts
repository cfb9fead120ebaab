import { describe, expect, it } from 'vitest'
import { compareStatements, DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { displayItems } from '@/lib/compare/display-items'
import { explainRow, rowSummary } from '@/lib/compare/explain-row'
import { rowStatus } from '@/lib/vocab/row-status'
import { collectionCompareStatement, corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { rowData } from './row-data'
import { piecesText as text } from './row-pieces'

describe('the compare page’s row data (Kyrgyzstan and Tajikistan, 2019)', () => {
  const result = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN), DEFAULT_COMPARE_OPTIONS)
  const items = displayItems(result)
  const data = rowData(result, items, new Map())

  it('keeps every displayed item, in order, each row with its status and its reason', () => {
    expect(data.items.map((item) => item.type)).toEqual(items.map((item) => item.type))
    for (const [k, item] of data.items.entries()) {
      const source = items[k]
      if (item.type !== 'row' || source?.type !== 'row') continue
      expect(item.index).toBe(source.row.index)
      expect(item.status).toBe(rowStatus(source.row))
      // the browser writes the same sentence from the figures the data carries
      // and where the row's clauses stand, from the clause numbers it carries (n is position + 1), as the client reads them
      const position = ([n]: [number, ...unknown[]]) => ({ position: n - 1 })
      const carried = { ...item.reason, a: item.a.map(position), b: item.b.map(position) }
      expect(explainRow(carried, { threshold: data.threshold, sureBar: data.sureBar })).toBe(
        explainRow(source.row, { ...result.options, sureBar: result.sureBar }),
      )
      expect(rowSummary(carried)).toBe(rowSummary(source.row))
    }
  })

  it('carries each clause’s whole text in its pieces, and neighbouring equal pieces as one', () => {
    const rows = data.items.flatMap((item) => (item.type === 'row' ? [item] : []))
    let checked = 0
    for (const row of rows) {
      const source = result.rows[row.index - 1]
      for (const [side, list] of [
        ['a', row.a],
        ['b', row.b],
      ] as const) {
        for (const [k, [n, label, pieces]] of list.entries()) {
          const original = source?.[side][k]
          expect(n).toBe((original?.position ?? -1) + 1)
          expect(label).toBe(original?.label ?? null)
          expect(text(pieces)).toBe(original?.pieces.map((p) => p.text).join(''))
          for (const [j, piece] of pieces.entries())
            if (j > 0) expect(typeof piece === 'string' && typeof pieces[j - 1] === 'string').toBe(false)
          checked++
        }
      }
    }
    // every clause of both statements, a moved row's twice
    expect(checked).toBeGreaterThanOrEqual(result.a.clauses.length + result.b.clauses.length)
  })

  it('says the statements’ language once, for HTML’s lang attribute', () => {
    expect(data.lang).toBe('zh-Hans')
    expect(data.slugs).toEqual({ a: result.a.slug, b: result.b.slug })
  })
})

describe('the section headings of a comparison whose sections part (U.S.–ROK and Japan–U.S., 2022)', () => {
  const result = compareStatements(
    collectionCompareStatement('2022-05-21-united-states-republic-of-korea-leaders-joint-statement'),
    collectionCompareStatement('2022-05-23-japan-u-s-joint-leaders-statement-strengthening-the-free-and-open-international-order'),
    DEFAULT_COMPARE_OPTIONS,
  )
  const sections = rowData(result, displayItems(result), new Map()).items.filter((item) => item.type === 'section')

  it('says, where a section begins on one side only, the section still in force on the other', () => {
    // the headings stay in view as one bar, each over the last: a B heading alone had hidden A's
    const current = { a: null as string | null, b: null as string | null }
    let held = 0
    for (const section of sections) {
      if (section.both === null && section.a === null && current.a) expect(section.heldA).toBe(current.a)
      if (section.both === null && section.b === null && current.b) expect(section.heldB).toBe(current.b)
      held += Number(section.heldA !== undefined) + Number(section.heldB !== undefined)
      if (section.both !== null) current.a = current.b = section.both
      current.a = section.a ?? current.a
      current.b = section.b ?? current.b
    }
    expect(held).toBeGreaterThan(0)
  })
})

describe('the compare page’s row data (U.S.–Singapore and U.S.–New Zealand, 2022)', () => {
  it('writes every reason in the browser as the server does, a best match that rounds to the threshold included (a review saw "at 25%, … out of the order")', () => {
    const result = compareStatements(
      collectionCompareStatement('2022-03-29-u-s-singapore-joint-leaders-statement'),
      collectionCompareStatement('2022-05-31-united-states-aotearoa-new-zealand-joint-statement'),
    )
    const items = displayItems(result)
    const data = rowData(result, items, new Map())
    const position = ([n]: [number, ...unknown[]]) => ({ position: n - 1 })
    let near = 0
    for (const [k, item] of data.items.entries()) {
      const source = items[k]
      if (item.type !== 'row' || source?.type !== 'row') continue
      const carried = { ...item.reason, a: item.a.map(position), b: item.b.map(position) }
      expect(explainRow(carried, { threshold: data.threshold, sureBar: data.sureBar })).toBe(
        explainRow(source.row, { ...result.options, sureBar: result.sureBar }),
      )
      if (source.row.best && Math.round(source.row.best.score * 100) === 25 && source.row.best.score !== 0.25) near++
    }
    // the pair has such clauses: the check is not empty
    expect(near).toBeGreaterThan(0)
  })
})
