/**
 * What each page weighs as a browser receives it from the production server
 * (issue 14): the HTML's bytes, the part of them that is React's component
 * payload (the inline `self.__next_f` scripts), and the bytes sent gzipped.
 * The pages are served from a fresh database holding the bundled collections.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createDb } from '@/lib/db/client'
import { listStatements } from '@/lib/db/statements'
import { prepareDatabase } from '@/lib/services/prepare-database'
import { compareHref, statementHref } from '@/lib/vocab/links'
import { buildIfNeeded } from '../lib/build-state'
import { ROOT, startNextServer } from '../lib/next-server'

export interface PageWeight {
  page: string
  path: string
  htmlBytes: number
  payloadBytes: number
  gzipBytes: number
  /** the targets, for the pages that have one */
  target?: { htmlBytes: number; gzipBytes: number }
}

const KG = '2019-06-13-china-kyrgyzstan-joint-statement'
const TJ = '2019-06-15-china-tajikistan-joint-statement'
const COMPARE_TARGET = { htmlBytes: 250_000, gzipBytes: 50_000 }

/** The bytes of a GET, as sent (gzip asked for) and as read. */
function fetchBoth(url: string): Promise<{ sent: number; html: string }> {
  const get = (encoding: string) =>
    new Promise<Buffer>((resolve, reject) => {
      request(url, { headers: { 'accept-encoding': encoding } }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`GET ${url}: ${response.statusCode}`))
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(Buffer.concat(chunks)))
        response.on('error', reject)
      })
        .on('error', reject)
        .end()
    })
  // one after the other: two at once would measure the server's queue, not the page
  return get('gzip').then((gzipped) => get('identity').then((plain) => ({ sent: gzipped.length, html: plain.toString('utf8') })))
}

function payloadBytes(html: string): number {
  let bytes = 0
  for (const match of html.matchAll(/<script>(self\.__next_f\.push\(.*?\))<\/script>/gs)) bytes += Buffer.byteLength(match[1] as string)
  return bytes
}

export async function measurePageWeights(): Promise<PageWeight[]> {
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  buildIfNeeded(ROOT, distDir)
  const dir = mkdtempSync(path.join(tmpdir(), 'tongwen-weights-'))
  const url = `file:${path.join(dir, 'weights.db')}`
  const db = createDb(url)
  try {
    await prepareDatabase(db, url, ROOT)
    const english = (await listStatements(db, { language: 'en', kind: 'joint-statement', perPage: 2 })).items.map((s) => s.slug)
    const pages: Omit<PageWeight, 'htmlBytes' | 'payloadBytes' | 'gzipBytes'>[] = [
      { page: 'statement list', path: '/' },
      { page: 'statement (Kyrgyzstan)', path: statementHref(KG) },
      { page: 'compare Kyrgyzstan/Tajikistan', path: compareHref(KG, TJ), target: COMPARE_TARGET },
      { page: '  differences only', path: compareHref(KG, TJ, '?view=changes') },
      { page: '  formulas marked', path: compareHref(KG, TJ, '?formulas=1') },
      ...(english.length === 2 ? [{ page: 'compare, English pair', path: compareHref(english[0] as string, english[1] as string) }] : []),
      { page: 'formulas', path: '/formulas' },
      { page: 'map', path: '/map' },
      { page: 'search, a Chinese phrase', path: `/search?q=${encodeURIComponent('一带一路')}` },
    ]
    const server = await startNextServer({ distDir, databaseUrl: url, startTimeoutMs: 60_000 })
    try {
      const weights: PageWeight[] = []
      for (const page of pages) {
        // the second request is the one measured: the first computes what is then kept
        await fetchBoth(server.baseUrl + page.path)
        const { sent, html } = await fetchBoth(server.baseUrl + page.path)
        weights.push({ ...page, htmlBytes: Buffer.byteLength(html), payloadBytes: payloadBytes(html), gzipBytes: sent })
      }
      return weights
    } finally {
      await server.stop()
    }
  } finally {
    await db.$disconnect()
    rmSync(dir, { recursive: true, force: true })
  }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`

export function formatPageWeights(weights: readonly PageWeight[]): string {
  const lines = ['Page weights (bundled collections; production build; payload = React component data inside the HTML)']
  const width = Math.max(...weights.map((w) => w.page.length))
  lines.push(`  ${'page'.padEnd(width)}  ${'HTML'.padStart(9)}  ${'payload'.padStart(9)}  ${'gzip'.padStart(9)}  target`)
  for (const w of weights) {
    const target = w.target
      ? `≤ ${kb(w.target.htmlBytes)} / ≤ ${kb(w.target.gzipBytes)} gzip: ${w.htmlBytes <= w.target.htmlBytes ? 'met' : 'not met'} / ${w.gzipBytes <= w.target.gzipBytes ? 'met' : 'not met'}`
      : ''
    lines.push(
      `  ${w.page.padEnd(width)}  ${kb(w.htmlBytes).padStart(9)}  ${kb(w.payloadBytes).padStart(9)}  ${kb(w.gzipBytes).padStart(9)}  ${target}`,
    )
  }
  return lines.join('\n')
}
