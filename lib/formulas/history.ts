/**
 * A formula's history, from the statements that use it: its first and latest
 * use, its uses year by year against all the statements of its language that
 * year, and its uses by partner. Pure: lib/db/formula-history reads the rows.
 */
import { yearOf } from './growth'

export interface HistoryStatement {
  slug: string
  title: string
  date: string | null
  /** party codes and names, in the statement's order */
  parties: readonly { code: string; name: string }[]
  /** the formula's occurrences in it */
  occurrences: number
}

export interface HistoryYear {
  year: number
  /** statements that use the formula that year */
  statements: number
  occurrences: number
  /** all statements of the formula's language dated that year */
  corpusStatements: number
  /** statements / corpusStatements, 0 to 1 (0 when the corpus has none) */
  share: number
}

export interface HistoryPartner {
  code: string
  name: string
  statements: number
  first: string | null
  latest: string | null
}

export interface FormulaHistory {
  first: HistoryStatement | null
  latest: HistoryStatement | null
  /**
   * every year from its first use to its latest, and the collection's years of its language up to CONTEXT_YEARS
   * before and after: those without a use included (a gap, the years before it entered and after it was dropped
   * are part of the history)
   */
  years: HistoryYear[]
  /** the parties of the statements that use it (the author's own included), most statements first */
  partners: HistoryPartner[]
  undated: number
}

/** How many years before its first use and after its latest a formula's history looks for the collection's statements. */
export const CONTEXT_YEARS = 5

/**
 * @param statements the statements that use the formula, in any order
 * @param corpusYears all statements of the formula's language, counted by year
 */
export function formulaHistory(statements: readonly HistoryStatement[], corpusYears: ReadonlyMap<number, number>): FormulaHistory {
  const dated = statements
    .filter((s) => yearOf(s.date) !== null)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string) || a.slug.localeCompare(b.slug))
  const byYear = new Map<number, { statements: number; occurrences: number }>()
  for (const s of dated) {
    const year = yearOf(s.date) as number
    const entry = byYear.get(year) ?? { statements: 0, occurrences: 0 }
    entry.statements++
    entry.occurrences += s.occurrences
    byYear.set(year, entry)
  }
  const years: HistoryYear[] = []
  const firstUse = yearOf(dated[0]?.date ?? null)
  const lastUse = yearOf(dated.at(-1)?.date ?? null)
  if (firstUse !== null && lastUse !== null) {
    // the collection's years around the uses: the years before the first use show when it entered, those after the
    // latest that it was dropped; up to CONTEXT_YEARS away, so that one stray old date does not make every history a century
    let firstYear = firstUse
    let lastYear = lastUse
    for (const [year, count] of corpusYears) {
      if (count === 0) continue
      if (year < firstYear && year >= firstUse - CONTEXT_YEARS) firstYear = year
      if (year > lastYear && year <= lastUse + CONTEXT_YEARS) lastYear = year
    }
    for (let year = firstYear; year <= lastYear; year++) {
      const used = byYear.get(year) ?? { statements: 0, occurrences: 0 }
      const corpusStatements = corpusYears.get(year) ?? 0
      years.push({ year, ...used, corpusStatements, share: corpusStatements ? used.statements / corpusStatements : 0 })
    }
  }
  return {
    first: dated[0] ?? null,
    latest: dated.at(-1) ?? null,
    years,
    partners: partnersOf(statements),
    undated: statements.length - dated.length,
  }
}

function partnersOf(statements: readonly HistoryStatement[]): HistoryPartner[] {
  const partners = new Map<string, HistoryPartner>()
  for (const s of statements) {
    for (const party of new Map(s.parties.map((p) => [p.code, p])).values()) {
      const entry = partners.get(party.code) ?? { code: party.code, name: party.name, statements: 0, first: null, latest: null }
      entry.statements++
      if (s.date && (entry.first === null || s.date < entry.first)) entry.first = s.date
      if (s.date && (entry.latest === null || s.date > entry.latest)) entry.latest = s.date
      partners.set(party.code, entry)
    }
  }
  return [...partners.values()].sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name))
}
