import { describe, expect, it } from 'vitest'
import { isAdverbial } from './adverbial'

describe('isAdverbial', () => {
  it('finds phrases of place that begin with a preposition', () => {
    expect(isAdverbial('around the world')).toBe(true)
    expect(isAdverbial('throughout the region')).toBe(true)
    expect(isAdverbial('towards a sustainable future')).toBe(true)
  })

  it('finds phrases of time', () => {
    expect(isAdverbial('later this year')).toBe(true)
    expect(isAdverbial('end of the year')).toBe(true)
    expect(isAdverbial('years to come')).toBe(true)
  })

  it('leaves names and compounds alone', () => {
    expect(isAdverbial('Decade of Action')).toBe(false)
    expect(isAdverbial('in-depth exchange of views')).toBe(false)
  })

  it('leaves formulas alone', () => {
    for (const formula of [
      'rule of law',
      'Allies and partners around the world',
      'free and open Indo-Pacific',
      'respect for human rights',
      'peace and stability',
    ])
      expect(isAdverbial(formula)).toBe(false)
  })
})
