/**
 * Clause alignment a close reader can trust, in four passes:
 *
 * 1. Candidates: each clause is scored only against the clauses an index says
 *    it shares uncommon bigrams with (see createDiceScorer), and blocks are
 *    formed from them — pairs (1:1), and merges or splits (2:1, 1:2, 3:1, 1:3)
 *    judged on the similarity of the joined text, which must beat the
 *    threshold by a margin and beat each part alone. A pair whose diagonal
 *    neighbours are also similar gets part of their similarity added, as
 *    sentence aligners use context: a run of parallel clauses supports each one.
 * 2. Order: the heaviest chain of blocks that keeps both texts' order, where a
 *    block is worth (similarity − threshold) × length (see maxChain), so a pair
 *    below the threshold is never worth making.
 * 3. Best matches: among the clauses still unpaired on both sides, blocks at
 *    least `moveThreshold` similar whose clauses are each other's best match
 *    in the whole other text are linked, best first. Those that keep the
 *    order of the rows around them are ordinary rows; the others are moved.
 * 4. Attachment: a clause next to a row joins it (2:1, 1:2, …) when it is
 *    similar to the row's other side and makes the row cover noticeably more
 *    of it — the case of one sentence split in two where the second half alone
 *    would not pass the threshold.
 * 5. Left apart (when `leaveApart` is set): a 1:1 pair under its bar whose
 *    clause is about as similar to a clause outside it is undone, and so is a
 *    pair that only its neighbours' support had made once no neighbour stays;
 *    a rival link both of whose clauses that frees, and that stands out, is made.
 * Everything left is shown against an empty cell, with its best candidate.
 */
import { maxChain, type Block } from './max-chain'
import type { AlignedRow, AlignOptions, CandidatePair, ClauseScorer, LeaveApartOptions, RowKind, RowRule } from './types'

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  // tuned on the gold standards in data/gold (npm run eval -- --sweep); see data/gold/README.md
  threshold: 0.25,
  mergePenalty: 0.05,
  moveThreshold: 0.15,
  parallelShare: 0.4,
  candidatesPerClause: 8,
  maxGroup: 3,
  contextWeight: 0.3,
  contextFloor: 0.5,
  attachFloor: 0.1,
  attachGain: 0.1,
}

/** Outweighs any gain, so the second chain keeps every block of the first. */
const ORDERED_WEIGHT = 1e9

interface Scored extends Block {
  /** the similarity of the block's texts */
  score: number
  /** the similarity the chain uses: the score plus the neighbours' support */
  support: number
  context?: number
  kind: RowKind
  partScores?: number[]
}

/**
 * Aligns n clauses of A with m clauses of B; rows in display order.
 * @example alignClauses(2, 2, createDiceScorer(['甲乙丙', '丁戊己'], ['甲乙丙', '丁戊己'])).map((r) => r.kind) // ['match', 'match']
 */
export function alignClauses(n: number, m: number, scorer: ClauseScorer, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): AlignedRow[] {
  const candidates = scorer.candidates ? scorer.candidates(options.candidatesPerClause) : allPairs(n, m, scorer)
  // the candidate pairs that can be versions of one another (the others still let a merge or split form), each
  // clause's best counterpart among them, and its nearest counterpart admitted or not
  const { admitted, best, nearest } = counterparts(candidates, n, m, scorer)
  const blocks = buildBlocks(candidates, admitted, n, m, scorer, options, best)
  const chain = maxChain(
    blocks.filter((block) => block.gain > 0),
    m,
  )
  const usedA = new Uint8Array(n)
  const usedB = new Uint8Array(m)
  const take = (block: Block) => {
    for (let k = 0; k < block.da; k++) usedA[block.a0 + k] = 1
    for (let k = 0; k < block.db; k++) usedB[block.b0 + k] = 1
  }
  chain.forEach(take)
  const isFree = (block: Block) => {
    for (let k = 0; k < block.da; k++) if (usedA[block.a0 + k]) return false
    for (let k = 0; k < block.db; k++) if (usedB[block.b0 + k]) return false
    return true
  }
  const parallel = parallelism(chain, n, m, options)
  const moveBar = interpolate(options.threshold + 2 * options.mergePenalty, options.moveThreshold, parallel)
  const matches = pickMoves(
    blocks.filter((block) => block.support >= moveBar && isFree(block) && isMutualBest(block, best)),
    isFree,
    take,
  )
  // the best matches that fit the order of the chain join it; the others are moves
  const ordered = new Set<Block>(
    maxChain(
      [
        ...chain.map((block) => ({ ...block, gain: ORDERED_WEIGHT + block.gain, source: block })),
        ...matches.map((block) => ({ ...block, gain: block.score, source: block })),
      ],
      m,
    ).map((block) => block.source),
  )
  const rows: AlignedRow[] = [
    ...chain.map((block) => toRow(block, block.kind === 'match' ? 'pair' : 'merge', false)),
    ...matches.map((block) => (ordered.has(block) ? toRow(block, 'best-match', false) : toRow(block, 'move', true))),
  ]
  attachNeighbours(
    rows,
    scorer,
    { ...options, attachFloor: interpolate(options.attachFloor + options.mergePenalty, options.attachFloor, parallel) },
    usedA,
    usedB,
    // a clause joins a row only when no clause elsewhere is more like it, admitted or not: the rule keeps links out, it lets none in
    nearest,
  )
  markRivals(rows, admitted, n, m)
  const apart = options.leaveApart ? leaveApart(rows, options.leaveApart, usedA, usedB) : new Map<string, Apart>()
  if (options.leaveApart && apart.size)
    pairFreedRivals(rows, apart, admitted, best, options.threshold, options.leaveApart.margin, usedA, usedB)
  // a clause alone is shown its most similar counterpart, and told when the scorer refused the two (ClauseScorer.admits)
  // (only when it was similar enough to be linked at all: a pair weaker than that did not qualify anyway)
  const linkable = Math.min(options.threshold, options.moveThreshold) * (1 - options.contextWeight)
  const alone = (kind: 'a-only' | 'b-only', index: number) => {
    const near = (kind === 'a-only' ? nearest.a : nearest.b)[index]
    const refused =
      near !== undefined &&
      near.score >= linkable &&
      scorer.admits !== undefined &&
      scorer.inOrder !== undefined &&
      !(kind === 'a-only' ? scorer.admits([index], [near.index]) : scorer.admits([near.index], [index]))
    return single(
      kind,
      index,
      refused ? { ...near, refused: { inOrder: scorer.inOrder as number } } : near,
      apart.get(`${kind === 'a-only' ? 'a' : 'b'}${index}`),
    )
  }
  for (let i = 0; i < n; i++) if (!usedA[i]) rows.push(alone('a-only', i))
  for (let j = 0; j < m; j++) if (!usedB[j]) rows.push(alone('b-only', j))
  return arrange(rows)
}

/**
 * Each paired row's rival: the most similar candidate that links one of its
 * clauses to a clause outside it. A reader told that a pair is unsure
 * (lib/compare/sure-link) is shown it: a pair one of whose clauses has another
 * counterpart nearly as good, or better, deserves the closer look.
 */
function markRivals(rows: AlignedRow[], candidates: readonly CandidatePair[], n: number, m: number): void {
  const rowOfA = new Int32Array(n).fill(-1)
  const rowOfB = new Int32Array(m).fill(-1)
  rows.forEach((row, k) => {
    for (const i of row.a) rowOfA[i] = k
    for (const j of row.b) rowOfB[j] = k
  })
  for (const pair of candidates) {
    const ra = rowOfA[pair.a] as number
    const rb = rowOfB[pair.b] as number
    if (ra === rb) continue
    for (const k of [ra, rb]) {
      const row = k >= 0 ? rows[k] : undefined
      if (row && pair.score > (row.rival?.score ?? 0)) row.rival = { score: pair.score, a: pair.a, b: pair.b }
    }
  }
}

type Apart = NonNullable<AlignedRow['apart']>

/**
 * Takes out of `rows` every 1:1 pair below `below` whose rival (markRivals)
 * comes within `margin` of it: one of its clauses is about as similar to a
 * clause outside the pair, so the pair is a guess between near equals, and a
 * wrong pair is worse than a missing one. Its clauses are freed, to be shown
 * alone, each with what it was left apart from (keyed "a3", "b7").
 */
function leaveApart(rows: AlignedRow[], { below, margin }: LeaveApartOptions, usedA: Uint8Array, usedB: Uint8Array) {
  const apart = new Map<string, Apart>()
  for (let k = rows.length - 1; k >= 0; k--) {
    const row = rows[k] as AlignedRow
    const [i, j] = [row.a[0] as number, row.b[0] as number]
    if (row.a.length !== 1 || row.b.length !== 1 || row.score >= below || !row.rival || row.score > margin * row.rival.score) continue
    rows.splice(k, 1)
    usedA[i] = 0
    usedB[j] = 0
    apart.set(`a${i}`, { index: j, score: row.score, rival: row.rival })
    apart.set(`b${j}`, { index: i, score: row.score, rival: row.rival })
  }
  if (apart.size) dropUnsupported(rows, apart, usedA, usedB)
  return apart
}

/**
 * Takes out of `rows` every pair made only with its neighbours' support
 * (AlignedRow.context) when a pair left apart was one of its diagonal
 * neighbours and the other is in no row: its support went with it. Its
 * clauses are freed (shown alone, as a pair under the threshold is).
 */
function dropUnsupported(rows: AlignedRow[], apart: ReadonlyMap<string, Apart>, usedA: Uint8Array, usedB: Uint8Array): void {
  const linked = new Set<string>()
  for (const row of rows) for (const i of row.a) for (const j of row.b) linked.add(`${i} ${j}`)
  const leftApart = (i: number, j: number) => apart.get(`a${i}`)?.index === j
  for (let k = rows.length - 1; k >= 0; k--) {
    const row = rows[k] as AlignedRow
    if (row.context === undefined || row.a.length !== 1 || row.b.length !== 1) continue
    const [i, j] = [row.a[0] as number, row.b[0] as number]
    if (!leftApart(i - 1, j - 1) && !leftApart(i + 1, j + 1)) continue
    if (linked.has(`${i - 1} ${j - 1}`) || linked.has(`${i + 1} ${j + 1}`)) continue
    rows.splice(k, 1)
    usedA[i] = 0
    usedB[j] = 0
  }
}

/**
 * The rival links that leaving pairs apart set free: a rival whose two clauses
 * are now both alone, each the other's best match in the whole other text, at
 * least `threshold` similar and more than `margin` times every other link of
 * either clause, becomes a pair — in order, or moved when a row in order
 * crosses it (a clause with a clearly better counterpart gets it). The other
 * clause of each pair left apart still says what it was left apart from.
 */
function pairFreedRivals(
  rows: AlignedRow[],
  apart: ReadonlyMap<string, Apart>,
  candidates: readonly CandidatePair[],
  best: Best,
  threshold: number,
  margin: number,
  usedA: Uint8Array,
  usedB: Uint8Array,
): void {
  for (const { rival } of apart.values()) {
    const { a: i, b: j, score } = rival
    if (usedA[i] || usedB[j] || score < threshold || best.a[i]?.index !== j || best.b[j]?.index !== i) continue
    // the best other link of either clause: the pair must stand out from it
    let next: CandidatePair | undefined
    for (const pair of candidates)
      if ((pair.a === i) !== (pair.b === j) && (pair.a === i || pair.b === j) && pair.score > (next?.score ?? 0)) next = pair
    if (next && score <= margin * next.score) continue
    const crosses = rows.some(
      (row) =>
        row.a.length > 0 &&
        row.b.length > 0 &&
        !row.moved &&
        (((row.a.at(-1) as number) < i && (row.b[0] as number) > j) || ((row.a[0] as number) > i && (row.b.at(-1) as number) < j)),
    )
    usedA[i] = 1
    usedB[j] = 1
    const row: AlignedRow = { a: [i], b: [j], kind: 'match', score, moved: crosses, rule: crosses ? 'move' : 'pair' }
    if (next) row.rival = { score: next.score, a: next.a, b: next.b }
    rows.push(row)
  }
}

/**
 * How parallel the two texts are, from 0 (they share nothing in order) to 1
 * (at least `parallelShare` of all their clauses stand in ordered pairs). In
 * texts built on one template a weak match that is each clause's best is
 * likely a real correspondence; in texts that share little it is likely chance.
 */
function parallelism(chain: readonly Block[], n: number, m: number, options: AlignOptions): number {
  const paired = chain.reduce((sum, block) => sum + block.da + block.db, 0)
  return n + m === 0 ? 0 : Math.min(1, paired / (n + m) / options.parallelShare)
}

/** From `strict` at parallelism 0 to `lenient` at parallelism 1. */
const interpolate = (strict: number, lenient: number, parallel: number) => strict + (lenient - strict) * parallel

function allPairs(n: number, m: number, scorer: ClauseScorer): CandidatePair[] {
  const pairs: CandidatePair[] = []
  for (let a = 0; a < n; a++) for (let b = 0; b < m; b++) pairs.push({ a, b, score: scorer.score([a], [b]) })
  return pairs.filter((pair) => pair.score > 0)
}

/** from, from + 1, … (count of them); a plain loop, as the aligner makes one for every block it scores. */
function range(from: number, count: number): number[] {
  const out: number[] = []
  for (let k = 0; k < count; k++) out.push(from + k)
  return out
}

/** The shapes of block a candidate pair can belong to, as [da, db]. */
function shapes(maxGroup: number): [number, number][] {
  const out: [number, number][] = [[1, 1]]
  for (let g = 2; g <= maxGroup; g++) out.push([g, 1], [1, g])
  return out
}

/**
 * Every block worth scoring: each candidate pair alone, and the merges and
 * splits around it whose members are all candidate pairs too (a clause that
 * shares no uncommon bigram with the other side adds nothing to a merge).
 */
function buildBlocks(
  candidates: readonly CandidatePair[],
  /** the candidates the scorer admits (ClauseScorer.admits): the pairs that may form a block of their own */
  admitted: readonly CandidatePair[],
  n: number,
  m: number,
  scorer: ClauseScorer,
  options: AlignOptions,
  best: Best,
): Scored[] {
  const pairScore = new Map(candidates.map((pair) => [pair.a * m + pair.b, pair.score]))
  const blocks: Scored[] = []
  const groupShapes = shapes(options.maxGroup).filter(([da, db]) => da > 1 || db > 1)
  const admits = new Set(admitted === candidates ? [] : admitted.map((pair) => pair.a * m + pair.b))
  for (const pair of candidates) {
    const single =
      admitted === candidates || admits.has(pair.a * m + pair.b)
        ? scoreBlock(pair.a, 1, pair.b, 1, scorer, options, pairScore, m, best)
        : null
    if (single) blocks.push(single)
    // a merge or split is generated once, from its first pair, and only when every pair in it is a candidate
    if (pair.score < options.attachFloor) continue
    for (const [da, db] of groupShapes) {
      if (pair.a + da > n || pair.b + db > m) continue
      let all = true
      for (let i = pair.a; i < pair.a + da && all; i++) for (let j = pair.b; j < pair.b + db && all; j++) all = pairScore.has(i * m + j)
      if (!all) continue
      const block = scoreBlock(pair.a, da, pair.b, db, scorer, options, pairScore, m, best)
      if (block) blocks.push(block)
    }
  }
  return blocks
}

function scoreBlock(
  a0: number,
  da: number,
  b0: number,
  db: number,
  scorer: ClauseScorer,
  options: AlignOptions,
  pairScore: ReadonlyMap<number, number>,
  m: number,
  best: Best,
): Scored | null {
  const a = range(a0, da)
  const b = range(b0, db)
  const group = da > 1 || db > 1
  const floor = Math.min(options.threshold, options.moveThreshold) * (group ? 1 : 1 - options.contextWeight)
  const bar = floor + (group ? options.mergePenalty : 0)
  if (group && scorer.bound && scorer.bound(a, b) < bar) return null
  const score = scorer.score(a, b)
  if (group && score >= bar && scorer.admits && !scorer.admits(a, b)) return null
  let support = score
  let context: number | undefined
  const favoured = best.a[a0]?.index === b0 || best.b[b0]?.index === a0
  if (!group && favoured && options.contextWeight > 0) {
    // a pair in a run of parallel clauses, and the best match of one of its
    // clauses: its diagonal neighbours' similarity supports it
    const neighbours = [pairScore.get((a0 - 1) * m + (b0 - 1)) ?? 0, pairScore.get((a0 + 1) * m + (b0 + 1)) ?? 0]
    const strongest = Math.max(...neighbours)
    // …when it is alike enough on its own to be a version at all: a neighbour lifts a pair just below the bar, not
    // one with a tenth of its wording in common (walkthrough: a 10% pair shown at the 25% threshold)
    if (strongest >= options.threshold && score < options.threshold && score >= options.threshold * options.contextFloor) {
      context = strongest
      support = score + options.contextWeight * strongest
    }
  }
  if (support < bar) return null
  let partScores: number[] | undefined
  if (group) {
    // a merge must say more together than any of its parts says alone
    partScores = da > 1 ? a.map((i) => scorer.score([i], b)) : b.map((j) => scorer.score(a, [j]))
    if (partScores.some((part) => part >= score)) return null
  }
  const weight = a.reduce((w, i) => w + scorer.weight('a', i), 0) + b.reduce((w, j) => w + scorer.weight('b', j), 0)
  const gain = (support - options.threshold - (group ? options.mergePenalty : 0)) * weight
  const kind: RowKind = da > 1 ? 'merge' : db > 1 ? 'split' : 'match'
  const block: Scored = { a0, da, b0, db, score, support, gain, kind }
  if (partScores) block.partScores = partScores
  if (context !== undefined) block.context = context
  return block
}

/**
 * A clause is linked out of order only to the clause it resembles most in the
 * whole other statement, and that clause must resemble it (or its block) most
 * too: every clause of the block has its best counterpart inside the block.
 */
function isMutualBest(block: Block, best: Best): boolean {
  const inB = (j: number | undefined) => j !== undefined && j >= block.b0 && j < block.b0 + block.db
  const inA = (i: number | undefined) => i !== undefined && i >= block.a0 && i < block.a0 + block.da
  return range(block.a0, block.da).every((i) => inB(best.a[i]?.index)) && range(block.b0, block.db).every((j) => inA(best.b[j]?.index))
}

/** Greedy, best first (the larger block first on a tie); a block is taken when all its clauses are still free. */
function pickMoves(blocks: Scored[], isFree: (block: Block) => boolean, take: (block: Block) => void): Scored[] {
  const picked: Scored[] = []
  for (const block of [...blocks].sort((x, y) => y.score - x.score || y.da + y.db - (x.da + x.db))) {
    if (!isFree(block)) continue
    take(block)
    picked.push(block)
  }
  return picked
}

type Best = ReturnType<typeof counterparts>['best']

/**
 * Joins to a row the unpaired clause next to it on one side when that clause
 * is similar to the row's other side (attachFloor), has nothing better
 * elsewhere, and makes the row cover at least attachGain more of the other side.
 */
function attachNeighbours(
  rows: AlignedRow[],
  scorer: ClauseScorer,
  options: AlignOptions,
  usedA: Uint8Array,
  usedB: Uint8Array,
  best: Best,
): void {
  if (!scorer.coverage) return
  const coverage = scorer.coverage.bind(scorer)
  for (const row of rows) {
    if (row.a.length + row.b.length >= options.maxGroup + 1) continue
    for (const side of ['a', 'b'] as const) {
      const other = side === 'a' ? 'b' : 'a'
      // only one side of a row grows: 2:1 or 1:2, never 2:2
      if (row[other].length > 1) continue
      const used = side === 'a' ? usedA : usedB
      for (;;) {
        const here = row[side]
        if (here.length + row[other].length > options.maxGroup) break
        const neighbours = [(here[0] as number) - 1, (here.at(-1) as number) + 1].filter((k) => k >= 0 && k < used.length && !used[k])
        const attach = neighbours.find((k) => {
          const alone = side === 'a' ? scorer.score([k], row.b) : scorer.score(row.a, [k])
          const counterpart = best[side][k]
          if (alone < options.attachFloor || !counterpart || !row[other].includes(counterpart.index)) return false
          const grown = [...here, k].sort((x, y) => x - y)
          const before = side === 'a' ? coverage(here, row.b, 'b') : coverage(row.a, here, 'a')
          const after = side === 'a' ? coverage(grown, row.b, 'b') : coverage(row.a, grown, 'a')
          return after - before >= options.attachGain
        })
        if (attach === undefined) break
        used[attach] = 1
        row.attached = [...(row.attached ?? []), { side, index: attach }]
        row[side] = [...here, attach].sort((x, y) => x - y)
        row.partScores = row[side].map((k) => (side === 'a' ? scorer.score([k], row.b) : scorer.score(row.a, [k])))
        row.score = scorer.score(row.a, row.b)
        row.kind = side === 'a' ? 'merge' : 'split'
        if (row.rule === 'pair') row.rule = 'attach'
      }
    }
  }
}

function toRow(block: Scored, rule: RowRule, moved: boolean): AlignedRow {
  const row: AlignedRow = { a: range(block.a0, block.da), b: range(block.b0, block.db), kind: block.kind, score: block.score, moved, rule }
  if (block.partScores) row.partScores = block.partScores
  if (block.context !== undefined) row.context = block.context
  return row
}

function single(kind: 'a-only' | 'b-only', index: number, best: AlignedRow['best'], apart?: Apart): AlignedRow {
  const row: AlignedRow = {
    a: kind === 'a-only' ? [index] : [],
    b: kind === 'b-only' ? [index] : [],
    kind,
    score: 0,
    moved: false,
    rule: 'single',
  }
  if (best) row.best = best
  if (apart) row.apart = apart
  return row
}

type Counterpart = { index: number; score: number } | undefined

/**
 * In one pass over the candidates: those the scorer admits (all of them, the
 * same array, when it has no admits), each clause's best counterpart among
 * them, and each clause's nearest counterpart, admitted or not.
 */
function counterparts(candidates: readonly CandidatePair[], n: number, m: number, scorer: ClauseScorer) {
  const nearest = { a: new Array<Counterpart>(n), b: new Array<Counterpart>(m) }
  const best = scorer.admits ? { a: new Array<Counterpart>(n), b: new Array<Counterpart>(m) } : nearest
  const admitted: CandidatePair[] = []
  const keep = (side: { a: Counterpart[]; b: Counterpart[] }, pair: CandidatePair) => {
    if (!side.a[pair.a] || (side.a[pair.a] as { score: number }).score < pair.score) side.a[pair.a] = { index: pair.b, score: pair.score }
    if (!side.b[pair.b] || (side.b[pair.b] as { score: number }).score < pair.score) side.b[pair.b] = { index: pair.a, score: pair.score }
  }
  for (const pair of candidates) {
    keep(nearest, pair)
    if (scorer.admits?.([pair.a], [pair.b])) {
      admitted.push(pair)
      keep(best, pair)
    }
  }
  return { admitted: scorer.admits ? admitted : candidates, best, nearest }
}

/**
 * Display order: the ordered rows as the backbone; every other row goes in
 * the gap where it falls — rows with A clauses (unpaired, or moved, which are
 * shown at their place in A) by A position, then B's unpaired clauses by B
 * position, as a diff shows deletions before insertions.
 */
function arrange(rows: readonly AlignedRow[]): AlignedRow[] {
  const ordered = rows.filter((row) => row.a.length && row.b.length && !row.moved).sort((x, y) => (x.a[0] as number) - (y.a[0] as number))
  const endsA = ordered.map((row) => row.a.at(-1) as number)
  const endsB = ordered.map((row) => row.b.at(-1) as number)
  const gapOf = (ends: number[], position: number) => {
    let lo = 0
    let hi = ends.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((ends[mid] as number) < position) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const gaps: { a: AlignedRow[]; b: AlignedRow[] }[] = Array.from({ length: ordered.length + 1 }, () => ({ a: [], b: [] }))
  for (const row of rows) {
    if (row.a.length && (row.moved || row.kind === 'a-only')) gaps[gapOf(endsA, row.a[0] as number)]?.a.push(row)
    else if (row.kind === 'b-only') gaps[gapOf(endsB, row.b[0] as number)]?.b.push(row)
  }
  const out: AlignedRow[] = []
  gaps.forEach((gap, g) => {
    out.push(...gap.a.sort((x, y) => (x.a[0] as number) - (y.a[0] as number)))
    out.push(...gap.b.sort((x, y) => (x.b[0] as number) - (y.b[0] as number)))
    const row = ordered[g]
    if (row) out.push(row)
  })
  return out
}
