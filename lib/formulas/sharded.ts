/**
 * Mining a corpus too large to mine at once. The miner (lib/formulas/
 * mine-formulas) reads the whole corpus in one suffix array: about 120 bytes
 * of memory for each character, so ten thousand statements (35 million
 * characters) would need gigabytes. A sharded mining instead
 *
 * 1. cuts the corpus into shards of at most `shardCharacters` — each
 *    language apart (no formula is in two), in order of date, so that
 *    statements of one time, which share most of their wording, are mined
 *    together;
 * 2. mines each shard (on the compute threads, two at a time) for its
 *    formulas, keeping only their wordings: a phrase that is a formula of any
 *    shard is a candidate, and wordings that are variants of one formula in
 *    any shard are variants of one formula;
 * 3. counts every candidate in every statement of the corpus (lib/formulas/
 *    pattern-index, on the word edges the miner reads), so that each formula's
 *    uses, statements, dates, growth and family are those of the whole corpus.
 *
 * What it can miss: a phrase that no shard repeats, used at most once in each
 * (in two statements of different decades, say). Measured against the whole-
 * corpus miner where that one fits in memory: `npm run eval -- --formulas`
 * (what it finds), `npm run bench` (time and memory), lib/formulas/
 * sharded.test.ts (the same uses for what both find).
 *
 * Memory: each shard's mining is bounded by the shard's size; the counting
 * holds every statement and every use of the whole corpus, so it grows with
 * the uses.
 */
import { corpusYears } from './growth'
import { byUse, byVariantUse, lengthOf, mineFormulas, useRank, withoutNested } from './mine-formulas'
import { forEachUse, patternIndex, type KnownVariant } from './pattern-index'
import {
  displayText,
  formulaId,
  miningDocuments,
  kindOf,
  PrintedForms,
  sourceCharacters,
  statementsOf,
  usageOf,
  withFamilies,
} from './records'
import type { FormulaRecord, FormulaSourceStatement, MiningOptions } from './types'

import { SHARD_CHARACTERS } from './shard-size'

export { SHARD_CHARACTERS }

/** A wording a shard's mining found, with the number of the shard's statements it was found in. */
export type CandidateWording = [pattern: string, statements: number]

/** A shard's formula: its wordings, the main one first. */
export type Candidate = CandidateWording[]

/**
 * The corpus in shards of at most `maxCharacters` of clause text (a longer
 * statement is a shard of its own): each language apart, each in order of
 * date (undated last), then of id.
 */
export function shardsOf(statements: readonly FormulaSourceStatement[], maxCharacters: number): FormulaSourceStatement[][] {
  const byLanguage = new Map<string, FormulaSourceStatement[]>()
  for (const statement of statements) {
    const list = byLanguage.get(statement.language ?? '') ?? []
    list.push(statement)
    byLanguage.set(statement.language ?? '', list)
  }
  const shards: FormulaSourceStatement[][] = []
  for (const list of byLanguage.values()) {
    // dates are ISO days: they sort as strings; undated statements last
    list.sort((x, y) => (x.date === y.date ? 0 : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? -1 : 1) || x.id - y.id)
    let shard: FormulaSourceStatement[] = []
    let characters = 0
    for (const statement of list) {
      const size = sourceCharacters([statement])
      if (shard.length > 0 && characters + size > maxCharacters) {
        shards.push(shard)
        shard = []
        characters = 0
      }
      shard.push(statement)
      characters += size
    }
    if (shard.length > 0) shards.push(shard)
  }
  return shards
}

/** The formulas of one shard, as wordings only (what a compute thread sends back). */
export function shardCandidates(statements: readonly FormulaSourceStatement[], options: MiningOptions): Candidate[] {
  return mineFormulas(miningDocuments(statements), options).map((formula) =>
    formula.variants.map((variant) => [variant.pattern, variant.documents]),
  )
}

/**
 * The shards' formulas as one list: wordings that were variants of one
 * formula in any shard are one formula's; each formula's wordings are
 * ordered by the statements the shards found them in (most first: the main
 * wording), then by wording. Deterministic for the same shards.
 */
export function mergeCandidates(shards: readonly (readonly Candidate[])[]): string[][] {
  const parent = new Map<string, string>()
  const statements = new Map<string, number>()
  const root = (pattern: string): string => {
    let r = pattern
    while (parent.get(r) !== r) r = parent.get(r) as string
    // path compression keeps the chains short
    let at = pattern
    while (parent.get(at) !== r) {
      const next = parent.get(at) as string
      parent.set(at, r)
      at = next
    }
    return r
  }
  for (const candidates of shards) {
    for (const wordings of candidates) {
      for (const [pattern, count] of wordings) {
        if (!parent.has(pattern)) parent.set(pattern, pattern)
        statements.set(pattern, (statements.get(pattern) ?? 0) + count)
      }
      const first = root((wordings[0] as CandidateWording)[0])
      for (const [pattern] of wordings.slice(1)) {
        const other = root(pattern)
        if (other !== first) parent.set(other, first)
      }
    }
  }
  const groups = new Map<string, string[]>()
  for (const pattern of parent.keys()) {
    const r = root(pattern)
    const group = groups.get(r)
    if (group) group.push(pattern)
    else groups.set(r, [pattern])
  }
  const used = (pattern: string) => statements.get(pattern) as number
  const order = (x: string, y: string) => used(y) - used(x) || (x < y ? -1 : x > y ? 1 : 0)
  return [...groups.values()].map((group) => group.sort(order)).sort((x, y) => order(x[0] as string, y[0] as string))
}

/** Where the work of a sharded mining is done: in place by default; lib/worker/off-thread sends it to the compute threads. */
export interface ShardedWork {
  /** the candidates of one shard (shardCandidates) */
  mine: (shard: FormulaSourceStatement[], options: MiningOptions) => Promise<Candidate[]>
  /** the records of the whole corpus from every shard's candidates (recordsFromShards) */
  count: (statements: FormulaSourceStatement[], found: Candidate[][], options: MiningOptions) => Promise<FormulaRecord[]>
}

const IN_PLACE: ShardedWork = {
  mine: (shard, options) => Promise.resolve(shardCandidates(shard, options)),
  count: (statements, found, options) => Promise.resolve(recordsFromShards(statements, found, options)),
}

/**
 * The formula records of a corpus mined in shards of at most
 * `shardCharacters` (see above), `concurrency` shards at a time: records as
 * formulaRecords makes them (ids, families, order), from the candidates of
 * the shards counted over the whole corpus.
 */
export async function shardedFormulaRecords(
  statements: FormulaSourceStatement[],
  options: MiningOptions,
  {
    shardCharacters = SHARD_CHARACTERS,
    concurrency = 2,
    work = IN_PLACE,
    onProgress,
  }: { shardCharacters?: number; concurrency?: number; work?: ShardedWork; onProgress?: MiningProgress } = {},
): Promise<FormulaRecord[]> {
  const shards = shardsOf(statements, shardCharacters)
  // the steps: each shard, then the counting
  let done = 0
  const step = (label: string) => onProgress?.(done, shards.length + 1, label)
  step(`mining ${shards.length} shards`)
  const found: Candidate[][] = new Array(shards.length)
  let next = 0
  let failed = false
  const worker = async () => {
    while (next < shards.length && !failed) {
      const k = next++
      try {
        found[k] = await work.mine(shards[k] as FormulaSourceStatement[], options)
        done++
        step(`mined shard ${k + 1} of ${shards.length}`)
      } catch (error) {
        // the mining fails as a whole: no more shards are sent
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  step('counting the formulas of the shards in the whole corpus')
  const records = await work.count(statements, found, options)
  done++
  step('counted')
  return records
}

/** Told how far a long mining is: steps done of the total, and what was last done. */
export type MiningProgress = (done: number, total: number, label: string) => void

/** The records of the whole corpus from the candidates every shard gave, with the phrases they share (innerCandidates) when a language is in more than one shard. */
export function recordsFromShards(statements: readonly FormulaSourceStatement[], found: readonly Candidate[][], options: MiningOptions) {
  // with one shard to a language every repeat of the corpus was a repeat of a shard: there is nothing between shards to find
  const languages = new Set(statements.map((statement) => statement.language ?? '')).size
  const shared = found.length > languages ? [innerCandidates(found, options)] : []
  return countedRecords(statements, mergeCandidates([...found, ...shared]), options)
}

/**
 * The phrases that the shards' formulas share: a phrase that every shard
 * using it uses inside one longer phrase (“peace and stability across the
 * Taiwan Strait”, in one shard always after “underscore the importance of”,
 * in another after “importance of maintaining”) is no repeat of its own in
 * any shard, but may be one of the whole corpus. It is a repeat among the
 * shards' formulas: they are mined as a corpus of their own (each formula a
 * document, its wordings its clauses), and what they share is a candidate
 * too, one wording each (countedRecords drops what says nothing of its own).
 */
export function innerCandidates(shards: readonly (readonly Candidate[])[], options: MiningOptions): Candidate[] {
  const wordings = new Map<string, number>()
  for (const candidates of shards) {
    for (const candidate of candidates) {
      const group = wordings.get((candidate[0] as CandidateWording)[0]) ?? wordings.size
      for (const [pattern] of candidate) if (!wordings.has(pattern)) wordings.set(pattern, group)
    }
  }
  const documents = new Map<number, { id: number; clauses: { id: number; text: string }[] }>()
  let clause = 0
  for (const [pattern, group] of wordings) {
    const document = documents.get(group) ?? { id: group, clauses: [] }
    document.clauses.push({ id: clause++, text: pattern })
    documents.set(group, document)
  }
  return mineFormulas([...documents.values()], options).flatMap((formula) =>
    formula.variants.map((variant): Candidate => [[variant.pattern, 0]]),
  )
}

/** A column of integers that grows: a large corpus has millions of uses, too many for arrays of numbers. */
class IntColumn {
  values = new Int32Array(8)
  length = 0
  push(value: number) {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }
  /** the values, in a buffer of their own size */
  done(): Int32Array {
    return this.values.slice(0, this.length)
  }
}

/** A formula's uses as they are counted: columns that grow. */
interface Tally {
  document: IntColumn
  clause: IntColumn
  start: IntColumn
  end: IntColumn
  variant: IntColumn
  /** its wordings' printed forms; per variant: its uses, its statements, the last statement counted */
  forms: PrintedForms
  uses: number[]
  statements: number[]
  lastStatement: number[]
}

/**
 * Records of `groups` (each a formula's wordings, the main one first) as the
 * whole corpus uses them: a formula used in fewer than `minDocuments`
 * statements is left out, and so is a wording not used at all.
 */
export function countedRecords(
  statements: readonly FormulaSourceStatement[],
  groups: readonly string[][],
  options: MiningOptions,
): FormulaRecord[] {
  const variants: KnownVariant[] = groups.flatMap((group, f) =>
    group.map((pattern, position) => ({ formulaId: String(f), position, pattern })),
  )
  const index = patternIndex(variants)
  const tallies: (Tally | undefined)[] = groups.map((group) => ({
    document: new IntColumn(),
    clause: new IntColumn(),
    start: new IntColumn(),
    end: new IntColumn(),
    variant: new IntColumn(),
    forms: new PrintedForms(),
    uses: group.map(() => 0),
    statements: group.map(() => 0),
    lastStatement: group.map(() => -1),
  }))
  forEachUse(statements, index, ({ statement, infos, match, variant, clauseId, printed }) => {
    const tally = tallies[Number(variant.formulaId)] as Tally
    const v = variant.position
    tally.document.push(statement.id)
    tally.clause.push(clauseId)
    tally.start.push(printed.start)
    tally.end.push(printed.end)
    tally.variant.push(v)
    const clause = infos[match.clause] as (typeof infos)[number]
    tally.forms.add(v, clause.text.slice(printed.start, printed.end), () => displayText(clause, match.from, match.to))
    tally.uses[v] = (tally.uses[v] as number) + 1
    if (tally.lastStatement[v] !== statement.id) {
      tally.lastStatement[v] = statement.id
      tally.statements[v] = (tally.statements[v] as number) + 1
    }
  })
  const byId = new Map(statements.map((s) => [s.id, s]))
  const years = corpusYears(statements)
  const records: Omit<FormulaRecord, 'id'>[] = []
  groups.forEach((group, f) => {
    const tally = tallies[f] as Tally
    // released as soon as read: the columns are copied to their own size below
    tallies[f] = undefined
    // the wordings in use, in the miner's order of them over the whole corpus (the main one first), numbered again
    const wording = (v: number) => ({
      documents: tally.statements[v] as number,
      occurrences: tally.uses[v] as number,
      pattern: group[v] as string,
    })
    const kept = group.map((_, v) => v).filter((v) => (tally.uses[v] as number) > 0)
    kept.sort((x, y) => byVariantUse(wording(x), wording(y)))
    const renumber = group.map(() => -1)
    kept.forEach((v, k) => (renumber[v] = k))
    if (kept.length === 0) return
    const variant = tally.variant.done()
    for (let k = 0; k < variant.length; k++) variant[k] = renumber[variant[k] as number] as number
    const occurrences = {
      document: tally.document.done(),
      clause: tally.clause.done(),
      start: tally.start.done(),
      end: tally.end.done(),
      variant,
    }
    const used = statementsOf(occurrences, byId)
    if (used.length < options.minDocuments) return
    const key = group[kept[0] as number] as string
    records.push({
      key,
      text: tally.forms.main(kept[0] as number),
      length: lengthOf(key),
      statementCount: used.length,
      occurrenceCount: occurrences.clause.length,
      ...usageOf(used, years),
      kind: kindOf(tally.forms.main(kept[0] as number)),
      familyId: '',
      parentId: null,
      variants: kept.map((v) => ({
        pattern: group[v] as string,
        text: tally.forms.main(v),
        occurrences: tally.uses[v] as number,
        statements: tally.statements[v] as number,
      })),
      occurrences,
    })
  })
  const distinct = withoutNested(records)
  distinct.sort((x, y) => byUse(useRank(x), useRank(y)))
  const ids = new Set<string>()
  return withFamilies(distinct.map((record) => ({ id: formulaId(record.key, ids), ...record })))
}
