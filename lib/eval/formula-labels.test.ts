import { describe, expect, it } from 'vitest'
import { labelMap, scoreFormulaList } from './formula-labels'

describe('scoreFormulaList', () => {
  const labels = labelMap({
    name: 'test',
    rule: 'test',
    labels: [
      { text: 'rule of law', label: 'formula' },
      { text: 'World Health Organization', label: 'name' },
      { text: 'critical and emerging', label: 'fragment' },
      { text: '人类命运共同体', label: 'formula' },
    ],
  })

  it('gives the share of formulas among the first N listed, with the names and fragments in list order', () => {
    const score = scoreFormulaList(['rule of law', 'World Health Organization', '人类命运共同体', 'critical and emerging'], labels, 3)
    expect(score).toMatchObject({ top: 3, counts: { formula: 2, name: 1, fragment: 0 }, precision: 2 / 3, unlabelled: [] })
    expect(score.misses).toEqual([{ rank: 2, text: 'World Health Organization', label: 'name' }])
  })

  describe('edge cases', () => {
    it('leaves phrases nobody labelled out of the precision, and lists them', () => {
      const score = scoreFormulaList(['rule of law', 'a new phrase'], labels, 50)
      expect([score.top, score.precision, score.unlabelled]).toEqual([2, 1, ['a new phrase']])
    })

    it('refuses a phrase labelled two ways', () => {
      expect(() =>
        labelMap({
          name: 'x',
          rule: 'x',
          labels: [
            { text: 'a', label: 'formula' },
            { text: 'a', label: 'name' },
          ],
        }),
      ).toThrow(/labelled both formula and name/)
    })
  })
})
