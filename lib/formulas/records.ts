/**
 * From stored statements to formula records: mines the corpus (see
 * mineFormulas) and maps every occurrence from the comparison form back onto
 * the clause as printed, so that pages can underline it and quote it.
 */
import { createHash } from 'node:crypto'
import { comparableClause, type ComparableClause } from '@/lib/text/comparable'
import { buildPartyMask } from '@/lib/parties/party-mask'
import { isPrivateMask } from '@/lib/text/chars'
import { DEFAULT_MINING_OPTIONS, mineFormulas } from './mine-formulas'
import { plainFormula } from './label'
import { isName } from './names'
import { corpusYears, formulaGrowth, type CorpusYears } from './growth'
import { formulaFamilies } from './families'
import type { FormulaRecord, FormulaSourceStatement, MiningDocument, MiningOptions, Occurrences } from './types'

export interface ClauseInfo {
  statement: FormulaSourceStatement
  text: string
  /** units of the printed text before the body (the enumeration label) */
  offset: number
  comparable: ComparableClause['comparable']
}

/**
 * The formulas of these statements, most widely used first, with their
 * occurrences as offsets into the printed clause texts and their families
 * (lib/formulas/families). Deterministic: the
 * same statements give the same records, ids included (an id is a hash of the
 * formula's key, so a link to a formula survives a rebuild).
 */
export function formulaRecords(
  statements: readonly FormulaSourceStatement[],
  options: MiningOptions = DEFAULT_MINING_OPTIONS,
): FormulaRecord[] {
  const clauses = new Map<number, ClauseInfo>()
  const documents = miningDocuments(statements, (id, info) => clauses.set(id, info))
  const byId = new Map(statements.map((s) => [s.id, s]))
  const years = corpusYears(statements)
  const ids = new Set<string>()
  const records: FormulaRecord[] = []
  for (const formula of mineFormulas(documents, options)) {
    const { occurrences: o } = formula
    // each variant reads as it is printed most often (a heading's Title Case is not the wording)
    const forms = new PrintedForms()
    for (let k = 0; k < o.clause.length; k++) {
      const clause = clauses.get(o.clause[k] as number) as ClauseInfo
      const [from, to] = [o.start[k] as number, o.end[k] as number]
      const { start, end } = printedRange(clause, from, to)
      forms.add(o.variant[k] as number, clause.text.slice(start, end), () => displayText(clause, from, to))
    }
    const texts = formula.variants.map((_, v) => forms.main(v))
    records.push({
      id: formulaId(formula.key, ids),
      key: formula.key,
      text: texts[0] as string,
      length: formula.length,
      statementCount: formula.documents,
      occurrenceCount: o.clause.length,
      ...usageOf(statementsOf(o, byId), years),
      kind: kindOf(texts[0] as string),
      familyId: '',
      parentId: null,
      variants: formula.variants.map((variant, v) => ({
        pattern: variant.pattern,
        text: texts[v] as string,
        occurrences: variant.occurrences,
        statements: variant.documents,
      })),
      occurrences: printedOccurrences(o, clauses),
    })
  }
  return withFamilies(records)
}

/** The statements as the miner reads them (their clauses' comparison forms); `seen` is given each clause's id and reading. */
export function miningDocuments(
  statements: readonly FormulaSourceStatement[],
  seen?: (clauseId: number, info: ClauseInfo) => void,
): MiningDocument[] {
  return statements.map((statement) => ({
    id: statement.id,
    clauses: clauseInfos(statement).map((info, k) => {
      const clause = statement.clauses[k] as FormulaSourceStatement['clauses'][number]
      seen?.(clause.id, info)
      return { id: clause.id, text: info.comparable.text }
    }),
  }))
}

/** Names (states, organisations, people, treaties) recur because they are named: they are not formulas, but a kind of their own (see isName). */
export const kindOf = (text: string): FormulaRecord['kind'] => (isName(plainFormula(text)) ? 'name' : 'formula')

/** What a formula's statements say of it: its first and latest use, the kinds of statement, its growth (lib/formulas/growth). */
export function usageOf(
  used: readonly FormulaSourceStatement[],
  years: CorpusYears,
): Pick<FormulaRecord, 'firstDate' | 'lastDate' | 'growth' | 'kinds'> {
  let firstDate: string | null = null
  let lastDate: string | null = null
  const kinds = new Set<string>()
  for (const statement of used) {
    kinds.add(statement.kind)
    if (statement.date && (firstDate === null || statement.date < firstDate)) firstDate = statement.date
    if (statement.date && (lastDate === null || statement.date > lastDate)) lastDate = statement.date
  }
  return { firstDate, lastDate, growth: formulaGrowth(used, years), kinds: [...kinds].sort() }
}

/** The records (in the list's order) with their families set: families are of formulas, a name is alone (lib/formulas/families). */
export function withFamilies(records: FormulaRecord[]): FormulaRecord[] {
  const families = formulaFamilies(records.filter((record) => record.kind === 'formula'))
  for (const record of records) {
    const family = families.get(record.id)
    record.familyId = family?.head ?? record.id
    record.parentId = family?.parent ?? null
  }
  return records
}

/** A statement's clauses as the miner reads them: the comparison form, its partners masked, with the way back to the printed text. */
export function clauseInfos(statement: FormulaSourceStatement): ClauseInfo[] {
  const mask = buildPartyMask(statement.parties)
  return statement.clauses.map((clause) => {
    const { body, comparable } = comparableClause(clause.text, clause.label, mask)
    return { statement, text: clause.text, offset: clause.text.length - body.length, comparable }
  })
}

/** Comparison units [from, to) of a clause as offsets into its printed text. */
export function printedRange(clause: ClauseInfo, from: number, to: number): { start: number; end: number } {
  return {
    start: clause.offset + (clause.comparable.start[from] as number),
    end: clause.offset + (clause.comparable.end[to - 1] as number),
  }
}

/** A statement to be read as the miner reads it, without a database: its clauses' texts and labels. */
export interface UnstoredStatement {
  parties: readonly string[]
  clauses: readonly { text: string; label?: string | null }[]
  date?: string | null
  kind?: string
  language?: string
}

/**
 * Statements outside a database as the miner reads them from one: numbered
 * from 1 in order, their clauses numbered on across them (for benchmarks,
 * the eval and tests).
 */
export function numberedSources(statements: readonly UnstoredStatement[]): FormulaSourceStatement[] {
  let clauseId = 0
  return statements.map((s, k) => ({
    id: k + 1,
    date: s.date ?? null,
    kind: s.kind ?? 'joint-statement',
    ...(s.language ? { language: s.language } : {}),
    parties: s.parties,
    clauses: s.clauses.map((c) => ({ id: ++clauseId, text: c.text, label: c.label ?? null })),
  }))
}

/** Characters of clause text in these statements: what mining them reads. */
export const sourceCharacters = (statements: readonly FormulaSourceStatement[]) =>
  statements.reduce((sum, s) => sum + s.clauses.reduce((n, c) => n + c.text.length, 0), 0)

/** The statements of a formula's occurrences (they come in statement order, so each is one run). */
export function statementsOf(o: Occurrences, byId: ReadonlyMap<number, FormulaSourceStatement>): FormulaSourceStatement[] {
  const used: FormulaSourceStatement[] = []
  for (let k = 0; k < o.document.length; k++) {
    if (k > 0 && o.document[k] === o.document[k - 1]) continue
    used.push(byId.get(o.document[k] as number) as FormulaSourceStatement)
  }
  return used
}

/** The occurrences moved from the comparison form onto the printed clause texts, in place (columns, as mined). */
function printedOccurrences(o: Occurrences, clauses: ReadonlyMap<number, ClauseInfo>): Occurrences {
  for (let k = 0; k < o.clause.length; k++) {
    const { start, end } = printedRange(clauses.get(o.clause[k] as number) as ClauseInfo, o.start[k] as number, o.end[k] as number)
    o.start[k] = start
    o.end[k] = end
  }
  return o
}

/** Occurrence k as a row: statement, clause, variant, printed offsets. */
export function occurrenceAt(
  o: Occurrences,
  k: number,
): { statementId: number; clauseId: number; variant: number; start: number; end: number } {
  return {
    statementId: o.document[k] as number,
    clauseId: o.clause[k] as number,
    variant: o.variant[k] as number,
    start: o.start[k] as number,
    end: o.end[k] as number,
  }
}

/** Every occurrence as a row. */
export function occurrenceRows(o: Occurrences) {
  return Array.from(o.clause, (_, k) => occurrenceAt(o, k))
}

/** 12 hex digits of the key's SHA-256; on the rare clash, of the key numbered. */
export function formulaId(key: string, taken: Set<string>): string {
  for (let n = 0; ; n++) {
    const id = createHash('sha256')
      .update(n ? `${key}#${n}` : key)
      .digest('hex')
      .slice(0, 12)
    if (!taken.has(id)) {
      taken.add(id)
      return id
    }
  }
}

/**
 * The printed forms of a formula's wordings, counted over their uses in order
 * of use: a wording reads as it is printed most often, the first used among
 * equals. One wording is printed in several ways that compare as the same
 * (case, quotation marks): "Allies and partners" opening a sentence or a
 * heading in Title Case ("Research and Development") stands for the wording
 * only when it is printed so most of the time, and whether a formula is a
 * name (lib/formulas/names) is read from that form.
 */
export class PrintedForms {
  /** per variant: each printed slice's uses, and its form (names as placeholders), made once per slice */
  private readonly slices: Map<string, { uses: number; form: string }>[] = []

  /**
   * One use of `variant`, printed as `slice` (the clause's text it covers);
   * `form` makes its printed form, called once per distinct slice.
   */
  add(variant: number, slice: string, form: () => string): void {
    const slices = (this.slices[variant] ??= new Map())
    const seen = slices.get(slice)
    if (seen) seen.uses++
    else slices.set(slice, { uses: 1, form: form() })
  }

  /** The form `variant` is printed in most often (the first used among equals); '' when it has no use. */
  main(variant: number): string {
    // slices that differ only in a masked name are one form
    const forms = new Map<string, number>()
    for (const { uses, form } of this.slices[variant]?.values() ?? []) forms.set(form, (forms.get(form) ?? 0) + uses)
    let best = ''
    let most = 0
    for (const [form, uses] of forms) {
      if (uses > most) {
        best = form
        most = uses
      }
    }
    return best
  }
}

/**
 * The printed text of comparison units [from, to), with each masked name
 * replaced by its placeholder: 吉方坚定奉行 → \uE000方坚定奉行.
 */
export function displayText(clause: ClauseInfo, from: number, to: number): string {
  const { comparable } = clause
  const body = clause.text.slice(clause.offset)
  let text = ''
  let printedTo = comparable.start[from] as number
  for (let k = from; k < to; k++) {
    const start = comparable.start[k] as number
    const end = comparable.end[k] as number
    const unit = comparable.text.charAt(k)
    // what comparison dropped inside the formula (a space) is still printed
    if (start > printedTo) text += body.slice(printedTo, start)
    if (end > printedTo) text += isPrivateMask(unit) ? unit : body.slice(Math.max(start, printedTo), end)
    printedTo = Math.max(printedTo, end)
  }
  return text
}
