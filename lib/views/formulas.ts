/**
 * Formulas as JSON for machines: GET /api/formulas and `cli formulas --json`,
 * GET /api/formulas/[id] and `cli formula <id> --json` print the same shapes.
 */
import type { FormulaDetail, FormulaSummary } from '@/lib/db/formulas'
import { variantDiff } from '@/lib/formulas/concordance'
import { plainFormula } from '@/lib/formulas/label'
import { clauseHref, formulaHref } from '@/lib/vocab/links'

export interface FormulaJson {
  id: string
  text: string
  length: number
  statements: number
  occurrences: number
  variants: { text: string; statements: number }[]
  firstDate: string | null
  lastDate: string | null
  /** percentage points of its language's statements gained in the corpus's latest year (null: the corpus cannot say) */
  growth: number | null
  kinds: string[]
  url: string
  /** formulas in its family, itself included, and (for a head in the list) its first members */
  familySize: number
  members: MemberJson[]
  /** "formula", or "name" (a state, organisation, person, treaty or place; not a formula) */
  kind: string
}

export interface MemberJson {
  id: string
  text: string
  statements: number
  url: string
}

const memberJson = (m: { id: string; text: string; statementCount: number }): MemberJson => ({
  id: m.id,
  text: plainFormula(m.text),
  statements: m.statementCount,
  url: formulaHref(m.id),
})

/** A formula as `cli formulas --json` and GET /api/formulas print it: counterpart names as 〈X〉. */
export function formulaJson(formula: FormulaSummary): FormulaJson {
  return {
    id: formula.id,
    text: plainFormula(formula.text),
    length: formula.length,
    statements: formula.statementCount,
    occurrences: formula.occurrenceCount,
    variants: formula.variants.map((v) => ({ text: plainFormula(v.text), statements: v.statementCount })),
    firstDate: formula.firstDate,
    lastDate: formula.lastDate,
    growth: formula.growth,
    kinds: formula.kinds,
    url: formulaHref(formula.id),
    familySize: formula.familySize,
    members: formula.members.map(memberJson),
    kind: formula.kind,
  }
}

export interface FormulaDetailJson extends Omit<FormulaJson, 'variants'> {
  /** every member of a head's family; for a member, its family's head and the formula it is built on (null for a head) */
  family: { head: MemberJson; parent: MemberJson | null } | null
  variants: {
    text: string
    statements: number
    occurrences: number
    /** against the main variant: [-removed-] {+added+} */ changes: string
  }[]
  /** which page of the concordance `concordance` is: `total` occurrences, `limit` a page */
  concordancePage: { page: number; limit: number; total: number; pages: number }
  concordance: {
    statement: string
    title: string
    date: string | null
    clause: number
    variant: number
    left: string
    match: string
    right: string
    url: string
  }[]
}

/** A formula's concordance as `cli formula <id> --json` and GET /api/formulas/[id] print it. */
export function formulaDetailJson(formula: FormulaDetail): FormulaDetailJson {
  const main = formula.variants[0]?.text ?? formula.text
  return {
    ...formulaJson(formula),
    family: formula.family
      ? { head: memberJson(formula.family.head), parent: formula.family.parent && memberJson(formula.family.parent) }
      : null,
    variants: formula.variants.map((v) => ({
      text: plainFormula(v.text),
      statements: v.statementCount,
      occurrences: v.occurrenceCount,
      changes: variantDiff(main, v.text)
        .map((op) => plainFormula(op.op === 'equal' ? op.b : op.op === 'delete' ? `[-${op.a}-]` : `{+${op.b}+}`))
        .join(''),
    })),
    concordancePage: {
      page: formula.concordance.page,
      limit: formula.concordance.perPage,
      total: formula.concordance.total,
      pages: Math.max(1, Math.ceil(formula.concordance.total / Math.max(1, formula.concordance.perPage))),
    },
    concordance: formula.occurrences.map((o) => ({
      statement: o.statement.slug,
      title: o.statement.title,
      date: o.statement.date,
      clause: o.clause.position + 1,
      variant: o.variant,
      left: o.left,
      match: o.match,
      right: o.right,
      url: clauseHref(o.statement.slug, o.clause.position),
    })),
  }
}
