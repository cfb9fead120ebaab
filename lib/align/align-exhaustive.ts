/**
 * The first aligner, kept as the reference the faster one is measured and
 * tested against. Order-preserving clause alignment by dynamic programming, in the manner of
 * sentence aligners for parallel text (Gale & Church 1993; Moore 2002): each
 * step takes 1:1, 2:1, 1:2, 1:0 or 0:1 clauses, and the alignment maximises
 * the sum over rows of (similarity − threshold) × (text length of the row).
 * A pair less similar than the threshold is worth less than leaving both
 * clauses unpaired, so nothing is paired by accident; a merge must beat the
 * threshold by `mergePenalty` as well, so 1:1 is preferred when it explains the
 * text as well. Runs in O(n·m) scorer calls.
 */
import type { AlignedRow, AlignOptions, ClauseScorer, RowKind } from './types'

interface Step {
  da: number
  db: number
  kind: RowKind
}

const STEPS: readonly Step[] = [
  { da: 1, db: 1, kind: 'match' },
  { da: 1, db: 0, kind: 'a-only' },
  { da: 0, db: 1, kind: 'b-only' },
  { da: 2, db: 1, kind: 'merge' },
  { da: 1, db: 2, kind: 'split' },
]

/**
 * Aligns n clauses of A with m clauses of B.
 */
export function alignClausesExhaustive(
  n: number,
  m: number,
  scorer: ClauseScorer,
  options: Pick<AlignOptions, 'threshold' | 'mergePenalty'>,
): AlignedRow[] {
  const width = m + 1
  const best = new Float64Array((n + 1) * width).fill(-Infinity)
  const choice = new Int8Array((n + 1) * width).fill(-1)
  const scores = new Float64Array((n + 1) * width)
  best[0] = 0
  const indices = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k)
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      const cell = i * width + j
      STEPS.forEach((step, s) => {
        const pi = i - step.da
        const pj = j - step.db
        if (pi < 0 || pj < 0) return
        const before = best[pi * width + pj] as number
        if (before === -Infinity) return
        let gain = 0
        let similarity = 0
        if (step.da > 0 && step.db > 0) {
          const a = indices(pi, step.da)
          const b = indices(pj, step.db)
          const bar = options.threshold + (step.kind === 'match' ? 0 : options.mergePenalty)
          if (step.kind !== 'match' && scorer.bound && scorer.bound(a, b) < bar) return
          similarity = scorer.score(a, b)
          if (similarity < bar) return
          const weight = a.reduce((w, k) => w + scorer.weight('a', k), 0) + b.reduce((w, k) => w + scorer.weight('b', k), 0)
          gain = (similarity - options.threshold) * weight - (step.kind === 'match' ? 0 : options.mergePenalty * weight)
        }
        const total = before + gain
        // ties go to the earlier step in STEPS: a pair before a gap, a gap before a merge
        if (total > (best[cell] as number) + 1e-9) {
          best[cell] = total
          choice[cell] = s
          scores[cell] = similarity
        }
      })
    }
  }
  return orderGaps(traceBack(n, m, width, choice, scores))
}

/**
 * Between two pairs, show A's unpaired clauses before B's (as a diff shows
 * deletions before insertions), each side in its own order.
 */
function orderGaps(rows: AlignedRow[]): AlignedRow[] {
  const out: AlignedRow[] = []
  let run: AlignedRow[] = []
  const flush = () => {
    out.push(...run.filter((r) => r.kind === 'a-only'), ...run.filter((r) => r.kind === 'b-only'))
    run = []
  }
  for (const row of rows) {
    if (row.kind === 'a-only' || row.kind === 'b-only') run.push(row)
    else {
      flush()
      out.push(row)
    }
  }
  flush()
  return out
}

function traceBack(n: number, m: number, width: number, choice: Int8Array, scores: Float64Array): AlignedRow[] {
  const rows: AlignedRow[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const cell = i * width + j
    const step = STEPS[choice[cell] as number]
    if (!step) throw new Error(`alignClauses: no path to cell (${i}, ${j}); this is a bug`)
    const a = Array.from({ length: step.da }, (_, k) => i - step.da + k)
    const b = Array.from({ length: step.db }, (_, k) => j - step.db + k)
    rows.push({
      a,
      b,
      kind: step.kind,
      score: scores[cell] as number,
      moved: false,
      rule: step.kind === 'match' ? 'pair' : step.kind === 'merge' || step.kind === 'split' ? 'merge' : 'single',
    })
    i -= step.da
    j -= step.db
  }
  return rows.reverse()
}
