/**
 * `npm run eval -- --formulas [--verbose]` (and the end of `npm run eval`):
 * the formula miner on the bundled collections against the phrases labelled
 * by reading in data/gold/formulas (see its README): the share of formulas
 * among the first 50 and 200 it lists (issue 13's targets: 95% and 90%), in
 * all and per language; --verbose lists the names and fragments among them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CompareStatement } from '@/lib/compare/types'
import { formulaLabelsSchema, labelMap, scoreFormulaList, type FormulaPrecision } from '@/lib/eval/formula-labels'
import { plainFormula } from '@/lib/formulas/label'
import { formulaRecords, numberedSources } from '@/lib/formulas/records'
import { isChinesePhrase } from '@/lib/formulas/names'

const LABELS = path.join('data', 'gold', 'formulas', 'labels.json')
export const FORMULA_TARGETS: readonly [top: number, target: number][] = [
  [50, 0.95],
  [200, 0.9],
]

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

/** The formulas of these statements as the list ranks them — the heads of their families — in plain text (〈X〉 for a masked name). */
function rankedFormulas(corpus: ReadonlyMap<string, CompareStatement>): string[] {
  const sources = numberedSources([...corpus.values()].map((statement) => ({ parties: statement.parties, clauses: statement.clauses })))
  return formulaRecords(sources)
    .filter((record) => record.kind === 'formula' && record.familyId === record.id)
    .map((record) => plainFormula(record.text))
}

function line(label: string, score: FormulaPrecision, target?: number): string {
  const { formula, name, fragment } = score.counts
  const verdict = target === undefined ? '' : `  target ${pct(target)}: ${score.precision >= target ? 'met' : 'below'}`
  const unlabelled = score.unlabelled.length ? `; ${score.unlabelled.length} not labelled, left out` : ''
  return `  ${label.padEnd(16)} precision ${pct(score.precision).padStart(6)}  (${formula} formulas, ${name} names, ${fragment} fragments${unlabelled})${verdict}`
}

export function reportFormulas(corpus: ReadonlyMap<string, CompareStatement>, verbose: boolean): string {
  const labels = labelMap(formulaLabelsSchema.parse(JSON.parse(readFileSync(LABELS, 'utf8'))))
  const ranked = rankedFormulas(corpus)
  const lines = [
    `formulas (the miner's list of the bundled collections, ${ranked.length} formulas, against ${labels.size} phrases labelled by reading in ${LABELS}):`,
  ]
  for (const [top, target] of FORMULA_TARGETS) lines.push(line(`top ${top}`, scoreFormulaList(ranked, labels, top), target))
  const chinese = ranked.filter(isChinesePhrase)
  const english = ranked.filter((text) => !isChinesePhrase(text))
  lines.push(line('top 50 English', scoreFormulaList(english, labels, 50)), line('top 50 Chinese', scoreFormulaList(chinese, labels, 50)))
  if (verbose) {
    const score = scoreFormulaList(ranked, labels, 200)
    lines.push(
      '  names and fragments in the top 200:',
      ...score.misses.map((m) => `    ${String(m.rank).padStart(3)}. ${m.label.padEnd(8)} ${m.text}`),
    )
    if (score.unlabelled.length) lines.push('  not labelled:', ...score.unlabelled.map((text) => `    ${text}`))
  }
  return lines.join('\n')
}
