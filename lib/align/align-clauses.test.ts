import { describe, expect, it } from 'vitest'
import { alignClauses } from './align-clauses'
import { createDiceScorer } from './dice-scorer'

const align = (a: string[], b: string[], threshold = 0.3) =>
  alignClauses(a.length, b.length, createDiceScorer(a, b), { threshold, mergePenalty: 0.05 }).map(
    (row) => `${row.kind} ${row.a.join('+')}:${row.b.join('+')}`,
  )

describe('alignClauses', () => {
  it('pairs identical clauses one to one', () => {
    const texts = ['双方将继续加强政治互信', '双方愿深化经贸合作', '双方支持联合国发挥核心作用']
    expect(align(texts, texts)).toEqual(['match 0:0', 'match 1:1', 'match 2:2'])
  })

  it('leaves a clause that only one side has against nothing', () => {
    expect(align(['双方将继续加强政治互信', '双方支持联合国发挥核心作用'], ['双方将继续加强政治互信', '中方欢迎塔方学生来华学习', '双方支持联合国发挥核心作用'])).toEqual([
      'match 0:0',
      'b-only :1',
      'match 1:2',
    ])
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

  describe('edge cases', () => {
    it('aligns empty lists to no rows', () => {
      expect(align([], [])).toEqual([])
      expect(align(['一句话'], [])).toEqual(['a-only 0:'])
    })
  })
})

describe('createDiceScorer', () => {
  it('scores character bigrams, ignoring punctuation', () => {
    const scorer = createDiceScorer(['国家统一。'], ['国家和平统一'])
    // 国家 家统 | 国家 家和 和平 平统 统一 … shared: 国家, 统一 → 2·2/(3+5)
    expect(scorer.score([0], [0])).toBeCloseTo(0.5)
  })
})
