import 'server-only'
import { cache } from 'react'
import { compareStatements } from '@/lib/compare/compare-statements'
import { languageMismatch } from '@/lib/compare/language'
import type { CompareOptions } from '@/lib/compare/types'
import { getDb } from '@/lib/db/client'
import { formulaMarks } from '@/lib/db/formulas'
import { comparisonMarks } from '@/lib/formulas/overlay'
import { getStatement, statementSizes, toCompareStatement } from '@/lib/db/statements'
import { getEnv } from '@/lib/env'
import { refusal } from '@/lib/limits'

/**
 * The comparison for a request, shared by the page and its metadata (React's
 * cache lasts one request), with the formulas to underline: those that other
 * statements use too.
 * Null when either statement does not exist; `mismatch` says why two
 * statements cannot be compared (their languages differ, or together they
 * are over TONGWEN_MAX_COMPARE_CLAUSES: checked on the stored counts before
 * a clause is aligned, so the page, its exports and its preview image cost
 * a bounded amount whatever the statements' size).
 */
export const loadComparison = cache(async (slugA: string, slugB: string, threshold: number, granularity: CompareOptions['granularity'], mask: boolean) => {
  const db = getDb()
  const { maxCompareClauses } = getEnv().limits
  const [sizeA, sizeB] = await statementSizes(db, [slugA, slugB])
  if (!sizeA || !sizeB) return null
  const clauses = sizeA.clauseCount + sizeB.clauseCount
  if (clauses > maxCompareClauses) return { a: sizeA, b: sizeB, mismatch: refusal.compareClauses(clauses, maxCompareClauses) }
  const [a, b, marksA, marksB] = await Promise.all([getStatement(db, slugA), getStatement(db, slugB), formulaMarks(db, [slugA]), formulaMarks(db, [slugB])])
  if (!a || !b) return null
  const [ca, cb] = [toCompareStatement(a), toCompareStatement(b)]
  const mismatch = languageMismatch(ca, cb)
  if (mismatch) return { a, b, mismatch }
  const result = compareStatements(ca, cb, { threshold, granularity, mask })
  return { a, b, result, marks: comparisonMarks(marksA, marksB, slugA === slugB), mismatch: null }
})
