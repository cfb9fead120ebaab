/** what opens a word; straight quotes open and close alike */
const OPENERS = String.raw`(\[{“‘《（「『〈`
const WORD = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}\p{Co}])+`
const CLOSING = String.raw`[^\p{L}\p{N}\p{Co}\s${OPENERS}]`
const UNITS = new RegExp(
  String.raw`[${OPENERS}"']*(?:\p{Script=Han}|${WORD}(?:['’‐.,-]${WORD})*)${CLOSING}*\s*|[^\p{L}\p{N}\s]\s*|\s+`,
  'gu',
)

/**
 * The pieces a preview image's text may break between (Satori, which draws
 * the images, has no inline flow: each piece is a flex item of its own). A
 * word stays whole with its inner apostrophes, hyphens, points and commas
 * (Russia’s, people-to-people, U.S., 2.5, 1,000; a masked name, a private-use
 * character, with its ’s) and the punctuation that closes it (“peace,”); an
 * ideograph is a piece with the punctuation that follows it (统一。), so that
 * no line begins with a comma or a full stop.
 * @example wrapUnits('Russia’s war, 实现国家统一。') // ['Russia’s ', 'war, ', '实', '现', '国', '家', '统', '一。']
 */
export function wrapUnits(text: string): string[] {
  return text.match(UNITS) ?? []
}
