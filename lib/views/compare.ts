/**
 * The comparison as JSON for machines (the API and `cli compare --json`):
 * { a: {slug, title}, b: {slug, title}, similarity, rows: [ { index, kind, rule,
 * score, moved, unsure, a: [{id, label, text}], b: [{id, label, text}], ops: [{op, text}] } ] }, rows
 * in display order; a clause's `label` is its name on the page and in the CSV (A12, B3); `rule` says how the aligner formed the row, as in the CSV;
 * `unsure` marks a pair below `sureBar`, the language's score from which pairs
 * were right 95% of the time on the hand-checked alignments; `apart` on a
 * clause shown alone names the clause it was left apart from (a pair under the
 * bar that did not stand out from its rival, `rival` the link as close to it).
 * An equal op whose text is printed differently in B (a masked party name)
 * carries B's wording as `textB`.
 */
import { clauseName } from '@/lib/vocab/links'
import type { CompareResult, CompareRow } from '@/lib/compare/types'
import { leftApartFrom, rowsShown } from '@/lib/compare/export'
import type { RowFilter } from '@/lib/vocab/row-status'

export interface CompareJsonOp {
  op: 'equal' | 'insert' | 'delete'
  text: string
  textB?: string
}

export interface CompareJson {
  a: { slug: string; title: string }
  b: { slug: string; title: string }
  similarity: number
  sureBar: number
  /** the bar of pairs of long clauses, where the language has one (lib/compare/sure-link) */
  longClauseBar?: { from: number; bar: number }
  options: CompareResult['options']
  counts: CompareResult['counts']
  kinds: CompareResult['kinds']
  /** when the rows are those of a view (`?view=`), not all: which, and how many rows the comparison has in all (`counts` are of all) */
  view?: { rows: RowFilter; of: number }
  rows: {
    index: number
    kind: string
    rule: CompareRow['rule']
    score: number
    moved: boolean
    unsure: boolean
    a: { id: number; label: string; text: string }[]
    b: { id: number; label: string; text: string }[]
    ops: CompareJsonOp[]
    apart?: { from: string; score: number; rival: { a: string; b: string; score: number } }
  }[]
}

const round = (x: number) => Math.round(x * 1000) / 1000

/** The comparison as JSON, with the rows its view's `filter` shows (all by default). */
export function compareToJson(result: CompareResult, filter: RowFilter = 'all'): CompareJson {
  return {
    a: { slug: result.a.slug, title: result.a.title },
    b: { slug: result.b.slug, title: result.b.title },
    similarity: round(result.similarity),
    sureBar: result.sureBar,
    ...(result.longClauseBar ? { longClauseBar: result.longClauseBar } : {}),
    options: result.options,
    counts: result.counts,
    kinds: result.kinds,
    ...(filter === 'all' ? {} : { view: { rows: filter, of: result.rows.length } }),
    rows: rowsShown(result, filter).map((row) => ({
      index: row.index,
      kind: row.kind,
      rule: row.rule,
      score: round(row.score),
      moved: row.moved,
      unsure: row.unsure !== undefined,
      a: row.a.map((c) => ({ id: c.id, label: clauseName('A', c.position), text: c.text })),
      b: row.b.map((c) => ({ id: c.id, label: clauseName('B', c.position), text: c.text })),
      ops: row.ops.map((op) => {
        if (op.op === 'insert') return { op: op.op, text: op.b }
        if (op.op === 'delete') return { op: op.op, text: op.a }
        return op.a === op.b ? { op: op.op, text: op.a } : { op: op.op, text: op.a, textB: op.b }
      }),
      ...(row.apart
        ? {
            apart: {
              from: leftApartFrom(row),
              score: round(row.apart.score),
              rival: { a: clauseName('A', row.apart.rival.a), b: clauseName('B', row.apart.rival.b), score: round(row.apart.rival.score) },
            },
          }
        : {}),
    })),
  }
}
