/**
 * Comparing two statements: normalise and mask each clause, align the clauses,
 * diff each aligned row, and measure how much wording the two share.
 * Pure: statements in, rows out.
 */
import { alignClauses, DEFAULT_ALIGN_OPTIONS } from '@/lib/align/align-clauses'
import { clearProfileCache, createDiceScorer } from '@/lib/align/dice-scorer'
import { apartMargin, isUnsure, longClauseBar, pairBarOf, sureBar } from './sure-link'
import { HOME_PARTY_CODES } from '@/lib/parties/gazetteer'
import type { AlignedRow, AlignOptions } from '@/lib/align/types'
import { commonCharacters, diffTexts } from '@/lib/diff/diff-texts'
import { clearTokenCache } from '@/lib/diff/tokenize'
import type { ChineseWords, DiffOp } from '@/lib/diff/types'
import { contentLength } from '@/lib/text/normalize'
import { comparableClause, joinComparables, maskFor, type ComparableClause } from '@/lib/text/comparable'
import type { CompareClause, CompareOptions, CompareResult, CompareRow, CompareStatement } from './types'
import { rowClauses } from './row-clauses'
import { statusCounts } from '@/lib/vocab/row-status'

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { threshold: DEFAULT_ALIGN_OPTIONS.threshold, granularity: 'word', mask: true }
const DIFF_TIMEOUT_MS = 200

/**
 * Forgets the word segmentations and bigram profiles remembered from earlier
 * comparisons (they only make repeated comparisons faster), for measurements
 * of a cold start.
 */
export function clearComparisonCaches(): void {
  clearTokenCache()
  clearProfileCache()
}

/** What the measurements vary; the app uses the defaults. */
export interface CompareTuning {
  /** the aligner's other settings, for tuning against the gold (npm run eval -- --grid) */
  alignSettings?: Partial<AlignOptions>
  /** where the diff's Chinese words come from, for measuring one segmenter against the other (npm run eval) */
  chineseWords?: ChineseWords
}

/**
 * The side-by-side comparison of two statements.
 * @example compareStatements(kyrgyzstan, tajikistan).similarity // 0.5…
 */
export function compareStatements(
  a: CompareStatement,
  b: CompareStatement,
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
  { alignSettings = {}, chineseWords = 'jieba' }: CompareTuning = {},
): CompareResult {
  const ca = comparables(a, b, options)
  const cb = comparables(b, a, options)
  const english = a.language === 'en' && b.language === 'en'
  const scorer = createDiceScorer(
    ca.map((c) => c.comparable.text),
    cb.map((c) => c.comparable.text),
    { weighting: 'idf', features: english ? 'words' : 'bigrams' },
  )
  const bar = sureBar(english)
  const long = longClauseBar(english)
  const barOf = pairBarOf(english)
  const aligned = alignClauses(ca.length, cb.length, scorer, {
    ...DEFAULT_ALIGN_OPTIONS,
    leaveApart: { below: bar, margin: apartMargin(english) },
    ...alignSettings,
    threshold: options.threshold,
  })
  const paired = aligned.filter((row) => row.a.length && row.b.length)
  const pairedIn = { a: new Set(paired.flatMap((row) => row.a)), b: new Set(paired.flatMap((row) => row.b)) }
  const apart = aligned.filter((row) => row.apart)
  const apartIn = { a: new Set(apart.flatMap((row) => row.a)), b: new Set(apart.flatMap((row) => row.b)) }
  const rows = aligned.map((row, k) => {
    const other = row.a.length ? { paired: pairedIn.b, apart: apartIn.b } : { paired: pairedIn.a, apart: apartIn.a }
    const built = buildRow(row, k + 1, a.clauses, ca, b.clauses, cb, options, chineseWords, other)
    if (!built.a.length || !built.b.length) return built
    // a row of long clauses may have a bar of its own (lib/compare/sure-link, LONG_CLAUSE_BAR)
    const rowBar = barOf([...built.a, ...built.b].map((clause) => clause.text))
    return isUnsure(built.score, rowBar)
      ? { ...built, unsure: rowBar === bar ? { bar: rowBar } : { bar: rowBar, long: true as const } }
      : built
  })
  const common = aligned.reduce(
    (sum, row) =>
      sum +
      commonCharacters(
        row.a.map((i) => (ca[i] as ComparableClause).comparable.text).join(''),
        row.b.map((j) => (cb[j] as ComparableClause).comparable.text).join(''),
      ),
    0,
  )
  const total = [...ca, ...cb].reduce((sum, c) => sum + contentLength(c.comparable.text), 0)
  return {
    a,
    b,
    options,
    similarity: total === 0 ? 0 : (2 * common) / total,
    sureBar: bar,
    ...(long ? { longClauseBar: long } : {}),
    rows,
    counts: statusCounts(rows),
    kinds: countKinds(rows),
  }
}

/** The comparison forms of a statement's clauses, masked for the comparison with `other`. */
function comparables(statement: CompareStatement, other: CompareStatement, options: CompareOptions): ComparableClause[] {
  const mask = maskFor(counterpartsAgainst(statement.parties, other.parties), options.mask)
  return statement.clauses.map((c) => comparableClause(c.text, c.label, mask))
}

/**
 * The parties of a statement that stand against a party of the other: not one
 * both statements share (the U.S. and Japan in two statements of theirs are
 * themselves on both sides), and only as many as the other statement has, in
 * order — against a statement of the U.S. alone, "Japan" in a U.S.–Japan–ROK
 * statement is Japan, not a placeholder the other side cannot match.
 */
export function counterpartsAgainst(own: readonly string[], other: readonly string[]): string[] {
  const mine = own.filter((code) => !HOME_PARTY_CODES.includes(code) && !other.includes(code))
  const theirs = other.filter((code) => !HOME_PARTY_CODES.includes(code) && !own.includes(code))
  return mine.slice(0, theirs.length)
}

function buildRow(
  row: AlignedRow,
  index: number,
  clausesA: readonly CompareClause[],
  comparablesA: readonly ComparableClause[],
  clausesB: readonly CompareClause[],
  comparablesB: readonly ComparableClause[],
  options: CompareOptions,
  chineseWords: ChineseWords,
  /** the clauses of the other side that stand in a pair, and those left apart (indices), for a clause alone's best counterpart */
  otherSide: { paired: ReadonlySet<number>; apart: ReadonlySet<number> },
): CompareRow {
  const paired = row.a.length > 0 && row.b.length > 0
  const pick = (list: readonly ComparableClause[], indices: number[]) => indices.map((i) => list[i] as ComparableClause)
  const sideA = joinComparables(pick(comparablesA, row.a))
  const sideB = joinComparables(pick(comparablesB, row.b))
  let ops: DiffOp[]
  if (paired) {
    ops = diffTexts(sideA, sideB, { granularity: options.granularity, timeoutMs: DIFF_TIMEOUT_MS, chineseWords })
  } else if (row.a.length) {
    ops = [{ op: 'delete', a: sideA.original, b: '', weight: contentLength(sideA.comparable.text) }]
  } else {
    ops = [{ op: 'insert', a: '', b: sideB.original, weight: contentLength(sideB.comparable.text) }]
  }
  const other = row.kind === 'a-only' ? clausesB : clausesA
  return {
    index,
    kind: row.kind,
    score: row.score,
    moved: row.moved,
    rule: row.rule,
    ...(row.context !== undefined ? { context: row.context } : {}),
    ...(row.attached
      ? {
          attached: row.attached.map(({ side, index }) => ({
            side,
            position: ((side === 'a' ? clausesA : clausesB)[index] as CompareClause).position,
          })),
        }
      : {}),
    ...(row.partScores ? { partScores: row.partScores } : {}),
    ...(paired && row.rival
      ? {
          rival: {
            score: row.rival.score,
            a: (clausesA[row.rival.a] as CompareClause).position,
            b: (clausesB[row.rival.b] as CompareClause).position,
          },
        }
      : {}),
    ...(row.apart
      ? {
          apart: {
            position: (other[row.apart.index] as CompareClause).position,
            score: row.apart.score,
            rival: {
              score: row.apart.rival.score,
              a: (clausesA[row.apart.rival.a] as CompareClause).position,
              b: (clausesB[row.apart.rival.b] as CompareClause).position,
            },
          },
        }
      : {}),
    ...(row.best
      ? {
          best: {
            position: (other[row.best.index] as CompareClause).position,
            score: row.best.score,
            // the clause is in a pair of its own: that, not the threshold, kept it from this one
            ...(otherSide.paired.has(row.best.index) ? { paired: true as const } : {}),
            // alone itself, left apart from a pair of its own: that, not this pair's order, kept the two apart
            ...(otherSide.apart.has(row.best.index) ? { leftApart: true as const } : {}),
            ...(row.best.refused ? { refused: row.best.refused } : {}),
          },
        }
      : {}),
    a: rowClauses(
      row.a.map((i) => clausesA[i] as CompareClause),
      ops,
      'a',
      sideA.bounds,
    ),
    b: rowClauses(
      row.b.map((i) => clausesB[i] as CompareClause),
      ops,
      'b',
      sideB.bounds,
    ),
    ops,
  }
}

function countKinds(rows: readonly CompareRow[]): CompareResult['kinds'] {
  const kinds = { match: 0, merge: 0, split: 0, 'a-only': 0, 'b-only': 0 }
  for (const row of rows) kinds[row.kind]++
  return kinds
}
