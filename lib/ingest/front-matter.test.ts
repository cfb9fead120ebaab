import { describe, expect, it } from 'vitest'
import { readFrontMatter } from './front-matter'

describe('readFrontMatter', () => {
  it('reads plain, quoted and escaped scalars, folded over lines as YAML folds them', () => {
    const text = [
      '---',
      "date: '2022-07-15'",
      'source_url: https://example.gov/a/b/',
      'title: "The Jeddah Communique:  A Joint Statement Between the United\\_States of America\\',
      '  \\ and the Kingdom of Saudi\\_Arabia"',
      'tags: statements-releases',
      '---',
      ' ',
      'Body.',
    ].join('\n')
    const front = readFrontMatter(text)
    expect(front?.fields).toEqual({
      date: '2022-07-15',
      source_url: 'https://example.gov/a/b/',
      title: 'The Jeddah Communique:  A Joint Statement Between the United\u00a0States of America and the Kingdom of Saudi\u00a0Arabia',
      tags: 'statements-releases',
    })
    expect(text.slice(front?.end)).toBe(' \nBody.')
  })

  it('decodes \\u escapes', () => {
    expect(readFrontMatter('---\ntitle: "Quad Leaders\\u2019 Joint Statement"\n---\nx')?.fields.title).toBe('Quad Leaders’ Joint Statement')
  })

  describe('edge cases', () => {
    it('returns null for text that does not open with front matter, or never closes it', () => {
      expect(readFrontMatter('Title\n---\nBody')).toBeNull()
      expect(readFrontMatter('---\ntitle: x\nno closing rule')).toBeNull()
      expect(readFrontMatter('---\n\n---\nA rule, then text')).toBeNull()
    })
  })
})
