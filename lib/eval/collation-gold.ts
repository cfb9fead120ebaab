/**
 * Gold collations (data/gold/collation/*.json): which clauses of 3 or more
 * statements are versions of one sentence, grouped into families by hand
 * (see data/gold/collation/README.md), and the score of a collation against
 * one. The score is pairwise: every two clauses of different statements put
 * in one family form a link, and precision and recall are those of the links
 * (clustering's pairwise F-measure). Links inside a gold family marked
 * "possible:" are neither required nor counted wrong (sure and possible
 * links, as Och & Ney score word alignments). Each file records the opening
 * words of every clause, so a change in the importer's segmentation stops the
 * score instead of scoring against the wrong clauses.
 */
import { z } from 'zod'
import type { CollationResult } from '@/lib/collate/types'

const clauseId = z.string().regex(/^[A-T][1-9][0-9]*$/)

export const collationGoldSchema = z.object({
  name: z.string(),
  description: z.string(),
  language: z.enum(['zh', 'en']),
  statements: z
    .array(z.object({ id: z.string().regex(/^[A-T]$/), slug: z.string(), title: z.string(), clauses: z.number().int().positive() }))
    .min(3),
  families: z.array(z.object({ clauses: z.array(clauseId).min(2), note: z.string().optional() })),
  openings: z.record(z.string(), z.record(z.string(), z.string())),
})

export type CollationGold = z.infer<typeof collationGoldSchema>

export interface CollationScore {
  precision: number
  recall: number
  f1: number
  /** predicted links between clauses the gold keeps apart, as "A12–C3" */
  wrong: string[]
  /** sure gold links the collation missed */
  missed: string[]
  /** gold families (with ≥ 2 statements) the collation reproduced exactly */
  familiesExact: number
  families: number
}

const letter = (k: number) => String.fromCharCode(65 + k)
const linkKey = (x: string, y: string) => (x < y ? `${x}–${y}` : `${y}–${x}`)

/** The links of families: every two clauses of different statements in one family. */
function linksOf(families: readonly (readonly string[])[]): Set<string> {
  const links = new Set<string>()
  for (const family of families)
    for (let i = 0; i < family.length; i++)
      for (let j = i + 1; j < family.length; j++) {
        const x = family[i] as string
        const y = family[j] as string
        if (x[0] !== y[0]) links.add(linkKey(x, y))
      }
  return links
}

/** The collation's families as the gold names clauses: statement letter and clause number from 1. */
export function predictedFamilies(result: CollationResult): string[][] {
  return result.families
    .filter((f) => f.presence > 1)
    .map((f) => f.cells.flatMap((cell, k) => (cell ? cell.clauses.map((c) => `${letter(k)}${c.position + 1}`) : [])))
}

/** The score of a collation (of the gold's statements, in the gold's order) against the gold. */
export function scoreCollation(gold: CollationGold, predicted: readonly (readonly string[])[]): CollationScore {
  const sure = linksOf(gold.families.filter((f) => !f.note?.startsWith('possible')).map((f) => f.clauses))
  const possible = linksOf(gold.families.filter((f) => f.note?.startsWith('possible')).map((f) => f.clauses))
  const made = linksOf(predicted)
  const correct = [...made].filter((l) => sure.has(l)).length
  const allowed = [...made].filter((l) => sure.has(l) || possible.has(l)).length
  const wrong = [...made].filter((l) => !sure.has(l) && !possible.has(l))
  const missed = [...sure].filter((l) => !made.has(l))
  const precision = made.size === 0 ? 1 : allowed / made.size
  const recall = sure.size === 0 ? 1 : correct / sure.size
  const exact = new Set(predicted.map((f) => [...f].sort().join(' ')))
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    wrong,
    missed,
    familiesExact: gold.families.filter((f) => exact.has([...f.clauses].sort().join(' '))).length,
    families: gold.families.length,
  }
}

/**
 * Problems that make the gold unusable against these statements' clauses: a
 * count or an opening that changed, a clause named twice or not at all. Empty when it fits.
 */
export function checkCollationGold(gold: CollationGold, clauses: readonly (readonly string[])[]): string[] {
  const problems: string[] = []
  gold.statements.forEach((statement, k) => {
    const texts = clauses[k] ?? []
    if (texts.length !== statement.clauses)
      problems.push(`${statement.id} has ${texts.length} clauses now; the gold was made for ${statement.clauses}`)
    for (const [number, opening] of Object.entries(gold.openings[statement.id] ?? {})) {
      const text = texts[Number(number) - 1]
      if (text === undefined || !text.startsWith(opening))
        problems.push(`${statement.id}${number} was "${opening}…" in the gold but is "${(text ?? '').slice(0, 12)}…" now`)
    }
  })
  const seen = new Set<string>()
  for (const family of gold.families)
    for (const id of family.clauses) {
      if (seen.has(id)) problems.push(`${id} is in two families`)
      seen.add(id)
      const statement = gold.statements.findIndex((s) => s.id === id[0])
      if (statement < 0 || Number(id.slice(1)) > (gold.statements[statement]?.clauses ?? 0))
        problems.push(`${id} is not a clause of the gold's statements`)
    }
  return problems
}
