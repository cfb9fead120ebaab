/**
 * Scoring an alignment against a hand-made gold standard by its links: a row
 * pairing A3 with B4 and B5 contributes the links A3–B4 and A3–B5, so a merge
 * that is half right earns half its credit. Precision, recall and F1 as in
 * the sentence-alignment literature (Véronis & Langlais 2000, ARCADE), with
 * the gold's "possible" links treated as in word-alignment evaluation (Och &
 * Ney 2003): a predicted link is right when it is sure or possible, and recall
 * counts only the sure links, so an arguable link is neither required nor
 * counted wrong.
 */

/** A link between clause numbers (1-based, as the page shows them). */
export interface Link {
  a: number
  b: number
}

export interface LinkScore {
  precision: number
  recall: number
  f1: number
  /** predicted and sure */
  correct: Link[]
  /** predicted and possible: right, but not needed for recall */
  allowed: Link[]
  /** predicted, neither sure nor possible */
  wrong: Link[]
  /** sure in the gold, not predicted */
  missed: Link[]
}

/** The links of rows given as clause-number lists on each side. */
export function linksOfRows(rows: readonly { a: readonly number[]; b: readonly number[] }[]): Link[] {
  return rows.flatMap((row) => row.a.flatMap((a) => row.b.map((b) => ({ a, b }))))
}

/**
 * @example scoreLinks([{ a: 1, b: 1 }, { a: 2, b: 3 }], [{ a: 1, b: 1 }, { a: 2, b: 2 }]).f1 // 0.5
 * @example scoreLinks([{ a: 1, b: 1 }, { a: 2, b: 3 }], [{ a: 1, b: 1 }], [{ a: 2, b: 3 }]).precision // 1
 */
export function scoreLinks(predicted: readonly Link[], sure: readonly Link[], possible: readonly Link[] = []): LinkScore {
  const key = (link: Link) => `${link.a}:${link.b}`
  const sureKeys = new Set(sure.map(key))
  const possibleKeys = new Set(possible.map(key).filter((k) => !sureKeys.has(k)))
  const predictedKeys = new Set(predicted.map(key))
  const unique = (links: readonly Link[]) => [...new Map(links.map((l) => [key(l), l])).values()].sort((x, y) => x.a - y.a || x.b - y.b)
  const correct = unique(predicted.filter((l) => sureKeys.has(key(l))))
  const allowed = unique(predicted.filter((l) => possibleKeys.has(key(l))))
  const wrong = unique(predicted.filter((l) => !sureKeys.has(key(l)) && !possibleKeys.has(key(l))))
  const missed = unique(sure.filter((l) => !predictedKeys.has(key(l))))
  const precision = predictedKeys.size === 0 ? (sureKeys.size === 0 ? 1 : 0) : (correct.length + allowed.length) / predictedKeys.size
  const recall = sureKeys.size === 0 ? 1 : correct.length / sureKeys.size
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, correct, allowed, wrong, missed }
}
