import { readFileSync } from 'node:fs'
import { bundledFiles, collectionNames } from '@/lib/collections/bundled'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseStatements } from '@/lib/ingest/parse-statements'
import { DEFAULT_MINING_OPTIONS } from './mine-formulas'
import { formulaRecords, numberedSources, occurrenceRows, sourceCharacters } from './records'
import { mergeCandidates, shardedFormulaRecords, shardsOf } from './sharded'
import type { FormulaRecord, FormulaSourceStatement } from './types'

const ROOT = path.join(import.meta.dirname, '../..')

/** Every statement of the real collections in data/collections (both languages), numbered as the miner reads them from a database. */
function bundledSources(): FormulaSourceStatement[] {
  const parsed = bundledFiles(collectionNames(ROOT), ROOT).flatMap((file) => {
    const result = parseStatements(readFileSync(file, 'utf8'), { fileName: path.basename(file) })
    return result.ok ? result.statements : []
  })
  return numberedSources(parsed.map((s) => ({ ...s, clauses: s.sections.flatMap((x) => x.clauses) })))
}

const statement = (id: number, language: string, date: string | null, characters: number): FormulaSourceStatement => ({
  id,
  date,
  kind: 'joint-statement',
  language,
  parties: [],
  clauses: [{ id, text: 'x'.repeat(characters), label: null }],
})

describe('shardsOf', () => {
  it('keeps each language apart, in order of date (undated last), each shard within its size unless one statement is larger', () => {
    const statements = [
      statement(1, 'en', '2022-05-01', 40),
      statement(2, 'zh', '2019-06-13', 40),
      statement(3, 'en', null, 40),
      statement(4, 'en', '2021-01-01', 40),
      statement(5, 'en', '2021-06-01', 150),
      statement(6, 'zh', '2019-06-15', 40),
    ]
    const shards = shardsOf(statements, 100).map((shard) => shard.map((s) => s.id))
    expect(shards).toEqual([[4], [5], [1, 3], [2, 6]])
  })
})

describe('mergeCandidates', () => {
  it('makes wordings that were variants of one formula in any shard one formula, its most found wording first', () => {
    const groups = mergeCandidates([
      [[['国家统一', 2]], [['free and open', 3]]],
      [
        [
          ['国家和平统一', 3],
          ['国家统一', 2],
        ],
      ],
      [[['实现国家和平统一', 2]], [['free and open', 2]]],
    ])
    expect(groups).toEqual([['free and open'], ['国家统一', '国家和平统一'], ['实现国家和平统一']])
  })
})

/** A formula as compared: its wordings, statements, first and latest use, growth and kind. */
const summary = (record: FormulaRecord) => ({
  variants: record.variants.map((v) => `${v.pattern} ${v.statements}`),
  statements: record.statementCount,
  first: record.firstDate,
  last: record.lastDate,
  growth: record.growth,
  kind: record.kind,
})

const rowKeys = (record: FormulaRecord) => occurrenceRows(record.occurrences).map((o) => JSON.stringify(o))

/**
 * Compares the formulas both list: the same summary, and every use the miner
 * counted counted again. Returns the uses counted beyond the miner's: the
 * counting finds a wording wherever it is printed, the miner misses a use
 * where the repeat it is part of was cut to another phrase (one in the
 * bundled collections: “President of the United States of America Joseph R.
 * Biden” at the start of a clause; see also lib/formulas/fold-in.test.ts).
 */
function compare(sharded: readonly FormulaRecord[], whole: ReadonlyMap<string, FormulaRecord>) {
  let compared = 0
  let extra = 0
  for (const record of sharded) {
    const other = whole.get(record.key)
    if (!other || other.variants.length !== record.variants.length) continue
    expect(summary(record)).toEqual(summary(other))
    const mine = new Set(rowKeys(record))
    for (const use of rowKeys(other)) expect(mine.has(use), `${record.key}: ${use}`).toBe(true)
    extra += mine.size - other.occurrenceCount
    compared++
  }
  return { compared, extra }
}

describe('shardedFormulaRecords on the bundled collections', () => {
  let statements: FormulaSourceStatement[]
  let whole: Map<string, FormulaRecord>
  beforeAll(() => {
    statements = bundledSources()
    whole = new Map(formulaRecords(statements).map((record) => [record.key, record]))
  })

  it('with one shard to a language, finds what the whole-corpus miner finds, with the same uses', async () => {
    const sharded = await shardedFormulaRecords(statements, DEFAULT_MINING_OPTIONS, { shardCharacters: sourceCharacters(statements) })
    // where two wordings of one formula are found equally often, the shards' order of them may differ from the miner's (one formula of over 3,000)
    const same = sharded.filter((record) => whole.has(record.key))
    expect(same.length).toBeGreaterThanOrEqual(whole.size - 1)
    expect(sharded.length).toBeLessThanOrEqual(whole.size + 1)
    const { compared, extra } = compare(sharded, whole)
    expect(compared).toBeGreaterThanOrEqual(whole.size - 1)
    expect(extra).toBeLessThanOrEqual(1)
    // families and order follow from the same records
    const wholeOrder = [...whole.keys()].filter((key) => sharded.some((r) => r.key === key))
    expect(same.map((r) => r.key)).toEqual(wholeOrder)
  }, 60_000)

  it('with two shards to English, finds every formula used in ten statements or more, each use of those it finds exact', async () => {
    const english = statements.filter((s) => s.language === 'en')
    const sharded = await shardedFormulaRecords(statements, DEFAULT_MINING_OPTIONS, {
      shardCharacters: Math.ceil(sourceCharacters(english) / 2) + 1,
    })
    const shards = shardsOf(statements, Math.ceil(sourceCharacters(english) / 2) + 1)
    expect(shards.filter((shard) => shard[0]?.language === 'en').length).toBeGreaterThanOrEqual(2)
    const found = new Map(sharded.map((record) => [record.key, record]))
    const wide = [...whole.values()].filter((record) => record.statementCount >= 10)
    expect(wide.length).toBeGreaterThan(50)
    for (const record of wide) expect(found.has(record.key), record.key).toBe(true)
    // a formula both list is counted alike: the shards only choose what to count
    const { compared, extra } = compare(sharded, whole)
    // most of them: 1,985 of the 2,844 the whole miner lists (miner version 14)
    expect(compared).toBeGreaterThan(whole.size * 0.6)
    expect(extra).toBeLessThanOrEqual(1)
  }, 60_000)
})
