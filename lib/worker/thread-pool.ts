/**
 * The compute threads: work too long for the server's own thread (a large
 * collation's alignments, mining the corpus for formulas, the corpus map's
 * pair similarities) runs on worker threads, so that the server keeps
 * answering readers while it is done. One thread per core, two at most (the
 * server's own thread works too). The threads are started on first use and
 * kept, and keep a process alive only while they start or a job waits on them.
 * A thread that fails or stops fails its pending jobs and retires the pool
 * (the next job starts a new one); callers then do the work on their own
 * thread, so a failed thread costs speed, never an answer.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/** The worker's entry, found from the project folder (the app's bundle does not carry it). */
const WORKER_FILE = path.join(process.cwd(), 'lib', 'worker', 'compute-worker.mjs')

type Reply = { id?: number; result?: unknown; crash?: string; ready?: boolean }

/** A thread of the pool and the jobs it has not answered yet. */
export interface PoolThread {
  worker: Worker
  pending: Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>
  dead: boolean
  /** the pool it belongs to: a pool retired is never confused with the one started after it */
  generation: number
}

/** A job for compute-worker.mjs: its kind and what it needs. */
export type ThreadJob = { kind: 'links' | 'word' | 'formulas' | 'shard' | 'counted' | 'similarities' } & Record<string, unknown>

const state = globalThis as typeof globalThis & {
  tongwenThreads?: Promise<PoolThread[]> | null
  tongwenThreadJob?: number
  tongwenThreadGeneration?: number
}

/**
 * Starts a thread with its listeners for good: one for answers, and one for
 * an error or an exit, which fails the thread's pending jobs and retires the
 * whole pool, so that no job waits on a thread that is gone and no thread is
 * left behind.
 */
function startThread(): Promise<PoolThread> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(`import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)})`, { eval: true })
    const entry: PoolThread = { worker, pending: new Map(), dead: false, generation: state.tongwenThreadGeneration ?? 0 }
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
      else job.reject(new Error(`a compute thread failed: ${message.crash}`))
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
    worker.on('exit', (code) => fail(new Error(`a compute thread stopped (exit code ${code})`)))
  })
}

/** Stops every thread of the pool of `generation` if it is still the pool; the next job that needs threads starts new ones. */
async function retirePool(generation: number): Promise<void> {
  if ((state.tongwenThreadGeneration ?? 0) !== generation) return
  state.tongwenThreadGeneration = generation + 1
  const pool = state.tongwenThreads
  state.tongwenThreads = undefined
  const entries = pool ? await pool.catch(() => []) : []
  await Promise.all(entries.map((entry) => entry.worker.terminate()))
}

/** Stops the compute threads (their jobs fail over to the calling thread); new ones start when needed. */
export function stopComputeThreads(): Promise<void> {
  return retirePool(state.tongwenThreadGeneration ?? 0)
}

/**
 * The pool, started on first use: one thread per core, two at most; none on
 * one core, or when threads cannot start (then every job runs on the caller's thread).
 */
export function computeThreads(): Promise<PoolThread[]> | null {
  if (state.tongwenThreads === undefined) {
    const count = Math.min(2, availableParallelism())
    state.tongwenThreads =
      count < 2
        ? null
        : Promise.all(Array.from({ length: count }, startThread)).catch((error: unknown) => {
            console.error(`Compute threads could not start; working on the server's thread: ${String(error)}`)
            state.tongwenThreads = null
            return []
          })
  }
  return state.tongwenThreads
}

/** Sends a job to one thread; its answer, or a rejection if the thread fails or stops first. */
export function runOn<T>(entry: PoolThread, job: ThreadJob): Promise<T> {
  if (entry.dead) return Promise.reject(new Error('a compute thread stopped'))
  const id = (state.tongwenThreadJob = (state.tongwenThreadJob ?? 0) + 1)
  return new Promise<T>((resolve, reject) => {
    entry.pending.set(id, { resolve: (result) => resolve(result as T), reject })
    entry.worker.ref()
    entry.worker.postMessage({ ...job, id })
  })
}

/**
 * One job on the least busy thread, or `here()` on the calling thread when
 * there is no pool or the thread fails (the answer is the same; `what` names
 * the work in the log). With `retryHere: false` a failed thread fails the
 * job: work that may have failed for want of memory is not done again where
 * readers wait.
 */
export async function offThread<T>(job: ThreadJob, here: () => T, what: string, { retryHere = true } = {}): Promise<T> {
  const pool = await computeThreads()
  const entry = pool
    ?.filter((t) => !t.dead)
    .reduce<PoolThread | undefined>((least, t) => (!least || t.pending.size < least.pending.size ? t : least), undefined)
  if (!entry) return here()
  try {
    return await runOn<T>(entry, job)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (!retryHere) throw new Error(`A compute thread failed ${what}: ${message}`)
    console.error(`A compute thread failed ${what}; doing it on the server's thread: ${message}`)
    return here()
  }
}
