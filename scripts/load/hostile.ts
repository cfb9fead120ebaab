/**
 * `npm run load -- --hostile [--duration 20] [--connections 10]`: readers
 * under hostile load (issue 18). Serves the production build on 127.0.0.1
 * with the default limits, then for the duration sends readers' requests
 * (list and compare pages) alone for half the duration, then while hostile
 * clients send, over and over: 1 GB
 * anonymous bodies to the write routes, a 200 MB sign-in body, a zip-bomb
 * .docx (300 MB unpacked), 200,000 nested <div>s, a statement of 100,001
 * clauses and 1,000,000 one-character lines. Prints the readers' p50/p99,
 * the server's peak memory (resident, its whole process tree, sampled every
 * 100 ms), what the hostile requests got, and whether the server lived,
 * against the targets. Bounded: the whole run is about the duration
 * plus half a minute. Not part of npm test.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { manyClauseStatement, manyLinesText, nestedHtml, zipBombDocx } from '@/lib/scale/hostile-inputs'
import type { AppServer } from '../lib/next-server'

export interface HostileOptions {
  server: AppServer
  token: string
  readerPaths: readonly string[]
  connections: number
  duration: number
}

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  let total = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop() as number
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1]
      total += Number(rss ?? 0) * 1024
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(p) ?? []))
  }
  return total
}

/** Streams `total` bytes without a declared length until the server answers; resolves to the status (0 when the connection was cut). */
function streamBody(url: string, headers: Record<string, string>, total: number): Promise<number> {
  return new Promise((resolve) => {
    let sent = 0
    let answered = false
    const chunk = Buffer.alloc(256 * 1024, 'a')
    const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true
      res.resume()
      res.on('end', () => {
        req.destroy()
        resolve(res.statusCode ?? 0)
      })
    })
    req.on('error', () => (answered ? undefined : resolve(0)))
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (!answered) req.end()
    }
    pump()
  })
}

async function upload(baseUrl: string, token: string, name: string, bytes: Uint8Array | string): Promise<number> {
  const form = new FormData()
  form.append('files', new Blob([bytes as BlobPart]), name)
  try {
    const response = await fetch(`${baseUrl}/api/import`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 0
  }
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
}

/** Readers' requests for `duration` seconds: each answer's time and status. */
async function runReaders(baseUrl: string, readerPaths: readonly string[], connections: number, duration: number) {
  const times: number[] = []
  const statuses = new Map<number, number>()
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration,
    timeout: 10,
    requests: readerPaths.map((path) => ({
      method: 'GET' as const,
      path,
      setupRequest: (request, context) => {
        context.sent = performance.now()
        return request
      },
      onResponse: (status, _body, context) => {
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        times.push(performance.now() - (context.sent as number))
      },
    })),
  })
  const watchdog = setTimeout(() => instance.stop(), (duration + 20) * 1000)
  const result = await instance
  clearTimeout(watchdog)
  return { times, statuses, errors: result.errors }
}

/**
 * Readers alone for half the duration (the baseline), then readers and the
 * hostile clients together; returns the report's lines and whether the
 * targets were met.
 */
export async function runHostile({
  server,
  token,
  readerPaths,
  connections,
  duration,
}: HostileOptions): Promise<{ lines: string[]; ok: boolean }> {
  const quiet = await runReaders(server.baseUrl, readerPaths, connections, Math.max(5, Math.round(duration / 2)))
  const GB = 1024 * 1024 * 1024
  const files = {
    bomb: zipBombDocx(300 * 1024 * 1024),
    deep: nestedHtml(200_000),
    clauses: manyClauseStatement(100_001),
    lines: manyLinesText(1_000_000),
  }
  const slug = readerPaths.find((p) => p.startsWith('/compare/'))?.split('/')[2] ?? 'none'
  const hostile: Record<string, () => Promise<number>> = {
    'anonymous 1 GB body to POST /api/statements/<slug>': () =>
      streamBody(`${server.baseUrl}/api/statements/${slug}`, { 'content-type': 'application/json' }, GB),
    'anonymous 1 GB body to …/delete': () =>
      streamBody(`${server.baseUrl}/api/statements/${slug}/delete`, { 'content-type': 'application/json' }, GB),
    '200 MB body to /api/login': () =>
      streamBody(`${server.baseUrl}/api/login`, { 'content-type': 'application/x-www-form-urlencoded' }, 200 * 1024 * 1024),
    [`zip-bomb .docx (${Math.round(files.bomb.length / 1024)} KB, 300 MB unpacked)`]: () =>
      upload(server.baseUrl, token, 'bomb.docx', files.bomb),
    '200,000 nested <div>s': () => upload(server.baseUrl, token, 'deep.html', files.deep),
    [`statement of 100,001 clauses (${(files.clauses.length / 1024 / 1024).toFixed(1)} MB)`]: () =>
      upload(server.baseUrl, token, 'clauses.txt', files.clauses),
    '1,000,000 one-character lines': () => upload(server.baseUrl, token, 'lines.txt', files.lines),
  }
  const pid = server.pid as number
  const baseline = treeRss(pid)
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 100)
  const deadline = performance.now() + duration * 1000
  // generating the files above took a while: the clock starts now
  const outcomes = new Map<string, Map<number, number>>()
  const hostileLoops = Object.entries(hostile).map(async ([name, send]) => {
    const statuses = new Map<number, number>()
    outcomes.set(name, statuses)
    while (performance.now() < deadline) {
      const status = await send()
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
  })
  const readers = runReaders(server.baseUrl, readerPaths, connections, duration)
  const { times, statuses: readerStatuses, errors } = await readers
  // the hostile clients finish the request in hand; bounded by the server's own limits
  await Promise.race([Promise.all(hostileLoops), new Promise((r) => setTimeout(r, 20_000))])
  clearInterval(sampler)
  let alive = false
  try {
    alive = (await fetch(`${server.baseUrl}/api/statements?perPage=1`)).ok
  } catch {
    alive = false
  }
  const p50 = percentile(times, 50)
  const p99 = percentile(times, 99)
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`
  // 1 GB read the stricter way: 10^9 bytes (953.7 MiB), not 1 GiB
  const targets = { memory: peak < 1e9, p99: p99 < 1000, alive }
  const codes = (statuses: Map<number, number>) => [...statuses.entries()].map(([status, n]) => `${status || 'cut'}: ${n}`).join(', ')
  const lines = [
    `hostile load: ${connections} reader connections for ${duration} s, with ${Object.keys(hostile).length} hostile clients sending without pause`,
    `  readers alone       ${quiet.times.length} answers (${codes(quiet.statuses)}), p50 ${percentile(quiet.times, 50).toFixed(0)} ms, p99 ${percentile(quiet.times, 99).toFixed(0)} ms, errors ${quiet.errors}`,
    `  readers + hostile   ${times.length} answers (${codes(readerStatuses)}), p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, errors ${errors}`,
    `  server RSS          ${mib(baseline)} at the start, peak ${mib(peak)} (${(peak / 1e6).toFixed(0)} MB)`,
    '  hostile requests (status: count):',
    ...[...outcomes.entries()].map(([name, statuses]) => `    ${name}: ${codes(statuses)}`),
    `  targets             memory under 1 GB (10^9 bytes): ${targets.memory ? 'yes' : 'NO'}; readers' p99 under 1 s: ${targets.p99 ? 'yes' : 'NO'}; server still up (0 crashes): ${alive ? 'yes' : 'NO'}`,
  ]
  return { lines, ok: targets.memory && targets.p99 && targets.alive }
}
