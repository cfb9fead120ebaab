import { describe, expect, it } from 'vitest'
import { corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { compareStatements } from './compare-statements'
import { compareToCsv, compareToMarkdown, markedDiff } from './export'

const result = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN))
const oneChina = result.rows.find((row) => row.a.some((c) => c.text.includes('实现国家统一')))

describe('compareToCsv', () => {
  const csv = compareToCsv(result)
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

  it('returns a header and one line per row, with a byte-order mark for spreadsheets', () => {
    expect(csv.startsWith('\uFEFFrow,status,score,rule,clauses_a,clauses_b,text_a,text_b,diff,unsure\r\n')).toBe(true)
    expect(lines).toHaveLength(result.rows.length + 1)
  })

  it('says yes in the unsure column of an unsure pair, and nothing elsewhere', () => {
    const unsure = result.rows.filter((row) => row.unsure)
    expect(unsure.length).toBeGreaterThan(0)
    for (const row of result.rows) expect((lines[row.index] ?? '').split(',').at(-1)).toBe(row.unsure ? 'yes' : '')
  })

  it('returns the one-China row with its texts and the marked diff', () => {
    const line = lines[oneChina?.index ?? 0]
    expect(line).toMatch(/^\d+,changed,0\.\d{3},pair,A16,B16,/)
    expect(line).toContain('实现国家{+和平+}统一所作的一切努力')
  })

  describe('edge cases', () => {
    it('quotes commas and quotes, and makes a cell that looks like a formula plain text', () => {
      const tricky = compareStatements(
        {
          slug: 'a',
          title: 'A',
          parties: [],
          sections: [{ level: 0, label: null, heading: null }],
          clauses: [{ id: 1, position: 0, text: '=HYPERLINK("x"),双方', label: null, section: 0 }],
        },
        { slug: 'b', title: 'B', parties: [], sections: [{ level: 0, label: null, heading: null }], clauses: [] },
      )
      expect(compareToCsv(tricky).split('\r\n')[1]).toBe('1,only in A,,single,A1,,"\'=HYPERLINK(""x""),双方",,,')
    })
  })
})

describe('compareToMarkdown', () => {
  const markdown = compareToMarkdown(result, 'https://example.org/compare/a/b')

  it('returns a table with what only A has struck through and what only B has in bold', () => {
    expect(markdown).toContain('| Row | A | B |')
    const line = markdown.split('\n').find((l) => l.startsWith(`| r${oneChina?.index} `))
    expect(line).toMatch(
      /^\| r\d+ changed \d+% \| 吉方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家统一所作的一切努力。 A16 \| 塔方.*实现国家\*\*和平\*\*统一所作的一切努力。 B16 \|$/,
    )
  })

  it('says how many pairs are unsure, and marks each', () => {
    const unsure = result.rows.filter((row) => row.unsure)
    expect(markdown).toContain(`; ${unsure.length} of the pairs unsure (below 25% similar).`)
    for (const row of unsure) expect(markdown).toMatch(new RegExp(`^\\| r${row.index} [a-z ]+ \\d+% \\(unsure\\) \\|`, 'm'))
  })

  it('links back to the view', () => {
    expect(markdown).toContain('[View in Tongwen](https://example.org/compare/a/b)')
  })
})

describe('markedDiff', () => {
  it('returns the ops with wdiff marks', () => {
    expect(markedDiff(oneChina?.ops ?? [])).toBe(
      '吉/塔方反对任何形式的“台湾独立”，支持两岸关系和平发展和中国政府为实现国家{+和平+}统一所作的一切努力。',
    )
  })
})
