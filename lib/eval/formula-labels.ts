/**
 * The formula list against phrases labelled by reading (data/gold/formulas):
 * of the first N formulas the miner lists, how many a reader calls formulas,
 * and how many are names or fragments instead (issue 13: top 50 and top 200).
 */
import { z } from 'zod'

export const FORMULA_LABELS = ['formula', 'name', 'fragment'] as const
export type FormulaLabel = (typeof FORMULA_LABELS)[number]

export const formulaLabelsSchema = z.object({
  name: z.string(),
  rule: z.string(),
  labels: z.array(z.object({ text: z.string().min(1), label: z.enum(FORMULA_LABELS), note: z.string().optional() })),
})

export type FormulaLabels = z.infer<typeof formulaLabelsSchema>

export interface FormulaPrecision {
  /** how many of the list's first formulas were read */
  top: number
  counts: Record<FormulaLabel, number>
  /** formulas among the labelled ones (those not yet labelled are left out, and counted) */
  precision: number
  unlabelled: string[]
  /** the names and fragments, in list order */
  misses: { rank: number; text: string; label: FormulaLabel }[]
}

/** The labels by phrase; a phrase labelled twice must be labelled alike. */
export function labelMap(labels: FormulaLabels): Map<string, FormulaLabel> {
  const map = new Map<string, FormulaLabel>()
  for (const { text, label } of labels.labels) {
    const known = map.get(text)
    if (known && known !== label) throw new Error(`"${text}" is labelled both ${known} and ${label}`)
    map.set(text, label)
  }
  return map
}

/**
 * @example scoreFormulaList(['rule of law', 'around the world'], new Map([['rule of law', 'formula'], ['around the world', 'fragment']]), 50).precision // 0.5
 */
export function scoreFormulaList(ranked: readonly string[], labels: ReadonlyMap<string, FormulaLabel>, top: number): FormulaPrecision {
  const counts: Record<FormulaLabel, number> = { formula: 0, name: 0, fragment: 0 }
  const unlabelled: string[] = []
  const misses: FormulaPrecision['misses'] = []
  ranked.slice(0, top).forEach((text, k) => {
    const label = labels.get(text)
    if (!label) return unlabelled.push(text)
    counts[label]++
    if (label !== 'formula') misses.push({ rank: k + 1, text, label })
  })
  const labelled = counts.formula + counts.name + counts.fragment
  return { top: Math.min(top, ranked.length), counts, precision: labelled === 0 ? 0 : counts.formula / labelled, unlabelled, misses }
}
