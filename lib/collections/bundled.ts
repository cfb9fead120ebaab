/**
 * The bundled collections (files, not the database: lib/db imports them): the Xinhua releases of June 2019 (data/corpus/) and
 * the real collection of published statements (data/collections/<name>/, each
 * with a manifest.json naming its files, their source and legal basis). A new
 * database is given the collections the configuration names (TONGWEN_COLLECTIONS).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { manifestSchema, type Manifest } from '@/lib/eval/import-accuracy'

export const CORPUS_DIR = path.join('data', 'corpus')
export const COLLECTIONS_DIR = path.join('data', 'collections')
/** The name of the collection in data/corpus. */
export const XINHUA = 'xinhua'

/** The bundled corpus files, in name order. */
export function corpusFiles(root = process.cwd()): string[] {
  const dir = path.join(root, CORPUS_DIR)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name))
}

/** A collection's manifest, validated; throws one line naming the file when it is not valid. */
export function readManifest(name: string, root = process.cwd()): Manifest {
  const file = path.join(root, COLLECTIONS_DIR, name, 'manifest.json')
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${file} is not a valid manifest: ${issue?.path.join('.')}: ${issue?.message}`)
  }
  return parsed.data
}

/** The real collections in data/collections (folders with a manifest), in name order. */
export function collectionNames(root = process.cwd()): string[] {
  const dir = path.join(root, COLLECTIONS_DIR)
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'manifest.json')))
    .map((entry) => entry.name)
    .sort()
}

/** The files of the named collections, in import order: the Xinhua corpus first, then each collection's manifest order. */
export function bundledFiles(names: readonly string[], root = process.cwd()): string[] {
  const files: string[] = []
  if (names.includes(XINHUA)) files.push(...corpusFiles(root))
  for (const name of collectionNames(root)) {
    if (!names.includes(name)) continue
    const manifest = readManifest(name, root)
    files.push(...manifest.statements.map((entry) => path.join(root, COLLECTIONS_DIR, name, entry.file)))
  }
  return files
}
