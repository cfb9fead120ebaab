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
import type { Db } from '@/lib/db/client'
import { rebuildFormulas } from '@/lib/services/formulas'
import { ImportError } from '@/lib/services/errors'
import { importFile, previewFile, tooLarge, type FilePreview, type ImportLimits } from '@/lib/services/import-file'
import { warmSimilarityMap } from '@/lib/services/similarity-map'
import { describeParty } from '@/lib/parties/describe-party'
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
      `    ${s.kind} · ${s.date ?? 'undated'} · ${s.place ?? '—'} · ${s.parties.map((p) => describeParty(p.code).nameEn).join('–') || '—'}${s.speaker ? ` · ${s.speaker}` : ''} · ${s.language} · ${s.sections.length} sections · ${s.clauses} clauses`,
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
  let imported = 0
  let present = 0
  let filesImported = 0
  for (const [k, file] of files.entries()) {
    io.progress?.(k, files.length, path.basename(file))
    try {
      const bytes = readBytes(file, maxBytes)
      if (dryRun) {
        for (const line of formatPreview(file, await previewFile(db, path.basename(file), bytes, limits))) io.out(line)
        continue
      }
      // in a batch the formulas are mined once at the end, not after every file
      const report = await importFile(db, path.basename(file), bytes, limits, { formulas: files.length > 1 ? 'defer' : 'rebuild' })
      imported += report.imported.length
      present += report.present.length
      if (report.imported.length) filesImported++
      const parts = []
      if (report.imported.length) parts.push(`imported ${report.imported.length} (${report.imported.join(', ')})`)
      if (report.present.length) parts.push(`already present ${report.present.length} (${report.present.join(', ')})`)
      io.out(`${file}: ${report.detail}; ${parts.join('; ')}`)
      for (const doubt of report.doubts) io.out(`  doubt, ${doubt.slug}: ${doubt.message}`)
    } catch (error) {
      if (!(error instanceof ImportError)) throw error
      failures.push({ file, reason: error.message })
      io.err(`${file}: ${error.message}`)
    }
  }
  io.progress?.(files.length, files.length, '')
  if (!dryRun) {
    if (imported && files.length > 1) {
      const build = await db.$transaction((tx) => rebuildFormulas(tx), { timeout: 3_600_000 })
      io.out(
        `formulas: mined again from ${build.statementCount} statements (${build.formulaCount} formulas, ${(build.durationMs / 1000).toFixed(1)} s)`,
      )
    }
    if (imported) {
      const pairs = await warmSimilarityMap(db)
      if (pairs) io.out(`corpus map: ${pairs} new pair${pairs === 1 ? '' : 's'} of statements compared`)
    }
    io.out(
      `Summary: ${imported} statement${imported === 1 ? '' : 's'} imported from ${filesImported} file${filesImported === 1 ? '' : 's'}; ${present} already present; ${failures.length} file${failures.length === 1 ? '' : 's'} failed.`,
    )
    for (const failure of failures) io.out(`  failed: ${failure.file}: ${failure.reason}`)
  }
  return failures.length ? 1 : 0
}
