/**
 * The collation as JSON for machines (the API and `cli collate --json`):
 * { statements: [{slug, title, date, summary}], options, counts, families:
 * [ { index, presence, variants, base, cells: [ null | { variant, moved,
 * similarity, unsure?, clauses: [{id, position, text}], pieces: [{op, text}] } ] } ] },
 * families in the table's order, cells in the statements' order. A cell's
 * pieces are its wording against the base: equal, insert (only this
 * statement's), delete (the base's wording it lacks). `unsure` ({score, bar})
 * marks a cell held to its family only by pairwise links below their sure
 * bar, each confirmed by a third statement: the best of them, and its bar.
 */
import type { CollationResult, StatementSummary } from '@/lib/collate/types'

export interface CollateJson {
  statements: { slug: string; title: string; date: string | null; summary: Omit<StatementSummary, 'moved'> & { moved: number } }[]
  options: CollationResult['options']
  counts: CollationResult['counts']
  families: {
    index: number
    presence: number
    variants: number
    base: number
    cells: ({
      variant: number
      moved: boolean
      similarity: number
      unsure?: { score: number; bar: number }
      clauses: { id: number; position: number; text: string }[]
      pieces: { op: 'equal' | 'insert' | 'delete'; text: string }[]
    } | null)[]
  }[]
}

const round = (x: number) => Math.round(x * 1000) / 1000

export function collateToJson(result: CollationResult, dates: readonly (string | null)[] = []): CollateJson {
  return {
    statements: result.statements.map((s, k) => {
      const summary = result.summaries[k] as StatementSummary
      return { slug: s.slug, title: s.title, date: dates[k] ?? null, summary: { ...summary, moved: summary.moved.length } }
    }),
    options: result.options,
    counts: result.counts,
    families: result.families.map((f) => ({
      index: f.index,
      presence: f.presence,
      variants: f.variants,
      base: f.base,
      cells: f.cells.map((cell) =>
        cell
          ? {
              variant: cell.variant,
              moved: cell.moved,
              similarity: round(cell.similarity),
              ...(cell.unsure ? { unsure: { score: round(cell.unsure.score), bar: cell.unsure.bar } } : {}),
              clauses: cell.clauses.map((c) => ({ id: c.id, position: c.position, text: c.text })),
              pieces: cell.clauses.flatMap((c) => c.pieces.map((p) => ({ op: p.op, text: p.text }))),
            }
          : null,
      ),
    })),
  }
}
