import { describe, expect, it } from 'vitest'
import { originalRange } from './mapped-text'
import { contentCharacters, contentLength, normalizeForComparison } from './normalize'

describe('normalizeForComparison', () => {
  it('folds full-width forms and drops spaces next to Chinese text', () => {
    expect(normalizeForComparison('第 ２２３１ 号决议（２０１９）').text).toBe('第2231号决议(2019)')
    expect(normalizeForComparison('The  Kyrgyz\tSide').text).toBe('the kyrgyz side')
  })

  it('maps each character back to the original', () => {
    const original = '于 2019 年'
    const normalized = normalizeForComparison(original)
    expect(normalized.text).toBe('于2019年')
    const [from, to] = originalRange(normalized, 1, 5)
    expect(original.slice(from, to)).toBe('2019')
  })

  it('handles characters outside the Basic Multilingual Plane', () => {
    const normalized = normalizeForComparison('𠀀 国')
    expect(normalized.text).toBe('𠀀国')
    expect(originalRange(normalized, 0, 2)).toEqual([0, 2])
  })
})

describe('contentCharacters', () => {
  it('keeps letters and digits, not punctuation', () => {
    expect(contentCharacters('“台湾独立”，2019。').join('')).toBe('台湾独立2019')
    expect(contentLength('“台湾独立”，2019。')).toBe(8)
  })
})
