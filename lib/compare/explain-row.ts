/**
 * Why a row was formed, in a sentence a reader can check: the similarity, the
 * rule that made the row, and the figures the rule used.
 */
import { clauseName } from '@/lib/vocab/links'
import type { CompareOptions, CompareRow } from './types'

const pct = (x: number) => `${Math.round(x * 100)}%`
/** Whether whole percent would print a score as the bar itself, though it is not (0.249 as "25%" against 0.25). */
export const roundsToBar = (x: number, bar: number) => x !== bar && pct(x) === pct(bar)
/** A score said against a bar: to a tenth when whole percent would print it as the bar itself (24.9% is not "25%, below 25%"). */
export const pctAgainst = (x: number, bar: number) => (roundsToBar(x, bar) ? `${(x * 100).toFixed(1)}%` : pct(x))
const names = (side: 'A' | 'B', positions: readonly number[]) => positions.map((p) => `${side}${p + 1}`).join('+')

/** What explainRow reads of a row: its rule and figures, and where its clauses stand. */
export type RowReason = Pick<
  CompareRow,
  'rule' | 'kind' | 'score' | 'context' | 'attached' | 'partScores' | 'best' | 'unsure' | 'rival' | 'apart'
> & {
  a: readonly { position: number }[]
  b: readonly { position: number }[]
}

const RULE_LABELS: Record<CompareRow['rule'], string> = {
  pair: 'pair',
  merge: 'merge',
  attach: 'pair + joined',
  'best-match': 'best match',
  move: 'moved',
  single: 'no counterpart',
}

/** The row's reason in a few words, beside its number: "94% · pair", "no counterpart". */
export function rowSummary(row: RowReason): string {
  const paired = row.a.length > 0 && row.b.length > 0
  if (row.apart) return 'left apart'
  return `${paired ? `${pct(row.score)} · ` : ''}${RULE_LABELS[row.rule]}`
}

/**
 * Why a row was formed and, for a pair below the language's sure bar, why it is
 * marked unsure.
 * @example explainRow(row, options) // 'Paired: 95% similar, at or above the 25% threshold, in the order of both texts.'
 */
export function explainRow(row: RowReason, options: Pick<CompareOptions, 'threshold'> & { sureBar?: number }): string {
  const reason = formedBy(row, options)
  if (!row.unsure) return reason
  const rival = row.rival && Math.round(row.rival.score * 100) > 0 ? ` ${rivalSentence(row.rival, row)}` : ''
  // a score that rounds to the bar is printed to a tenth, so that "45%" is never said to be below 45%
  const close = roundsToBar(row.score, row.unsure.bar) ? ` (${pctAgainst(row.score, row.unsure.bar)})` : ''
  // (the bar's meaning in a few words: every unsure row of a page says it, and the legend says it whole, sureBarMeaning)
  const bar = Math.round(row.unsure.bar * 100)
  // a long pair's bar is not the language's: say why it is this one
  const long = row.unsure.long ? ', the bar for pairs of long clauses' : ''
  return `${reason} Unsure${close}: less than ${bar}% alike${long} (pairs checked by hand were right 95 times in 100 from ${bar}% up, less often below); read both sides before relying on it.${rival}`
}

/** A rival link's two clauses by name, the one of the row (or pair) first: its A clause when `fromA`. */
const rivalNames = (rival: { a: number; b: number }, fromA: boolean): [string, string] =>
  fromA ? [clauseName('A', rival.a), clauseName('B', rival.b)] : [clauseName('B', rival.b), clauseName('A', rival.a)]

/** The best link of one of the row's clauses outside it: "A3 is also 41% similar to B9, outside this row." */
function rivalSentence(rival: NonNullable<RowReason['rival']>, row: RowReason): string {
  const [own, other] = rivalNames(
    rival,
    row.a.some((c) => c.position === rival.a),
  )
  return `${own} is also ${pct(rival.score)} similar to ${other}, outside this row${rival.score > row.score ? ', more than to its counterpart here' : ''}.`
}

function formedBy(row: RowReason, options: Pick<CompareOptions, 'threshold'> & { sureBar?: number }): string {
  const a = names(
    'A',
    row.a.map((c) => c.position),
  )
  const b = names(
    'B',
    row.b.map((c) => c.position),
  )
  const parts = (side: 'A' | 'B') =>
    (row.partScores ?? []).map((score, k) => `${side}${((side === 'A' ? row.a : row.b)[k]?.position ?? 0) + 1}: ${pct(score)}`).join(', ')
  switch (row.rule) {
    case 'pair':
      return row.context === undefined
        ? `Paired: ${pct(row.score)} similar, at or above the ${pct(options.threshold)} threshold, in the order of both texts.`
        : `Paired: ${pctAgainst(row.score, options.threshold)} similar, below the ${pct(options.threshold)} threshold on its own, but it is the best match of one of its clauses and its neighbours are paired in the same order (${pct(row.context)} similar), which supports it.`
    case 'merge':
      return row.kind === 'merge'
        ? `Merged: ${a} together are ${pct(row.score)} similar to ${b}, more than any of them alone (${parts('A')}).`
        : `Split: ${a} is ${pct(row.score)} similar to ${b} together, more than to any of them alone (${parts('B')}).`
    case 'attach': {
      const joined = (row.attached ?? []).map(({ side, position }) => clauseName(side === 'a' ? 'A' : 'B', position)).join(', ')
      // the first pair may itself have been below the threshold, made because its neighbours are paired in order (a review)
      const first =
        row.context === undefined
          ? 'Paired'
          : `Paired (below the ${pct(options.threshold)} threshold on its own, but supported by its neighbours, paired in the same order, ${pct(row.context)} similar)`
      return `${first}, then ${joined} joined the row: it stands next to it, its best match is on the row's other side, and it makes the row cover more of that side. Together ${a} and ${b} are ${pct(row.score)} similar (parts: ${parts(row.kind === 'merge' ? 'A' : 'B')}).`
    }
    case 'best-match':
      return `Paired: ${pctAgainst(row.score, options.threshold)} similar, below the ${pct(options.threshold)} threshold, but each is the other's best match in the whole statement, and the pair keeps the order of the rows around it.`
    case 'move':
      // a moved merge or split names its clauses: the score is that of them joined
      return row.a.length > 1 || row.b.length > 1
        ? `Moved: ${a} ${row.a.length > 1 ? 'together are' : 'is'} ${pct(row.score)} similar to ${b}${row.b.length > 1 ? ' together' : ''}, and each side is the other's best match in the whole statement, but out of the order of the other pairs; shown at its place in each text.`
        : `Moved: ${pct(row.score)} similar, and each is the other's best match in the whole statement, but out of the order of the other pairs; shown at its place in each text.`
    case 'single': {
      const other = row.a.length ? 'B' : 'A'
      if (row.apart) return apartSentence(row.apart, row.a.length ? 'A' : 'B', (row.a[0] ?? row.b[0])?.position ?? 0, options)
      if (row.best?.refused)
        return `No counterpart: the most similar clause of ${other} is ${clauseName(other, row.best.position)}, at ${pct(row.best.score)}, but the two share fewer than ${row.best.refused.inOrder} words in the same order: too few for one to be a version of the other.`
      return row.best
        ? `No counterpart: the most similar clause of ${other} is ${clauseName(other, row.best.position)}, at ${pctAgainst(row.best.score, options.threshold)}, ${row.best.paired ? 'which is paired in another row' : row.best.leftApart ? 'which was itself left apart from a pair of its own (see its row)' : row.best.score >= options.threshold ? OUT_OF_ORDER : 'which did not qualify'}.`
        : `No counterpart: no clause of ${other} shares an uncommon word with it.`
    }
  }
}

/**
 * Why a free pair at or above the threshold was not made (a review: "at 27%,
 * which did not qualify" beside a 25% threshold): the chain of pairs in order
 * takes every such pair that fits its order, so this one crosses it, and a
 * pair out of order is made only as a move.
 */
const OUT_OF_ORDER =
  'which is out of the order of the pairs around them, and not shown as moved: a move needs each to be the other’s best match, and alike enough'

/**
 * A clause whose pair was left apart (AlignOptions.leaveApart): the pair, its
 * score under the sure bar, and the link outside it that came as close.
 * @example apartSentence({ position: 6, score: 0.3, rival: { score: 0.28, a: 2, b: 8 } }, 'A', 2, { sureBar: 0.45 }) // 'Left apart from B7 (30% similar, under the 45% sure bar): A3 is also 28% similar to B9, …'
 */
function apartSentence(apart: NonNullable<RowReason['apart']>, side: 'A' | 'B', position: number, options: { sureBar?: number }): string {
  const other = side === 'A' ? 'B' : 'A'
  const [rivalOwn, rivalOther] = rivalNames(apart.rival, apart.rival.a === (side === 'A' ? position : apart.position))
  const bar = options.sureBar === undefined ? '' : `, under the ${pct(options.sureBar)} sure bar`
  const score = options.sureBar === undefined ? pct(apart.score) : pctAgainst(apart.score, options.sureBar)
  const pair = `Left apart from ${clauseName(other, apart.position)} (${score} similar${bar})`
  return apart.rival.score > apart.score
    ? `${pair}: ${rivalOwn} is more similar to ${rivalOther} (${pct(apart.rival.score)}), and a pair under the bar is made only when it stands out from every other link of its clauses.`
    : `${pair}: ${rivalOwn} is also ${pct(apart.rival.score)} similar to ${rivalOther}, so neither pair stands out clearly enough to be trusted; compare them yourself.`
}
