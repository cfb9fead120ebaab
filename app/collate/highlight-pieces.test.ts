import { describe, expect, it } from 'vitest'
import { highlightPieces, matchRanges } from './highlight-pieces'

/** The pieces as text, a match in [brackets], an insertion in {+…+}, a deletion in [-…-]. */
function render(pieces: ReturnType<typeof highlightPieces>): string {
  return pieces
    .map(({ kind, parts }) => {
      const text = parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('')
      return kind === 'insert' ? `{+${text}+}` : kind === 'delete' ? `[-${text}-]` : text
    })
    .join('')
}

describe('highlightPieces', () => {
  it('marks a match that runs across an insertion and the wording around it', () => {
    expect(render(highlightPieces(['坚持实现国家', ['和平', 'insert'], '统一。'], '和平统一'))).toBe('坚持实现国家{+[和平]+}[统一]。')
  })

  it('finds a Simplified term in a cell printed in Traditional characters, and the other way round', () => {
    expect(render(highlightPieces(['堅持實現國家和平統一。'], '和平统一'))).toBe('堅持實現國家[和平統一]。')
    expect(render(highlightPieces(['坚持实现国家和平统一。'], '和平統一'))).toBe('坚持实现国家[和平统一]。')
  })

  it('finds what the cell says, not the base wording it lacks', () => {
    expect(render(highlightPieces(['实现国家', ['和平', 'delete'], '统一'], '和平统一'))).toBe('实现国家[-和平-]统一')
    expect(render(highlightPieces(['实现国家', ['和平', 'delete'], '统一'], '国家统一'))).toBe('实现[国家][-和平-][统一]')
  })

  it('ignores case and runs of spaces in English', () => {
    expect(render(highlightPieces(['We support the  Peaceful resolution'], 'peaceful resolution'))).toBe(
      'We support the  [Peaceful resolution]',
    )
    expect(matchRanges('a b a', 'a')).toEqual([
      [0, 1],
      [4, 5],
    ])
  })

  it('marks what the filter finds: full-width forms and compatibility characters as their plain equivalents (NFKC)', () => {
    expect(render(highlightPieces(['应对ＣＯＶＩＤ－１９疫情'], 'covid-19'))).toBe('应对[ＣＯＶＩＤ－１９]疫情')
    expect(render(highlightPieces(['the ﬁnancial sector'], 'financial'))).toBe('the [ﬁnancial] sector')
    expect(render(highlightPieces(['双方（中方）'], '(中方)'))).toBe('双方[（中方）]')
  })

  it("finds printed quotes by the straight ones a keyboard types (walkthrough: Russia's found nothing)", () => {
    expect(render(highlightPieces(['Russia’s war'], "Russia's"))).toBe('[Russia’s] war')
    expect(render(highlightPieces(['共建“一带一路”倡议'], '"一带一路"'))).toBe('共建[“一带一路”]倡议')
  })

  describe('edge cases', () => {
    it('leaves the pieces whole without a search or a match', () => {
      expect(render(highlightPieces(['实现', ['和平', 'insert']], ''))).toBe('实现{+和平+}')
      expect(render(highlightPieces(['实现'], '统一'))).toBe('实现')
    })

    it('reads the searched text literally, not as a pattern', () => {
      expect(render(highlightPieces(['a (b) c'], '(b)'))).toBe('a [(b)] c')
    })
  })
})
