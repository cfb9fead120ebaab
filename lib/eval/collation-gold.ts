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
  /** links the collation made, and how many of them the gold allows (sure or possible) */
  made: number
  allowed: number
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

/**
 * The collation's families as the gold names clauses: statement letter and
 * clause number from 1; with `sureOnly`, without the cells it is unsure of
 * (Cell.unsure), as if each stood alone.
 */
export function predictedFamilies(result: CollationResult, { sureOnly = false }: { sureOnly?: boolean } = {}): string[][] {
  return result.families
    .map((f) =>
      f.cells.flatMap((cell, k) => (cell && !(sureOnly && cell.unsure) ? cell.clauses.map((c) => `${letter(k)}${c.position + 1}`) : [])),
    )
    .filter((clauses) => new Set(clauses.map((c) => c[0])).size > 1)
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
    made: made.size,
    allowed,
  }
}

/** Links of two statements scored against a gold collation: made, allowed (sure or possible), sure found, sure in the gold. */
export interface PairLinkCounts {
  made: number
  allowed: number
  correct: number
  sure: number
}

/**
 * A pairwise alignment of two of the gold's statements (their letters `x` and
 * `y`) against the gold's families restricted to those two: every clause of x
 * and clause of y in one family form a link (a family noted "possible" allows
 * its links without requiring them), and so does every pair in one row.
 * @example pairLinkCounts(gold, 'A', 'B', [{ a: [0], b: [0] }]) // { made: 1, allowed: 1, correct: 1, sure: 1 } for a gold family A1, B1
 */
export function pairLinkCounts(
  gold: CollationGold,
  x: string,
  y: string,
  rows: readonly { a: readonly number[]; b: readonly number[] }[],
): PairLinkCounts {
  const links = (groups: readonly (readonly string[])[]) => {
    const out = new Set<string>()
    for (const group of groups) for (const p of group) for (const q of group) if (p[0] === x && q[0] === y) out.add(`${p}–${q}`)
    return out
  }
  const sure = links(gold.families.filter((f) => !f.note?.startsWith('possible')).map((f) => f.clauses))
  const possible = links(gold.families.filter((f) => f.note?.startsWith('possible')).map((f) => f.clauses))
  const made = [...links(rows.map((row) => [...row.a.map((i) => `${x}${i + 1}`), ...row.b.map((j) => `${y}${j + 1}`)]))]
  return {
    made: made.length,
    allowed: made.filter((l) => sure.has(l) || possible.has(l)).length,
    correct: made.filter((l) => sure.has(l)).length,
    sure: sure.size,
  }
}

/** Precision, recall and F1 of link counts pooled (a pair with no link made has precision 1; one with none to find, recall 1). */
export function pooledLinkScore(counts: readonly PairLinkCounts[]): { precision: number; recall: number; f1: number } {
  const sum = (key: keyof PairLinkCounts) => counts.reduce((total, c) => total + c[key], 0)
  const precision = sum('made') === 0 ? 1 : sum('allowed') / sum('made')
  const recall = sum('sure') === 0 ? 1 : sum('correct') / sum('sure')
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
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
