/**
 * `npm run load [-- --scale N] [--connections 50] [--duration 30] [--degrade 200]`: the
 * production server under load. Builds the app when the build is missing or
 * older than the sources, serves it with `next start` on 127.0.0.1 (a free
 * port) against a fresh database in a temporary folder (migrated, the bundled
 * corpus imported, and with --scale N synthetic statements more; see
 * scripts/bench/scale.ts) — or against DATABASE_URL when it is set — then
 * sends autocannon's connections at a mix of list, compare and search pages
 * for the duration and prints requests/s, p50/p99 latency, non-2xx responses
 * and errors — twice: first with nothing kept (TONGWEN_KEEP_COMPARISONS=0 and
 * TONGWEN_KEEP_PAGES_MB=0: every page rendered and every comparison computed
 * afresh, the baseline), then as deployed (after one warming request per
 * address, most answers are pages kept for readers), with the ratio of the two;
 * then, as deployed, with --degrade connections (200; 0 leaves it out), to
 * show how it degrades. Exits non-zero when any request failed or answered other than
 * 2xx. The server is stopped and the temporary database removed in every case.
 *
 * `--hostile` runs readers against hostile clients instead (scripts/load/hostile.ts):
 * 4 reader connections, 10 s alone then 20 s with the hostile clients, by default, and exits non-zero when a target is missed.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import autocannon, { type Request, type Result } from 'autocannon'
import { DEFAULT_PER_PAGE } from '@/lib/url/statement-list'
import { createDb, type Db } from '@/lib/db/client'
import { prepareDatabase } from '@/lib/services/prepare-database'
import { listStatements } from '@/lib/db/statements'
import { importSynthetic, SEARCH_TERMS } from './bench/scale'
import { buildIfNeeded } from './lib/build-state'
import { runHostile } from './load/hostile'
import { ROOT, startNextServer, type AppServer } from './lib/next-server'
import { compareHref } from '@/lib/vocab/links'

type Kind = 'list' | 'compare' | 'search'

interface Target {
  kind: Kind
  path: string
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} takes a positive whole number (got "${value}").`)
  return n
}

/** Pairs of neighbouring statements of one kind, from the middle of the list: what a reader compares. */
async function comparePairs(db: Db, perKind: number): Promise<[string, string][]> {
  const pairs: [string, string][] = []
  for (const kind of ['joint-statement', 'speech']) {
    const { total } = await listStatements(db, { kind, perPage: 1 })
    const page = Math.max(1, Math.ceil(total / 200 / 2))
    const { items } = await listStatements(db, { kind, page, perPage: 200 })
    const step = Math.max(2, Math.floor(items.length / perKind))
    for (let k = 0; k + 1 < items.length && pairs.length < perKind * (kind === 'speech' ? 2 : 1); k += step) {
      pairs.push([(items[k] as { slug: string }).slug, (items[k + 1] as { slug: string }).slug])
    }
  }
  return pairs
}

/** The list pages, the comparisons and the searches to request, in turn. */
async function chooseTargets(db: Db): Promise<Target[]> {
  const { total } = await listStatements(db, { perPage: 1 })
  const pages = Math.max(1, Math.ceil(total / DEFAULT_PER_PAGE))
  const list = ['/', ...(pages >= 2 ? ['/?page=2'] : []), ...(pages > 4 ? [`/?page=${Math.ceil(pages / 2)}`] : [])]
  const compare = (await comparePairs(db, 4)).map(([a, b]) => compareHref(a, b))
  const search = SEARCH_TERMS.slice(0, 3).map((term) => `/search?q=${encodeURIComponent(term)}`)
  return [
    ...list.map((p) => ({ kind: 'list' as const, path: p })),
    ...compare.map((p) => ({ kind: 'compare' as const, path: p })),
    ...search.map((p) => ({ kind: 'search' as const, path: p })),
  ]
}

/** Each target once, before the load: it must answer 2xx (a search page that is not there yet is left out). */
async function checkTargets(server: AppServer, targets: readonly Target[]): Promise<{ kept: Target[]; notes: string[] }> {
  const kept: Target[] = []
  const notes: string[] = []
  for (const target of targets) {
    const response = await fetch(`${server.baseUrl}${target.path}`)
    await response.arrayBuffer()
    if (response.ok) kept.push(target)
    else if (target.kind === 'search' && response.status === 404) {
      if (!notes.length) notes.push('search left out of the mix: /search answers 404 (the search page is not there yet)')
    } else throw new Error(`GET ${target.path} answered ${response.status} before the load; fix that first.`)
  }
  return { kept, notes }
}

/** What one kind of page answered: status counts, and each answer's time (from sending the request to the whole body). */
interface KindStats {
  statuses: Map<number, number>
  times: number[]
}

async function runLoad(server: AppServer, targets: readonly Target[], connections: number, duration: number) {
  const stats = new Map<Kind, KindStats>()
  const requests: Request[] = targets.map((target) => ({
    method: 'GET',
    path: target.path,
    // as a browser asks
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    // a connection has one request in flight, so its context times it
    setupRequest: (request, context) => {
      context.sent = performance.now()
      return request
    },
    onResponse: (status, _body, context) => {
      const kind = stats.get(target.kind) ?? { statuses: new Map<number, number>(), times: [] }
      kind.statuses.set(status, (kind.statuses.get(status) ?? 0) + 1)
      kind.times.push(performance.now() - (context.sent as number))
      stats.set(target.kind, kind)
    },
  }))
  let client = 0
  const instance = autocannon({
    url: server.baseUrl,
    connections,
    duration,
    timeout: 30,
    requests,
    // each connection starts at another target, so that the mix is mixed from the first second
    setupClient: (c) => c.setRequests([...requests.slice(client % requests.length), ...requests.slice(0, client++ % requests.length)]),
  })
  // autocannon stops itself after `duration`; this bounds the wait for the last answers
  const watchdog = setTimeout(() => instance.stop(), (duration + 45) * 1000)
  try {
    return { result: await instance, stats }
  } finally {
    clearTimeout(watchdog)
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
}

function report(result: Result, stats: Map<Kind, KindStats>, targets: readonly Target[], setup: string, notes: readonly string[]): string {
  const count = (kind: Kind) => targets.filter((t) => t.kind === kind).length
  const byKind = [...stats.entries()].map(([kind, { statuses, times }]) => {
    const codes = [...statuses.entries()].map(([status, n]) => `${status}: ${n}`).join(', ')
    return `  ${kind.padEnd(8)}  ${String(times.length).padStart(6)} answers (${codes}), p50 ${percentile(times, 50).toFixed(0)} ms, p99 ${percentile(times, 99).toFixed(0)} ms`
  })
  return [
    `load: ${setup}`,
    `  mix: ${targets.length} paths in turn — ${count('list')} list, ${count('compare')} compare, ${count('search')} search`,
    ...notes.map((note) => `  note: ${note}`),
    `  requests/s   ${result.requests.average.toFixed(1)} on average (${result.requests.total} requests in ${result.duration.toFixed(1)} s)`,
    `  latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (max ${result.latency.max} ms)`,
    `  non-2xx      ${result.non2xx}`,
    `  errors       ${result.errors} (of which timeouts ${result.timeouts})`,
    '  by kind of page:',
    ...byKind,
  ].join('\n')
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      degrade: { type: 'string' },
      hostile: { type: 'boolean', default: false },
    },
  })
  const hostile = values.hostile
  const connections = positiveInteger(values.connections ?? (hostile ? '4' : '50'), '--connections')
  const duration = positiveInteger(values.duration ?? (hostile ? '20' : '30'), '--duration')
  // then, as deployed, this many connections: how it degrades (0 leaves it out)
  const degrade = values.degrade === '0' ? 0 : positiveInteger(values.degrade ?? '200', '--degrade')
  if (hostile && duration > 40) throw new Error('--hostile runs for 40 s at most (--duration).')
  // the hostile run needs a corpus to read, not the whole of it: the Xinhua releases load in seconds
  if (hostile) process.env.TONGWEN_COLLECTIONS ??= 'xinhua'
  const scale = values.scale === undefined ? 0 : positiveInteger(values.scale, '--scale')
  const given = process.env.DATABASE_URL?.trim()
  if (given && scale)
    throw new Error(
      `--scale fills a temporary database; it will not add synthetic statements to DATABASE_URL (${given.split(':')[0]}:…). Unset DATABASE_URL to use one.`,
    )

  buildIfNeeded(ROOT, process.env.NEXT_DIST_DIR || undefined)
  const dir = given ? null : mkdtempSync(path.join(tmpdir(), 'tongwen-load-'))
  const url = given ?? `file:${path.join(dir as string, 'load.db')}`
  let server: AppServer | null = null
  const stop = async () => {
    await server?.stop()
    server = null
    if (dir) rmSync(dir, { recursive: true, force: true })
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)))
  }
  try {
    const db = createDb(url)
    let targets: Target[]
    try {
      const { seeded } = await prepareDatabase(db, url)
      if (seeded)
        console.log(`Database: ${dir ? 'a temporary one' : url}, the bundled corpus imported (${seeded.imported.length} statements).`)
      if (scale) {
        console.log(`Importing ${scale} synthetic statements (formulas deferred)…`)
        const { seconds } = await importSynthetic(db, { count: scale, log: (line) => console.log(line) })
        console.log(`  done in ${seconds.toFixed(1)} s`)
      }
      targets = await chooseTargets(db)
    } finally {
      await db.$disconnect()
    }
    const token = randomBytes(24).toString('hex')
    server = await startNextServer({ distDir: process.env.NEXT_DIST_DIR || '.next', databaseUrl: url, env: { ADMIN_TOKEN: token } })
    const { kept, notes } = await checkTargets(server, targets)
    if (hostile) {
      const readerPaths = kept.filter((t) => t.kind !== 'search').map((t) => t.path)
      console.log(`Serving at ${server.baseUrl}; readers and hostile clients for ${duration} s…`)
      const { lines, ok } = await runHostile({ server, token, readerPaths, connections, duration })
      console.log(lines.join('\n'))
      return ok ? 0 : 1
    }
    const setup = `${connections} connections, ${duration} s, on ${dir ? `a temporary SQLite database (bundled corpus${scale ? ` + ${scale} synthetic statements` : ''})` : url.split(':')[0]}`
    // the baseline in the same run: the same server with no comparison kept (every one computed afresh)
    const runs: { name: string; result: Result; stats: Map<Kind, KindStats> }[] = []
    for (const keep of [false, true]) {
      await server?.stop()
      server = await startNextServer({
        distDir: process.env.NEXT_DIST_DIR || '.next',
        databaseUrl: url,
        env: { ADMIN_TOKEN: token, ...(keep ? {} : { TONGWEN_KEEP_COMPARISONS: '0', TONGWEN_KEEP_PAGES_MB: '0' }) },
      })
      // warm: each target once (the kept run keeps its comparisons here, as after a link's first reader)
      await checkTargets(server, kept)
      const name = keep ? 'comparisons and pages kept' : 'baseline: nothing kept (TONGWEN_KEEP_COMPARISONS=0, TONGWEN_KEEP_PAGES_MB=0)'
      console.log(`Serving at ${server.baseUrl} (${name}); ${connections} connections for ${duration} s…`)
      const { result, stats } = await runLoad(server, kept, connections, duration)
      console.log(report(result, stats, kept, `${setup}; ${name}`, notes))
      runs.push({ name, result, stats })
    }
    const [base, main] = runs as [(typeof runs)[0], (typeof runs)[0]]
    const ratio = (x: number, y: number) => (y > 0 ? (x / y).toFixed(2) : '—')
    const p50 = (run: typeof base, kind: Kind) => percentile(run.stats.get(kind)?.times ?? [], 50)
    console.log(
      [
        'kept against the baseline, measured in this run:',
        `  requests/s   ${main.result.requests.average.toFixed(1)} vs ${base.result.requests.average.toFixed(1)}: ×${ratio(main.result.requests.average, base.result.requests.average)}`,
        `  p99          ${main.result.latency.p99} ms vs ${base.result.latency.p99} ms: ×${ratio(main.result.latency.p99, base.result.latency.p99)}`,
        `  compare p50  ${p50(main, 'compare').toFixed(0)} ms vs ${p50(base, 'compare').toFixed(0)} ms: ×${ratio(p50(main, 'compare'), p50(base, 'compare'))}`,
      ].join('\n'),
    )
    if (degrade > 0 && server) {
      console.log(`Serving at ${server.baseUrl} (as deployed); ${degrade} connections for ${duration} s, to see how it degrades…`)
      const { result, stats } = await runLoad(server, kept, degrade, duration)
      console.log(
        report(result, stats, kept, `${setup.replace(`${connections} connections`, `${degrade} connections`)}; as deployed`, notes),
      )
      runs.push({ name: `${degrade} connections`, result, stats })
    }
    const failed = runs.reduce((n, run) => n + run.result.errors + run.result.non2xx, 0)
    if (failed > 0) console.error(`FAILED: ${failed} non-2xx responses or errors.`)
    return failed > 0 ? 1 : 0
  } finally {
    await stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
