/**
 * `npm run eval -- --formulas [--verbose]` (and the end of `npm run eval`):
 * the formula miner on the bundled collections against the phrases labelled
 * by reading in data/gold/formulas (see its README): the share of formulas
 * among the first 50 and 200 it lists (issue 13's targets: 95% and 90%), in
 * all and per language; then the same collections mined in shards
 * (lib/formulas/sharded) against the whole-corpus miner: what sharding loses;
 * --verbose lists the names and fragments among them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CompareStatement } from '@/lib/compare/types'
import { formulaLabelsSchema, labelMap, scoreFormulaList, type FormulaPrecision } from '@/lib/eval/formula-labels'
import { plainFormula } from '@/lib/formulas/label'
import { formulaRecords, numberedSources, sourceCharacters } from '@/lib/formulas/records'
import { DEFAULT_MINING_OPTIONS } from '@/lib/formulas/mine-formulas'
import { shardedFormulaRecords, shardsOf } from '@/lib/formulas/sharded'
import { shardedAgreement } from '@/lib/eval/sharded-agreement'
import type { FormulaRecord, FormulaSourceStatement } from '@/lib/formulas/types'
import { isChinesePhrase } from '@/lib/formulas/names'

const LABELS = path.join('data', 'gold', 'formulas', 'labels.json')
export const FORMULA_TARGETS: readonly [top: number, target: number][] = [
  [50, 0.95],
  [200, 0.9],
]

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

/** The collections as the miner reads them from a database: with their language, and their date (the slug's first part). */
function sourcesOf(corpus: ReadonlyMap<string, CompareStatement>): FormulaSourceStatement[] {
  return numberedSources(
    [...corpus.values()].map((statement) => ({
      parties: statement.parties,
      clauses: statement.clauses,
      language: statement.language ?? 'zh',
      date: /^\d{4}-\d{2}-\d{2}/.exec(statement.slug)?.[0] ?? null,
    })),
  )
}

/** The formulas as the list ranks them — the heads of their families — in plain text (〈X〉 for a masked name). */
const ranked = (records: readonly FormulaRecord[]): string[] =>
  records.filter((record) => record.kind === 'formula' && record.familyId === record.id).map((record) => plainFormula(record.text))

/**
 * Shards a quarter of the collections' text: English, the larger part, is
 * mined in four, Chinese in one (a sharded mining only starts past
 * FULL_MINING_LIMIT, larger than the collections; this measures what
 * sharding loses where the whole-corpus miner can still be run).
 */
const shardShare = 0.25

function line(label: string, score: FormulaPrecision, target?: number): string {
  const { formula, name, fragment } = score.counts
  const verdict = target === undefined ? '' : `  target ${pct(target)}: ${score.precision >= target ? 'met' : 'below'}`
  const unlabelled = score.unlabelled.length ? `; ${score.unlabelled.length} not labelled, left out` : ''
  return `  ${label.padEnd(16)} precision ${pct(score.precision).padStart(6)}  (${formula} formulas, ${name} names, ${fragment} fragments${unlabelled})${verdict}`
}

export async function reportFormulas(corpus: ReadonlyMap<string, CompareStatement>, verbose: boolean): Promise<string> {
  const labels = labelMap(formulaLabelsSchema.parse(JSON.parse(readFileSync(LABELS, 'utf8'))))
  const sources = sourcesOf(corpus)
  const records = formulaRecords(sources)
  const list = ranked(records)
  const lines = [
    `formulas (the miner's list of the bundled collections, ${list.length} formulas, against ${labels.size} phrases labelled by reading in ${LABELS}):`,
  ]
  for (const [top, target] of FORMULA_TARGETS) lines.push(line(`top ${top}`, scoreFormulaList(list, labels, top), target))
  const chinese = list.filter(isChinesePhrase)
  const english = list.filter((text) => !isChinesePhrase(text))
  lines.push(line('top 50 English', scoreFormulaList(english, labels, 50)), line('top 50 Chinese', scoreFormulaList(chinese, labels, 50)))
  // what the rules cost: of the phrases labelled formula, how many the miner lists as formulas (heads or members of a family)
  const listed = new Set(records.filter((record) => record.kind === 'formula').map((record) => plainFormula(record.text)))
  const labelledFormulas = [...labels].filter(([, label]) => label === 'formula').map(([text]) => text)
  lines.push(`  formulas (heads and members of families): ${listed.size}`)
  lines.push(`  labelled formulas listed: ${labelledFormulas.filter((text) => listed.has(text)).length} of ${labelledFormulas.length}`)
  lines.push(...(await shardedLines(sources, records, labels, verbose)))
  if (verbose) {
    const score = scoreFormulaList(list, labels, 200)
    lines.push(
      '  names and fragments in the top 200:',
      ...score.misses.map((m) => `    ${String(m.rank).padStart(3)}. ${m.label.padEnd(8)} ${m.text}`),
    )
    if (score.unlabelled.length) lines.push('  not labelled:', ...score.unlabelled.map((text) => `    ${text}`))
    lines.push(
      '  names and fragments in the Chinese top 50 (rank among the Chinese):',
      ...scoreFormulaList(chinese, labels, 50).misses.map((m) => `    ${String(m.rank).padStart(3)}. ${m.label.padEnd(8)} ${m.text}`),
    )
  }
  return lines.join('\n')
}

/** The same collections mined in shards (lib/formulas/sharded): its list against the labels, and against the whole-corpus miner's. */
async function shardedLines(
  sources: FormulaSourceStatement[],
  whole: readonly FormulaRecord[],
  labels: ReturnType<typeof labelMap>,
  verbose: boolean,
): Promise<string[]> {
  const shardCharacters = Math.ceil(sourceCharacters(sources) * shardShare)
  const shards = shardsOf(sources, shardCharacters)
  const sharded = await shardedFormulaRecords(sources, DEFAULT_MINING_OPTIONS, { shardCharacters })
  const list = ranked(sharded)
  const agreement = shardedAgreement(whole, sharded)
  const perLanguage = ['en', 'zh']
    .map((language) => `${language} ${shards.filter((shard) => shard[0]?.language === language).length}`)
    .join(', ')
  const bands = agreement.bands
    .map(({ from, to, whole: count, found }) => `${to === Infinity ? `${from}+` : from === to ? from : `${from}–${to}`}: ${found}/${count}`)
    .join(', ')
  return [
    `  mined in shards of ${shardCharacters.toLocaleString('en')} characters (${perLanguage}) instead of whole: ${sharded.length} formulas against ${whole.length}`,
    `    the whole list's formulas it finds, by statements using them: ${bands}`,
    `    listed by it alone: ${agreement.onlySharded}; of the ${agreement.shared} both list, counted alike: ${agreement.countedAlike}`,
    ...FORMULA_TARGETS.map(([top]) => `  ${line(`sharded top ${top}`, scoreFormulaList(list, labels, top))}`),
    ...(verbose ? scoreFormulaList(list, labels, 200).unlabelled.map((text) => `    not labelled (sharded top 200): ${text}`) : []),
  ]
}
