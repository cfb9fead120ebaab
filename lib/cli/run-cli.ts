/**
 * The command line, as a function: arguments and output streams in, exit code
 * out, so tests run it in-process. Every command opens the database named by
 * DATABASE_URL (the embedded file by default), preparing it on first use.
 */
import { parseArgs } from 'node:util'
import type { CliIo } from './io'
import { comparePair } from '@/lib/services/compare-pair'
import { ServiceError } from '@/lib/services/errors'
import { parseCompareOptions } from '@/lib/url/compare-options'
import { compareToJson } from '@/lib/views/compare'
import type { Db } from '@/lib/services/database'
import { createDb } from '@/lib/services/database'
import { prepareDatabase } from '@/lib/services/prepare-database'
import { eachStatement, listStatements } from '@/lib/services/statements'
import { listJson } from '@/lib/views/statements'
import { getEnv } from '@/lib/env'
import { shardedSentence } from '@/lib/vocab/formula-build'
import { invalidFor, type InvalidParam } from '@/lib/url/params'
import { formulaFilter, getFormula, getFormulaBuild, listFormulas, rebuildFormulas } from '@/lib/services/formulas'
import { formulaDetailJson, formulaJson } from '@/lib/views/formulas'
import { parseFormulaQuery } from '@/lib/url/formulas'
import { isFiltered, parseStatementListQuery, selectionOf } from '@/lib/url/statement-list'
import { searchClauses } from '@/lib/services/search'
import { partyFilterProblem } from '@/lib/services/party-filter'
import { searchJson } from '@/lib/views/search'
import { parseSearchQuery, searchTermProblem } from '@/lib/url/search'
import { formatCompare, formatFormula, formatFormulas, formatList, formatSearch } from './format'
import { importCommand } from './import-command'
import { collateCommand } from './collate-command'

const USAGE = `Usage:
  npm run cli -- import <files or folders…> [--dry-run]
  npm run cli -- list [--json] [--page N] [--per-page N (1–200, default 50)] [--all]
                      [--query <text>] [--kind <kind>] [--party <code>] [--year YYYY] [--language zh|en]
  npm run cli -- compare <slug-a> <slug-b> [--json] [--threshold 0.25] [--granularity word|char] [--no-mask]
  npm run cli -- collate <slug> <slug> <slug>… (3 to 20) [--json] [--show all|some|one] [--differs]
                      [--threshold 0.25] [--granularity word|char] [--no-mask]
  npm run cli -- formulas [--min-docs N] [--query <text>] [--statement <slug>] [--language zh|en] [--sort used|newest|oldest|growth] [--names] [--json]
  npm run cli -- formula <id> [--json]
  npm run cli -- mine   (mine the formulas of the whole corpus again)
  npm run cli -- search <text> [--party <code>] [--kind <kind>] [--year YYYY] [--language zh|en] [--page N] [--json]`

/** Runs one command; returns the exit code (0 ok, 1 failed, 2 misuse). */
export async function runCli(argv: readonly string[], io: CliIo, databaseUrl = getEnv().databaseUrl): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'help' || command === '--help') {
    io.out(USAGE)
    return 0
  }
  if (!command) {
    io.err(USAGE)
    return 2
  }
  const commands: Record<string, (db: Db, args: string[], io: CliIo) => Promise<number>> = {
    import: (db, args, io) => importCommand(db, args, io, getEnv().limits),
    list: listCommand,
    compare: compareCommand,
    collate: collateCommand,
    formulas: formulasCommand,
    formula: formulaCommand,
    mine: mineCommand,
    search: searchCommand,
  }
  const run = commands[command]
  if (!run) {
    io.err(`Unknown command "${command}".\n${USAGE}`)
    return 2
  }
  const db = createDb(databaseUrl)
  try {
    const prepared = await prepareDatabase(db, databaseUrl)
    if (prepared.seeded) io.err(`Created the database and imported the bundled corpus (${prepared.seeded.imported.length} statements).`)
    return await run(db, rest, io)
  } catch (error) {
    // node:util parseArgs: an unknown option or a missing value is misuse, not failure
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}\n${USAGE}`)
      return 2
    }
    // a use case that cannot be done for a reason the user can act on: its one sentence
    if (error instanceof ServiceError) {
      io.err(error.code === 'not-found' ? `${error.message} See npm run cli -- list.` : error.message)
      return 1
    }
    throw error
  } finally {
    await db.$disconnect()
  }
}

/** The query parameters as the CLI spells them (any other `field` is `--field`). */
const LIST_FLAGS: Record<string, string> = { q: '--query', perPage: '--per-page' }
const FORMULA_FLAGS: Record<string, string> = { q: '--query', minDocs: '--min-docs' }
const SEARCH_FLAGS: Record<string, string> = { q: 'search text', perPage: '--per-page' }
const COMPARE_FLAGS: Record<string, string> = { mask: '--no-mask' }

/** A bad option's sentence with the flag's name. */
const flagError = (invalid: InvalidParam, names: Record<string, string> = {}) =>
  invalidFor(invalid, { [invalid.field]: `--${invalid.field}`, ...names })

async function listCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      page: { type: 'string' },
      'per-page': { type: 'string' },
      query: { type: 'string' },
      kind: { type: 'string' },
      party: { type: 'string' },
      year: { type: 'string' },
      language: { type: 'string' },
    },
  })
  if (values.all && (values.page !== undefined || values['per-page'] !== undefined)) {
    io.err('Use either --all or --page/--per-page: --all prints every statement.')
    return 2
  }
  const { query: q, kind, party, year, language, page, 'per-page': perPage } = values
  const parsed = parseStatementListQuery({ q, kind, party, year, language, page, perPage })
  if (!parsed.ok) {
    io.err(flagError(parsed, LIST_FLAGS))
    return 2
  }
  const badParty = await partyFilterProblem(db, parsed.query.party, '--party')
  if (badParty) {
    io.err(badParty)
    return 2
  }
  const selection = selectionOf(parsed.query)
  if (values.all) {
    // streamed a batch at a time: the corpus is never held in memory at once
    const statements = eachStatement(db, selection)
    if (values.json) await printJsonArray(io, statements, (statement) => listJson([statement])[0])
    else for await (const statement of statements) io.out(formatList([statement]))
    return 0
  }
  const result = await listStatements(db, selection)
  const filtered = isFiltered(selection)
  io.out(values.json ? JSON.stringify(listJson(result.items), null, 2) : formatList(result.items, { total: result.total, filtered }))
  const more = result.total - (result.page - 1) * result.perPage - result.items.length
  if (more > 0) {
    // with --json the hint goes to stderr, so that stdout stays one JSON array
    const hint = `… ${more} more: use --page ${result.page + 1} (or --all).`
    if (values.json) io.err(hint)
    else io.out(hint)
  }
  return 0
}

/** Prints a JSON array an item at a time, exactly as JSON.stringify(items, null, 2) prints it whole. */
async function printJsonArray<T>(io: CliIo, items: AsyncIterable<T>, toJson: (item: T) => unknown): Promise<void> {
  let pending: string | null = null
  for await (const item of items) {
    io.out(pending === null ? '[' : `${pending},`)
    pending = `  ${JSON.stringify(toJson(item), null, 2).replace(/\n/g, '\n  ')}`
  }
  io.out(pending === null ? '[]' : `${pending}\n]`)
}

async function compareCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      threshold: { type: 'string' },
      granularity: { type: 'string' },
      'no-mask': { type: 'boolean', default: false },
    },
  })
  const [slugA, slugB] = positionals
  if (!slugA || !slugB || positionals.length > 2) {
    io.err('Name two statements: npm run cli -- compare <slug-a> <slug-b> (see npm run cli -- list).')
    return 2
  }
  const parsed = parseCompareOptions({
    threshold: values.threshold,
    granularity: values.granularity,
    mask: values['no-mask'] ? '0' : undefined,
  })
  if (!parsed.ok) {
    io.err(flagError(parsed, COMPARE_FLAGS))
    return 2
  }
  // one comparison in a process of its own: no size limit (the user asked for it, on their machine), nothing kept
  const { result } = await comparePair(db, slugA, slugB, parsed.options, { maxClauses: Infinity, keep: 0 })
  io.out(values.json ? JSON.stringify(compareToJson(result), null, 2) : formatCompare(result))
  return 0
}

async function formulasCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      'min-docs': { type: 'string' },
      query: { type: 'string' },
      statement: { type: 'string' },
      sort: { type: 'string' },
      language: { type: 'string' },
      names: { type: 'boolean', default: false },
    },
  })
  const parsed = parseFormulaQuery({
    minDocs: values['min-docs'],
    q: values.query,
    statement: values.statement,
    sort: values.sort,
    language: values.language,
    kind: values.names ? 'name' : undefined,
  })
  if (!parsed.ok) {
    io.err(flagError(parsed, FORMULA_FLAGS))
    return 2
  }
  const { kind } = parsed.query
  // every formula, not a page
  const [build, { total, formulas }] = await Promise.all([
    getFormulaBuild(db),
    listFormulas(db, formulaFilter({ ...parsed.query, page: 1 }, Number.MAX_SAFE_INTEGER)),
  ])
  io.out(values.json ? JSON.stringify(formulas.map(formulaJson), null, 2) : formatFormulas(build, total, formulas, kind))
  return 0
}

/**
 * Mines the formulas of the whole corpus again: after imports into a large
 * corpus folded their statements in (lib/formulas/fold-in), the phrases only
 * they share become formulas.
 */
async function mineCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  parseArgs({ args, options: {} })
  // a corpus mined in shards takes minutes: on a terminal, a bar says how far it is
  const onProgress = io.progress?.bind(io)
  const build = await db.$transaction((tx) => rebuildFormulas(tx, onProgress ? { onProgress } : {}), {
    timeout: 3_600_000,
    maxWait: 30_000,
  })
  // what the lists will show: formula families, and the names kept apart from the formulas
  const [families, names] = await Promise.all([listFormulas(db, { limit: 1 }), listFormulas(db, { kind: 'name', limit: 1 })])
  io.out(
    `Mined ${build.formulaCount} formulas in ${families.total} famil${families.total === 1 ? 'y' : 'ies'}, and ${names.total} name${names.total === 1 ? '' : 's'}, from ${build.statementCount} statements in ${(build.durationMs / 1000).toFixed(1)} s.${build.shards > 1 ? ` ${shardedSentence(build.shards)}` : ''}`,
  )
  return 0
}

async function formulaCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } })
  const [id] = positionals
  if (!id || positionals.length > 1) {
    io.err('Name one formula: npm run cli -- formula <id> (see npm run cli -- formulas).')
    return 2
  }
  // the whole concordance: a terminal or a pipe pages it
  const formula = await getFormula(db, id, { perPage: Infinity })
  if (!formula) {
    io.err(`No formula with the id "${id}"; see npm run cli -- formulas.`)
    return 1
  }
  io.out(values.json ? JSON.stringify(formulaDetailJson(formula), null, 2) : formatFormula(formula))
  return 0
}

async function searchCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      party: { type: 'string' },
      kind: { type: 'string' },
      year: { type: 'string' },
      language: { type: 'string' },
      page: { type: 'string' },
      'per-page': { type: 'string' },
    },
  })
  const parsed = parseSearchQuery({
    q: positionals.join(' '),
    party: values.party,
    kind: values.kind,
    year: values.year,
    language: values.language,
    page: values.page,
    perPage: values['per-page'],
  })
  if (!parsed.ok) {
    io.err(flagError(parsed, SEARCH_FLAGS))
    return 2
  }
  const problem = searchTermProblem(parsed.query.q)
  if (problem) {
    io.err(`${problem} Usage: npm run cli -- search <text>`)
    return 2
  }
  const badParty = await partyFilterProblem(db, parsed.query.party, '--party')
  if (badParty) {
    io.err(badParty)
    return 2
  }
  const results = await searchClauses(db, parsed.query)
  io.out(values.json ? JSON.stringify(searchJson(results), null, 2) : formatSearch(results))
  return 0
}
