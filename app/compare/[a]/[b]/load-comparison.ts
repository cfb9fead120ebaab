import 'server-only'
import { cache } from 'react'
import type { CompareOptions } from '@/lib/compare/types'
import type { FormulaMark } from '@/lib/formulas/overlay'
import { CannotCompareError, comparePair, droppedFormulas, pairFormulaMarks } from '@/lib/services/compare-pair'
import { getDb } from '@/lib/services/database'
import { ServiceError } from '@/lib/services/errors'

/**
 * The comparison for a request, shared by the page and its metadata (React's
 * cache lasts one request), with the formulas to underline when the view
 * marks them, and the formulas the later one dropped when both are
 * statements of the same parties. Null when either statement does not exist; `mismatch` says
 * why two statements cannot be compared.
 */
export const loadComparison = cache(
  async (slugA: string, slugB: string, threshold: number, granularity: CompareOptions['granularity'], mask: boolean, formulas: boolean) => {
    const db = getDb()
    try {
      const { a, b, result, version } = await comparePair(db, slugA, slugB, { threshold, granularity, mask })
      const [marks, dropped] = formulas
        ? await Promise.all([pairFormulaMarks(db, slugA, slugB), droppedFormulas(db, a, b)])
        : [new Map<number, FormulaMark[]>(), null]
      return { a, b, result, version, marks, dropped, mismatch: null }
    } catch (error) {
      if (error instanceof CannotCompareError) return { a: error.a, b: error.b, mismatch: error.message }
      if (error instanceof ServiceError && error.code === 'not-found') return null
      throw error
    }
  },
)
