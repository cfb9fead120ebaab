import { describe, expect, it } from 'vitest'
import { clauseHref, STATEMENT_PART_CLAUSES, statementHref } from '@/lib/vocab/links'
import { parseStatementPageQuery } from './statement-page'

describe('a statement page in parts', () => {
  it('reads the part, the first by default, and links to it', () => {
    expect(parseStatementPageQuery({})).toEqual({ ok: true, part: 1, formulas: false })
    expect(parseStatementPageQuery({ part: '3', formulas: '1' })).toEqual({ ok: true, part: 3, formulas: true })
    // left empty, as the other pages' parameters: the first part
    expect(parseStatementPageQuery({ part: '' })).toEqual({ ok: true, part: 1, formulas: false })
    expect(statementHref('s', 3)).toBe('/statements/s?part=3')
  })

  it('links a clause to the part it is on', () => {
    expect(clauseHref('s', 0)).toBe('/statements/s#c1')
    expect(clauseHref('s', STATEMENT_PART_CLAUSES - 1)).toBe(`/statements/s#c${STATEMENT_PART_CLAUSES}`)
    expect(clauseHref('s', STATEMENT_PART_CLAUSES)).toBe(`/statements/s?part=2#c${STATEMENT_PART_CLAUSES + 1}`)
    expect(statementHref('s', 1)).toBe('/statements/s')
    expect(statementHref('s', 2, true)).toBe('/statements/s?part=2&formulas=1')
  })

  describe('edge cases', () => {
    it('refuses a part that is not a whole number from 1, saying what it must be', () => {
      for (const part of ['0', '-1', '1.5', 'two']) expect(parseStatementPageQuery({ part })).toMatchObject({ ok: false, field: 'part' })
    })
  })
})
