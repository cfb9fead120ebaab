/**
 * Reads a formula's history (lib/formulas/history): the statements that use
 * it, with their parties and how often they use it, and how many statements
 * of its language the corpus has in each year. Prisma builds every query but
 * the count by year, whose values are bound parameters.
 */
import { Prisma } from '@/lib/generated/prisma/client'
import { formulaHistory, type FormulaHistory } from '@/lib/formulas/history'
import type { Db, Tx } from './client'

/** A formula's history, with the language of the statements that use it ('zh' or 'en'); null for a formula no statement uses. */
export async function getFormulaHistory(db: Db, id: string): Promise<(FormulaHistory & { language: string }) | null> {
  const statements = await db.statement.findMany({
    where: { occurrences: { some: { formulaId: id } } },
    select: {
      slug: true,
      title: true,
      date: true,
      language: true,
      parties: { orderBy: { position: 'asc' }, select: { party: { select: { code: true, nameEn: true } } } },
      _count: { select: { occurrences: { where: { formulaId: id } } } },
    },
  })
  if (statements.length === 0) return null
  // a formula's wording is of one language, and so are the statements that use it
  const language = statements[0]?.language as string
  const corpusYears = await statementsByYear(db, language)
  const history = formulaHistory(
    statements.map((s) => ({
      slug: s.slug,
      title: s.title,
      date: s.date,
      parties: s.parties.map(({ party }) => ({ code: party.code, name: party.nameEn })),
      occurrences: s._count.occurrences,
    })),
    corpusYears,
  )
  return { ...history, language }
}

/** How many dated statements of a language the corpus has in each year. */
export async function statementsByYear(db: Db | Tx, language: string): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<{ year: string; n: bigint | number }[]>(Prisma.sql`
    SELECT substr("date", 1, 4) AS year, COUNT(*) AS n FROM "Statement"
    WHERE "language" = ${language} AND "date" IS NOT NULL
    GROUP BY substr("date", 1, 4)`)
  return new Map(rows.filter((r) => /^\d{4}$/.test(r.year)).map((r) => [Number(r.year), Number(r.n)]))
}
