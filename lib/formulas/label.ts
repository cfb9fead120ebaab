/**
 * How a formula reads. Formulas are mined on the party-masked text, so a
 * formula's text holds placeholders where statements name their counterpart
 * (吉方 / 塔方 → one placeholder): pages show them as a marked slot, plain
 * text (CLI, JSON, link previews) as 〈X〉 for a country and 〈X人名〉 for its
 * leader's name (〈Y〉 … for a second counterpart).
 */
import { COUNTRY_PLACEHOLDER, PERSON_PLACEHOLDER } from '@/lib/parties/party-mask'

export type FormulaSegment = { type: 'text'; text: string } | { type: 'party'; role: 'country' | 'person'; name: string }

const LETTERS = 'XYZUVW'

function placeholder(unit: number): { role: 'country' | 'person'; name: string } | null {
  if (unit >= COUNTRY_PLACEHOLDER && unit < PERSON_PLACEHOLDER) return { role: 'country', name: LETTERS[unit - COUNTRY_PLACEHOLDER] ?? 'X' }
  if (unit >= PERSON_PLACEHOLDER && unit < PERSON_PLACEHOLDER + 0x10)
    return { role: 'person', name: `${LETTERS[unit - PERSON_PLACEHOLDER] ?? 'X'}人名` }
  return null
}

/**
 * A formula's text cut into plain text and counterpart slots.
 * @example formulaSegments('\uE000方坚定奉行') // [{ type: 'party', role: 'country', name: 'X' }, { type: 'text', text: '方坚定奉行' }]
 */
export function formulaSegments(text: string): FormulaSegment[] {
  const segments: FormulaSegment[] = []
  let plain = ''
  for (let k = 0; k < text.length; k++) {
    const slot = placeholder(text.charCodeAt(k))
    if (!slot) {
      plain += text.charAt(k)
      continue
    }
    if (plain) segments.push({ type: 'text', text: plain })
    plain = ''
    segments.push({ type: 'party', ...slot })
  }
  if (plain) segments.push({ type: 'text', text: plain })
  return segments
}

/**
 * A formula's text for plain-text readers.
 * @example plainFormula('\uE000方坚定奉行一个中国原则') // '〈X〉方坚定奉行一个中国原则'
 */
export function plainFormula(text: string): string {
  return formulaSegments(text)
    .map((s) => (s.type === 'text' ? s.text : `〈${s.name}〉`))
    .join('')
}

/** Whether a formula's own words (its slots aside) are Chinese. */
const chineseWords = (segments: readonly FormulaSegment[]) => segments.some((s) => s.type === 'text' && /\p{Script=Han}/u.test(s.text))

/**
 * How a slot reads to a reader: X for a counterpart, and for its leader X人名
 * in a Chinese formula, "X’s leader" in an English one (an English page had
 * shown "honored to welcome X人名").
 */
export function slotReading(segment: Extract<FormulaSegment, { type: 'party' }>, segments: readonly FormulaSegment[]): string {
  return segment.role === 'person' && !chineseWords(segments) ? `${segment.name.replace(/人名$/u, '')}’s leader` : segment.name
}

/**
 * A formula's text as a page's title or a link preview reads it: plainFormula,
 * with an English formula's leader slot as 〈X’s leader〉.
 * @example readableFormula(`honored to welcome \uE010`) // 'honored to welcome 〈X’s leader〉'
 */
export function readableFormula(text: string): string {
  const segments = formulaSegments(text)
  return segments.map((s) => (s.type === 'text' ? s.text : `〈${slotReading(s, segments)}〉`)).join('')
}
