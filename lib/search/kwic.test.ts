import { describe, expect, it } from 'vitest'
import { kwic } from './kwic'

describe('keyword in context', () => {
  it('shows each occurrence with its context, cut with an ellipsis', () => {
    const text = '中方支持吉方为维护国家安全所采取的措施，吉方支持中方为实现国家统一所作的一切努力。'
    expect(kwic(text, '国家', 4)).toEqual([
      { left: '…方为维护', match: '国家', right: '安全所采…', start: 9 },
      { left: '…方为实现', match: '国家', right: '统一所作…', start: 29 },
    ])
  })

  it('finds English without regard to case, and keeps the printed form', () => {
    const [line] = kwic('The Parties support Anti-Terrorism measures.', 'anti-terrorism', 8)
    expect(line).toMatchObject({ left: '…support ', match: 'Anti-Terrorism', right: ' …' })
  })

  it('takes the term literally: regular-expression characters are text', () => {
    expect(kwic('a (b) c.*', '(b)', 2).map((l) => l.match)).toEqual(['(b)'])
    expect(kwic('abc', '.*')).toEqual([])
  })

  it('lets a space in the term match a line break in the text', () => {
    expect(kwic('peaceful\nreunification', 'peaceful reunification')[0]?.match).toBe('peaceful\nreunification')
  })
})
