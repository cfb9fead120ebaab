import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseStatements } from '@/lib/ingest/parse-statements'
import { corpusStatements } from '@/test/helpers/corpus'
import { findKnownFormulas } from './fold-in'
import { formulaRecords, numberedSources, occurrenceRows } from './records'
import type { FormulaSourceStatement } from './types'
import type { ParsedStatement } from '@/lib/ingest/types'

const FOLDER = path.join(import.meta.dirname, '../../data/collections/whitehouse-2021-2022')

/** Statements as the miner reads them from the database, numbered in order. */
const sources = (statements: readonly ParsedStatement[]) =>
  numberedSources(statements.map((s) => ({ ...s, clauses: s.sections.flatMap((x) => x.clauses) })))

/** Every use the miner recorded, as "formula variant statement clause start-end". */
function minedUses(statements: readonly FormulaSourceStatement[]) {
  const records = formulaRecords(statements)
  const uses = records.flatMap((r) =>
    occurrenceRows(r.occurrences).map((o) => `${r.id} ${o.variant} ${o.statementId} ${o.clauseId} ${o.start}-${o.end}`),
  )
  const variants = records.flatMap((r) => r.variants.map((v, position) => ({ formulaId: r.id, position, pattern: v.pattern })))
  return { uses, variants }
}

const key = (o: ReturnType<typeof findKnownFormulas>[number]) =>
  `${o.formulaId} ${o.variant} ${o.statementId} ${o.clauseId} ${o.start}-${o.end}`

describe('findKnownFormulas', () => {
  it('finds in each statement of the Xinhua corpus exactly the uses the miner counted there', () => {
    const statements = sources(corpusStatements())
    const { uses, variants } = minedUses(statements)
    expect(uses.length).toBeGreaterThan(500)
    expect(findKnownFormulas(statements, variants).map(key).sort()).toEqual(uses.sort())
  })

  it('does so in English too, on word edges, names masked (White House statements of May 2022)', () => {
    const files = readdirSync(FOLDER).filter((name) => name.startsWith('2022-05-'))
    const parsed = files.flatMap((file) => {
      const result = parseStatements(readFileSync(path.join(FOLDER, file), 'utf8'), { fileName: file })
      return result.ok ? result.statements : []
    })
    expect(parsed.length).toBeGreaterThan(5)
    const statements = sources(parsed)
    const { uses, variants } = minedUses(statements)
    expect(uses.length).toBeGreaterThan(300)
    expect(findKnownFormulas(statements, variants).map(key).sort()).toEqual(uses.sort())
  })

  it('prefers the formula’s first variant where two of its variants overlap, and finds nothing in a statement without it', () => {
    const statement: FormulaSourceStatement = {
      id: 3,
      date: null,
      kind: 'joint-statement',
      parties: [],
      clauses: [{ id: 7, text: 'They support a free and open Indo-Pacific.', label: null }],
    }
    const variants = [
      { formulaId: 'f', position: 1, pattern: 'free and open' },
      { formulaId: 'f', position: 0, pattern: 'free and open indo-pacific' },
      { formulaId: 'g', position: 0, pattern: 'open indo' },
    ]
    // "open indo" cuts "Indo-Pacific": not a use
    expect(findKnownFormulas([statement], variants)).toEqual([
      { formulaId: 'f', variant: 0, statementId: 3, clauseId: 7, start: 15, end: 41 },
    ])
    expect(findKnownFormulas([{ ...statement, clauses: [{ id: 8, text: 'Nothing of the kind.', label: null }] }], variants)).toEqual([])
  })
})
