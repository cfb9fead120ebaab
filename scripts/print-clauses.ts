/**
 * `npx tsx --conditions=react-server scripts/print-clauses.ts <file> [n]`: the
 * importer's clauses of a file's statement (the n-th, from 1; default the
 * first), numbered from 1 as the gold standards in data/gold number them.
 * The tool the golds were made with: print both statements, read them side by side.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseStatements } from '@/lib/ingest/parse-statements'

const [file, which = '1'] = process.argv.slice(2)
if (!file) {
  console.error('Usage: npx tsx --conditions=react-server scripts/print-clauses.ts <file> [n]')
  process.exit(2)
}
const result = parseStatements(readFileSync(file, 'utf8'), { fileName: path.basename(file) })
if (!result.ok) {
  console.error(result.error)
  process.exit(1)
}
const statement = result.statements[Number(which) - 1]
if (!statement) {
  console.error(`The file has ${result.statements.length} statements.`)
  process.exit(1)
}
console.log(
  `# ${statement.title} (${statement.date ?? 'undated'}) — ${statement.sections.reduce((n, s) => n + s.clauses.length, 0)} clauses`,
)
let n = 0
for (const section of statement.sections) {
  if (section.heading || section.label) console.log(`## ${[section.label, section.heading].filter(Boolean).join(' ')}`)
  for (const clause of section.clauses) console.log(`${++n}\t${clause.text}`)
}
