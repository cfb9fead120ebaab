/**
 * The importer on the real collection (issue 11): every file of
 * data/collections read as its manifest says, and no worse than the figures
 * below, measured when they were written; `npm run eval -- --import` prints
 * the whole table, through the database. A fall in any figure is a regression.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectionNames, COLLECTIONS_DIR, readManifest } from '@/lib/collections/bundled'
import { parseStatements } from '@/lib/ingest/parse-statements'
import { checkStatement, importedFromParse, summarize, type StatementCheck } from './import-accuracy'

const ROOT = path.join(import.meta.dirname, '../..')

function checkAll(): StatementCheck[] {
  return collectionNames(ROOT).flatMap((name) =>
    readManifest(name, ROOT).statements.map((entry) => {
      const text = readFileSync(path.join(ROOT, COLLECTIONS_DIR, name, entry.file), 'utf8')
      const { got, error } = importedFromParse(parseStatements(text, { fileName: entry.file }))
      return checkStatement(entry, got, error)
    }),
  )
}

const checks = checkAll()
const table = summarize(checks)

describe('the importer on the real collection', () => {
  it('has at least 150 statements, each in a manifest with its source', () => {
    expect(table.statements).toBeGreaterThanOrEqual(150)
  })

  it('refuses none of them and reads each file as one statement', () => {
    expect(checks.filter((c) => !c.got).map((c) => `${c.file}: ${c.error}`)).toEqual([])
    expect(checks.filter((c) => c.got && c.got.statementCount !== 1).map((c) => c.file)).toEqual([])
  })

  it('leaves no line break, markup, no-break space or abbreviation cut in any clause', () => {
    expect(checks.flatMap((c) => c.defects.map((d) => `${c.file}: ${d}`))).toEqual([])
  })

  it('tells the held-out statements an importer review has read from those none has', () => {
    const held = checks.filter((c) => c.split === 'holdout')
    const read = collectionNames(ROOT).flatMap((name) =>
      readManifest(name, ROOT)
        .statements.filter((e) => e.readInReview)
        .map((e) => e.file),
    )
    expect(read.length).toBeGreaterThan(0)
    expect(held.filter((c) => !c.unread).map((c) => c.file)).toEqual(held.map((c) => c.file).filter((file) => read.includes(file)))
    expect(held.filter((c) => c.unread).length).toBeGreaterThanOrEqual(30)
  })

  it('reads title, date and parties right for at least 98% of the statements', () => {
    expect(table.titleDateParties).toBeGreaterThanOrEqual(0.98)
  })

  it('keeps every field at least as accurate as when these floors were measured', () => {
    expect(table.fields.title).toBeGreaterThanOrEqual(FLOORS.title)
    expect(table.fields.date).toBeGreaterThanOrEqual(FLOORS.date)
    expect(table.fields.place).toBeGreaterThanOrEqual(FLOORS.place)
    expect(table.fields.parties).toBeGreaterThanOrEqual(FLOORS.parties)
    expect(table.fields.language).toBe(1)
    expect(table.fields.kind).toBeGreaterThanOrEqual(FLOORS.kind)
    expect(table.clauseError.within10).toBeGreaterThanOrEqual(FLOORS.clausesWithin10)
  })
})

/** Measured on the collection as committed (all statements, tuned and held out). */
const FLOORS = { title: 0.99, date: 0.99, place: 0.95, parties: 0.98, kind: 0.97, clausesWithin10: 0.85 }
