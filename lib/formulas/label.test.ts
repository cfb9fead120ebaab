import { describe, expect, it } from 'vitest'
import { COUNTRY_PLACEHOLDER, PERSON_PLACEHOLDER } from '@/lib/parties/party-mask'
import { plainFormula, readableFormula } from './label'

const country = String.fromCharCode(COUNTRY_PLACEHOLDER)
const leader = String.fromCharCode(PERSON_PLACEHOLDER)

describe('how a formula’s slots read (walkthrough: an English page showed "honored to welcome X人名")', () => {
  it('reads a leader’s slot as X’s leader in English and X人名 in Chinese; the plain text of CLI, JSON and labels is unchanged', () => {
    expect(readableFormula(`honored to welcome ${leader}`)).toBe('honored to welcome 〈X’s leader〉')
    expect(readableFormula(`${country}总统${leader}`)).toBe('〈X〉总统〈X人名〉')
    expect(readableFormula(`the people of ${country}`)).toBe('the people of 〈X〉')
    expect(plainFormula(`honored to welcome ${leader}`)).toBe('honored to welcome 〈X人名〉')
  })
})
