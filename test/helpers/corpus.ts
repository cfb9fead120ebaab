import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { compareStatementFromParsed } from '@/lib/compare/from-parsed'
import { parseStatements } from '@/lib/ingest/parse-statements'
import { slugBase } from '@/lib/ingest/slug'
import type { ParsedStatement } from '@/lib/ingest/types'

export const CORPUS_FILE = path.join(import.meta.dirname, '../../data/corpus/xinhua-2019-06-xi-state-visits.txt')

export function corpusText(): string {
  return readFileSync(CORPUS_FILE, 'utf8')
}

let parsed: ParsedStatement[] | undefined

/** The eight statements of the bundled file, parsed once per test file. */
export function corpusStatements(): ParsedStatement[] {
  if (!parsed) {
    const result = parseStatements(corpusText())
    if (!result.ok) throw new Error(result.error)
    parsed = result.statements
  }
  return parsed
}

/** Statement n of the table in the foundation issue (1-based). */
export function corpusStatement(n: number): ParsedStatement {
  const statement = corpusStatements()[n - 1]
  if (!statement) throw new Error(`the bundled corpus has no statement ${n}`)
  return statement
}

export function allClauseTexts(statement: ParsedStatement): string[] {
  return statement.sections.flatMap((s) => s.clauses.map((c) => c.text))
}

/** The comparison input for statement n, without a database. */
export function corpusCompareStatement(n: number) {
  const statement = corpusStatement(n)
  return compareStatementFromParsed(statement, slugBase(statement))
}

export const KYRGYZSTAN = 5
export const TAJIKISTAN = 8

/** The slugs the importer gives the Kyrgyzstan and Tajikistan statements of the bundled corpus. */
export const KG_SLUG = '2019-06-13-china-kyrgyzstan-joint-statement'
export const TJ_SLUG = '2019-06-15-china-tajikistan-joint-statement'

/** A statement of the bundled real collection by its file name without extension (as the golds name them), without a database. */
export function collectionCompareStatement(name: string) {
  const root = path.join(import.meta.dirname, '../../data/collections')
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const file = readdirSync(path.join(root, folder.name)).find((f) => f.replace(/\.[a-z]+$/, '') === name)
    if (!file) continue
    const result = parseStatements(readFileSync(path.join(root, folder.name, file), 'utf8'), { fileName: file })
    if (!result.ok || !result.statements[0]) throw new Error(`${file}: ${result.ok ? 'no statement' : result.error}`)
    return compareStatementFromParsed(result.statements[0], name)
  }
  throw new Error(`the bundled collection has no statement named ${name}`)
}

export const UAE_NAME = '2019-07-23-china-united-arab-emirates-joint-statement'
