/**
 * `npm run cli -- import <files or folders…> [--dry-run]`: imports a batch of
 * files (PDF, Word, web pages, text), each in its own transaction, with a
 * progress bar on a terminal and a summary at the end; the formulas and the
 * corpus map are brought up to date once for the whole batch. With
 * --dry-run it prints what each file would give and writes nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { headedSectionsInWords } from '@/lib/vocab/section-name'
import type { Db } from '@/lib/services/database'
import { eachFile, importBatch } from '@/lib/services/import-files'
import { ImportError } from '@/lib/services/errors'
import { importFile, newPreviewBatch, previewFile, tooLarge, type FilePreview, type ImportLimits } from '@/lib/services/import-file'
import { describeParty } from '@/lib/parties/describe-party'
import { sameDateWords } from '@/lib/vocab/same-date'
import type { CliIo } from './io'

/** What a folder's files may be; a file named on the command line is read whatever its name. */
const IMPORTABLE = /\.(txt|text|pdf|docx|html?|xhtml)$/i

/** The files to import, in order: named files as they are, folders walked (hidden entries skipped). */
export function collectFiles(args: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = []
  const missing: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      if (entry.name.startsWith('.')) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && IMPORTABLE.test(entry.name)) files.push(full)
    }
  }
  for (const arg of args) {
    try {
      if (statSync(arg).isDirectory()) walk(arg)
      else files.push(arg)
    } catch {
      missing.push(arg)
    }
  }
  return { files, missing }
}

/** The file's bytes, refused by size before they are read. */
function readBytes(file: string, maxBytes: number): Uint8Array {
  const size = statSync(file).size
  if (size > maxBytes) throw new ImportError(tooLarge(size, maxBytes), 'too-large')
  return new Uint8Array(readFileSync(file))
}

function formatPreview(file: string, preview: FilePreview): string[] {
  const lines = [`${file}: ${preview.detail}, ${preview.statements.length} statement${preview.statements.length === 1 ? '' : 's'}`]
  for (const repair of preview.repairs) lines.push(`  repair: ${repair}`)
  for (const s of preview.statements) {
    lines.push(`  ${s.present ? `already present (${s.present})` : 'would import'}: ${s.title}`)
    lines.push(
      `    ${s.kind} · ${s.date ?? 'undated'} · ${s.place ?? '—'} · ${s.parties.map((p) => describeParty(p.code).nameEn).join('–') || '—'}${s.speaker ? ` · ${s.speaker}` : ''} · ${s.language} · ${headedSectionsInWords(s.sections)} · ${s.clauses} clause${s.clauses === 1 ? '' : 's'}`,
    )
    if (s.sameAs)
      lines.push(
        `    the same text as ${s.sameAs.slug}, ${sameDateWords(s.date, s.sameAs.date)} (${Math.round(s.sameAs.share * 100)}% of its clauses word for word): a second copy`,
      )
    if (s.sameInImport)
      lines.push(
        `    the same text as statement ${s.sameInImport.index + 1} of ${s.sameInImport.file}, ${sameDateWords(s.date)} (${Math.round(s.sameInImport.share * 100)}% of its clauses word for word): a second copy`,
      )
    for (const note of s.notes) lines.push(`    ${note.kind}: ${note.message}`)
  }
  return lines
}

export async function importCommand(db: Db, args: string[], io: CliIo, limits: ImportLimits): Promise<number> {
  const maxBytes = typeof limits === 'number' ? limits : limits.maxImportBytes
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } })
  if (positionals.length === 0) {
    io.err('Name at least one file or folder to import: npm run cli -- import <files or folders…> [--dry-run]')
    return 2
  }
  const { files, missing } = collectFiles(positionals)
  const failures: { file: string; reason: string }[] = missing.map((file) => ({
    file,
    reason: 'The file does not exist or cannot be read.',
  }))
  for (const failure of failures) io.err(`${failure.file}: ${failure.reason}`)
  if (files.length === 0 && failures.length === 0) {
    io.err('No files to import there: Tongwen imports .txt, .pdf, .docx and .html files.')
    return 1
  }
  const dryRun = values['dry-run']
  const named = files.map((file) => ({ name: file, file }))
  const start = (k: number, file: string) => io.progress?.(k, files.length, path.basename(file))
  const fail = (name: string, error: string) => {
    failures.push({ file: name, reason: error })
    io.err(`${name}: ${error}`)
  }
  if (dryRun) {
    const batch = newPreviewBatch()
    await eachFile(
      named,
      async ({ file }, k) => {
        start(k, file)
        return { preview: await previewFile(db, path.basename(file), readBytes(file, maxBytes), limits, batch) }
      },
      (result) =>
        result.ok ? formatPreview(result.name, result.preview).forEach((line) => io.out(line)) : fail(result.name, result.error),
    )
    io.progress?.(files.length, files.length, '')
  } else {
    let present = 0
    let filesImported = 0
    // the formulas are mined once for the batch (lib/services/import-files), not after every file
    const batch = await importBatch(
      db,
      named,
      async ({ file }, k) => {
        start(k, file)
        return importFile(db, path.basename(file), readBytes(file, maxBytes), limits, { formulas: 'defer' })
      },
      {
        onFile: (result) => {
          if (!result.ok) return fail(result.name, result.error)
          present += result.present.length
          if (result.imported.length) filesImported++
          const parts = []
          if (result.imported.length) parts.push(`imported ${result.imported.length} (${result.imported.join(', ')})`)
          if (result.present.length) parts.push(`already present ${result.present.length} (${result.present.join(', ')})`)
          io.out(`${result.name}: ${result.detail}; ${parts.join('; ')}`)
          for (const doubt of result.doubts) io.out(`  doubt, ${doubt.slug}: ${doubt.message}`)
        },
      },
    )
    io.progress?.(files.length, files.length, '')
    const { imported, formulas: build, mapPairs: pairs } = batch
    if (build && files.length > 1) {
      io.out(
        `formulas: mined again from ${build.statementCount} statements (${build.formulaCount} formulas, ${(build.durationMs / 1000).toFixed(1)} s)`,
      )
    }
    if (pairs) io.out(`corpus map: ${pairs} new pair${pairs === 1 ? '' : 's'} of statements compared`)
    if (batch.problem) io.err(batch.problem.replace('the server’s log says why', 'the error is above'))
    io.out(
      `Summary: ${imported} statement${imported === 1 ? '' : 's'} imported from ${filesImported} file${filesImported === 1 ? '' : 's'}; ${present} already present; ${failures.length} file${failures.length === 1 ? '' : 's'} failed.`,
    )
    for (const failure of failures) io.out(`  failed: ${failure.file}: ${failure.reason}`)
  }
  return failures.length ? 1 : 0
}
