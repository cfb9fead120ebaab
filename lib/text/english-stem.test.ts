import { describe, expect, it } from 'vitest'
import { englishStem } from './english-stem'

describe('englishStem', () => {
  it('gives the forms of a word one stem', () => {
    expect(new Set(['impose', 'imposed', 'imposing', 'imposes'].map(englishStem)).size).toBe(1)
    expect(englishStem('partnerships')).toBe(englishStem('partnership'))
  })

  it('leaves words that are not plain letters as they are', () => {
    expect(englishStem('5g')).toBe('5g')
    expect(englishStem('covid-19')).toBe('covid-19')
    expect(englishStem('côte')).toBe('côte')
  })
})
