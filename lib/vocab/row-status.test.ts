import { describe, expect, it } from 'vitest'
import { corpusCompareStatement, KYRGYZSTAN } from '@/test/helpers/corpus'
import { compareStatements } from '@/lib/compare/compare-statements'
import { compareToMarkdown } from '@/lib/compare/export'
import type { CompareStatement } from '@/lib/compare/types'
import { formatCompare } from '@/lib/cli/format'
import { compareToJson } from '@/lib/views/compare'
import { rowStatus, statusCounts } from './row-status'

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
