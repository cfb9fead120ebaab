import MarkdownIt from 'markdown-it'
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

  it('marks every changed run so that a CommonMark renderer strikes or bolds it, punctuation included, and keeps English clauses of one row apart', () => {
    const statement = (slug: string, texts: string[]) => ({
      slug,
      title: slug,
      parties: [],
      language: 'en',
      sections: [{ level: 0, label: null, heading: null }],
      clauses: texts.map((text, position) => ({ id: position + 1, position, text, label: null, section: 0 })),
    })
    const english = compareStatements(
      statement('a', [
        'President Biden affirms the U.S. extended deterrence commitment to the ROK using the full range of capabilities, including nuclear.',
      ]),
      statement('b', [
        'President Biden reiterated the U.S. commitment to the defense of Japan using the full range of capabilities, including nuclear; the leaders agreed.',
        'The two leaders affirmed that U.S. extended deterrence remains credible.',
      ]),
      { threshold: 0.1, granularity: 'word', mask: false },
    )
    const chinese = compareStatements(
      { ...statement('c', ['两国元首在信任、热烈、友好的气氛中举行会谈，就双边关系深入交换意见，达成广泛共识。']), language: 'zh' },
      { ...statement('d', ['两国元首在友好的气氛中举行会谈，就双边关系深入交换意见。']), language: 'zh' },
    )
    const realPair = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN))
    const renderer = new MarkdownIt()
    // and on the real pair, Kyrgyzstan/Tajikistan 2019, whose row 2 strikes 信任、热烈、 and ，达成广泛共识
    for (const result of [english, chinese, realPair]) {
      const html = renderer.render(compareToMarkdown(result, 'https://example.org/x'))
      const shown = (tag: string) =>
        [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => (m[1] ?? '').replace(/\u200b/g, ''))
      // every changed run of the rows, as the page marks it, is struck (A) or bold (B) once rendered
      const changed = (op: 'delete' | 'insert') =>
        result.rows
          .filter((row) => row.a.length && row.b.length)
          .flatMap((row) => row[op === 'delete' ? 'a' : 'b'].flatMap((clause) => clause.pieces))
          .filter((piece) => piece.op === op && piece.text.trim())
          .map((piece) => piece.text.trim())
      // the summary line's own "Struck through" and "bold" come first
      expect(shown('s').slice(1)).toEqual(changed('delete'))
      expect(shown('strong').slice(1)).toEqual(changed('insert'))
      expect(html).not.toMatch(/~~|\*\*/)
    }
    const md = compareToMarkdown(english, 'https://example.org/x')
    expect(md).toContain('~~affirms~~')
    // B's two clauses, one sentence each, are not glued together
    expect(md).toMatch(/\.(\*\*)? (\*\*)?The two leaders/)
    // the deleted 、 and ， of the Chinese row are struck through, as on the page
    expect(renderer.render(compareToMarkdown(chinese, 'https://example.org/y'))).toMatch(/<s>\u200b?信任、热烈、\u200b?<\/s>/)
  })

  it('strikes two runs that touch across Chinese clauses, each ending or opening with punctuation, as two runs (review)', () => {
    const pair = compareStatements(corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN))
    const row = pair.rows.find((r) => r.a.length === 1 && r.b.length === 1) as (typeof pair.rows)[number]
    const clause = row.a[0] as (typeof row.a)[number]
    // A's side of one row: 达成广泛共识 with its ， struck, then a clause that opens with a struck “一带”
    row.a = [
      {
        ...clause,
        text: '达成广泛共识，',
        pieces: [
          { op: 'equal', text: '达成广泛共识', masked: false },
          { op: 'delete', text: '，', masked: false },
        ],
      },
      {
        ...clause,
        position: clause.position + 1,
        text: '“一带”倡议',
        pieces: [
          { op: 'delete', text: '“一带”', masked: false },
          { op: 'equal', text: '倡议', masked: false },
        ],
      },
    ]
    const html = new MarkdownIt().render(compareToMarkdown({ ...pair, rows: [row] }, 'https://example.org/z'))
    const struck = [...html.matchAll(/<s>([\s\S]*?)<\/s>/g)].map((m) => (m[1] ?? '').replace(/\u200b/g, ''))
    expect(struck.slice(1)).toEqual(['，', '“一带”'])
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
