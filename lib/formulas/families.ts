/**
 * Formula families: a formula built on another one (共建“一带一路”倡议 on
 * “一带一路”倡议 on “一带一路”; "peace and stability in the Taiwan Strait"
 * on "peace and stability") belongs to that one's family, and the list shows
 * families. A formula's parent is the longest formula inside its wording (on
 * a tie the one more statements use, then the first in the list), so that a
 * family is a tree: 共建“一带一路”倡议 under 共建“一带一路” under “一带一路”. Its
 * family's head is its parent's head, or itself when no other formula is
 * inside it. The head is in every statement a member is in (its wording is
 * part of theirs), so a family is as widely used as its head.
 *
 * Found through the occurrences, not by comparing every pair of wordings: a
 * formula inside another occurs inside each of its occurrences, so the
 * candidates are the formulas occurring within one occurrence of it.
 */
import type { FormulaRecord } from './types'

export interface Family {
  /** the head's id (a head's own) */
  head: string
  /** the formula it is built on, or null for a head */
  parent: string | null
}

/** The family of every record, by id. `records` are in the list's order (most widely used first). */
export function formulaFamilies(records: readonly FormulaRecord[]): Map<string, Family> {
  // each clause's occurrences: [record index, start, end]
  const inClause = new Map<number, [number, number, number][]>()
  records.forEach((record, index) => {
    const o = record.occurrences
    for (let k = 0; k < o.clause.length; k++) {
      const clause = o.clause[k] as number
      let list = inClause.get(clause)
      if (!list) inClause.set(clause, (list = []))
      list.push([index, o.start[k] as number, o.end[k] as number])
    }
  })
  const parents = records.map((record, index) => {
    const o = record.occurrences
    if (o.clause.length === 0) return -1
    const start = o.start[0] as number
    const end = o.end[0] as number
    let best = -1
    for (const [other, s, e] of inClause.get(o.clause[0] as number) ?? []) {
      if (other === index || s < start || e > end) continue
      const candidate = records[other] as FormulaRecord
      // inside this occurrence, and inside the wording itself: not merely in the same place once
      if (candidate.key.length >= record.key.length || !record.key.includes(candidate.key)) continue
      if (best < 0 || better(candidate, other, records[best] as FormulaRecord, best)) best = other
    }
    return best
  })
  const heads = new Map<number, number>()
  const headOf = (index: number): number => {
    const known = heads.get(index)
    if (known !== undefined) return known
    const parent = parents[index] as number
    // a parent's key is shorter, so the chain ends
    const head = parent < 0 ? index : headOf(parent)
    heads.set(index, head)
    return head
  }
  const families = new Map<string, Family>()
  records.forEach((record, index) => {
    const parent = parents[index] as number
    families.set(record.id, {
      head: (records[headOf(index)] as FormulaRecord).id,
      parent: parent < 0 ? null : (records[parent] as FormulaRecord).id,
    })
  })
  return families
}

/** The better parent of two formulas inside another: the longer, then the more widely used, then the first listed. */
function better(a: FormulaRecord, aIndex: number, b: FormulaRecord, bIndex: number): boolean {
  if (a.key.length !== b.key.length) return a.key.length > b.key.length
  if (a.statementCount !== b.statementCount) return a.statementCount > b.statementCount
  return aIndex < bIndex
}
