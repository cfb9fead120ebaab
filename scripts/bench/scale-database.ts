/**
 * The databases the scale benchmark and the load script fill: a fresh SQLite
 * file in a temporary folder, or a scratch PostgreSQL database
 * (TONGWEN_BENCH_PG_URL) emptied first — its public schema is dropped, so
 * never point it at a database whose contents matter.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createDb } from '@/lib/db/client'

export type Engine = 'sqlite' | 'postgresql'

export const ENGINES: readonly Engine[] = ['sqlite', 'postgresql']

export interface ScratchDatabase {
  engine: Engine
  url: string
  /** where it is, for the report (never the PostgreSQL password) */
  label: string
  /** bytes on disk, when that can be read cheaply (the SQLite file and its WAL) */
  size(): number | null
  cleanup(): Promise<void>
}

/** The engines to measure: SQLite always, PostgreSQL when a scratch database is given. */
export function defaultEngines(pgUrl: string | undefined): Engine[] {
  return pgUrl ? ['sqlite', 'postgresql'] : ['sqlite']
}

/** An empty database of this engine, with nothing in it yet (not even the migrations). */
export async function scratchDatabase(engine: Engine, pgUrl: string | undefined): Promise<ScratchDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'tongwen-scale-'))
    const file = path.join(dir, 'scale.db')
    return {
      engine,
      url: `file:${file}`,
      label: `SQLite, ${file}`,
      size: () => ['', '-wal'].reduce((n, suffix) => n + (statSync(`${file}${suffix}`, { throwIfNoEntry: false })?.size ?? 0), 0),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  if (!pgUrl || !/^postgres(ql)?:\/\//.test(pgUrl))
    throw new Error('The PostgreSQL benchmark needs TONGWEN_BENCH_PG_URL=postgresql://… (a scratch database it may wipe).')
  const db = createDb(pgUrl)
  try {
    await db.$executeRawUnsafe('DROP SCHEMA IF EXISTS public CASCADE')
    await db.$executeRawUnsafe('CREATE SCHEMA public')
  } finally {
    await db.$disconnect()
  }
  const where = new URL(pgUrl)
  return { engine, url: pgUrl, label: `PostgreSQL, ${where.host}${where.pathname}`, size: () => null, cleanup: async () => {} }
}
