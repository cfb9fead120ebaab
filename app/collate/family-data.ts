/**
 * What the collation's table needs in the browser, and nothing more: the
 * table is a client component (like the pair view's rows), so the page
 * carries it once as HTML and once as this data. A clause is its pieces
 * against the family's base, an equal piece a bare string; no clause text
 * travels twice.
 */
import type { Cell, CollationResult } from '@/lib/collate/types'
import type { Piece } from '@/lib/compare/types'
import type { ShownFamily } from '@/lib/collate/filter-families'
import type { PartySummary } from '@/lib/db/statements'

/** An equal piece is its text; the rest say what they are. */
export type CellPiece = string | [text: string, kind: 'insert' | 'delete' | 'masked']

/** A clause of a cell: its number in its statement (1-based, #c<n>), its label and its pieces. */
export type CellClauseData = [n: number, label: string | null, pieces: CellPiece[]]

export interface CellData {
  /** the wording when not the base's (1, 2…), with the share of the base's wording it has too, in percent */
  v?: [variant: number, similarity: number]
  /** out of its statement's order: the row it comes after there (0: first) */
  after?: number
  /** its wording contains the searched text */
  hit?: true
  /** held to the family only by links below their sure bar (Cell.unsure): the best of them and that bar (0–1) */
  u?: [score: number, bar: number]
  c: CellClauseData[]
}

/** A family (short keys: a table carries hundreds); how many statements have it is its non-null cells. */
export interface FamilyData {
  /** the row's number (#f<i>) */
  i: number
  /** how many wordings it has */
  w: number
  /** the statement whose cell is the base */
  b: number
  /** one per statement, null where a statement has none */
  c: (CellData | null)[]
}

/**
 * Where a phone folds rows: each run of two or more families in a row that
 * the focused statement lacks is shown as its first row, which says how many
 * follow; the others open with its button (or alone, when a link targets one).
 * Keyed by the family number a run starts at: how many rows follow it in
 * the run (its length less one) and its last family.
 */
export function gapRuns(families: readonly FamilyData[], focus: number): Map<number, { more: number; last: number }> {
  const runs = new Map<number, { more: number; last: number }>()
  let start = -1
  const close = (end: number) => {
    if (end > start) runs.set((families[start] as FamilyData).i, { more: end - start, last: (families[end] as FamilyData).i })
    start = -1
  }
  families.forEach((family, k) => {
    if (!family.c[focus]) start = start < 0 ? k : start
    else if (start >= 0) close(k - 1)
  })
  if (start >= 0) close(families.length - 1)
  return runs
}

/** A row as a phone folds it: the first of a run (with the key its opening is remembered by), folded away, or neither. */
export interface RowFold {
  run?: { more: number; last: number; key: string; open: boolean }
  folded: boolean
}

/**
 * Each shown family's place in the phone's folds (gapRuns), given the runs
 * its reader opened: a run is known by the focus and its first and last
 * family, so that another focus or filter, whose runs differ, opens none.
 */
export function foldRows(families: readonly FamilyData[], focus: number, opened: ReadonlySet<string>): RowFold[] {
  const runs = gapRuns(families, focus)
  let folding: { last: number; open: boolean } | null = null
  return families.map((family) => {
    const run = runs.get(family.i)
    if (run) {
      const key = `${focus}:${family.i}-${run.last}`
      folding = { last: run.last, open: opened.has(key) }
      return { run: { ...run, key, open: folding.open }, folded: false }
    }
    const folded = folding !== null && !folding.open
    if (folding && family.i === folding.last) folding = null
    return { folded }
  })
}

/** How many statements have the family. */
export const presenceOf = (family: FamilyData) => family.c.reduce((n, cell) => n + (cell ? 1 : 0), 0)

export interface ColumnData {
  /** A, B, C… */
  letter: string
  slug: string
  title: string
  /** what tells it from the others: its partners ("Kyrgyzstan"), or its speaker */
  label: string
  date: string | null
}

export interface CollateTableData {
  /** the statements' language, as HTML's lang attribute spells it */
  lang: string
  columns: ColumnData[]
  families: FamilyData[]
  /** the searched text, or '' */
  q: string
  /** the statement a phone shows (0-based) */
  focus: number
  /** the options' part of a pair view's query string ('' or '?…'), for the links to compare two columns */
  compareQuery: string
  /** the address of the whole table (filters off) when a filter hides families, else '': a link to a hidden row goes there */
  unfiltered: string
}

export const columnLetter = (k: number) => String.fromCharCode(65 + k)

/**
 * What tells each statement from the others: its parties not shared by all
 * (China in every one of China's joint statements names none of them), or
 * its speaker; the parties in full when that leaves nothing.
 */
export function columnLabels(statements: readonly { speaker: string | null; parties: PartySummary[] }[]): string[] {
  const everywhere = (code: string) => statements.every((s) => s.parties.some((p) => p.code === code))
  return statements.map((s) => {
    if (s.speaker) return s.speaker
    const own = s.parties.filter((p) => !everywhere(p.code))
    return (own.length ? own : s.parties).map((p) => p.nameEn).join('–') || '—'
  })
}

function piece({ op, text, masked }: Piece): CellPiece {
  if (op === 'delete' || op === 'insert') return [text, op]
  return masked ? [text, 'masked'] : text
}

/** Neighbouring equal pieces as one string (the word diff leaves them apart). */
function mergeEqual(pieces: readonly CellPiece[]): CellPiece[] {
  const merged: CellPiece[] = []
  for (const p of pieces) {
    const last = merged.at(-1)
    if (typeof p === 'string' && typeof last === 'string') merged[merged.length - 1] = last + p
    else merged.push(p)
  }
  return merged
}

function cellData(cell: Cell, after: number | undefined, hit: boolean): CellData {
  return {
    ...(cell.variant > 0 ? { v: [cell.variant, Math.round(cell.similarity * 100)] as [number, number] } : {}),
    ...(cell.moved && after !== undefined ? { after } : {}),
    ...(hit ? { hit: true as const } : {}),
    ...(cell.unsure ? { u: [Math.round(cell.unsure.score * 1000) / 1000, cell.unsure.bar] as [number, number] } : {}),
    c: cell.clauses.map((c) => [c.position + 1, c.label, mergeEqual(c.pieces.map(piece))]),
  }
}

/** The shown families as the table draws them. */
export function familyData(result: CollationResult, shown: readonly ShownFamily[]): FamilyData[] {
  // where each statement puts the families it has out of the table's order
  const movedAfter = result.summaries.map((summary) => new Map(summary.moved.map((m) => [m.family, m.after])))
  return shown.map(({ family, hits }) => ({
    i: family.index,
    w: family.variants,
    b: family.base,
    c: family.cells.map((cell, k) => (cell ? cellData(cell, movedAfter[k]?.get(family.index), hits[k] === true) : null)),
  }))
}
