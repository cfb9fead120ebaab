/**
 * Importing a batch of files — an upload of several, a folder on the command
 * line, the bundled collections — one use case: each file in its own
 * transaction (a file the importer refuses becomes that file's reason, and
 * the others go on), then the formulas mined once for the whole batch and the
 * corpus map's new pairs computed.
 */
import type { Db } from '@/lib/db/client'
import type { FormulaBuildState } from '@/lib/db/formulas'
import { ImportError } from './errors'
import { rebuildFormulas } from './rebuild-formulas'
import type { ImportReport } from './save-statements'
import { warmSimilarityMap } from './similarity-map'

/** One file's outcome: its result, or the one-line reason the importer refused it. */
export type FileResult<T> = ({ name: string; ok: true } & T) | { name: string; ok: false; error: string }

/** Runs a step on each file in turn; a file the importer refuses (ImportError) becomes its `{ ok: false, error }`. */
export async function eachFile<F extends { name: string }, T extends object>(
  files: readonly F[],
  step: (file: F, index: number) => Promise<T>,
  onFile?: (result: FileResult<T>, index: number) => void,
): Promise<FileResult<T>[]> {
  const results: FileResult<T>[] = []
  for (const [index, file] of files.entries()) {
    let result: FileResult<T>
    try {
      result = { name: file.name, ok: true, ...(await step(file, index)) }
    } catch (error) {
      if (!(error instanceof ImportError)) throw error
      result = { name: file.name, ok: false, error: error.message }
    }
    results.push(result)
    onFile?.(result, index)
  }
  return results
}

export interface BatchReport<T> {
  files: FileResult<T>[]
  /** statements written, over all files */
  imported: number
  /** the formula set mined again, when the batch wrote a statement */
  formulas: FormulaBuildState | null
  /** pairs of statements the corpus map compared anew */
  mapPairs: number
  /** what failed after the files were saved (their statements stay saved): updating the formulas or the map */
  problem?: string
}

/**
 * Imports each file with `importOne`, which must defer the formulas (its
 * save's `formulas: 'defer'`), so that they are mined once, here, for the
 * batch; then the map's new pairs are computed unless `warmMap` is false.
 */
export async function importBatch<F extends { name: string }, T extends ImportReport>(
  db: Db,
  files: readonly F[],
  importOne: (file: F, index: number) => Promise<T>,
  { warmMap = true, onFile }: { warmMap?: boolean; onFile?: (result: FileResult<T>, index: number) => void } = {},
): Promise<BatchReport<T>> {
  const results = await eachFile(files, importOne, onFile)
  const imported = results.reduce((n, r) => n + (r.ok ? r.imported.length : 0), 0)
  if (!imported) return { files: results, imported, formulas: null, mapPairs: 0 }
  // the files are saved, each in its own transaction: what fails now is said beside them, not as the import's failure
  let formulas: FormulaBuildState | null = null
  try {
    formulas = await db.$transaction((tx) => rebuildFormulas(tx, { incremental: true }), { timeout: 3_600_000, maxWait: 30_000 })
  } catch (error) {
    console.error(error)
    const problem = 'The statements are saved, but the formulas could not be updated (the server’s log says why): run npm run cli -- mine.'
    return { files: results, imported, formulas, mapPairs: 0, problem }
  }
  let mapPairs = 0
  try {
    mapPairs = warmMap ? await warmSimilarityMap(db) : 0
  } catch (error) {
    console.error(error)
    return {
      files: results,
      imported,
      formulas,
      mapPairs,
      problem: 'The statements are saved, but the map could not be updated (the server’s log says why).',
    }
  }
  return { files: results, imported, formulas, mapPairs }
}
