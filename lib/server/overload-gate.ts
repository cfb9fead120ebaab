/**
 * Overload shed cleanly: at most `maxConcurrent` requests are handed to the
 * app at once, up to `maxQueue` more wait their turn in order, and any beyond
 * that are answered 503 with Retry-After at once — instead of every request
 * slowing down together until connections time out. Installed once in the
 * server process (instrumentation.ts) around Node's HTTP server, so it sees
 * every request before Next reads a byte of it.
 */
import http from 'node:http'
import { refusal } from '@/lib/limits'

export interface OverloadGateOptions {
  maxConcurrent: number
  maxQueue: number
  /** seconds a refused client is told to wait */
  retryAfterSeconds?: number
}

export interface GateStats {
  active: number
  queued: number
  shed: number
}

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean
const state = globalThis as typeof globalThis & { tongwenGate?: GateStats }

/** Installs the gate on every HTTP server of this process (once); returns its live counters. */
export function installOverloadGate({ maxConcurrent, maxQueue, retryAfterSeconds = 2 }: OverloadGateOptions): GateStats {
  if (state.tongwenGate) return state.tongwenGate
  const stats: GateStats = { active: 0, queued: 0, shed: 0 }
  state.tongwenGate = stats
  const queue: (() => void)[] = []
  const emit = http.Server.prototype.emit as Emit
  const next = () => {
    const start = queue.shift()
    if (start) {
      stats.queued--
      start()
    }
  }
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args)
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
    let started = false
    const start = () => {
      started = true
      stats.active++
      let released = false
      const release = () => {
        if (released) return
        released = true
        stats.active--
        next()
      }
      response.once('finish', release)
      response.once('close', release)
      emit.call(this, 'request', request, response)
    }
    if (stats.active < maxConcurrent) {
      start()
      return true
    }
    if (stats.queued >= maxQueue) {
      stats.shed++
      response.writeHead(503, {
        'content-type': 'application/json',
        'retry-after': String(retryAfterSeconds),
        'cache-control': 'no-store',
        connection: 'close',
      })
      response.end(JSON.stringify({ error: refusal.overload() }))
      request.resume()
      return true
    }
    stats.queued++
    queue.push(start)
    // a client that gives up while waiting leaves the queue
    response.once('close', () => {
      if (started) return
      const at = queue.indexOf(start)
      if (at >= 0) {
        queue.splice(at, 1)
        stats.queued--
      }
    })
    return true
  } as typeof http.Server.prototype.emit
  return stats
}
