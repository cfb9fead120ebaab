/**
 * How a formula's use is changing: the share of its language's statements
 * that use it in the corpus's latest year (for that language), against the
 * share the year before, in percentage points. "Free and open Indo-Pacific"
 * in 40% of 2022's English statements and 25% of 2021's has a growth of +15.
 * Shares, not counts, so that a year with more statements in the corpus does
 * not make every formula look as if it were rising. A language whose
 * statements do not cover two successive years gives no growth (null), and
 * neither do undated statements.
 */
import type { FormulaSourceStatement } from './types'

type Dated = Pick<FormulaSourceStatement, 'date' | 'language'>

/** The year of an ISO date, or null for an undated statement. */
export const yearOf = (date: string | null) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null)

/** The dated statements of each language, counted by year. */
export interface CorpusYears {
  byLanguage: Map<string, Map<number, number>>
  /** each language's latest year */
  latest: Map<string, number>
}

export function corpusYears(statements: readonly Dated[]): CorpusYears {
  const byLanguage = new Map<string, Map<number, number>>()
  const latest = new Map<string, number>()
  for (const statement of statements) {
    const year = yearOf(statement.date)
    if (year === null) continue
    const language = statement.language ?? ''
    const years = byLanguage.get(language) ?? new Map<number, number>()
    years.set(year, (years.get(year) ?? 0) + 1)
    byLanguage.set(language, years)
    if (year > (latest.get(language) ?? -Infinity)) latest.set(language, year)
  }
  return { byLanguage, latest }
}

/**
 * The growth of a formula used by `used` (its statements, each once), in
 * percentage points rounded to one decimal, or null where the corpus cannot
 * say (see above).
 */
export function formulaGrowth(used: readonly Dated[], corpus: CorpusYears): number | null {
  const language = used[0]?.language ?? ''
  const last = corpus.latest.get(language)
  const years = corpus.byLanguage.get(language)
  if (last === undefined || !years) return null
  const totalLast = years.get(last) ?? 0
  const totalBefore = years.get(last - 1) ?? 0
  if (totalLast === 0 || totalBefore === 0) return null
  let inLast = 0
  let inBefore = 0
  for (const statement of used) {
    const year = yearOf(statement.date)
    if (year === last) inLast++
    else if (year === last - 1) inBefore++
  }
  return growthOf(inLast, totalLast, inBefore, totalBefore)
}

/**
 * Growth from the counts: statements using the formula and all statements of
 * its language, in the latest year and the year before (both totals above 0).
 * @example growthOf(4, 10, 1, 4) // 15
 */
export function growthOf(inLast: number, totalLast: number, inBefore: number, totalBefore: number): number {
  return Math.round((inLast / totalLast - inBefore / totalBefore) * 1000) / 10
}
