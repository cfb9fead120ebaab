/**
 * `npm run bench [-- --json]`: how long the pipeline takes on the bundled
 * corpus, against naive baselines measured in the same run. Later work adds
 * rows here; `--json` prints [{name, median_ms, baseline_median_ms?, ratio?, peak_mb?}].
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { diffWords } from 'diff'
import { compareStatementFromParsed } from '@/lib/compare/from-parsed'
import { compareStatements } from '@/lib/compare/compare-statements'
import { createDb } from '@/lib/db/client'
import { importText } from '@/lib/db/import'
import { applyMigrations } from '@/lib/db/migrations'
import { CORPUS_DIR } from '@/lib/db/setup'
import { parseStatements } from '@/lib/ingest/parse-statements'
import type { ParsedStatement } from '@/lib/ingest/types'
import { formatResults, runBenchmark, type Benchmark, type BenchResult } from './bench/harness'

const CORPUS_FILE = path.join(CORPUS_DIR, 'xinhua-2019-06-xi-state-visits.txt')

function bundledStatements(text: string): ParsedStatement[] {
  const parsed = parseStatements(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.statements
}

/** The whole text of a statement as a naive tool would diff it: clauses joined. */
const plainText = (statement: ParsedStatement) => statement.sections.flatMap((s) => s.clauses.map((c) => c.text)).join('\n')

async function main(): Promise<void> {
  const json = process.argv.includes('--json')
  const text = readFileSync(CORPUS_FILE, 'utf8')
  const statements = bundledStatements(text)
  const [kyrgyzstan, tajikistan] = [statements[4], statements[7]] as [ParsedStatement, ParsedStatement]
  const a = compareStatementFromParsed(kyrgyzstan, 'a')
  const b = compareStatementFromParsed(tajikistan, 'b')
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

  // Each import goes into a fresh copy of a migrated, empty database.
  const dir = mkdtempSync(path.join(tmpdir(), 'tongwen-bench-'))
  const template = path.join(dir, 'template.db')
  await applyMigrations(`file:${template}`)
  let copy = 0

  const benchmarks: Benchmark[] = [
    { name: 'parse the bundled file (8 releases, 89 KB)', run: () => bundledStatements(text) },
    {
      name: 'import the bundled file into SQLite (parse + one transaction)',
      iterations: 15,
      run: async () => {
        const file = path.join(dir, `run-${copy++}.db`)
        copyFileSync(template, file)
        const db = createDb(`file:${file}`)
        try {
          await importText(db, 'bundled.txt', text)
        } finally {
          await db.$disconnect()
        }
      },
    },
    {
      name: 'align + diff China–Kyrgyzstan vs China–Tajikistan (docs 5 and 8)',
      run: () => compareStatements(a, b),
      baseline: { name: 'jsdiff diffWords (Intl.Segmenter) over the two whole texts', run: () => diffWords(plainText(kyrgyzstan), plainText(tajikistan), { intlSegmenter: segmenter }) },
    },
  ]
  const results: BenchResult[] = []
  try {
    for (const benchmark of benchmarks) {
      results.push(await runBenchmark(benchmark))
      if (!json) process.stderr.write(`  measured: ${benchmark.name}\n`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  process.stdout.write(`${json ? JSON.stringify(results, null, 2) : formatResults(results)}\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
