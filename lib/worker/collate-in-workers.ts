/**
 * A collation's pairwise alignments spread over worker threads: N statements
 * need N·(N−1)/2 alignments, independent of each other, and a 2-core server
 * does them in about half the time on two threads. The pairs are dealt out by
 * their size (clauses × clauses, largest first, each to the least loaded
 * thread) and the links put back in the pairs' order, so the result is the
 * same as on one thread. The threads are the compute pool's (thread-pool.ts);
 * if they cannot start, or one fails during a job, the collation is done on
 * the calling thread.
 */
import { collateStatements, familiesToWord, finishCollation, planCollation } from '@/lib/collate/collate-statements'
import { collationTexts } from '@/lib/collate/collation-texts'
import { wordFamilies, type FamilyToWord } from '@/lib/collate/word-families'
import { allPairs, pairLinks, type PairLinks, type PairLinksOptions } from '@/lib/collate/pair-links'
import type { CollateOptions, CollationResult, Family } from '@/lib/collate/types'
import type { CompareStatement } from '@/lib/compare/types'
import { computeThreads, runOn, stopComputeThreads, type PoolThread } from './thread-pool'

/** Below this many clause pairs in all, sending the texts to threads costs more than it saves. */
const PARALLEL_FROM = 200_000

/** Stops the compute threads (their jobs fail over to the calling thread); new ones start when needed. */
export const stopCollationThreads = stopComputeThreads

/** Items dealt out to `count` shares by cost, largest first, each to the least loaded share; each share keeps the items' order. */
function deal<T>(items: readonly T[], count: number, cost: (item: T) => number): T[][] {
  const shares = Array.from({ length: count }, () => ({ items: [] as { item: T; at: number }[], load: 0 }))
  const ranked = items.map((item, at) => ({ item, at })).sort((p, q) => cost(q.item) - cost(p.item))
  for (const entry of ranked) {
    const share = shares.reduce((least, s) => (s.load < least.load ? s : least))
    share.items.push(entry)
    share.load += cost(entry.item)
  }
  return shares.map((share) => share.items.sort((p, q) => p.at - q.at).map((x) => x.item))
}

/** The links of every pair, on the pool's threads when `parallel`. */
export async function pairLinksInWorkers(
  texts: readonly (readonly string[])[],
  options: PairLinksOptions,
  parallel: boolean,
): Promise<PairLinks> {
  const pairs = allPairs(texts.length)
  const cost = ([i, j]: [number, number]) => (texts[i]?.length ?? 0) * (texts[j]?.length ?? 0)
  const pool = parallel ? await computeThreads() : null
  if (!pool || pool.length < 2) return pairLinks(texts, options, pairs)
  const shares = deal(pairs, pool.length, cost)
  const results = await Promise.all(
    shares.map((share, k) => runOn<PairLinks>(pool[k] as PoolThread, { kind: 'links', texts, options, pairs: share })),
  )
  // the links back in the pairs' order, as one thread gives them (ties between equal scores are taken in this order);
  // the order of the sibling groups does not matter
  const byPair = new Map<string, PairLinks['links']>()
  for (const result of results)
    for (const link of result.links) {
      const key = `${link.from.statement}:${link.to.statement}`
      const list = byPair.get(key)
      if (list) list.push(link)
      else byPair.set(key, [link])
    }
  const links = pairs.flatMap(([i, j]) => byPair.get(`${i}:${j}`) ?? [])
  const siblings = results.flatMap((r) => r.siblings)
  return { links, siblings }
}

/** The families worded, on the pool's threads when there are many, in the order given. */
async function wordFamiliesInWorkers(
  statements: readonly CompareStatement[],
  options: CollateOptions,
  families: FamilyToWord[],
  parallel: boolean,
): Promise<Family[]> {
  const pool = parallel ? await computeThreads() : null
  if (!pool || pool.length < 2) return wordFamilies(statements, options, families)
  const shares = deal(families, pool.length, (f) => f.refs.length)
  const results = await Promise.all(
    shares.map((share, k) => runOn<Family[]>(pool[k] as PoolThread, { kind: 'word', statements, options, families: share })),
  )
  return results.flat().sort((p, q) => p.index - q.index)
}

/**
 * collateStatements with its pairwise alignments and its families' wording
 * on worker threads (the same result), for families large enough to gain from it.
 */
export async function collateInWorkers(statements: readonly CompareStatement[], options: CollateOptions): Promise<CollationResult> {
  const { texts, words } = collationTexts(statements, options)
  const large = allPairs(texts.length).reduce((sum, [i, j]) => sum + (texts[i]?.length ?? 0) * (texts[j]?.length ?? 0), 0) >= PARALLEL_FROM
  if (!large) return collateStatements(statements, options)
  try {
    const links = await pairLinksInWorkers(texts, { threshold: options.threshold, words }, true)
    const plan = planCollation(statements, options, links)
    return finishCollation(statements, options, plan, await wordFamiliesInWorkers(statements, options, familiesToWord(plan), true))
  } catch (error) {
    // a thread that failed (out of memory, stopped) costs this collation its speed, not its answer
    console.error(`A collation thread failed; collating on the server's thread: ${error instanceof Error ? error.message : String(error)}`)
    return collateStatements(statements, options)
  }
}
