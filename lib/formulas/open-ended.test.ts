import { describe, expect, it } from 'vitest'
import { openEnded } from './open-ended'

describe('openEnded', () => {
  it('opens a phrase whose complement follows it in most of its uses', () => {
    expect(openEnded('recognize the importance', ['of', 'of', 'of', ','])).toBe(true)
    expect(openEnded('reaffirm our commitment', ['to', 'to', 'to', 'to'])).toBe(true)
    expect(openEnded('emissions no later', ['than', 'than'])).toBe(true)
  })

  it('keeps a phrase that only sometimes takes a complement', () => {
    expect(openEnded('sovereignty and territorial integrity', ['of', '.', ',', 'and', '.'])).toBe(false)
    expect(openEnded('rule of law', [',', '.', 'and', 'in'])).toBe(false)
  })

  it('reads "to" after an adverb as a purpose, not a complement', () => {
    expect(openEnded('work closely together', ['to', 'to', 'to', ','])).toBe(false)
    expect(openEnded('cooperate closely', ['to', 'to', 'to'])).toBe(false)
  })

  it('opens a phrase whose head or object follows in most of its uses, whatever the word', () => {
    expect(openEnded('public and private', ['sector', 'partners', 'investment', ','])).toBe(true)
    expect(openEnded('continue to support', ['the', 'Ukraine', 'our', '.'])).toBe(true)
    expect(openEnded('Allies and partners', [',', 'around', 'to', '.', 'and'])).toBe(false)
    // a masked partner's name is the object
    expect(openEnded('continue to support', ['\uE000', '\uE000', 'the', '.'])).toBe(true)
    // a noun phrase followed by its verb is whole: the verb is not its head
    expect(openEnded('global supply chains', ['are', ',', '.', 'and'])).toBe(false)
  })

  it('opens "… to <verb>" unless it mostly ends a sentence or a list', () => {
    expect(openEnded('continue to work', ['together', 'with', 'with', 'on'])).toBe(true)
    expect(openEnded('look forward to working', ['with', 'with', 'together'])).toBe(true)
    expect(openEnded('the right to vote', [',', '.', 'and', 'in'])).toBe(false)
    // a noun after "to" is not a verb frame
    expect(openEnded('swift return to democracy', ['in', 'in', 'for'])).toBe(false)
  })

  it('has nothing to say without uses', () => {
    expect(openEnded('rule of law', [])).toBe(false)
  })
})
