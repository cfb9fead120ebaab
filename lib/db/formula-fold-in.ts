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
import { byUse } from '@/lib/formulas/mine-formulas'
import { sourceCharacters } from '@/lib/formulas/records'
import type { FormulaSourceStatement } from '@/lib/formulas/types'
import { growthOf } from '@/lib/formulas/growth'
import type { Tx } from './client'
import { formulaSources, type FormulaBuildState } from './formulas'
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
  const variants = await tx.formulaVariant.findMany({ select: { formulaId: true, position: true, pattern: true } })
  const found = findKnownFormulas(statements, variants)
  await insertRows(
    tx,
    'Occurrence',
    ['formulaId', 'variant', 'statementId', 'clauseId', 'start', 'end'],
    found.map((o) => [o.formulaId, o.variant, o.statementId, o.clauseId, o.start, o.end]),
  )
  await addToFormulas(tx, found, new Map(statements.map((s) => [s.id, s])))
  await addToVariants(tx, found)
  await refreshGrowth(tx, [...new Set(statements.map((s) => s.language ?? 'zh'))])
  await refreshRanks(tx)
  const state = {
    ...build,
    occurrenceCount: build.occurrenceCount + found.length,
    foldedIn: build.foldedIn + statements.length,
    throughStatementId: Math.max(build.throughStatementId, ...statements.map((s) => s.id)),
    characters: build.characters + sourceCharacters(statements),
  }
  const { occurrenceCount, foldedIn, throughStatementId, characters } = state
  await tx.formulaBuild.update({ where: { id: 1 }, data: { occurrenceCount, foldedIn, throughStatementId, characters } })
  return state
}

/**
 * Takes statement `id` out of the formula set and, unless `remove` deletes
 * it, puts it back as it is now: after an edit of its parties (which change
 * the mask), its date or its kind, or before its deletion in a corpus too
 * large to mine again. Its uses are deleted and found again, and the
 * formulas it used or uses now are counted again from their occurrences; a
 * formula left in fewer than `minDocuments` statements is dropped, with the
 * formulas built on it (they occur only where it does). Call it in the
 * transaction of the change, after the write lock, after an edit and
 * instead of a deletion (`remove` deletes).
 */
export async function refoldStatement(
  tx: Tx,
  build: FormulaBuildState,
  id: number,
  { remove, minDocuments }: { remove?: () => Promise<void>; minDocuments: number },
): Promise<FormulaBuildState> {
  const [statement] = await formulaSources(tx, id - 1, 1)
  if (statement?.id !== id) throw new Error(`refoldStatement: no statement ${id}; this is a bug`)
  const before = await tx.occurrence.findMany({ where: { statementId: id }, select: { formulaId: true }, distinct: ['formulaId'] })
  await tx.occurrence.deleteMany({ where: { statementId: id } })
  let found: FoundOccurrence[] = []
  if (remove) await remove()
  else {
    found = findKnownFormulas([statement], await tx.formulaVariant.findMany({ select: { formulaId: true, position: true, pattern: true } }))
    await insertRows(
      tx,
      'Occurrence',
      ['formulaId', 'variant', 'statementId', 'clauseId', 'start', 'end'],
      found.map((o) => [o.formulaId, o.variant, o.statementId, o.clauseId, o.start, o.end]),
    )
  }
  await recount(tx, [...new Set([...before.map((o) => o.formulaId), ...found.map((o) => o.formulaId)])], minDocuments)
  await refreshGrowth(tx, [statement.language ?? 'zh'])
  await refreshRanks(tx)
  const removed = remove ? 1 : 0
  const state = {
    ...build,
    formulaCount: await tx.formula.count({ where: { kind: 'formula' } }),
    occurrenceCount: await tx.occurrence.count(),
    // which of the two counts held the statement is not recorded: a folded-in one is taken first
    foldedIn: Math.max(0, build.foldedIn - removed),
    statementCount: build.statementCount - (build.foldedIn > 0 ? 0 : removed),
    characters: build.characters - removed * sourceCharacters([statement]),
  }
  const { formulaCount, occurrenceCount, foldedIn, statementCount, characters } = state
  await tx.formulaBuild.update({ where: { id: 1 }, data: { formulaCount, occurrenceCount, foldedIn, statementCount, characters } })
  return state
}

/**
 * These formulas counted again from their occurrences, as a mining counts
 * them; those left in fewer than `minDocuments` statements dropped (the
 * formulas built on them go with them: the family relation cascades), and
 * the size of each family that lost a member set again.
 */
async function recount(tx: Tx, ids: readonly string[], minDocuments: number): Promise<void> {
  for (let k = 0; k < ids.length; k += ROWS_PER_UPDATE) {
    const chunk = ids.slice(k, k + ROWS_PER_UPDATE)
    const within = Prisma.join(chunk)
    const counts = await tx.$queryRaw<
      { id: string; statements: number | bigint; occurrences: number | bigint; first: string | null; last: string | null }[]
    >`
      SELECT o."formulaId" AS id, COUNT(DISTINCT o."statementId") AS statements, COUNT(*) AS occurrences, MIN(s."date") AS first, MAX(s."date") AS last
      FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId" WHERE o."formulaId" IN (${within}) GROUP BY o."formulaId"`
    const kinds = await tx.$queryRaw<{ id: string; kind: string }[]>`
      SELECT DISTINCT o."formulaId" AS id, s."kind" AS kind FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId"
      WHERE o."formulaId" IN (${within})`
    const variants = await tx.$queryRaw<
      { id: string; variant: number | bigint; statements: number | bigint; occurrences: number | bigint }[]
    >`
      SELECT "formulaId" AS id, "variant", COUNT(DISTINCT "statementId") AS statements, COUNT(*) AS occurrences
      FROM "Occurrence" WHERE "formulaId" IN (${within}) GROUP BY "formulaId", "variant"`
    const kept = new Map(counts.filter((c) => Number(c.statements) >= minDocuments).map((c) => [c.id, c]))
    const dropped = chunk.filter((id) => !kept.has(id))
    if (dropped.length) {
      const families = await tx.formula.findMany({ where: { id: { in: dropped } }, select: { familyId: true }, distinct: ['familyId'] })
      await tx.formula.deleteMany({ where: { id: { in: dropped } } })
      const heads = families.map((f) => f.familyId)
      await tx.$executeRaw`UPDATE "Formula" SET "familySize" = (SELECT COUNT(*) FROM "Formula" m WHERE m."familyId" = "Formula"."familyId")
        WHERE "familyId" IN (${Prisma.join(heads)})`
    }
    const kindsOf = new Map<string, string[]>()
    for (const row of kinds) kindsOf.set(row.id, [...(kindsOf.get(row.id) ?? []), row.kind])
    await updateFromValues(
      tx,
      [...kept.values()].map(
        (c) =>
          Prisma.sql`(${c.id}, CAST(${Number(c.statements)} AS INTEGER), CAST(${Number(c.occurrences)} AS INTEGER), CAST(${c.first} AS TEXT), CAST(${c.last} AS TEXT), CAST(${(kindsOf.get(c.id) ?? []).sort().join(' ')} AS TEXT))`,
      ),
      (rows) => Prisma.sql`UPDATE "Formula" SET "statementCount" = v.column2, "occurrenceCount" = v.column3, "firstDate" = v.column4,
        "lastDate" = v.column5, "kinds" = v.column6 FROM (VALUES ${rows}) AS v WHERE "Formula"."id" = v.column1`,
    )
    // every variant of the formulas kept, a variant no longer used at 0
    const used = new Map(variants.map((v) => [`${v.id} ${Number(v.variant)}`, v]))
    const all = await tx.formulaVariant.findMany({
      where: { formulaId: { in: [...kept.keys()] } },
      select: { formulaId: true, position: true },
    })
    await updateFromValues(
      tx,
      all.map(({ formulaId, position }) => {
        const v = used.get(`${formulaId} ${position}`)
        return Prisma.sql`(${formulaId}, CAST(${position} AS INTEGER), CAST(${Number(v?.statements ?? 0)} AS INTEGER), CAST(${Number(v?.occurrences ?? 0)} AS INTEGER))`
      }),
      (rows) => Prisma.sql`UPDATE "FormulaVariant" SET "statementCount" = v.column3, "occurrenceCount" = v.column4
        FROM (VALUES ${rows}) AS v WHERE "FormulaVariant"."formulaId" = v.column1 AND "FormulaVariant"."position" = v.column2`,
    )
  }
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
  formulas.sort((x, y) =>
    byUse(
      { statements: x.statementCount, length: x.length, variants: x.variantCount, key: x.key },
      { statements: y.statementCount, length: y.length, variants: y.variantCount, key: y.key },
    ),
  )
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
