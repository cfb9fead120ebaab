import { describe, expect, it } from 'vitest'
import { alignClauses, DEFAULT_ALIGN_OPTIONS } from './align-clauses'
import { createDiceScorer } from './dice-scorer'
import type { AlignOptions } from './types'

const align = (a: string[], b: string[], threshold = 0.3) =>
  alignClauses(a.length, b.length, createDiceScorer(a, b), { ...DEFAULT_ALIGN_OPTIONS, threshold }).map(
    (row) => `${row.kind} ${row.a.join('+')}:${row.b.join('+')}`,
  )

describe('alignClauses', () => {
  it('pairs identical clauses one to one', () => {
    const texts = ['双方将继续加强政治互信', '双方愿深化经贸合作', '双方支持联合国发挥核心作用']
    expect(align(texts, texts)).toEqual(['match 0:0', 'match 1:1', 'match 2:2'])
  })

  it('leaves a clause that only one side has against nothing', () => {
    expect(
      align(
        ['双方将继续加强政治互信', '双方支持联合国发挥核心作用'],
        ['双方将继续加强政治互信', '中方欢迎塔方学生来华学习', '双方支持联合国发挥核心作用'],
      ),
    ).toEqual(['match 0:0', 'b-only :1', 'match 1:2'])
  })

  it('lets the neighbours of a pair just below the threshold lift it, but not a pair with little of its own (walkthrough: a 10% pair)', () => {
    // three clauses in parallel: the outer pairs alike, the middle one alike by `middle`
    const matrix = (middle: number) => ({
      score: (a: readonly number[], b: readonly number[]) =>
        a.length === 1 && b.length === 1 && a[0] === b[0] ? ([0.9, middle, 0.9][a[0] as number] as number) : 0,
      weight: () => 1,
    })
    const rows = (middle: number) =>
      alignClauses(3, 3, matrix(middle), DEFAULT_ALIGN_OPTIONS).map((row) => `${row.kind} ${row.a.join('+')}:${row.b.join('+')}`)
    expect(rows(0.2)).toEqual(['match 0:0', 'match 1:1', 'match 2:2'])
    expect(rows(0.1)).toEqual(['match 0:0', 'a-only 1:', 'b-only :1', 'match 2:2'])
  })

  it('links no clauses the scorer does not admit, however similar, and leaves them free for a counterpart it does', () => {
    // A0 is most like B0 (0.8) but the two are not versions of one another; A0–B1 (0.5) are
    const scores: Record<string, number> = { '0:0': 0.8, '0:1': 0.5, '1:2': 0.9 }
    const scorer = (admits: boolean) => ({
      score: (a: readonly number[], b: readonly number[]) => scores[`${a.join('+')}:${b.join('+')}`] ?? 0,
      weight: () => 1,
      ...(admits
        ? { inOrder: 6, admits: (a: readonly number[], b: readonly number[]) => !(a[0] === 0 && b[0] === 0 && b.length === 1) }
        : {}),
    })
    const rows = (admits: boolean) =>
      alignClauses(2, 3, scorer(admits), DEFAULT_ALIGN_OPTIONS).map((row) => `${row.kind} ${row.a.join('+')}:${row.b.join('+')}`)
    expect(rows(false)).toEqual(['match 0:0', 'b-only :1', 'match 1:2'])
    expect(rows(true)).toEqual(['b-only :0', 'match 0:1', 'match 1:2'])
    // the clause left alone is shown its most similar clause, and told that the scorer refused the two
    const alone = alignClauses(2, 3, scorer(true), DEFAULT_ALIGN_OPTIONS).find((row) => row.kind === 'b-only')
    expect(alone?.best).toEqual({ index: 0, score: 0.8, refused: { inOrder: 6 } })
    expect(alignClauses(2, 3, scorer(false), DEFAULT_ALIGN_OPTIONS).find((row) => row.kind === 'b-only')?.best).toEqual({
      index: 0,
      score: 0.5,
    })
  })

  it('leaves apart a pair under the bar whose clause is about as similar to another (leaveApart), and keeps one that stands out', () => {
    // A0 is `pair` similar to B0 (in order) and `rival` similar to B1; A1 is nothing like either
    const matrix = (pair: number, rival: number) => ({
      score: (a: readonly number[], b: readonly number[]) =>
        a.length === 1 && b.length === 1 && a[0] === 0 ? (b[0] === 0 ? pair : b[0] === 1 ? rival : 0) : 0,
      weight: () => 1,
    })
    const options: AlignOptions = { ...DEFAULT_ALIGN_OPTIONS, leaveApart: { below: 0.45, margin: 1.3 } }
    const rows = (pair: number, rival: number, settings = options) =>
      alignClauses(2, 2, matrix(pair, rival), settings).map((row) => `${row.kind} ${row.a.join('+')}:${row.b.join('+')}`)
    // 0.4 against a rival of 0.35: not 1.3 times it, so a guess between near equals
    expect(rows(0.4, 0.35)).toEqual(['a-only 0:', 'a-only 1:', 'b-only :0', 'b-only :1'])
    // without the option, or when the pair stands out, or is at the bar, it is made
    expect(rows(0.4, 0.35, DEFAULT_ALIGN_OPTIONS)).toEqual(['match 0:0', 'a-only 1:', 'b-only :1'])
    expect(rows(0.4, 0.2)).toEqual(['match 0:0', 'a-only 1:', 'b-only :1'])
    expect(rows(0.45, 0.4)).toEqual(['match 0:0', 'a-only 1:', 'b-only :1'])
    // each clause left alone says what it was left apart from, and the rival link
    const alone = alignClauses(2, 2, matrix(0.4, 0.35), options).filter((row) => row.apart)
    expect(alone.map((row) => [row.kind, row.apart])).toEqual([
      ['a-only', { index: 0, score: 0.4, rival: { score: 0.35, a: 0, b: 1 } }],
      ['b-only', { index: 0, score: 0.4, rival: { score: 0.35, a: 0, b: 1 } }],
    ])
  })

  it('also undoes a pair that only a neighbour left apart had supported', () => {
    // A0–B0 (40%) is left apart for A0–B2 (35%); A1–B1 (20%) was made only with A0–B0's support
    const scores: Record<string, number> = { '0 0': 0.4, '0 2': 0.35, '1 1': 0.2 }
    const scorer = {
      score: (a: readonly number[], b: readonly number[]) => (a.length === 1 && b.length === 1 ? (scores[`${a[0]} ${b[0]}`] ?? 0) : 0),
      weight: () => 1,
    }
    const rows = (options: AlignOptions) =>
      alignClauses(3, 3, scorer, options).map((row) => `${row.kind} ${row.a.join('+')}:${row.b.join('+')}`)
    expect(rows(DEFAULT_ALIGN_OPTIONS)).toEqual(['match 0:0', 'match 1:1', 'a-only 2:', 'b-only :2'])
    expect(rows({ ...DEFAULT_ALIGN_OPTIONS, leaveApart: { below: 0.45, margin: 1.3 } })).toEqual([
      'a-only 0:',
      'a-only 1:',
      'a-only 2:',
      'b-only :0',
      'b-only :1',
      'b-only :2',
    ])
  })

  it('pairs a rival that leaving pairs apart frees, when its clauses are each other’s best and it stands out', () => {
    // A0–B0 and A1–B1 (44%) are in order, but A0–B1 (`cross`) is better than both
    const scorer = (cross: number) => {
      const scores: Record<string, number> = { '0 0': 0.44, '1 1': 0.44, '0 1': cross }
      return {
        score: (a: readonly number[], b: readonly number[]) => (a.length === 1 && b.length === 1 ? (scores[`${a[0]} ${b[0]}`] ?? 0) : 0),
        weight: () => 1,
      }
    }
    const options: AlignOptions = { ...DEFAULT_ALIGN_OPTIONS, leaveApart: { below: 0.45, margin: 1.3 } }
    const rows = (cross: number) =>
      alignClauses(2, 2, scorer(cross), options).map((row) => `${row.kind} ${row.a.join('+')}:${row.b.join('+')}`)
    // 60% is more than 1.3 times 44%: made, once the two pairs it rivals are left apart
    expect(rows(0.6)).toEqual(['b-only :0', 'match 0:1', 'a-only 1:'])
    // 55% is not: all four clauses stay alone
    expect(rows(0.55)).toEqual(['a-only 0:', 'a-only 1:', 'b-only :0', 'b-only :1'])
  })

  it('does not pair clauses less similar than the threshold', () => {
    expect(align(['双方将继续加强政治互信'], ['中方欢迎塔方学生来华学习'])).toEqual(['a-only 0:', 'b-only :0'])
  })

  it('merges two clauses that one sentence of the other side states together (2:1 and 1:2)', () => {
    const joined = '双方将加强农业领域合作并共同推动建立双边农业合作平台扩大在种质资源交换农业技术示范等方面的合作'
    const parts = ['双方将加强农业领域合作并共同推动建立双边农业合作平台', '扩大在种质资源交换农业技术示范等方面的合作']
    expect(align(parts, [joined])).toEqual(['merge 0+1:0'])
    expect(align([joined], parts)).toEqual(['split 0:0+1'])
  })

  it('prefers a pair to a merge when the pair explains the text as well', () => {
    expect(align(['双方将继续加强政治互信', '谢谢'], ['双方将继续加强政治互信'])).toEqual(['match 0:0', 'a-only 1:'])
  })

  it('links a clause moved out of order, marks it moved, and keeps the others in order', () => {
    const a = ['双方将继续加强政治互信', '双方愿深化经贸合作', '双方支持联合国发挥核心作用', '中方欢迎塔方学生来华学习并提供奖学金']
    const b = ['中方欢迎塔方学生来华学习并提供奖学金', '双方将继续加强政治互信', '双方愿深化经贸合作', '双方支持联合国发挥核心作用']
    const rows = alignClauses(a.length, b.length, createDiceScorer(a, b))
    expect(rows.map((r) => `${r.a.join('+')}:${r.b.join('+')}${r.moved ? ' moved' : ''}`)).toEqual(['0:1', '1:2', '2:3', '3:0 moved'])
  })

  it('gives a pair its rival: how similar one of its clauses is to a clause outside it', () => {
    const a = ['双方将继续加强政治互信', '双方愿深化经贸合作']
    const b = ['双方将继续加强政治互信', '双方将继续加强政治沟通', '双方愿深化经贸合作']
    const scorer = createDiceScorer(a, b)
    const rows = alignClauses(a.length, b.length, scorer)
    const first = rows.find((row) => row.a[0] === 0 && row.b.length)
    expect(first?.b).toEqual([0])
    // A0 is also close to B1, which no pair holds: that is its rival
    expect(first?.rival).toEqual({ score: scorer.score([0], [1]), a: 0, b: 1 })
    expect(first?.rival?.score).toBeGreaterThan(0.3)
    const alone = rows.find((row) => row.b[0] === 1)
    expect(alone?.a).toEqual([])
    expect(alone?.rival).toBeUndefined()
  })

  it('gives both pairs the link between them as their rival when a clause of one resembles a clause of the other', () => {
    const a = ['双方将继续加强政治互信', '双方愿深化经贸合作和人文交流']
    const b = ['双方将继续加强政治互信和经贸合作', '双方愿深化经贸合作和人文交流']
    const scorer = createDiceScorer(a, b)
    const rows = alignClauses(a.length, b.length, scorer)
    expect(rows.map((row) => `${row.a.join('+')}:${row.b.join('+')}`)).toEqual(['0:0', '1:1'])
    // A1 shares 经贸合作 with B0: the strongest link across the two pairs, so the rival of each
    const across = Math.max(scorer.score([1], [0]), scorer.score([0], [1]))
    expect(across).toBeGreaterThan(0)
    for (const row of rows) expect(row.rival?.score).toBeCloseTo(across, 5)
  })

  it('merges three clauses that one sentence of the other side enumerates (3:1)', () => {
    const one = '双方将加强在能源领域的合作，扩大在交通运输领域的合作，深化在金融领域的合作。'
    const three = ['双方将加强在能源领域的合作。', '扩大在交通运输领域的合作。', '深化在金融领域的合作。']
    expect(align(three, [one])).toEqual(['merge 0+1+2:0'])
    expect(align([one], three)).toEqual(['split 0:0+1+2'])
  })

  describe('edge cases', () => {
    it('aligns empty lists to no rows', () => {
      expect(align([], [])).toEqual([])
      expect(align(['一句话'], [])).toEqual(['a-only 0:'])
    })
  })
})

describe('createDiceScorer', () => {
  it('scores character bigrams, ignoring punctuation', () => {
    const scorer = createDiceScorer(['国家统一。'], ['国家和平统一'], { weighting: 'none' })
    // 国家 家统 | 国家 家和 和平 平统 统一 … shared: 国家, 统一 → 2·2/(3+5)
    expect(scorer.score([0], [0])).toBeCloseTo(0.5)
  })
})

describe('topK', () => {
  it('returns the indices of the k largest values, best first', async () => {
    const { topK } = await import('./dice-scorer')
    const values = Float64Array.from([0.1, 0.9, 0.3, 0.7, 0.5, 0.2])
    expect(topK(values, 0, 1, 6, 3)).toEqual([1, 3, 4])
    // a column of a 2 × 3 table: offset 1, stride 3
    expect(topK(Float64Array.from([0, 0.2, 0, 0, 0.8, 0]), 1, 3, 2, 1)).toEqual([1])
  })
})
