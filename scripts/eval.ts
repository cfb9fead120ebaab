/**
 * `npm run eval [-- --threshold 0.25] [--no-mask] [--sweep] [--grid] [--apart] [--json]`: the
 * aligner against the hand-made gold standards in data/gold/: precision,
 * recall and F1 of its links, and every wrong or missed link with its clauses.
 * --sweep scores a range of thresholds instead, to choose the default;
 * --grid also varies the aligner's other settings and prints the best.
 * --collation scores the collator against the gold collations only (scripts/eval/collation.ts;
 *   --verbose lists each wrong and missed link, --calibrate chooses its sure-link bars on the pairwise golds).
 * --apart chooses how far a pair below the sure bar must stand out from its rival (scripts/eval/apart.ts).
 * --import scores the importer on the real collection instead (scripts/eval/import-collection.ts).
 * --formulas scores the formula list against phrases labelled by reading (scripts/eval/formulas.ts; --verbose lists the misses).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { AlignOptions } from '@/lib/align/types'
import type { CompareOptions } from '@/lib/compare/types'
import { goldSchema, type Gold } from '@/lib/eval/gold'
import { evaluateGold, type GoldEvaluation } from '@/lib/eval/evaluate-gold'
import { runImportEval } from './eval/import-collection'
import { loadCorpus } from './eval/load-statements'
import { calibrateSureLinks, evaluateCollations, reportCollationPairs, reportCollations, scoreCollationPairs } from './eval/collation'
import { reportFormulas } from './eval/formulas'
import { calibrateApart } from './eval/apart'
import { reportDiffWords } from './eval/diff-words'
import { DEFAULT_COLLATE_OPTIONS } from '@/lib/collate/collate-statements'
import { parseCompareOptions } from '@/lib/url/compare-options'
import { invalidFor } from '@/lib/url/params'

const GOLD_DIR = path.join('data', 'gold')

/** The golds of data/gold and of data/gold/collection (pairs from the real collection). */
function loadGolds(): { file: string; gold: Gold }[] {
  const files = [GOLD_DIR, path.join(GOLD_DIR, 'collection')].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(dir, name)),
  )
  return files.map((file) => {
    const parsed = goldSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    if (!parsed.success) throw new Error(`${file} is not a valid gold file: ${parsed.error.issues[0]?.message}`)
    return { file, gold: parsed.data }
  })
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const clip = (text: string) => ([...text].length > 34 ? `${[...text].slice(0, 34).join('')}…` : text)

function report(file: string, e: GoldEvaluation): string {
  const { score } = e
  const lines = [
    `${e.gold.name}`,
    `  ${file}: ${score.correct.length + score.missed.length} sure gold links (and ${e.possible} possible), ${score.correct.length + score.allowed.length + score.wrong.length} predicted (${score.allowed.length} of them possible)`,
    `  precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}`,
    `  sure rows alone (the page marks the others unsure): precision ${pct(e.sureScore.precision)}  recall ${pct(e.sureScore.recall)}  F1 ${pct(e.sureScore.f1)}`,
  ]
  if (score.wrong.length)
    lines.push(
      `  wrong links (${score.wrong.length}):`,
      ...score.wrong.map((l) => `    A${l.a}–B${l.b}  ${clip(e.textA(l.a))} | ${clip(e.textB(l.b))}`),
    )
  if (score.missed.length)
    lines.push(
      `  missed links (${score.missed.length}):`,
      ...score.missed.map((l) => `    A${l.a}–B${l.b}  ${clip(e.textA(l.a))} | ${clip(e.textB(l.b))}`),
    )
  return lines.join('\n')
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      threshold: { type: 'string' },
      'no-mask': { type: 'boolean', default: false },
      sweep: { type: 'boolean', default: false },
      grid: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      import: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      collation: { type: 'boolean', default: false },
      calibrate: { type: 'boolean', default: false },
      apart: { type: 'boolean', default: false },
      sure: { type: 'string' },
      'pair-threshold': { type: 'string' },
      formulas: { type: 'boolean', default: false },
    },
  })
  if (values.import) return runImportEval({ verbose: values.verbose, json: values.json })
  const corpus = loadCorpus()
  if (values.formulas) {
    console.log(await reportFormulas(corpus, values.verbose))
    return 0
  }
  if (values.collation && values.calibrate) {
    console.log(
      calibrateSureLinks(
        corpus,
        loadGolds().map(({ gold }) => gold),
      ),
    )
    return 0
  }
  if (values.apart) {
    console.log(calibrateApart(corpus, loadGolds()))
    return 0
  }
  if (values.collation) {
    const evaluations = evaluateCollations(corpus, {
      ...DEFAULT_COLLATE_OPTIONS,
      ...(values.sure ? { sure: Number(values.sure) } : {}),
      ...(values['pair-threshold'] ? { threshold: Number(values['pair-threshold']) } : {}),
    })
    if (values.json)
      console.log(
        JSON.stringify(
          evaluations.map(({ file, score, sure, ms }) => ({ file, ...score, withoutUnsureCells: sure, ms })),
          null,
          2,
        ),
      )
    else console.log(reportCollations(evaluations, corpus, values.verbose))
    return 0
  }
  const golds = loadGolds()
  const options = parseCompareOptions({ threshold: values.threshold, mask: values['no-mask'] ? '0' : undefined })
  if (!options.ok) {
    console.error(invalidFor(options, { threshold: '--threshold' }))
    process.exit(2)
  }
  const base: CompareOptions = options.options
  const run = (options: CompareOptions, settings: Partial<AlignOptions> = {}) =>
    golds.map(({ file, gold }) => {
      const result = evaluateGold(gold, corpus, options, settings)
      if (!result.ok) throw new Error(`${file} does not fit the bundled corpus:\n  ${result.problems.join('\n  ')}`)
      return { file, evaluation: result.evaluation }
    })
  if (values.grid) {
    const grid = {
      threshold: [0.22, 0.25, 0.28],
      contextWeight: [0, 0.3],
      attachGain: [0.05, 0.1],
      moveThreshold: [0.15, 0.2],
      parallelShare: [0.3, 0.4],
    }
    const rows: { key: string; f1: number; text: string }[] = []
    for (const threshold of grid.threshold)
      for (const contextWeight of grid.contextWeight)
        for (const attachGain of grid.attachGain)
          for (const moveThreshold of grid.moveThreshold)
            for (const parallelShare of grid.parallelShare) {
              const results = run({ ...base, threshold }, { contextWeight, attachGain, moveThreshold, parallelShare })
              const text = results.map((r) => `${pct(r.evaluation.score.f1)} / ${r.evaluation.score.wrong.length}`).join('   ')
              const f1 = results.reduce((sum, r) => sum + r.evaluation.score.f1, 0) / results.length
              rows.push({
                key: `threshold ${threshold} context ${contextWeight} attachGain ${attachGain} move ${moveThreshold} parallel ${parallelShare}`,
                f1,
                text,
              })
            }
    rows.sort((x, y) => y.f1 - x.f1)
    console.log('best settings (mean F1 over the golds; per gold: F1 / wrong links)')
    for (const row of rows.slice(0, 15)) console.log(`${row.key.padEnd(80)} ${row.text}`)
    return 0
  }
  if (values.sweep) {
    const thresholds = Array.from({ length: 11 }, (_, k) => Math.round((0.15 + k * 0.03) * 100) / 100)
    console.log(`threshold  ${golds.map(({ gold }) => gold.a.slug.slice(11) + ' vs …').join('  ')}  (F1 / wrong links)`)
    for (const threshold of thresholds) {
      const results = run({ ...base, threshold })
      console.log(
        `${threshold.toFixed(2).padEnd(9)}  ${results.map((r) => `${pct(r.evaluation.score.f1)} / ${r.evaluation.score.wrong.length}`).join('   ')}`,
      )
    }
    return 0
  }
  const results = run(base)
  if (values.json) {
    const rows = results.map(({ file, evaluation: { gold, score, sureScore } }) => ({
      file,
      name: gold.name,
      precision: score.precision,
      recall: score.recall,
      f1: score.f1,
      sure: { precision: sureScore.precision, recall: sureScore.recall, f1: sureScore.f1 },
      wrong: score.wrong,
      missed: score.missed,
    }))
    console.log(JSON.stringify({ options: base, results: rows }, null, 2))
    return 0
  }
  console.log(`options: threshold ${base.threshold}, party mask ${base.mask ? 'on' : 'off'}\n`)
  console.log(results.map(({ file, evaluation }) => report(file, evaluation)).join('\n\n'))
  console.log(
    "\nsummary (precision / recall / F1), of every paired row and of the sure rows alone (a pair below the language's sure bar, lib/compare/sure-link, is marked unsure on the page):",
  )
  console.log(`  ${''.padEnd(36)} ${'all rows'.padEnd(22)}  sure rows`)
  const cells = (score: GoldEvaluation['score']) => [score.precision, score.recall, score.f1].map((x) => pct(x).padStart(6)).join(' ')
  for (const { file, evaluation } of results)
    console.log(`  ${path.basename(file, '.json').padEnd(36)} ${cells(evaluation.score)}  ${cells(evaluation.sureScore)}`)
  const mean = (key: 'score' | 'sureScore'): GoldEvaluation['score'] => {
    const of = (f: (s: GoldEvaluation['score']) => number) => results.reduce((sum, r) => sum + f(r.evaluation[key]), 0) / results.length
    return {
      precision: of((s) => s.precision),
      recall: of((s) => s.recall),
      f1: of((s) => s.f1),
      correct: [],
      allowed: [],
      wrong: [],
      missed: [],
    }
  }
  console.log(`  ${'mean'.padEnd(36)} ${cells(mean('score'))}  ${cells(mean('sureScore'))}`)
  console.log(
    `\n${reportCollationPairs(
      scoreCollationPairs(
        corpus,
        golds.map((g) => g.gold),
      ),
    )}`,
  )
  console.log(
    `\n${reportDiffWords(
      corpus,
      golds.map((g) => g.gold),
    )}`,
  )
  console.log(`\n${reportCollations(evaluateCollations(corpus), corpus, false)}`)
  console.log(`\n${await reportFormulas(corpus, false)}`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
