import { describe, expect, it } from 'vitest'
import { chooseMarks, comparisonMarks, overlayMarks, type FormulaMark } from './overlay'

const mark = (start: number, end: number, statements = 2, formulaId = `f${start}-${end}`): FormulaMark => ({
  start,
  end,
  statements,
  formulaId,
})

/** Groups rendered as text: a mark's pieces in (), pieces joined with |. */
function render(pieces: { text: string }[], marks: FormulaMark[]): string {
  return overlayMarks(pieces, marks)
    .map((g) => (g.mark ? `(${g.pieces.map((p) => p.text).join('|')})` : g.pieces.map((p) => p.text).join('|')))
    .join(' ')
}

describe('overlayMarks', () => {
  it('returns the pieces cut at a formula inside one piece', () => {
    expect(render([{ text: '实现国家统一' }], [mark(2, 4)])).toBe('实现 (国家) 统一')
  })

  it('returns a formula that spans several diff pieces as one group', () => {
    expect(render([{ text: '实现国家' }, { text: '和平' }, { text: '统一所作' }], [mark(2, 8)])).toBe('实现 (国家|和平|统一) 所作')
  })

  it('keeps each piece’s own fields on the parts', () => {
    const groups = overlayMarks([{ text: 'abcd', op: 'insert' }], [mark(1, 3)])
    expect(groups.flatMap((g) => g.pieces)).toEqual([
      { text: 'a', op: 'insert' },
      { text: 'bc', op: 'insert' },
      { text: 'd', op: 'insert' },
    ])
  })

  describe('edge cases', () => {
    it('returns the pieces unchanged without marks', () => {
      expect(render([{ text: 'ab' }, { text: 'cd' }], [])).toBe('ab|cd')
    })

    it('handles a mark at the very start and end', () => {
      expect(render([{ text: 'abcdef' }], [mark(0, 2), mark(4, 6)])).toBe('(ab) cd (ef)')
    })
  })
})

describe('chooseMarks', () => {
  it('returns the longer of two overlapping formulas', () => {
    expect(chooseMarks([mark(0, 4), mark(2, 9), mark(10, 12)]).map((m) => m.formulaId)).toEqual(['f2-9', 'f10-12'])
  })

  it('prefers the more widely used of two equally long formulas', () => {
    expect(chooseMarks([mark(0, 4, 2, 'a'), mark(1, 5, 7, 'b')]).map((m) => m.formulaId)).toEqual(['b'])
  })
})

describe('comparisonMarks', () => {
  it('returns only the formulas that statements other than the two compared use', () => {
    const shared = mark(0, 6, 2, 'only-these-two')
    const stock = mark(8, 14, 5, 'stock')
    const a = new Map([[1, [shared, stock]]])
    const b = new Map([[2, [{ ...shared }, { ...stock }]]])
    const kept = comparisonMarks(a, b)
    expect([...kept].map(([clause, marks]) => [clause, marks.map((m) => m.formulaId)])).toEqual([
      [1, ['stock']],
      [2, ['stock']],
    ])
  })

  it('keeps a formula found in only one of the two and one other statement', () => {
    const a = new Map([[1, [mark(0, 6, 2, 'elsewhere')]]])
    expect(
      comparisonMarks(a, new Map())
        .get(1)
        ?.map((m) => m.formulaId),
    ).toEqual(['elsewhere'])
  })
})
