/**
 * A Chinese search term in both scripts: as typed, in Simplified characters,
 * and in every Traditional spelling its characters allow, so that 和平统一
 * finds a statement printed 和平統一, and 全面战略伙伴关系 one printed
 * 全面戰略夥伴關係 or 全面戰略伙伴關係 (伙 and 系 are Traditional characters
 * too). A Simplified character's Traditional forms are those OpenCC's table
 * folds to it (lib/text/script-fold), and the character itself where Big5,
 * the Traditional character set, has it. Spellings are capped: a term with
 * more is searched in its first ones.
 */
import { toSimplified, TRADITIONAL_PAIRS } from '@/lib/text/script-fold'

/** At most this many spellings of a term: each is one more alternative in the search's query. */
export const MAX_SPELLINGS = 16

const HAN = /\p{Script=Han}/u

let traditionalOf: Map<string, string[]> | null = null

/** Simplified character → its Traditional forms, made on first use. */
function traditionalForms(): Map<string, string[]> {
  if (traditionalOf) return traditionalOf
  const big5 = new Set<string>()
  const decoder = new TextDecoder('big5')
  const bytes = new Uint8Array(2)
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const trail of [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]) {
      bytes[0] = lead
      bytes[1] = trail
      const ch = decoder.decode(bytes)
      if (ch.length === 1 && ch !== '\ufffd') big5.add(ch)
    }
  }
  const forms = new Map<string, string[]>()
  for (const [traditional, simplified] of TRADITIONAL_PAIRS) {
    if (!big5.has(traditional)) continue
    const list = forms.get(simplified) ?? (big5.has(simplified) ? [simplified] : [])
    list.push(traditional)
    forms.set(simplified, list)
  }
  traditionalOf = forms
  return forms
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k)
}

/**
 * @example scriptSpellings('和平统一') // ['和平统一', '和平統一']
 * @example scriptSpellings('free and open') // ['free and open']
 */
export function scriptSpellings(term: string): string[] {
  if (!HAN.test(term)) return [term]
  const simplified = toSimplified(term)
  const forms = traditionalForms()
  let spellings = ['']
  for (const ch of simplified) {
    const options = forms.get(ch) ?? [ch]
    spellings = spellings.flatMap((prefix) => options.map((option) => prefix + option)).slice(0, MAX_SPELLINGS)
  }
  return [...new Set([term, simplified, ...spellings])].slice(0, MAX_SPELLINGS)
}
