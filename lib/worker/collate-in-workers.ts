/**
 * A collation's pairwise alignments spread over worker threads: N statements
 * need N·(N−1)/2 alignments, independent of each other, and a 2-core server
 * does them in about half the time on two threads. The pairs are dealt out by
 * their size (clauses × clauses, largest first, each to the least loaded
 * thread) and the links put back in the pairs' order, so the result is the
 * same as on one thread. The threads are started on first use and kept
 * (unref'd: they never keep a process alive); if they cannot start, or one
 * fails during a job, the collation is done on the calling thread.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { collateStatements, familiesToWord, finishCollation, planCollation } from '@/lib/collate/collate-statements'
import { collationTexts } from '@/lib/collate/collation-texts'
import { wordFamilies, type FamilyToWord } from '@/lib/collate/word-families'
import { allPairs, pairLinks, type PairLinks, type PairLinksOptions } from '@/lib/collate/pair-links'
import type { CollateOptions, CollationResult, Family } from '@/lib/collate/types'
import type { CompareStatement } from '@/lib/compare/types'

/** The worker's entry, found from the project folder (the app's bundle does not carry it). */
const WORKER_FILE = path.join(process.cwd(), 'lib', 'worker', 'collate-links-worker.mjs')

/** Below this many clause pairs in all, sending the texts to threads costs more than it saves. */
const PARALLEL_FROM = 200_000

type Reply = { id?: number; result?: unknown; crash?: string; ready?: boolean }

/** A thread of the pool and the jobs it has not answered yet. */
interface PoolWorker {
  worker: Worker
  pending: Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>
  dead: boolean
  /** the pool it belongs to: a pool retired is never confused with the one started after it */
  generation: number
}

const state = globalThis as typeof globalThis & {
  tongwenCollateWorkers?: Promise<PoolWorker[]> | null
  tongwenCollateJob?: number
  tongwenCollateGeneration?: number
}

/**
 * Starts a thread with its listeners for good: one for answers, and one for
 * an error or an exit, which fails the thread's pending jobs and retires the
 * whole pool (the next collation starts a new one), so that no job waits on a
 * thread that is gone and no thread is left behind.
 */
function startWorker(): Promise<PoolWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(`import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)})`, { eval: true })
    const entry: PoolWorker = { worker, pending: new Map(), dead: false, generation: state.tongwenCollateGeneration ?? 0 }
    let started = false
    worker.on('message', (message: Reply) => {
      if (message.ready) {
        started = true
        // a thread keeps the process alive only while it starts or a job waits on it (see runOn)
        worker.unref()
        return resolve(entry)
      }
      const job = message.id === undefined ? undefined : entry.pending.get(message.id)
      if (!job || message.id === undefined) return
      entry.pending.delete(message.id)
      if (entry.pending.size === 0) worker.unref()
      if (message.result !== undefined) job.resolve(message.result)
      else job.reject(new Error(`a collation thread failed: ${message.crash}`))
    })
    const fail = (error: Error) => {
      if (entry.dead) return
      entry.dead = true
      for (const job of entry.pending.values()) job.reject(error)
      entry.pending.clear()
      if (!started) reject(error)
      void retirePool(entry.generation)
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`a collation thread stopped (exit code ${code})`)))
  })
}

/** Stops every thread of the pool of `generation` if it is still the pool; the next collation that needs threads starts new ones. */
async function retirePool(generation: number): Promise<void> {
  if ((state.tongwenCollateGeneration ?? 0) !== generation) return
  state.tongwenCollateGeneration = generation + 1
  const pool = state.tongwenCollateWorkers
  state.tongwenCollateWorkers = undefined
  const entries = pool ? await pool.catch(() => []) : []
  await Promise.all(entries.map((entry) => entry.worker.terminate()))
}

/** Stops the collation threads (their jobs fail over to the calling thread); new ones start when needed. */
export function stopCollationThreads(): Promise<void> {
  return retirePool(state.tongwenCollateGeneration ?? 0)
}

/** The pool: one thread per core, two at most (the server's own thread works too, on the rest of the request). */
function workers(): Promise<PoolWorker[]> | null {
  if (state.tongwenCollateWorkers === undefined) {
    const count = Math.min(2, availableParallelism())
    state.tongwenCollateWorkers =
      count < 2
        ? null
        : Promise.all(Array.from({ length: count }, startWorker)).catch((error: unknown) => {
            console.error(`Collation threads could not start; collating on the server's thread: ${String(error)}`)
            state.tongwenCollateWorkers = null
            return []
          })
  }
  return state.tongwenCollateWorkers
}

function runOn<T>(entry: PoolWorker, job: Record<string, unknown>): Promise<T> {
  if (entry.dead) return Promise.reject(new Error('a collation thread stopped'))
  const id = (state.tongwenCollateJob = (state.tongwenCollateJob ?? 0) + 1)
  return new Promise<T>((resolve, reject) => {
    entry.pending.set(id, { resolve: (result) => resolve(result as T), reject })
    entry.worker.ref()
    entry.worker.postMessage({ ...job, id })
  })
}

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
  const pool = parallel ? await workers() : null
  if (!pool || pool.length < 2) return pairLinks(texts, options, pairs)
  const shares = deal(pairs, pool.length, cost)
  const results = await Promise.all(
    shares.map((share, k) => runOn<PairLinks>(pool[k] as PoolWorker, { kind: 'links', texts, options, pairs: share })),
  )
  // the links back in the pairs' order, as one thread gives them (ties between equal scores are taken in this order);
  // the order of the sibling groups does not matter
  const byPair = new Map<string, PairLinks['links']>()
  for (const result of results)
    for (const link of result.links) {
      const key = `${link.from.statement}:${link.to.statement}`
      byPair.set(key, [...(byPair.get(key) ?? []), link])
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
  const pool = parallel ? await workers() : null
  if (!pool || pool.length < 2) return wordFamilies(statements, options, families)
  const shares = deal(families, pool.length, (f) => f.refs.length)
  const results = await Promise.all(
    shares.map((share, k) => runOn<Family[]>(pool[k] as PoolWorker, { kind: 'word', statements, options, families: share })),
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
