import { describe, expect, it } from 'vitest'
import { collectionCompareStatement, corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN, UAE_NAME } from '@/test/helpers/corpus'
import { collateStatements } from './collate-statements'
import { filterFamilies } from './filter-families'
import type { Cell, CollationResult, Family } from './types'

const kyrgyzstan = corpusCompareStatement(KYRGYZSTAN)
const tajikistan = corpusCompareStatement(TAJIKISTAN)
const uae = collectionCompareStatement(UAE_NAME)
const result = collateStatements([kyrgyzstan, tajikistan, uae])

/** A cell as a reader sees it against the base: <ins> only this statement's wording, <del> the base's it lacks. */
function render(cell: Cell | null): string {
  if (!cell) return '—'
  return cell.clauses
    .map((c) =>
      c.pieces
        .map((p) => (p.op === 'equal' ? p.text : `<${p.op === 'insert' ? 'ins' : 'del'}>${p.text}</${p.op === 'insert' ? 'ins' : 'del'}>`))
        .join(''),
    )
    .join(' | ')
}

const familyWith = (r: CollationResult, statement: number, text: string) =>
  r.families.find((f) => f.cells[statement]?.clauses.some((c) => c.text.includes(text))) as Family

describe('collateStatements on China–Kyrgyzstan, China–Tajikistan (June 2019) and China–UAE (July 2019)', () => {
  it('puts every clause of every statement in exactly one family', () => {
    result.statements.forEach((statement, k) => {
      const positions = result.families.flatMap((f) => f.cells[k]?.clauses.map((c) => c.position) ?? [])
      expect(positions.sort((x, y) => x - y)).toEqual(statement.clauses.map((c) => c.position))
    })
  })

  it('keeps each statement in its own order, apart from the cells marked moved', () => {
    result.statements.forEach((_, k) => {
      const inOrder = result.families.flatMap((f) => (f.cells[k] && !f.cells[k]?.moved ? [f.cells[k]?.clauses[0]?.position as number] : []))
      expect(inOrder).toEqual([...inOrder].sort((x, y) => x - y))
    })
    expect(result.summaries[0]?.moved).toEqual([])
  })

  it('collates the one-China sentences of all three, and shows which got 和平统一', () => {
    const family = familyWith(result, 0, '台湾独立')
    expect(family.presence).toBe(3)
    expect(family.cells[1]?.clauses.map((c) => c.text).join('')).toContain('实现国家和平统一')
    expect(family.cells[2]?.clauses.map((c) => c.text).join('')).toContain('和平统一大业')
    const hits = filterFamilies(result, { show: 'any', differing: false, q: '和平统一' }).find((s) => s.family === family)?.hits
    expect(hits).toEqual([false, true, true])
  })

  it('diffs a cell against the base, the partner names masked', () => {
    const family = familyWith(result, 0, '台湾独立')
    // Tajikistan's wording is the base here (it is the closest to both others); Kyrgyzstan lacks 和平
    expect(family.cells[family.base]?.variant).toBe(0)
    expect(render(family.cells[0] ?? null)).toContain('为实现国家<del>和平</del>统一')
    expect(render(family.cells[0] ?? null)).not.toMatch(/<(ins|del)>[吉塔]方/)
  })

  it('gives identical wordings one variant and counts the wordings', () => {
    const family = familyWith(result, 0, '核心利益问题上相互支持')
    expect(family.cells[0]?.variant).toBe(family.cells[1]?.variant)
    expect(family.variants).toBe(2)
    expect(render(family.cells[1] ?? null)).toBe('双方将继续在涉及国家主权、安全和领土完整等核心利益问题上相互支持。')
  })

  it('marks only the partner’s name as masked in a copy of the base that names another partner (review of issue 16)', () => {
    // Tajikistan's statement, and a copy of it with Kyrgyzstan's names: the same wording, names apart
    const copy = {
      ...tajikistan,
      slug: 'tajikistan-as-kyrgyzstan',
      parties: kyrgyzstan.parties,
      clauses: tajikistan.clauses.map((c) => ({ ...c, text: c.text.replaceAll('塔方', '吉方') })),
    }
    const r = collateStatements([tajikistan, copy, kyrgyzstan])
    const family = familyWith(r, 0, '塔方坚定奉行一个中国原则')
    const cell = family.cells[family.base === 0 ? 1 : 0] as Cell
    expect(cell.variant).toBe(0)
    const masked = cell.clauses.flatMap((c) => c.pieces.filter((p) => p.masked))
    expect(masked.map((p) => p.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^[吉塔]方?$/)]))
    expect(masked.every((p) => p.text.length <= 2)).toBe(true)
  })

  it('counts families by presence, and summarises each statement', () => {
    const { all, some, one } = result.counts
    expect(all + some + one).toBe(result.families.length)
    expect(all).toBeGreaterThanOrEqual(5)
    result.summaries.forEach((s, k) => {
      const inFamilies = result.families.filter((f) => f.cells[k]).length
      // the three add up to the families it has (a family may hold two of its clauses, so clauses can outnumber them)
      expect(s.inAll + s.inSome + s.onlyHere).toBe(inFamilies)
      expect(s.clauses).toBe(result.statements[k]?.clauses.length)
    })
  })

  it('filters by presence and by differing wording', () => {
    expect(filterFamilies(result, { show: 'all', differing: false, q: '' }).every((s) => s.family.presence === 3)).toBe(true)
    expect(filterFamilies(result, { show: 'one', differing: false, q: '' }).every((s) => s.family.presence === 1)).toBe(true)
    expect(
      filterFamilies(result, { show: 'some', differing: true, q: '' }).every((s) => s.family.presence === 2 && s.family.variants > 1),
    ).toBe(true)
  })
})

describe('edge cases', () => {
  it('collates a statement with two copies of itself into families of identical wording', () => {
    const r = collateStatements([kyrgyzstan, kyrgyzstan, kyrgyzstan])
    expect(r.families).toHaveLength(kyrgyzstan.clauses.length)
    expect(r.families.every((f) => f.presence === 3 && f.variants === 1)).toBe(true)
  })

  it('refuses one statement, or more than twenty', () => {
    expect(() => collateStatements([kyrgyzstan])).toThrow(/2 to 20 statements/)
    expect(() => collateStatements(Array.from({ length: 21 }, () => kyrgyzstan))).toThrow(/2 to 20 statements/)
  })

  it('collates statements without clauses', () => {
    const empty = { ...kyrgyzstan, slug: 'empty', clauses: [] }
    const r = collateStatements([empty, kyrgyzstan, tajikistan])
    expect(r.families.every((f) => f.cells[0] === null)).toBe(true)
    expect(r.summaries[0]).toMatchObject({ clauses: 0, inAll: 0, onlyHere: 0 })
  })
})

describe('collateStatements on the four Jeddah statements of 16 July 2022 (Egypt, Iraq, the UAE, Jordan)', () => {
  const jeddah = [
    '2022-07-16-joint-statement-following-meeting-between-president-biden-and-egyptian-president-abdel-fattah-al-sisi-in-jeddah',
    '2022-07-16-joint-statement-following-meeting-between-president-biden-and-iraqi-prime-minister-kadhimi-in-jeddah',
    '2022-07-16-joint-statement-following-meeting-between-president-biden-and-president-of-the-uae-sheikh-mohammed-bin-zayed-in-jeddah',
    '2022-07-16-joint-statement-following-meeting-of-president-joseph-r-biden-and-his-majesty-king-abdullah-ii-of-jordan-in-jeddah',
  ].map(collectionCompareStatement)
  const collation = collateStatements(jeddah)

  it('keeps the space between two English sentences of one family in every cell (walkthrough: "Jordan.The meeting")', () => {
    const pieces = collation.families.flatMap((f) => f.cells.flatMap((cell) => cell?.clauses.flatMap((c) => c.pieces) ?? []))
    expect(pieces.length).toBeGreaterThan(0)
    expect(pieces.filter((p) => /\p{Ll}[.;:!?]\p{Lu}/u.test(p.text)).map((p) => p.text)).toEqual([])
    // a family of two clauses of one statement: their base wording, struck in another cell, reads as two sentences
    const merged = collation.families.filter((f) => f.cells.some((cell) => (cell?.clauses.length ?? 0) > 1))
    expect(merged.length).toBeGreaterThan(0)
  })

  it('shows each clause as printed: its own pieces spell its text, with at most the joining space before the base wording it lacks', () => {
    collation.families.forEach((f) =>
      f.cells.forEach((cell) =>
        cell?.clauses.forEach((c) => {
          const own = c.pieces
            .filter((p) => p.op !== 'delete')
            .map((p) => p.text)
            .join('')
          expect(c.text.endsWith(own.trimEnd())).toBe(true)
          // a space after the clause's own text only where the base's wording follows it
          if (own !== own.trimEnd()) expect(c.pieces.at(-1)?.op).toBe('delete')
        }),
      ),
    )
  })
})

describe('collateStatements marks the cells it holds only by weak links (the gold English family: U.S.–Japan and U.S.–ROK, 2021 and 2022)', () => {
  const family = [
    '2021-04-16-u-s-japan-joint-leaders-statement-u-s-japan-global-partnership-for-a-new-era',
    '2021-05-21-u-s-rok-leaders-joint-statement',
    '2022-05-21-united-states-republic-of-korea-leaders-joint-statement',
    '2022-05-23-japan-u-s-joint-leaders-statement-strengthening-the-free-and-open-international-order',
  ].map(collectionCompareStatement)
  const collation = collateStatements(family)
  const cells = collation.families.flatMap((f) => f.cells.filter((cell): cell is Cell => cell !== null))

  it('marks some cells unsure, each with a link below its bar, and only cells of families that other statements share', () => {
    const unsure = cells.filter((cell) => cell.unsure)
    expect(unsure.length).toBeGreaterThan(0)
    for (const cell of unsure) expect((cell.unsure as { score: number; bar: number }).score).toBeLessThan(0.45)
    // most cells are sure: the mark is for the doubtful few
    expect(unsure.length).toBeLessThan(cells.filter((cell) => !cell.unsure && cell.clauses.length).length / 5)
  })

  it('marks the same cells whatever the order of the statements (review: the order had decided which of two groups was unsure)', () => {
    const marked = (r: CollationResult) =>
      r.families
        .flatMap((f) =>
          f.cells.flatMap((cell, k) => (cell?.unsure ? [`${r.statements[k]?.slug}:${cell.clauses.map((c) => c.position).join('+')}`] : [])),
        )
        .sort()
    const reordered = collateStatements([2, 3, 0, 1].map((k) => family[k] as (typeof family)[number]))
    expect(marked(reordered)).toEqual(marked(collation))
  })
})
