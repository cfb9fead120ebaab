/**
 * Saving parsed statements: one transaction per file, so a file is imported
 * whole or not at all; idempotent, so importing the same text again reports
 * what is already present and writes nothing.
 */
import { createHash } from 'node:crypto'
import { comparableClause } from '@/lib/compare/comparable'
import { parseStatements } from '@/lib/ingest/parse-statements'
import { slugBase } from '@/lib/ingest/slug'
import type { ParsedStatement } from '@/lib/ingest/types'
import { buildPartyMask } from '@/lib/parties/party-mask'
import { describeParty } from '@/lib/parties/describe-party'
import { normalizeForComparison } from '@/lib/text/normalize'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Db } from './client'
import { rebuildFormulas } from './formulas'
import { lockForWriting } from './write-lock'

export interface ImportReport {
  /** slugs of the statements written */
  imported: string[]
  /** slugs of statements that were already in the database */
  present: string[]
  /** what the importer doubts about the statements it wrote (a year it could not find …) */
  doubts: { slug: string; message: string }[]
  /** formulas in the corpus after the import, when it changed the corpus (they are mined again) */
  formulas?: number
}

/** The import failed for a reason the user can act on; the database is unchanged. */
export class ImportError extends Error {
  override name = 'ImportError'
}

type Tx = Prisma.TransactionClient

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Identity of a statement's content: title and clause texts in comparison form. */
export function contentHash(statement: ParsedStatement): string {
  const body = statement.sections.flatMap((s) => s.clauses.map((c) => normalizeForComparison(c.text).text))
  return sha256([normalizeForComparison(statement.title).text, statement.kind, ...body].join('\n'))
}

/**
 * Parses a file's text and saves its statements in one transaction.
 * Throws ImportError with a one-line reason when the text holds no statement.
 */
export async function importText(db: Db, name: string, text: string): Promise<ImportReport> {
  const parsed = parseStatements(text)
  if (!parsed.ok) throw new ImportError(parsed.error)
  return saveStatements(db, name, text, parsed.statements)
}

/** What the reader changed in a preview before saving: metadata only (the text is the file's). */
export interface StatementEdit {
  /** leave this statement out of the import */
  skip?: boolean
  title?: string
  subtitle?: string | null
  kind?: ParsedStatement['kind']
  date?: string | null
  place?: string | null
  speaker?: string | null
  /** gazetteer codes, or zh:/en: names */
  parties?: string[]
}

export interface SaveOptions {
  /** by statement index; statements without an entry are saved as parsed */
  edits?: readonly (StatementEdit | undefined)[]
  /** repairs made before parsing (PDF layout, radical signs …), noted on every statement */
  repairs?: readonly string[]
  /**
   * 'defer' leaves the formulas to be mined once after a batch of files
   * (rebuildFormulas); the formula build then says it is behind until it is
   */
  formulas?: 'rebuild' | 'defer'
}

export async function saveStatements(db: Db, name: string, text: string, statements: readonly ParsedStatement[], options: SaveOptions = {}): Promise<ImportReport> {
  // Two imports of the same text at once: the loser's insert hits a unique
  // constraint; run it again and it finds the winner's statements present.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => saveInTransaction(tx, name, text, statements, options), { timeout: 120_000, maxWait: 30_000 })
    } catch (error) {
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') continue
      throw error
    }
  }
}

async function saveInTransaction(tx: Tx, name: string, text: string, statements: readonly ParsedStatement[], options: SaveOptions): Promise<ImportReport> {
  // take the write lock before reading, so two imports of one file take turns
  await lockForWriting(tx)
  const report: ImportReport = { imported: [], present: [], doubts: [] }
  const hashes = statements.map(contentHash)
  const existing = await tx.statement.findMany({ where: { contentHash: { in: hashes } }, select: { slug: true, contentHash: true } })
  const known = new Map(existing.map((s) => [s.contentHash, s.slug]))
  const wanted = statements.flatMap((_, k) => (options.edits?.[k]?.skip ? [] : [k]))
  if (wanted.every((k) => known.has(hashes[k] as string))) {
    return { imported: [], present: wanted.map((k) => known.get(hashes[k] as string) as string), doubts: [] }
  }
  const sourceHash = sha256(text)
  const source =
    (await tx.source.findUnique({ where: { sha256: sourceHash }, select: { id: true } })) ??
    (await tx.source.create({ data: { name, sha256: sourceHash, text }, select: { id: true } }))
  for (const k of wanted) {
    // the hash is the text's, as parsed: the same file imported again is present, whatever was edited
    const hash = hashes[k] as string
    const already = known.get(hash)
    if (already) {
      report.present.push(already)
      continue
    }
    const statement = withEdits(statements[k] as ParsedStatement, options.edits?.[k], options.repairs ?? [])
    const slug = await createStatement(tx, source.id, statement, hash)
    known.set(hash, slug)
    report.imported.push(slug)
    for (const note of statement.notes) if (note.kind === 'doubt') report.doubts.push({ slug, message: note.message })
  }
  // the formula set follows the corpus in the same transaction: never half built, never stale
  if (options.formulas !== 'defer') report.formulas = (await rebuildFormulas(tx)).formulaCount
  return report
}

/** The statement with the reader's metadata, and the repairs made to the file noted. */
function withEdits(statement: ParsedStatement, edit: StatementEdit | undefined, repairs: readonly string[]): ParsedStatement {
  const notes = [...repairs.map((message) => ({ kind: 'repair' as const, message })), ...statement.notes]
  if (!edit) return { ...statement, notes }
  const { skip: _skip, ...fields } = edit
  const changed = Object.entries(fields).filter(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(statement[key as keyof ParsedStatement]))
  // a doubt the reader settled is no longer a doubt
  const settled = new Set(changed.map(([key]) => key))
  const kept = notes.filter((note) => note.kind !== 'doubt' || !((settled.has('date') && /date|year/.test(note.message)) || (settled.has('parties') && /part(y|ies)/.test(note.message))))
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<ParsedStatement>
  return {
    ...statement,
    ...defined,
    notes: changed.length ? [...kept, { kind: 'repair', message: `metadata set by hand on import: ${changed.map(([key]) => key).join(', ')}` }] : kept,
  }
}

async function createStatement(tx: Tx, sourceId: number, statement: ParsedStatement, hash: string): Promise<string> {
  const slug = await uniqueSlug(tx, slugBase(statement))
  const clauses = statement.sections.flatMap((s) => s.clauses)
  const created = await tx.statement.create({
    data: {
      slug,
      title: statement.title,
      subtitle: statement.subtitle,
      kind: statement.kind,
      date: statement.date,
      place: statement.place,
      speaker: statement.speaker,
      language: statement.language,
      contentHash: hash,
      clauseCount: clauses.length,
      charCount: clauses.reduce((n, c) => n + c.text.length, 0),
      notes: JSON.stringify(statement.notes),
      sourceId,
      sourceStart: statement.sourceStart,
      sourceEnd: statement.sourceEnd,
    },
    select: { id: true },
  })
  for (const [position, code] of statement.parties.entries()) {
    const party = describeParty(code)
    const row = await tx.party.upsert({
      where: { code: party.code },
      create: party,
      update: {},
      select: { id: true },
    })
    await tx.statementParty.create({ data: { statementId: created.id, partyId: row.id, position } })
  }
  const sections = await tx.section.createManyAndReturn({
    data: statement.sections.map((section, position) => ({
      statementId: created.id,
      position,
      level: section.level,
      label: section.label,
      heading: section.heading,
    })),
    select: { id: true, position: true },
  })
  const sectionIds = new Map(sections.map((s) => [s.position, s.id]))
  const mask = buildPartyMask(statement.parties)
  let position = 0
  await tx.clause.createMany({
    data: statement.sections.flatMap((section, s) =>
      section.clauses.map((clause) => ({
        statementId: created.id,
        sectionId: sectionIds.get(s) as number,
        position: position++,
        paragraph: clause.paragraph,
        label: clause.label,
        text: clause.text,
        normalized: comparableClause(clause.text, clause.label, mask).comparable.text,
        sourceStart: clause.sourceStart,
        sourceEnd: clause.sourceEnd,
      })),
    ),
  })
  return slug
}

/** The slug base, or base-2, base-3 … when another statement already has it. */
async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx.statement.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
  const slugs = new Set(taken.map((s) => s.slug))
  if (!slugs.has(base)) return base
  for (let n = 2; ; n++) if (!slugs.has(`${base}-${n}`)) return `${base}-${n}`
}
