/**
 * Folding newly imported statements into the formula set without mining the
 * corpus again (lib/formulas/fold-in): their uses of the known formulas are
 * added, and what those uses change is brought up to date — each formula's
 * and variant's counts, first and latest use and kinds, every formula's
 * growth in the statements' languages (a statement more changes the shares),
 * and the list's order. Every value is a bound parameter.
 */
import { Prisma } from '@/lib/generated/prisma/client'
import { findKnownFormulas, type FoundOccurrence } from '@/lib/formulas/fold-in'
import { byUse, useRank } from '@/lib/formulas/mine-formulas'
import { sourceCharacters } from '@/lib/formulas/records'
import type { FormulaSourceStatement } from '@/lib/formulas/types'
import { growthOf } from '@/lib/formulas/growth'
import type { Tx } from './client'
import { formulaSources, OCCURRENCE_COLUMNS, type FormulaBuildState } from './formulas'
import { statementsByYear } from './formula-history'
import { insertRows } from './insert-rows'

/** Rows per UPDATE … FROM (VALUES …): well under both engines' limits on bound parameters. */
const ROWS_PER_UPDATE = 1_000

/**
 * Adds `statements`, the statements written since the set was made (ids above
 * its `throughStatementId`: imports take the write lock, so ids grow in the
 * order statements are written), to the formula set `build`. Call it in the
 * transaction that wrote them, after the write lock (lib/db/write-lock).
 */
export async function foldInFormulas(
  tx: Tx,
  build: FormulaBuildState,
  statements: readonly FormulaSourceStatement[],
): Promise<FormulaBuildState> {
  const found = await insertUses(tx, statements)
  await addToFormulas(tx, found, new Map(statements.map((s) => [s.id, s])))
  await addToVariants(tx, found)
  await refreshGrowth(tx, [...new Set(statements.map((s) => s.language ?? 'zh'))])
  await refreshRanks(tx)
  const state = {
    ...build,
    occurrenceCount: build.occurrenceCount + found.length,
    foldedIn: build.foldedIn + statements.length,
    throughStatementId: statements.reduce((last, s) => Math.max(last, s.id), build.throughStatementId),
    characters: build.characters + sourceCharacters(statements),
  }
  const { occurrenceCount, foldedIn, throughStatementId, characters } = state
  await tx.formulaBuild.update({ where: { id: 1 }, data: { occurrenceCount, foldedIn, throughStatementId, characters } })
  return state
}

/**
 * Brings the formula set up to date after a change to statement `id` in a
 * corpus too large to mine again: after an edit of its parties (which change
 * the mask: `refind`), its uses are deleted and found again; after an edit of
 * its date or kind, its uses stay; instead of its deletion (`remove` deletes
 * it), its uses go with it. Then the formulas it used or uses now are counted
 * again from their occurrences (see recount). A statement the set does not
 * include yet (imported with its formulas deferred) changes nothing: the next
 * fold-in reads it as it is then. Call it in the transaction of the change,
 * after the write lock, after an edit and instead of a deletion.
 */
export async function refoldStatement(
  tx: Tx,
  build: FormulaBuildState,
  id: number,
  { remove, refind = false, minDocuments }: { remove?: () => Promise<void>; refind?: boolean; minDocuments: number },
): Promise<FormulaBuildState> {
  if (id > build.throughStatementId) {
    await remove?.()
    return build
  }
  const [statement] = await formulaSources(tx, { id })
  if (statement?.id !== id) throw new Error(`refoldStatement: no statement ${id}; this is a bug`)
  const before = await tx.occurrence.findMany({ where: { statementId: id }, select: { formulaId: true }, distinct: ['formulaId'] })
  let found: FoundOccurrence[] = []
  if (remove) await remove()
  else if (refind) {
    // a new mask: the uses are found again, as a fold-in finds them (lib/formulas/fold-in)
    await tx.occurrence.deleteMany({ where: { statementId: id } })
    found = await insertUses(tx, [statement])
  }
  await recount(tx, [...new Set([...before.map((o) => o.formulaId), ...found.map((o) => o.formulaId)])], minDocuments)
  await refreshGrowth(tx, [statement.language ?? 'zh'])
  await refreshRanks(tx)
  const removed = remove ? 1 : 0
  const folded = id > build.minedThroughStatementId
  const state = {
    ...build,
    formulaCount: await tx.formula.count({ where: { kind: 'formula' } }),
    occurrenceCount: await tx.occurrence.count(),
    foldedIn: build.foldedIn - (folded ? removed : 0),
    statementCount: build.statementCount - (folded ? 0 : removed),
    characters: build.characters - removed * sourceCharacters([statement]),
  }
  const { formulaCount, occurrenceCount, foldedIn, statementCount, characters } = state
  await tx.formulaBuild.update({ where: { id: 1 }, data: { formulaCount, occurrenceCount, foldedIn, statementCount, characters } })
  return state
}

/**
 * These formulas counted again from their occurrences, as a mining counts
 * them. Those left in fewer than `minDocuments` statements are dropped; a
 * formula built on a dropped one is then built on the dropped one's parent,
 * or, with none left, heads a family of its own (with the formulas built on
 * it), and every family touched has its size counted again.
 */
async function recount(tx: Tx, ids: readonly string[], minDocuments: number): Promise<void> {
  type Count = { id: string; statements: number; occurrences: number; first: string | null; last: string | null }
  const counts = new Map<string, Count>()
  const kindsOf = new Map<string, string[]>()
  const variants = new Map<string, { statements: number; occurrences: number }>()
  for (let k = 0; k < ids.length; k += ROWS_PER_UPDATE) {
    const within = Prisma.join(ids.slice(k, k + ROWS_PER_UPDATE))
    const rows = await tx.$queryRaw<
      { id: string; statements: number | bigint; occurrences: number | bigint; first: string | null; last: string | null }[]
    >`
      SELECT o."formulaId" AS id, COUNT(DISTINCT o."statementId") AS statements, COUNT(*) AS occurrences, MIN(s."date") AS first, MAX(s."date") AS last
      FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId" WHERE o."formulaId" IN (${within}) GROUP BY o."formulaId"`
    for (const row of rows) counts.set(row.id, { ...row, statements: Number(row.statements), occurrences: Number(row.occurrences) })
    const kinds = await tx.$queryRaw<{ id: string; kind: string }[]>`
      SELECT DISTINCT o."formulaId" AS id, s."kind" AS kind FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId"
      WHERE o."formulaId" IN (${within})`
    for (const row of kinds) kindsOf.set(row.id, [...(kindsOf.get(row.id) ?? []), row.kind])
    const used = await tx.$queryRaw<{ id: string; variant: number | bigint; statements: number | bigint; occurrences: number | bigint }[]>`
      SELECT "formulaId" AS id, "variant", COUNT(DISTINCT "statementId") AS statements, COUNT(*) AS occurrences
      FROM "Occurrence" WHERE "formulaId" IN (${within}) GROUP BY "formulaId", "variant"`
    for (const v of used)
      variants.set(`${v.id} ${Number(v.variant)}`, { statements: Number(v.statements), occurrences: Number(v.occurrences) })
  }
  const dropped = new Set(ids.filter((id) => (counts.get(id)?.statements ?? 0) < minDocuments))
  const kept = ids.filter((id) => !dropped.has(id))
  if (dropped.size) await dropFormulas(tx, dropped)
  await updateFromValues(
    tx,
    kept.map((id) => {
      const c = counts.get(id) as Count
      return Prisma.sql`(${id}, CAST(${c.statements} AS INTEGER), CAST(${c.occurrences} AS INTEGER), CAST(${c.first} AS TEXT), CAST(${c.last} AS TEXT), CAST(${(kindsOf.get(id) ?? []).sort().join(' ')} AS TEXT))`
    }),
    (rows) => Prisma.sql`UPDATE "Formula" SET "statementCount" = v.column2, "occurrenceCount" = v.column3, "firstDate" = v.column4,
      "lastDate" = v.column5, "kinds" = v.column6 FROM (VALUES ${rows}) AS v WHERE "Formula"."id" = v.column1`,
  )
  // every variant of the formulas kept, a variant no longer used at 0
  const all: { formulaId: string; position: number }[] = []
  for (let k = 0; k < kept.length; k += ROWS_PER_UPDATE)
    all.push(
      ...(await tx.formulaVariant.findMany({
        where: { formulaId: { in: kept.slice(k, k + ROWS_PER_UPDATE) } },
        select: { formulaId: true, position: true },
      })),
    )
  await updateFromValues(
    tx,
    all.map(({ formulaId, position }) => {
      const v = variants.get(`${formulaId} ${position}`)
      return Prisma.sql`(${formulaId}, CAST(${position} AS INTEGER), CAST(${v?.statements ?? 0} AS INTEGER), CAST(${v?.occurrences ?? 0} AS INTEGER))`
    }),
    (rows) => Prisma.sql`UPDATE "FormulaVariant" SET "statementCount" = v.column3, "occurrenceCount" = v.column4
      FROM (VALUES ${rows}) AS v WHERE "FormulaVariant"."formulaId" = v.column1 AND "FormulaVariant"."position" = v.column2`,
  )
}

/**
 * Deletes the formulas `dropped`, keeping the families of the others whole:
 * in each family touched, a formula's parent becomes its nearest ancestor
 * not dropped, one with none heads a family of its own, and each family's
 * size is counted again.
 */
export async function dropFormulas(tx: Tx, dropped: ReadonlySet<string>): Promise<void> {
  const touched: string[] = []
  const ids = [...dropped]
  for (let k = 0; k < ids.length; k += ROWS_PER_UPDATE)
    touched.push(
      ...(
        await tx.formula.findMany({
          where: { id: { in: ids.slice(k, k + ROWS_PER_UPDATE) } },
          select: { familyId: true },
          distinct: ['familyId'],
        })
      ).map((f) => f.familyId),
    )
  const heads = [...new Set(touched)]
  const members: { id: string; parentId: string | null; familyId: string; head: boolean; familySize: number }[] = []
  for (let k = 0; k < heads.length; k += ROWS_PER_UPDATE)
    members.push(
      ...(await tx.formula.findMany({
        where: { familyId: { in: heads.slice(k, k + ROWS_PER_UPDATE) } },
        select: { id: true, parentId: true, familyId: true, head: true, familySize: true },
      })),
    )
  const parentOf = new Map(members.map((m) => [m.id, m.parentId]))
  // the nearest ancestor not dropped, or null
  const ancestor = (id: string): string | null => {
    let parent = parentOf.get(id) ?? null
    while (parent !== null && dropped.has(parent)) parent = parentOf.get(parent) ?? null
    return parent
  }
  const root = (id: string): string => {
    let at = id
    for (let up = ancestor(at); up !== null; up = ancestor(at)) at = up
    return at
  }
  const survivors = members.filter((m) => !dropped.has(m.id))
  const placed = survivors.map((m) => ({ ...m, parentId: ancestor(m.id), familyId: root(m.id) }))
  const sizes = new Map<string, number>()
  for (const m of placed) sizes.set(m.familyId, (sizes.get(m.familyId) ?? 0) + 1)
  const beforeOf = new Map(members.map((m) => [m.id, m]))
  const changed = placed.filter((m) => {
    const before = beforeOf.get(m.id) as (typeof members)[number]
    return before.parentId !== m.parentId || before.familyId !== m.familyId || before.familySize !== sizes.get(m.familyId)
  })
  // a new head first, so that its members' rows can name it
  changed.sort((x, y) => Number(y.familyId === y.id) - Number(x.familyId === x.id))
  await updateFromValues(
    tx,
    changed.map(
      (m) =>
        Prisma.sql`(${m.id}, CAST(${m.parentId} AS TEXT), CAST(${m.familyId} AS TEXT), CAST(${m.familyId === m.id} AS BOOLEAN), CAST(${sizes.get(m.familyId) ?? 1} AS INTEGER))`,
    ),
    (rows) => Prisma.sql`UPDATE "Formula" SET "parentId" = v.column2, "familyId" = v.column3, "head" = v.column4, "familySize" = v.column5
      FROM (VALUES ${rows}) AS v WHERE "Formula"."id" = v.column1`,
  )
  for (let k = 0; k < ids.length; k += ROWS_PER_UPDATE)
    await tx.formula.deleteMany({ where: { id: { in: ids.slice(k, k + ROWS_PER_UPDATE) } } })
}

/** Finds the known formulas' uses in these statements (lib/formulas/fold-in) and writes them. */
async function insertUses(tx: Tx, statements: readonly FormulaSourceStatement[]): Promise<FoundOccurrence[]> {
  const found = findKnownFormulas(
    statements,
    await tx.formulaVariant.findMany({ select: { formulaId: true, position: true, pattern: true } }),
  )
  await insertRows(
    tx,
    'Occurrence',
    OCCURRENCE_COLUMNS,
    found.map((o) => [o.formulaId, o.variant, o.statementId, o.clauseId, o.start, o.end]),
  )
  return found
}

type Source = { date: string | null; kind: string }

/** Each formula used: its counts raised, its first and latest use and its kinds widened. */
async function addToFormulas(tx: Tx, found: readonly FoundOccurrence[], statements: ReadonlyMap<number, Source>): Promise<void> {
  const uses = new Map<string, { occurrences: number; statements: Set<number> }>()
  for (const o of found) {
    const use = uses.get(o.formulaId) ?? { occurrences: 0, statements: new Set<number>() }
    use.occurrences++
    use.statements.add(o.statementId)
    uses.set(o.formulaId, use)
  }
  if (uses.size === 0) return
  const rows = await tx.formula.findMany({
    where: { id: { in: [...uses.keys()] } },
    select: { id: true, firstDate: true, lastDate: true, kinds: true },
  })
  const values = rows.map((row) => {
    const use = uses.get(row.id) as { occurrences: number; statements: Set<number> }
    let { firstDate, lastDate } = row
    const kinds = new Set(row.kinds.split(' ').filter(Boolean))
    for (const id of use.statements) {
      const { date, kind } = statements.get(id) as Source
      kinds.add(kind)
      if (date && (firstDate === null || date < firstDate)) firstDate = date
      if (date && (lastDate === null || date > lastDate)) lastDate = date
    }
    return Prisma.sql`(${row.id}, CAST(${use.statements.size} AS INTEGER), CAST(${use.occurrences} AS INTEGER), CAST(${firstDate} AS TEXT), CAST(${lastDate} AS TEXT), CAST(${[...kinds].sort().join(' ')} AS TEXT))`
  })
  await updateFromValues(
    tx,
    values,
    (
      rows,
    ) => Prisma.sql`UPDATE "Formula" SET "statementCount" = "statementCount" + v.column2, "occurrenceCount" = "occurrenceCount" + v.column3,
      "firstDate" = v.column4, "lastDate" = v.column5, "kinds" = v.column6 FROM (VALUES ${rows}) AS v WHERE "Formula"."id" = v.column1`,
  )
}

/** Each variant used: its counts raised. */
async function addToVariants(tx: Tx, found: readonly FoundOccurrence[]): Promise<void> {
  const uses = new Map<string, { formulaId: string; position: number; occurrences: number; statements: Set<number> }>()
  for (const o of found) {
    const key = `${o.formulaId} ${o.variant}`
    const use = uses.get(key) ?? { formulaId: o.formulaId, position: o.variant, occurrences: 0, statements: new Set<number>() }
    use.occurrences++
    use.statements.add(o.statementId)
    uses.set(key, use)
  }
  await updateFromValues(
    tx,
    [...uses.values()].map(
      (use) =>
        Prisma.sql`(${use.formulaId}, CAST(${use.position} AS INTEGER), CAST(${use.statements.size} AS INTEGER), CAST(${use.occurrences} AS INTEGER))`,
    ),
    (
      rows,
    ) => Prisma.sql`UPDATE "FormulaVariant" SET "statementCount" = "statementCount" + v.column3, "occurrenceCount" = "occurrenceCount" + v.column4
      FROM (VALUES ${rows}) AS v WHERE "FormulaVariant"."formulaId" = v.column1 AND "FormulaVariant"."position" = v.column2`,
  )
}

/**
 * The growth of every formula of these languages, as lib/formulas/growth
 * measures it, from the counts in the database: a new statement in the latest
 * year changes every formula's share, not only the ones it uses.
 */
async function refreshGrowth(tx: Tx, languages: readonly string[]): Promise<void> {
  for (const language of languages) {
    const totals = await statementsByYear(tx, language)
    const last = Math.max(...totals.keys())
    const totalLast = totals.get(last) ?? 0
    const totalBefore = totals.get(last - 1) ?? 0
    const measurable = totalLast > 0 && totalBefore > 0
    // the formulas of the language (its first use is enough to tell: a formula is of one language), with their growth now
    const formulas = await tx.$queryRaw<{ id: string; growth: number | null }[]>`
      SELECT f."id", f."growth" FROM "Formula" f WHERE EXISTS (SELECT 1 FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId"
      WHERE o."formulaId" = f."id" AND s."language" = ${language})`
    const used = new Map<string, { last: number; before: number }>()
    if (measurable) {
      const counts = await tx.$queryRaw<{ id: string; year: string; n: number | bigint }[]>`
        SELECT o."formulaId" AS id, substr(s."date", 1, 4) AS year, COUNT(DISTINCT o."statementId") AS n
        FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId"
        WHERE s."language" = ${language} AND s."date" >= ${`${last - 1}`} AND s."date" < ${`${last + 1}`}
        GROUP BY o."formulaId", substr(s."date", 1, 4)`
      for (const row of counts) {
        const entry = used.get(row.id) ?? { last: 0, before: 0 }
        if (Number(row.year) === last) entry.last = Number(row.n)
        else entry.before = Number(row.n)
        used.set(row.id, entry)
      }
    }
    // a formula unused in both years has a growth of 0, or none where the corpus cannot say; only changes are written
    const changed = formulas.flatMap(({ id, growth }) => {
      const n = used.get(id) ?? { last: 0, before: 0 }
      const now = measurable ? growthOf(n.last, totalLast, n.before, totalBefore) : null
      return now === (growth === null ? null : Number(growth)) ? [] : [Prisma.sql`(${id}, CAST(${now} AS DOUBLE PRECISION))`]
    })
    await updateFromValues(
      tx,
      changed,
      (rows) => Prisma.sql`UPDATE "Formula" SET "growth" = v.column2 FROM (VALUES ${rows}) AS v WHERE "Formula"."id" = v.column1`,
    )
  }
}

/**
 * The list's order again, as the miner ranks (lib/formulas/mine-formulas:
 * byUse), formulas and names alike, ordered in JavaScript as the miner
 * orders them (SQL collations order keys otherwise); only changed ranks are
 * written.
 */
async function refreshRanks(tx: Tx): Promise<void> {
  const formulas = await tx.formula.findMany({
    select: { id: true, rank: true, statementCount: true, length: true, variantCount: true, key: true },
  })
  formulas.sort((x, y) => byUse(useRank({ ...x, variants: x.variantCount }), useRank({ ...y, variants: y.variantCount })))
  await updateFromValues(
    tx,
    formulas.flatMap((f, rank) => (f.rank === rank ? [] : [Prisma.sql`(${f.id}, CAST(${rank} AS INTEGER))`])),
    (rows) => Prisma.sql`UPDATE "Formula" SET "rank" = v.column2 FROM (VALUES ${rows}) AS v WHERE "Formula"."id" = v.column1`,
  )
}

/** Runs `update` over the rows in batches; each row is a parenthesised list of bound values. */
async function updateFromValues(tx: Tx, rows: readonly Prisma.Sql[], update: (rows: Prisma.Sql) => Prisma.Sql): Promise<void> {
  for (let k = 0; k < rows.length; k += ROWS_PER_UPDATE) await tx.$executeRaw(update(Prisma.join(rows.slice(k, k + ROWS_PER_UPDATE))))
}
