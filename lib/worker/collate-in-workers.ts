/**
 * A collation's pairwise alignments spread over worker threads: N statements
 * need N·(N−1)/2 alignments, independent of each other, and a 2-core server
 * does them in about half the time on two threads. The pairs are dealt out by
 * their size (clauses × clauses, largest first, each to the least loaded
 * thread) and the links put back in the pairs' order, so the result is the
 * same as on one thread. The threads are started on first use and kept
 * (unref'd: they never keep a process alive); if they cannot start, the work
 * is done on the calling thread.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { collateStatements, collationTexts } from '@/lib/collate/collate-statements'
import { allPairs, pairLinks, type PairLinks, type PairLinksOptions } from '@/lib/collate/pair-links'
import type { CollateOptions, CollationResult } from '@/lib/collate/types'
import type { CompareStatement } from '@/lib/compare/types'

/** The worker's entry, found from the project folder (the app's bundle does not carry it). */
const WORKER_FILE = path.join(process.cwd(), 'lib', 'worker', 'collate-links-worker.mjs')

/** Below this many clause pairs in all, sending the texts to threads costs more than it saves. */
const PARALLEL_FROM = 200_000

type Reply = { id: number; result?: PairLinks; crash?: string }

const state = globalThis as typeof globalThis & { tongwenCollateWorkers?: Promise<Worker[]> | null; tongwenCollateJob?: number }

function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(`import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)})`, { eval: true })
    worker.unref()
    const ready = (message: { ready?: boolean }) => {
      if (!message.ready) return
      worker.off('message', ready)
      worker.off('error', reject)
      resolve(worker)
    }
    worker.on('message', ready)
    worker.once('error', reject)
  })
}

/** The pool: one thread per core, two at most (the server's own thread works too, on the rest of the request). */
function workers(): Promise<Worker[]> | null {
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

function runOn(
  worker: Worker,
  texts: readonly (readonly string[])[],
  options: PairLinksOptions,
  pairs: [number, number][],
): Promise<PairLinks> {
  const id = (state.tongwenCollateJob = (state.tongwenCollateJob ?? 0) + 1)
  return new Promise((resolve, reject) => {
    const onMessage = (message: Reply) => {
      if (message.id !== id) return
      worker.off('message', onMessage)
      worker.off('error', onError)
      if (message.result) resolve(message.result)
      else reject(new Error(`a collation thread failed: ${message.crash}`))
    }
    const onError = (error: Error) => {
      worker.off('message', onMessage)
      state.tongwenCollateWorkers = undefined
      reject(error)
    }
    worker.on('message', onMessage)
    worker.once('error', onError)
    worker.postMessage({ id, texts, options, pairs })
  })
}

/** The links of every pair, on the pool's threads when the family is large enough to gain from it. */
export async function pairLinksInWorkers(texts: readonly (readonly string[])[], options: PairLinksOptions): Promise<PairLinks> {
  const pairs = allPairs(texts.length)
  const cost = ([i, j]: [number, number]) => (texts[i]?.length ?? 0) * (texts[j]?.length ?? 0)
  const pool = pairs.reduce((sum, pair) => sum + cost(pair), 0) >= PARALLEL_FROM ? await workers() : null
  if (!pool || pool.length < 2) return pairLinks(texts, options, pairs)
  // largest first, each to the least loaded thread
  const shares = pool.map(() => ({ pairs: [] as [number, number][], load: 0 }))
  for (const pair of [...pairs].sort((p, q) => cost(q) - cost(p))) {
    const share = shares.reduce((least, s) => (s.load < least.load ? s : least))
    share.pairs.push(pair)
    share.load += cost(pair)
  }
  const results = await Promise.all(shares.map((share, k) => runOn(pool[k] as Worker, texts, options, share.pairs)))
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

/** collateStatements with its pairwise alignments on worker threads (the same result). */
export async function collateInWorkers(statements: readonly CompareStatement[], options: CollateOptions): Promise<CollationResult> {
  const { texts, words } = collationTexts(statements, options)
  const links = await pairLinksInWorkers(texts, { threshold: options.threshold, words })
  return collateStatements(statements, options, links)
}
