/**
 * Whether a use of a phrase is whole words at both ends: the miner counts a
 * phrase's uses with it (lib/formulas/mine-formulas), and the formulas of a
 * newly imported statement are found with it (lib/formulas/fold-in), so that
 * both count the same uses.
 */
import { isHan } from '@/lib/text/chars'

/** A letter or digit, which a hyphen, an apostrophe or a dot joins to the next one (Indo-Pacific, U.S.). */
const WORD_UNIT = /[\p{L}\p{N}]/u
const JOINER = /[-'’.]/u

/**
 * Whether text[start, end) begins or ends inside a Latin word: "commit to
 * work" in "commit to working", "small and medium" in "small and
 * medium-sized". Ideographs have no such edge (their words are found by
 * lib/formulas/phrase-bounds).
 * @example cutsWord('commit to working', 0, 14) // true
 */
export function cutsWord(text: string, start: number, end: number): boolean {
  const last = text.charAt(end - 1)
  const next = text.charAt(end)
  const inWordAfter = WORD_UNIT.test(last) && (WORD_UNIT.test(next) || (JOINER.test(next) && WORD_UNIT.test(text.charAt(end + 1))))
  const first = text.charAt(start)
  const before = text.charAt(start - 1)
  const inWordBefore =
    start > 0 && WORD_UNIT.test(first) && (WORD_UNIT.test(before) || (JOINER.test(before) && WORD_UNIT.test(text.charAt(start - 2))))
  return (inWordAfter && !isHan(last)) || (inWordBefore && !isHan(first))
}
