/**
 * The statements the hand-made golds name, without a database: the Xinhua
 * corpus by slug, and the real collection's by file name without extension.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compareStatementFromParsed } from '@/lib/compare/from-parsed'
import type { CompareStatement } from '@/lib/compare/types'
import { parseStatements } from '@/lib/ingest/parse-statements'
import { assignSlugs } from '@/lib/ingest/slug'
import { collectionNames, COLLECTIONS_DIR, corpusFiles, readManifest } from '@/lib/collections/bundled'

/**
 * The statements the golds name: the Xinhua corpus by slug, and the real
 * collection's by file name without extension (as data/gold/collection names them).
 */
export function loadCorpus(): Map<string, CompareStatement> {
  const parsed = corpusFiles().flatMap((file) => {
    const result = parseStatements(readFileSync(file, 'utf8'))
    if (!result.ok) throw new Error(`${file}: ${result.error}`)
    return result.statements
  })
  const slugs = assignSlugs(parsed)
  const statements = new Map(parsed.map((statement, k) => [slugs[k] as string, compareStatementFromParsed(statement, slugs[k] as string)]))
  for (const name of collectionNames()) {
    for (const entry of readManifest(name).statements) {
      const result = parseStatements(readFileSync(path.join(COLLECTIONS_DIR, name, entry.file), 'utf8'), { fileName: entry.file })
      const first = result.ok ? result.statements[0] : undefined
      const key = entry.file.replace(/\.[a-z]+$/, '')
      if (first) statements.set(key, compareStatementFromParsed(first, key))
    }
  }
  return statements
}
