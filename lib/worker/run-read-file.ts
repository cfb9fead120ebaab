/**
 * Heavy work off the request path: files are read (extracted and parsed) in
 * a worker thread with a heap limit (TONGWEN_IMPORT_MEMORY_MB) and a time
 * limit (TONGWEN_IMPORT_TIMEOUT_S). A file over either budget is a clear
 * failure — the worker is stopped and replaced, nothing was written — and the
 * server's own thread keeps answering readers meanwhile. Jobs take turns in
 * one worker, so hostile files cannot multiply the cost either.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { DEFAULT_LIMITS, refusal, type Limits } from '@/lib/limits'
import type { ReadFileLimits, ReadFileResult } from './read-file'

export type WorkerLimits = ReadFileLimits & Partial<Pick<Limits, 'importTimeoutMs' | 'importMemoryMb'>>

interface Job {
  id: number
  name: string
  bytes: Uint8Array
  limits: WorkerLimits
  resolve: (result: ReadFileResult) => void
  reject: (error: Error) => void
}

/** The worker's entry, beside this file in the project (the app's bundle does not carry it, so it is found from the project folder). */
const WORKER_FILE = path.join(process.cwd(), 'lib', 'worker', 'read-file-worker.mjs')

const state = globalThis as typeof globalThis & {
  tongwenReadQueue?: { jobs: Job[]; busy: boolean; worker?: Worker; memoryMb?: number; nextId: number }
}

function queue() {
  state.tongwenReadQueue ??= { jobs: [], busy: false, nextId: 1 }
  return state.tongwenReadQueue
}

/** Reads a file in the worker, within the time and memory budget; resolves to the file or the one-line reason. */
export function readFileInWorker(name: string, bytes: Uint8Array, limits: WorkerLimits = {}): Promise<ReadFileResult> {
  return new Promise((resolve, reject) => {
    const q = queue()
    q.jobs.push({ id: q.nextId++, name, bytes, limits, resolve, reject })
    void pump()
  })
}

function startWorker(memoryMb: number): Promise<Worker> {
  return new Promise((resolve, reject) => {
    // started from a line of code that imports the entry, so that the app's bundler does not try to take in
    // the worker (it runs the sources through tsx in its own thread)
    const worker = new Worker(`import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)})`, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
    })
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

async function pump(): Promise<void> {
  const q = queue()
  if (q.busy) return
  const job = q.jobs.shift()
  if (!job) return
  q.busy = true
  try {
    job.resolve(await runJob(job))
  } catch (error) {
    job.reject(error instanceof Error ? error : new Error(String(error)))
  } finally {
    q.busy = false
    void pump()
  }
}

async function runJob(job: Job): Promise<ReadFileResult> {
  const q = queue()
  const memoryMb = job.limits.importMemoryMb ?? DEFAULT_LIMITS.importMemoryMb
  const timeoutMs = job.limits.importTimeoutMs ?? DEFAULT_LIMITS.importTimeoutMs
  if (!q.worker || q.memoryMb !== memoryMb) {
    await q.worker?.terminate()
    q.worker = undefined
    try {
      q.worker = await startWorker(memoryMb)
    } catch (error) {
      if (isOutOfMemory(error)) return { ok: false, error: refusal.importMemory(memoryMb) }
      throw error
    }
    q.memoryMb = memoryMb
  }
  const worker = q.worker
  const stop = () => {
    if (q.worker === worker) q.worker = undefined
    void worker.terminate()
  }
  return new Promise<ReadFileResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup()
      stop()
      resolve({ ok: false, error: refusal.importTime(timeoutMs) })
    }, timeoutMs)
    const onMessage = (message: { id?: number; result?: ReadFileResult; crash?: string }) => {
      if (message.id !== job.id) return
      cleanup()
      if (message.result) return resolve(message.result)
      console.error(`The import worker failed on ${job.name}: ${message.crash}`)
      resolve({ ok: false, error: 'The file could not be read: the reader failed on it (see the server log); nothing was saved.' })
    }
    const onError = (error: Error & { code?: string }) => {
      cleanup()
      stop()
      if (isOutOfMemory(error)) resolve({ ok: false, error: refusal.importMemory(memoryMb) })
      else if (error instanceof RangeError) resolve({ ok: false, error: `The file could not be read: ${error.message}.` })
      else reject(error)
    }
    const onExit = () => {
      cleanup()
      if (q.worker === worker) q.worker = undefined
      resolve({ ok: false, error: refusal.importMemory(memoryMb) })
    }
    const cleanup = () => {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    worker.on('message', onMessage)
    worker.once('error', onError)
    worker.once('exit', onExit)
    const { importTimeoutMs: _t, importMemoryMb: _m, ...limits } = job.limits
    worker.postMessage({ id: job.id, name: job.name, bytes: job.bytes, limits })
  })
}

const isOutOfMemory = (error: unknown) =>
  (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ||
  (error instanceof Error && /memory limit|out of memory/i.test(error.message))
