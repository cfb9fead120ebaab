import { describe, expect, it } from 'vitest'
import { collectionCompareStatement, corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { compareStatements } from './compare-statements'
import { compareToCsv, compareToMarkdown, markedDiff } from './export'
import type { RowClause } from './types'

const result = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN))
const oneChina = result.rows.find((row) => row.a.some((c) => c.text.includes('实现国家统一')))

describe('compareToCsv', () => {
  const csv = compareToCsv(result)
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

  it('returns a header and one line per row, with a byte-order mark for spreadsheets', () => {
    expect(csv.startsWith('\uFEFFrow,status,score,rule,clauses_a,clauses_b,text_a,text_b,diff,unsure,left_apart_from\r\n')).toBe(true)
    expect(lines).toHaveLength(result.rows.length + 1)
  })

  it('keeps English clauses of one side apart by a space, as the page and the Markdown do (a review: "…Peninsula.Both leaders…")', () => {
    const english = compareStatements(
      collectionCompareStatement('2022-03-29-u-s-singapore-joint-leaders-statement'),
      collectionCompareStatement('2022-05-31-united-states-aotearoa-new-zealand-joint-statement'),
    )
    const merged = english.rows.find((row) => row.a.length > 1 && row.b.length) as (typeof english.rows)[number]
    expect(merged).toBeDefined()
    const line = compareToCsv(english).split('\r\n')[merged.index] ?? ''
    const [first, second] = merged.a as [RowClause, RowClause]
    // where the two clauses meet
    expect(line).toContain(`${first.text.slice(-20)} ${second.text.slice(0, 20)}`.replace(/"/g, '""'))
    // Chinese clauses join without one
    const chineseMerged = result.rows.find((row) => row.a.length > 1 || row.b.length > 1)
    if (chineseMerged) {
      const [x, y] = (chineseMerged.a.length > 1 ? chineseMerged.a : chineseMerged.b) as [RowClause, RowClause]
      expect(lines[chineseMerged.index]).toContain(`${x.text.slice(-10)}${y.text.slice(0, 10)}`)
    }
  })

  it('says yes in the unsure column of an unsure pair, and nothing elsewhere', () => {
    const unsure = result.rows.filter((row) => row.unsure)
    expect(unsure.length).toBeGreaterThan(0)
    for (const row of result.rows) expect((lines[row.index] ?? '').split(',').at(-2)).toBe(row.unsure ? 'yes' : '')
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
      expect(compareToCsv(tricky).split('\r\n')[1]).toBe('1,only in A,,single,A1,,"\'=HYPERLINK(""x""),双方",,,,')
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
    expect(markdown).toContain(
      `; ${unsure.length} of the pairs unsure (below 25% similar, or 20% for pairs of clauses of 46 characters or more).`,
    )
    for (const row of unsure) expect(markdown).toMatch(new RegExp(`^\\| r${row.index} [a-z ]+ \\d+% \\(unsure\\) \\|`, 'm'))
  })

  it('keeps spaces and punctuation outside the markers, where CommonMark reads them, and English clauses of one row apart', () => {
    const statement = (slug: string, texts: string[]) => ({
      slug,
      title: slug,
      parties: [],
      language: 'en',
      sections: [{ level: 0, label: null, heading: null }],
      clauses: texts.map((text, position) => ({ id: position + 1, position, text, label: null, section: 0 })),
    })
    const english = compareStatements(
      statement('a', ['President Biden affirms the U.S. extended deterrence commitment to the ROK using the full range of capabilities.']),
      statement('b', [
        'President Biden reiterated the U.S. commitment to the defense of Japan using the full range of capabilities.',
        'The two leaders affirmed that U.S. extended deterrence remains credible.',
      ]),
      { threshold: 0.1, granularity: 'word', mask: false },
    )
    const md = compareToMarkdown(english, 'https://example.org/x')
    // no marker with a space or punctuation on its inner side
    const runs = [...md.matchAll(/~~(.+?)~~|\*\*(.+?)\*\*/g)].map((m) => m[1] ?? m[2] ?? '')
    expect(runs.length).toBeGreaterThan(2)
    for (const run of runs) expect(run).toMatch(/^[^\s\p{P}].*[^\s\p{P}]$|^[^\s\p{P}]$/u)
    expect(md).toContain('~~affirms~~')
    // B's two clauses, one sentence each, are not glued together
    expect(md).toMatch(/\. (\*\*)?The two leaders/)
    // and a Chinese run ending in a comma leaves the comma outside
    const chinese = compareStatements(
      { ...statement('c', ['双方强调发挥引领作用，将继续保持传统。']), language: 'zh' },
      { ...statement('d', ['双方将继续保持传统。']), language: 'zh' },
    )
    expect(compareToMarkdown(chinese, 'https://example.org/y')).not.toMatch(/，~~/)
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

  it('writes a word printed in another case or width once, as A prints it: only a name is A/B (review)', () => {
    const ops = [
      { op: 'equal' as const, a: 'The', b: 'the', weight: 3 },
      { op: 'equal' as const, a: ' leaders of ', b: ' leaders of ', weight: 9 },
      { op: 'equal' as const, a: 'Japan', b: 'the ROK', weight: 5 },
    ]
    expect(markedDiff(ops)).toBe('The leaders of Japan/the ROK')
  })
})
