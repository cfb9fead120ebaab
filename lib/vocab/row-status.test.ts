import { describe, expect, it } from 'vitest'
import { collectionCompareStatement, corpusCompareStatement, KYRGYZSTAN } from '@/test/helpers/corpus'
import { compareStatements } from '@/lib/compare/compare-statements'
import { compareToMarkdown } from '@/lib/compare/export'
import type { CompareStatement } from '@/lib/compare/types'
import { formatCompare } from '@/lib/cli/format'
import { compareToJson } from '@/lib/views/compare'
import { doubtCounts, isDoubt, rowShown, rowStatus, statusCounts } from './row-status'

/** Kyrgyzstan's statement with two neighbouring clauses printed as one: the same words, merged. */
function withMergedClauses(statement: CompareStatement, at: number): CompareStatement {
  const [first, second] = [statement.clauses[at], statement.clauses[at + 1]]
  if (!first || !second) throw new Error('no such clauses')
  const merged = { ...first, text: first.text + second.text }
  const clauses = [...statement.clauses.slice(0, at), merged, ...statement.clauses.slice(at + 2)].map((c, position) => ({ ...c, position }))
  return { ...statement, slug: `${statement.slug}-merged`, clauses }
}

describe('one count of row statuses everywhere', () => {
  const a = corpusCompareStatement(KYRGYZSTAN)
  // two clauses of the same paragraph, so that the merge is a reading a statement could print
  const at = a.clauses.findIndex((c, k) => k > 5 && a.clauses[k + 1]?.section === c.section && c.text.length > 20)
  const result = compareStatements(a, withMergedClauses(a, at))

  it('counts a 2:1 merge of the same wording as identical, as the page shows it', () => {
    const merge = result.rows.find((row) => row.kind === 'merge')
    expect(merge).toBeDefined()
    expect(rowStatus(merge!)).toBe('identical')
    expect(result.counts).toEqual(statusCounts(result.rows))
    expect(result.counts.identical).toBe(result.rows.length)
    expect(result.kinds.merge).toBe(1)
  })

  it('says the same count in the JSON API, the CLI and the Markdown export', () => {
    const n = result.counts.identical
    expect(compareToJson(result).counts).toEqual(result.counts)
    expect(formatCompare(result)).toContain(`${n} identical · 0 changed`)
    expect(compareToMarkdown(result, 'http://127.0.0.1/compare/x/y')).toContain(`${n} identical, 0 changed`)
  })
})

describe('the unsure view: the aligner’s doubts', () => {
  // two U.S. leaders’ statements with different partners, whose weak pairs that do not stand out are left apart (issue 12)
  const result = compareStatements(
    collectionCompareStatement('2022-03-29-u-s-singapore-joint-leaders-statement'),
    collectionCompareStatement('2022-05-31-united-states-aotearoa-new-zealand-joint-statement'),
  )

  it('shows the pairs marked unsure and the clauses left apart, and folds every other row', () => {
    const shown = result.rows.filter((row) => rowShown('unsure', row))
    expect(shown.some((row) => row.unsure)).toBe(true)
    expect(shown.some((row) => row.apart)).toBe(true)
    expect(shown.every(isDoubt)).toBe(true)
    // as measured on 2026-12-07 (the page's summary: 8 pairs unsure, 9 clauses left apart, of 153 rows)
    expect([shown.filter((row) => row.unsure).length, shown.filter((row) => row.apart).length, result.rows.length]).toEqual([8, 9, 153])
    expect(doubtCounts(result.rows)).toEqual({ unsure: 8, apart: 9 })
    // a clause left apart is shown alone: not a pair, so not unsure
    expect(shown.filter((row) => row.apart).every((row) => !row.unsure && (row.a.length === 0) !== (row.b.length === 0))).toBe(true)
  })
})
