/**
 * Small, seeded changes to statement texts, so that synthetic copies of the
 * bundled statements differ as statements built on one template do: a word
 * replaced, inserted or dropped, characters altered, the counterpart's names
 * swapped for another country's. Shared by the benchmark's synthetic pairs and
 * corpora and by the synthetic corpus of lib/scale.
 */
import type { Random } from './random'

/** The distinct Han characters of some texts: the alphabet edits draw from. */
export function hanAlphabet(texts: Iterable<string>): string[] {
  const seen = new Set<string>()
  for (const text of texts) for (const ch of text) if (/\p{Script=Han}/u.test(ch)) seen.add(ch)
  return [...seen]
}

/** About 2% of characters dropped and 6% of ideographs replaced by others of the alphabet. */
export function perturbText(text: string, rnd: Random, alphabet: readonly string[]): string {
  let out = ''
  for (const ch of text) {
    const roll = rnd()
    if (roll < 0.02) continue
    out += roll < 0.08 && /\p{Script=Han}/u.test(ch) ? (alphabet[Math.floor(rnd() * alphabet.length)] as string) : ch
  }
  return out || text
}

/** `edits` small edits of a text: a one- or two-character word replaced, inserted or dropped. */
export function editText(text: string, edits: number, rnd: Random, alphabet: readonly string[]): string {
  let chars = [...text]
  for (let k = 0; k < edits && chars.length > 4; k++) {
    const at = Math.floor(rnd() * (chars.length - 2))
    const width = 1 + Math.floor(rnd() * 2)
    const word = Array.from({ length: width }, () => alphabet[Math.floor(rnd() * alphabet.length)] as string)
    const roll = rnd()
    chars =
      roll < 0.4
        ? [...chars.slice(0, at), ...word, ...chars.slice(at + width)]
        : roll < 0.7
          ? [...chars.slice(0, at), ...word, ...chars.slice(at)]
          : [...chars.slice(0, at), ...chars.slice(at + width)]
  }
  return chars.join('')
}

/** A country as a swap sees it: its Chinese names (longest first) and its compound form (吉 in 中吉, 吉方). */
export interface SwapCountry {
  names: readonly string[]
  abbr: string
  /** its leaders' names, longest first; swapped for the other country's when both have some */
  people?: readonly string[]
}

/**
 * A function that rewrites a text naming `from` so that it names `to`: each
 * name form for the matching form of the other (the last one when it has
 * fewer), each leader for one of the other's (when both have some), and the
 * compounds 中X and X方. One pass, longest form first, so that a name written
 * in is never rewritten again (俄罗斯 → 白俄罗斯 stays 白俄罗斯).
 * @example swapCountry(kyrgyzstan, tajikistan)('吉方支持中吉合作') // '塔方支持中塔合作'
 */
export function swapCountry(from: SwapCountry, to: SwapCountry): (text: string) => string {
  const forms = new Map<string, string>()
  from.names.forEach((name, k) => forms.set(name, to.names[Math.min(k, to.names.length - 1)] as string))
  if (to.people?.length) from.people?.forEach((name, k) => forms.set(name, to.people?.[k % (to.people?.length ?? 1)] as string))
  forms.set(`中${from.abbr}`, `中${to.abbr}`)
  forms.set(`${from.abbr}方`, `${to.abbr}方`)
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(
    [...forms.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  )
  return (text) => text.replace(pattern, (match) => forms.get(match) as string)
}
