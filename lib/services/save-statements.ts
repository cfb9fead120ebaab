/**
 * Saving parsed statements: one transaction per file, so a file is imported
 * whole or not at all; idempotent, so importing the same text again reports
 * what is already present and writes nothing.
 */
import { contentHash, sha256 } from '@/lib/ingest/content-hash'
import { slugBase } from '@/lib/ingest/slug'
import type { ImportNote, ParsedStatement } from '@/lib/ingest/types'
import { readRetypedTitle, unknownPartyDoubt } from '@/lib/ingest/parse-statements'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Db, Tx } from '@/lib/db/client'
import { rebuildFormulas } from './rebuild-formulas'
import { insertStatements, uniqueSlugs } from '@/lib/db/insert-statements'
import { lockForWriting, markChanged } from '@/lib/db/write-lock'
import { sameTextAmong, sameTextAs, textToMatch } from './same-text'
import { sameDateWords } from '@/lib/vocab/same-date'

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

export async function saveStatements(
  db: Db,
  name: string,
  text: string,
  statements: readonly ParsedStatement[],
  options: SaveOptions = {},
): Promise<ImportReport> {
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

async function saveInTransaction(
  tx: Tx,
  name: string,
  text: string,
  statements: readonly ParsedStatement[],
  options: SaveOptions,
): Promise<ImportReport> {
  // take the write lock before reading, so two imports of one file take turns
  await lockForWriting(tx)
  const report: ImportReport = { imported: [], present: [], doubts: [] }
  const hashes = statements.map(contentHash)
  const existing = await tx.statement.findMany({ where: { contentHash: { in: hashes } }, select: { slug: true, contentHash: true } })
  const known = new Map(existing.map((s) => [s.contentHash, s.slug]))
  const wanted = statements.flatMap((_, k) => (options.edits?.[k]?.skip ? [] : [k]))
  const presentAs = (k: number) => known.get(hashes[k] as string)
  if (wanted.every((k) => presentAs(k) !== undefined)) {
    return { imported: [], present: wanted.map((k) => presentAs(k) as string), doubts: [] }
  }
  await markChanged(tx)
  const sourceHash = sha256(text)
  const source =
    (await tx.source.findUnique({ where: { sha256: sourceHash }, select: { id: true } })) ??
    (await tx.source.create({ data: { name, sha256: sourceHash, text }, select: { id: true } }))
  // the new statements, each once (a statement twice in the file is new the first time), written all at once
  const fresh = new Map<string, { k: number; statement: ParsedStatement; hash: string; slug: string }>()
  for (const k of wanted) {
    // the hash is the text's, as parsed: the same file imported again is present, whatever was edited
    const hash = hashes[k] as string
    if (presentAs(k) === undefined && !fresh.has(hash))
      fresh.set(hash, {
        k,
        hash,
        slug: '',
        statement: withEdits(statements[k] as ParsedStatement, options.edits?.[k], options.repairs ?? []),
      })
  }
  const items = [...fresh.values()]
  // the same text under another form (a web copy of an imported file): saved, as the reader asked, with a doubt that says so
  const same = await sameTextAs(
    tx,
    items.map((item) => textToMatch(item.statement)),
  )
  // or as a statement before it in this file, which the database does not have yet
  const earlierSame = sameTextAmong()
  items.forEach((item, n) => {
    const twin = same[n]
    const found = earlierSame(textToMatch(item.statement))
    const earlier = twin ? null : found
    const what = twin
      ? { name: `“${twin.title}” (${twin.slug})`, share: twin.share, date: twin.date }
      : earlier
        ? {
            name: `statement ${((items[earlier.index] as (typeof items)[number]).k as number) + 1} of this file`,
            share: earlier.share,
            date: item.statement.date,
          }
        : null
    if (what)
      item.statement = {
        ...item.statement,
        notes: [
          ...item.statement.notes,
          {
            kind: 'doubt',
            message: `the same text as ${what.name}, ${sameDateWords(item.statement.date, what.date)} (${Math.round(what.share * 100)}% of its clauses word for word): a second copy, or another release of it; delete one if it is a copy`,
          },
        ],
      }
  })
  const slugs = await uniqueSlugs(
    tx,
    items.map((item) => slugBase(item.statement)),
  )
  items.forEach((item, n) => (item.slug = slugs[n] as string))
  await insertStatements(tx, source.id, items)
  for (const k of wanted) {
    const item = fresh.get(hashes[k] as string)
    if (item?.k !== k) {
      report.present.push(item?.slug ?? (presentAs(k) as string))
      continue
    }
    report.imported.push(item.slug)
    for (const note of item.statement.notes) if (note.kind === 'doubt') report.doubts.push({ slug: item.slug, message: note.message })
  }
  // the formula set follows the corpus in the same transaction: never half built, never stale
  if (options.formulas !== 'defer') report.formulas = (await rebuildFormulas(tx, { incremental: true })).formulaCount
  return report
}

/** The statement with the reader's metadata, and the repairs made to the file noted. */
function withEdits(statement: ParsedStatement, edit: StatementEdit | undefined, repairs: readonly string[]): ParsedStatement {
  const notes = [...repairs.map((message) => ({ kind: 'repair' as const, message })), ...statement.notes]
  if (!edit) return { ...statement, notes }
  const { skip: _skip, ...fields } = edit
  const changed = Object.entries(fields).filter(
    ([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(statement[key as keyof ParsedStatement]),
  )
  // a doubt the reader settled is no longer a doubt
  const settled = new Set(changed.map(([key]) => key))
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<ParsedStatement>
  // a title typed in is read as the parser reads one: the kind, and the parties it names, unless the reader set those too
  const reread: Partial<ParsedStatement> = {}
  const rereadNotes: ImportNote[] = []
  const rereadFields: string[] = []
  if (settled.has('title') && fields.title) {
    const fromTitle = readRetypedTitle(statement, fields.title)
    if (fields.kind === undefined && fromTitle.kind !== statement.kind) {
      reread.kind = fromTitle.kind
      rereadFields.push('kind')
    }
    if (fields.parties === undefined && fromTitle.parties) {
      // the doubts of the parties read before ("the title names no parties as its authors") are the old title's
      settled.add('parties')
      rereadNotes.push(...fromTitle.parties.notes)
      if (JSON.stringify(fromTitle.parties.codes) !== JSON.stringify(statement.parties)) {
        reread.parties = fromTitle.parties.codes
        rereadFields.push('parties')
      }
    }
  }
  // parties typed in that the gazetteer does not know (zh:/en: names) are kept as written, and doubted, as when read from a title
  if (fields.parties && settled.has('parties'))
    rereadNotes.push(...fields.parties.flatMap((code) => (/^(zh|en):/.test(code) ? [unknownPartyDoubt(code.slice(3))] : [])))
  const kept = notes.filter((note) => note.kind !== 'doubt' || note.about === undefined || !settled.has(note.about))
  return {
    ...statement,
    ...reread,
    ...defined,
    notes: [
      ...kept,
      ...rereadNotes,
      ...(changed.length
        ? [{ kind: 'repair' as const, message: `metadata set by hand on import: ${changed.map(([key]) => key).join(', ')}` }]
        : []),
      ...(rereadFields.length
        ? [{ kind: 'repair' as const, message: `read again from the title typed on import: ${rereadFields.join(', ')}` }]
        : []),
    ],
  }
}
