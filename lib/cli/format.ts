/** Plain-text renderings for the terminal. */
import type { CompareResult } from '@/lib/compare/types'
import type { StatementSummary } from '@/lib/db/statements'

export function formatList(statements: readonly StatementSummary[]): string {
  if (statements.length === 0) return 'No statements yet: npm run cli -- import <file>'
  return statements
    .map((s) => {
      const who = s.speaker ?? s.parties.map((p) => p.nameEn).join('–')
      return `${s.slug}\n  ${s.title}\n  ${s.kind} · ${s.date ?? 'undated'} · ${s.place ?? '—'} · ${who} · ${s.clauseCount} clauses`
    })
    .join('\n')
}

/** Rows with [-deleted-] and {+inserted+} marks, as wdiff prints them. */
export function formatCompare(result: CompareResult): string {
  const lines = [
    `A: ${result.a.title} (${result.a.slug})`,
    `B: ${result.b.title} (${result.b.slug})`,
    `similarity ${(result.similarity * 100).toFixed(1)}% · ${result.rows.length} rows · ${result.counts.identical} identical · ${result.counts.moved} moved · ${result.counts['a-only']} only in A · ${result.counts['b-only']} only in B`,
    '',
  ]
  for (const row of result.rows) {
    const where = `A${row.a.map((c) => c.position + 1).join('+') || '–'} B${row.b.map((c) => c.position + 1).join('+') || '–'}`
    const score = row.a.length && row.b.length ? `${Math.round(row.score * 100)}%` : '—'
    lines.push(`#r${row.index} ${row.moved ? 'moved' : row.kind} ${score} ${where}`)
    lines.push(
      '  ' +
        row.ops
          .map((op) => (op.op === 'equal' ? (op.a === op.b ? op.a : `${op.a}/${op.b}`) : op.op === 'delete' ? `[-${op.a}-]` : `{+${op.b}+}`))
          .join(''),
    )
  }
  return lines.join('\n')
}
