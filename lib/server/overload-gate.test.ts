import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installOverloadGate, type GateStats } from './overload-gate'

let server: Server
let base: string
let stats: GateStats

beforeAll(async () => {
  stats = installOverloadGate({ maxConcurrent: 2, maxQueue: 2 })
  // each request takes 300 ms, as a page being rendered would
  server = createServer((_request, response) => void setTimeout(() => response.end('ok'), 300))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('installOverloadGate', () => {
  it('serves the limit at once, queues the next ones, and answers the rest 503 with Retry-After at once (issue 18)', async () => {
    const started = performance.now()
    const answers = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const response = await fetch(base, { headers: { connection: 'keep-alive' } })
        const body = await response.text()
        return { status: response.status, retryAfter: response.headers.get('retry-after'), body, ms: performance.now() - started }
      }),
    )
    const served = answers.filter((a) => a.status === 200)
    const shed = answers.filter((a) => a.status === 503)
    expect(served).toHaveLength(4)
    expect(shed).toHaveLength(4)
    expect(shed[0]).toMatchObject({ retryAfter: '2', body: expect.stringContaining('TONGWEN_MAX_CONCURRENT + TONGWEN_MAX_QUEUE') })
    expect(stats).toMatchObject({ active: 0, queued: 0, shed: 4 })
  })

  describe('edge cases', () => {
    it('installs once per process, whatever the options of a second call', () => {
      expect(installOverloadGate({ maxConcurrent: 100, maxQueue: 100 })).toBe(stats)
    })
  })
})
