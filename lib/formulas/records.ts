/**
 * From stored statements to formula records: mines the corpus (see
 * mineFormulas) and maps every occurrence from the comparison form back onto
 * the clause as printed, so that pages can underline it and quote it.
 */
import { createHash } from 'node:crypto'
import { comparableClause, type ComparableClause } from '@/lib/compare/comparable'
import { buildPartyMask } from '@/lib/parties/party-mask'
import { isPrivateMask } from '@/lib/text/chars'
import { DEFAULT_MINING_OPTIONS, mineFormulas } from './mine-formulas'
import type { FormulaRecord, FormulaSourceStatement, MiningOptions } from './types'

interface ClauseInfo {
  statement: FormulaSourceStatement
  text: string
  /** units of the printed text before the body (the enumeration label) */
  offset: number
  comparable: ComparableClause['comparable']
}

/**
 * The formulas of these statements, most widely used first, with their
 * occurrences as offsets into the printed clause texts. Deterministic: the
 * same statements give the same records, ids included (an id is a hash of the
 * formula's key, so a link to a formula survives a rebuild).
 */
export function formulaRecords(statements: readonly FormulaSourceStatement[], options: MiningOptions = DEFAULT_MINING_OPTIONS): FormulaRecord[] {
  const clauses = new Map<number, ClauseInfo>()
  const documents = statements.map((statement) => {
    const mask = buildPartyMask(statement.parties)
    return {
      id: statement.id,
      clauses: statement.clauses.map((clause) => {
        const { body, comparable } = comparableClause(clause.text, clause.label, mask)
        clauses.set(clause.id, { statement, text: clause.text, offset: clause.text.length - body.length, comparable })
        return { id: clause.id, text: comparable.text }
      }),
    }
  })
  const byId = new Map(statements.map((s) => [s.id, s]))
  const ids = new Set<string>()
  return mineFormulas(documents, options).map((formula) => {
    const { occurrences: o } = formula
    const printed = Array.from(o.clause, (clauseId, k) => printedRange(clauses.get(clauseId) as ClauseInfo, o.start[k] as number, o.end[k] as number))
    // each variant reads as it was printed where it first occurs
    const texts = formula.variants.map((_, v) => {
      const k = o.variant.indexOf(v)
      return displayText(clauses.get(o.clause[k] as number) as ClauseInfo, o.start[k] as number, o.end[k] as number)
    })
    const used = [...new Set(o.document)].map((id) => byId.get(id) as FormulaSourceStatement)
    const dates = used.flatMap((s) => (s.date ? [s.date] : [])).sort()
    return {
      id: formulaId(formula.key, ids),
      key: formula.key,
      text: texts[0] as string,
      length: formula.length,
      statementCount: formula.documents,
      occurrenceCount: o.clause.length,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      kinds: [...new Set(used.map((s) => s.kind))].sort(),
      variants: formula.variants.map((variant, v) => ({ pattern: variant.pattern, text: texts[v] as string, occurrences: variant.occurrences, statements: variant.documents })),
      occurrences: printed.map(([start, end], k) => ({
        statementId: o.document[k] as number,
        clauseId: o.clause[k] as number,
        variant: o.variant[k] as number,
        start,
        end,
      })),
    }
  })
}

/** 12 hex digits of the key's SHA-256; on the rare clash, of the key numbered. */
function formulaId(key: string, taken: Set<string>): string {
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

/** [start, end) of the printed clause text that comparison units [from, to) stand for. */
function printedRange(clause: ClauseInfo, from: number, to: number): [number, number] {
  return [clause.offset + (clause.comparable.start[from] as number), clause.offset + (clause.comparable.end[to - 1] as number)]
}

/**
 * The printed text of comparison units [from, to), with each masked name
 * replaced by its placeholder: 吉方坚定奉行 → \uE000方坚定奉行.
 */
function displayText(clause: ClauseInfo, from: number, to: number): string {
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
