/**
 * Writing a file's new statements in a few statements of SQL, whatever their
 * number: each table's rows in one multi-row INSERT (insert-rows.ts), the ids
 * read back once per table. Through Prisma's ORM a statement cost a dozen
 * queries, each compiled on its own (createMany varies with its row count), and
 * an import of many statements ran at about 35 a second; this way it runs
 * several times faster. The rows are the ones the ORM wrote: same columns, same
 * values, the creation time as a bound Date as Prisma binds it.
 * Call inside the import's transaction, after taking the write lock.
 */
import type { ParsedStatement } from '@/lib/ingest/types'
import { describeParty } from '@/lib/parties/describe-party'
import { Prisma } from '@/lib/generated/prisma/client'
import { insertRows } from './insert-rows'

type Tx = Prisma.TransactionClient

export interface NewStatement {
  statement: ParsedStatement
  /** contentHash of the statement as parsed */
  hash: string
  slug: string
}

/** Values per SELECT … IN (…): well under the engines' limits on bound parameters. */
const IN_CHUNK = 10_000

function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = []
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size))
  return out
}

/**
 * Slugs for statements with these bases, in order: the base, or base-2,
 * base-3 … when a statement in the database or an earlier one here has it.
 * One query for all the bases; the numbered siblings are read only for a base
 * already taken or wanted twice.
 */
export async function uniqueSlugs(tx: Tx, bases: readonly string[]): Promise<string[]> {
  const distinct = [...new Set(bases)]
  const taken = new Set<string>()
  for (const chunk of chunks(distinct)) {
    for (const row of await tx.statement.findMany({ where: { slug: { in: chunk } }, select: { slug: true } })) taken.add(row.slug)
  }
  const wanted = new Map<string, number>()
  for (const base of bases) wanted.set(base, (wanted.get(base) ?? 0) + 1)
  for (const base of distinct) {
    if (!taken.has(base) && (wanted.get(base) ?? 0) < 2) continue
    for (const row of await tx.statement.findMany({ where: { slug: { startsWith: `${base}-` } }, select: { slug: true } }))
      taken.add(row.slug)
  }
  return bases.map((base) => {
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    return slug
  })
}

/** Writes the statements with their parties, sections and clauses. */
export async function insertStatements(tx: Tx, sourceId: number, items: readonly NewStatement[]): Promise<void> {
  if (items.length === 0) return
  const createdAt = new Date()
  await insertRows(
    tx,
    'Statement',
    [
      'slug',
      'title',
      'subtitle',
      'kind',
      'date',
      'place',
      'speaker',
      'language',
      'contentHash',
      'clauseCount',
      'charCount',
      'notes',
      'sourceId',
      'sourceStart',
      'sourceEnd',
      'createdAt',
    ],
    items.map(({ statement: s, hash, slug }) => {
      const clauses = s.sections.flatMap((section) => section.clauses)
      const chars = clauses.reduce((n, c) => n + c.text.length, 0)
      return [
        slug,
        s.title,
        s.subtitle,
        s.kind,
        s.date,
        s.place,
        s.speaker,
        s.language,
        hash,
        clauses.length,
        chars,
        JSON.stringify(s.notes),
        sourceId,
        s.sourceStart,
        s.sourceEnd,
        createdAt,
      ]
    }),
  )
  const statementIds = new Map<string, number>()
  for (const chunk of chunks(items.map((item) => item.slug))) {
    const rows = await tx.$queryRaw<
      { id: number; slug: string }[]
    >`SELECT "id", "slug" FROM "Statement" WHERE "slug" IN (${Prisma.join(chunk)})`
    for (const row of rows) statementIds.set(row.slug, Number(row.id))
  }
  const idOf = (item: NewStatement) => {
    const id = statementIds.get(item.slug)
    if (id === undefined) throw new Error(`statement ${item.slug} was not written; this is a bug`)
    return id
  }
  await insertParties(tx, items, idOf)
  await insertRows(
    tx,
    'Section',
    ['statementId', 'position', 'level', 'label', 'heading'],
    items.flatMap((item) =>
      item.statement.sections.map((section, position) => [idOf(item), position, section.level, section.label, section.heading]),
    ),
  )
  const sectionIds = new Map<string, number>()
  for (const chunk of chunks(items.map(idOf))) {
    const rows = await tx.$queryRaw<
      { id: number; statementId: number; position: number }[]
    >`SELECT "id", "statementId", "position" FROM "Section" WHERE "statementId" IN (${Prisma.join(chunk)})`
    for (const row of rows) sectionIds.set(`${row.statementId}:${row.position}`, Number(row.id))
  }
  await insertRows(
    tx,
    'Clause',
    ['statementId', 'sectionId', 'position', 'paragraph', 'label', 'text', 'sourceStart', 'sourceEnd'],
    clauseRows(items, idOf, sectionIds),
  )
}

/** The parties (each written once, the first time a statement names it) and who is party to which statement. */
async function insertParties(tx: Tx, items: readonly NewStatement[], idOf: (item: NewStatement) => number): Promise<void> {
  const parties = new Map(
    items.flatMap((item) => item.statement.parties.map((code) => describeParty(code))).map((party) => [party.code, party]),
  )
  if (parties.size === 0) return
  await insertRows(
    tx,
    'Party',
    ['code', 'nameEn', 'nameZh'],
    [...parties.values()].map((p) => [p.code, p.nameEn, p.nameZh]),
    { skipExisting: true },
  )
  const partyIds = new Map<string, number>()
  for (const chunk of chunks([...parties.keys()])) {
    const rows = await tx.$queryRaw<
      { id: number; code: string }[]
    >`SELECT "id", "code" FROM "Party" WHERE "code" IN (${Prisma.join(chunk)})`
    for (const row of rows) partyIds.set(row.code, Number(row.id))
  }
  await insertRows(
    tx,
    'StatementParty',
    ['statementId', 'partyId', 'position'],
    items.flatMap((item) => item.statement.parties.map((code, position) => [idOf(item), partyIds.get(describeParty(code).code), position])),
  )
}

/** Every clause as a row of values. */
function* clauseRows(
  items: readonly NewStatement[],
  idOf: (item: NewStatement) => number,
  sectionIds: ReadonlyMap<string, number>,
): Generator<unknown[]> {
  for (const item of items) {
    const statementId = idOf(item)
    let position = 0
    for (const [s, section] of item.statement.sections.entries()) {
      const sectionId = sectionIds.get(`${statementId}:${s}`)
      if (sectionId === undefined) throw new Error(`section ${s} of ${item.slug} was not written; this is a bug`)
      for (const clause of section.clauses) {
        yield [statementId, sectionId, position++, clause.paragraph, clause.label, clause.text, clause.sourceStart, clause.sourceEnd]
      }
    }
  }
}
