import { clauseSeparator } from '@/lib/text/comparable'
import { describe, expect, it } from 'vitest'
import type { DiffOp } from '@/lib/diff/types'
import { compareStatements } from './compare-statements'
import { rowClauses } from './row-clauses'
import { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'

const clause = { id: 1, position: 0, text: '', label: null, section: 0 }
const piecesOf = (ops: DiffOp[], side: 'a' | 'b') => {
  const text = ops.map((op) => (side === 'a' ? op.a : op.b)).join('')
  return rowClauses([{ ...clause, text }], ops, side, [0, text.length])[0]?.pieces ?? []
}
const equal = (a: string, b: string): DiffOp => ({ op: 'equal', a, b, weight: 1 })

describe('rowClauses: what an equal span that prints differently is (walkthrough: "the"/"The" dotted as a partner\'s name)', () => {
  it('marks a counterpart’s name as masked, and a difference of letter case, width or spacing as plain equal', () => {
    for (const side of ['a', 'b'] as const) {
      expect(piecesOf([equal('吉方', '塔方')], side)[0]?.masked).toBe(true)
      expect(piecesOf([equal('President Yoon', 'Prime Minister Kishida')], side)[0]?.masked).toBe(true)
      expect(piecesOf([equal('The', 'the')], side)[0]?.masked).toBe(false)
      expect(piecesOf([equal('U.S.', 'U.S. ')], side)[0]?.masked).toBe(false)
      expect(piecesOf([equal('２０１９', '2019')], side)[0]?.masked).toBe(false)
      // a Traditional character against its Simplified one, however short the piece (a Traditional copy of a statement)
      expect(piecesOf([equal('後', '后')], side)[0]?.masked).toBe(false)
      expect(piecesOf([equal('國家統一', '国家统一')], side)[0]?.masked).toBe(false)
    }
  })

  it('leaves the names of Kyrgyzstan / Tajikistan masked in their comparison', () => {
    const result = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN))
    const masked = result.rows.flatMap((row) => row.a.flatMap((c) => c.pieces.filter((p) => p.masked).map((p) => p.text)))
    expect(masked).toContain('吉尔吉斯共和国')
    expect(masked.length).toBeGreaterThan(20)
  })
})

describe('clauseSeparator', () => {
  it('puts a space between sentences of an alphabetic script, whatever ends or begins them, and none next to Chinese', () => {
    expect(clauseSeparator('with Jordan.', 'The meeting')).toBe(' ')
    expect(clauseSeparator('by 5%', 'The rest')).toBe(' ')
    expect(clauseSeparator('as follows —', "'Quad' leaders")).toBe(' ')
    expect(clauseSeparator('双方同意加强合作。', '双方支持')).toBe('')
    expect(clauseSeparator('合作。', 'COVID-19')).toBe('')
    expect(clauseSeparator('already spaced ', 'The')).toBe('')
  })
})
