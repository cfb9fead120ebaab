const WORD = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+`
const CLOSING = String.raw`[^\p{L}\p{N}\s(\[{“‘《（「『〈]`
const UNITS = new RegExp(
  String.raw`[(\[{“‘《（「『〈]*(?:\p{Script=Han}|${WORD}(?:['’‐-]${WORD})*)${CLOSING}*\s*|[^\p{L}\p{N}\s]\s*|\s+`,
  'gu',
)

/**
 * The pieces a preview image's text may break between (Satori, which draws
 * the images, has no inline flow: each piece is a flex item of its own). A
 * word stays whole with its inner apostrophes and hyphens (Russia’s,
 * people-to-people) and the punctuation that closes it (“peace,”); an
 * ideograph is a piece with the punctuation that follows it (统一。), so that
 * no line begins with a comma or a full stop.
 * @example wrapUnits('Russia’s war, 实现国家统一。') // ['Russia’s ', 'war, ', '实', '现', '国', '家', '统', '一。']
 */
export function wrapUnits(text: string): string[] {
  return text.match(UNITS) ?? []
}
