/** Plain-text renderings for the terminal. */
import { foldedInSentence } from '@/lib/vocab/formula-build'
import { clauseAnchor } from '@/lib/vocab/links'
import { leftApartFrom, markedDiff } from '@/lib/compare/export'
import type { CompareResult } from '@/lib/compare/types'
import type { StatementSummary } from '@/lib/db/statements'
import type { FormulaBuildState, FormulaDetail, FormulaSummary } from '@/lib/db/formulas'
import { variantDiff } from '@/lib/formulas/concordance'
import { plainFormula } from '@/lib/formulas/label'
import type { SearchResults } from '@/lib/db/search'
import { countsInWords, doubtCounts } from '@/lib/vocab/row-status'

/** Statements, three lines each; `total` and `filtered` say why a list is empty. */
export function formatList(statements: readonly StatementSummary[], { total = statements.length, filtered = false } = {}): string {
  if (statements.length === 0) {
    if (total > 0) return `This page is past the last one: ${total} statement${total === 1 ? '' : 's'} in all; use a lower --page.`
    return filtered ? 'No statement matches these filters.' : 'No statements yet: npm run cli -- import <file>'
  }
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
    `similarity ${(result.similarity * 100).toFixed(1)}% · ${result.rows.length} rows · ${countsInWords(result.counts, ' · ')}${doubtsInTerminal(result)}`,
    '',
  ]
  for (const row of result.rows) {
    const where = `A${row.a.map((c) => c.position + 1).join('+') || '–'} B${row.b.map((c) => c.position + 1).join('+') || '–'}`
    const score = row.a.length && row.b.length ? `${Math.round(row.score * 100)}%` : '—'
    const apart = leftApartFrom(row)
    lines.push(
      `#r${row.index} ${row.moved ? 'moved' : row.kind} ${score}${row.unsure ? ' unsure' : ''}${apart ? ` left apart from ${apart}` : ''} ${where}`,
    )
    lines.push(`  ${markedDiff(row.ops)}`)
  }
  return lines.join('\n')
}

const statementsLabel = (n: number) => `${n} statement${n === 1 ? '' : 's'}`

/** The formula list: how many statements use each, its text, its id; variants below. */
export function formatFormulas(
  build: FormulaBuildState | null,
  total: number,
  formulas: readonly FormulaSummary[],
  kind: 'formula' | 'name' = 'formula',
): string {
  if (!build) return 'No formulas yet: import statements first (npm run cli -- import <file>).'
  const lines = [
    `${total} ${kind === 'name' ? `name${total === 1 ? '' : 's'} (beside ${build.formulaCount} formulas)` : `formula famil${total === 1 ? 'y' : 'ies'} (of ${build.formulaCount} formulas)`}, mined from ${statementsLabel(build.statementCount)} (${build.builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC).${build.foldedIn ? ` ${foldedInSentence(build.foldedIn, true)}` : ''}`,
  ]
  if (total > 0) lines.push('statements  id            formula')
  for (const f of formulas) {
    lines.push(`${String(f.statementCount).padStart(10)}  ${f.id}  ${plainFormula(f.text)}`)
    for (const v of f.variants.slice(1))
      lines.push(`${' '.repeat(26)}variant (${statementsLabel(v.statementCount)}): ${plainFormula(v.text)}`)
    for (const m of f.members)
      lines.push(`${' '.repeat(26)}built on it (${statementsLabel(m.statementCount)}): ${plainFormula(m.text)}  [${m.id}]`)
    if (f.familySize - 1 > f.members.length)
      lines.push(`${' '.repeat(26)}… ${f.familySize - 1} built on it in all: npm run cli -- formula ${f.id}`)
  }
  return lines.join('\n')
}

/** A formula's concordance: variants marked against the main one, then each occurrence ⟦in context⟧. */
export function formatFormula(formula: FormulaDetail): string {
  const main = formula.variants[0]?.text ?? formula.text
  const dates = formula.firstDate === formula.lastDate ? (formula.firstDate ?? 'undated') : `${formula.firstDate} – ${formula.lastDate}`
  const lines = [
    `${plainFormula(formula.text)}  [${formula.id}]`,
    `${statementsLabel(formula.statementCount)} · ${formula.occurrenceCount} occurrences · ${formula.variantCount} variant${formula.variantCount === 1 ? '' : 's'} · ${dates} · ${formula.kinds.join(', ')}`,
  ]
  if (formula.variants.length > 1) {
    lines.push('', 'variants ([-as the main one-] {+as this one+}):')
    formula.variants.forEach((v, k) => {
      const marked = variantDiff(main, v.text)
        .map((op) => (op.op === 'equal' ? op.b : op.op === 'delete' ? `[-${op.a}-]` : `{+${op.b}+}`))
        .join('')
      lines.push(`  ${k + 1}. ${plainFormula(marked)} (${statementsLabel(v.statementCount)})`)
    })
  }
  if (formula.family) {
    const { head, parent } = formula.family
    lines.push(
      '',
      `in the family of ${plainFormula(head.text)}  [${head.id}]${parent && parent.id !== head.id ? `, built on ${plainFormula(parent.text)}  [${parent.id}]` : ''}`,
    )
  } else if (formula.members.length > 0) {
    lines.push('', `built on it (${formula.members.length}):`)
    for (const m of formula.members) lines.push(`  ${plainFormula(m.text)}  [${m.id}] (${statementsLabel(m.statementCount)})`)
  }
  lines.push('', 'concordance:')
  for (const o of formula.occurrences) {
    const variant = formula.variants.length > 1 ? ` v${o.variant + 1}` : ''
    lines.push(`  ${o.statement.slug} #${clauseAnchor(o.clause.position)}${variant}`, `    ${o.left}⟦${o.match}⟧${o.right}`)
  }
  return lines.join('\n')
}

/** Search results: the counts, then each statement with its clauses ⟦in context⟧. */
export function formatSearch(results: SearchResults): string {
  const { query } = results
  const pages = Math.max(1, Math.ceil(results.statementCount / query.perPage))
  if (results.statementCount === 0)
    return `No clause contains “${query.q}”${query.kind || query.party || query.year || query.language ? ' with these filters' : ''}.`
  const lines = [
    `“${results.readAs ?? query.q}”: ${results.clauseCount} clause${results.clauseCount === 1 ? '' : 's'} in ${statementsLabel(results.statementCount)} · page ${query.page} of ${pages}`,
    ...(results.readAs ? [`(no clause has ${query.q} with its quotes)`] : []),
  ]
  if (results.groups.length === 0) lines.push('This page is past the last one; use a lower --page.')
  for (const group of results.groups) {
    const s = group.statement
    lines.push('', `${s.slug}  (${group.hitCount} clause${group.hitCount === 1 ? '' : 's'})`, `  ${s.title} · ${s.date ?? 'undated'}`)
    for (const hit of group.hits)
      for (const line of hit.lines) lines.push(`  c${hit.position + 1}  ${line.left}⟦${line.match}⟧${line.right}`)
    if (group.hitCount > group.hits.length) lines.push(`  … ${group.hitCount - group.hits.length} more in this statement`)
  }
  if (query.page < pages) lines.push('', `More: --page ${query.page + 1}`)
  return lines.join('\n')
}

/** The doubts after the counts: ' · 8 unsure · 13 left apart', or nothing. */
function doubtsInTerminal(result: CompareResult): string {
  const { unsure, apart } = doubtCounts(result.rows)
  return `${unsure ? ` · ${unsure} unsure` : ''}${apart ? ` · ${apart} left apart` : ''}`
}
