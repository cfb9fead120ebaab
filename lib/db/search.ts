/**
 * Clause search, the same on both engines: find a phrase (Chinese included:
 * any substring, no word segmentation) in every clause, narrowed by party,
 * kind, year and language, grouped by statement, a page of statements at a
 * time. On SQLite an FTS5 table with the trigram tokenizer
 * (prisma/migrations/…_add_clause_search) serves every term, two-character
 * ones through its vocabulary; on PostgreSQL a pg_trgm GIN index serves terms
 * of three characters or more, and a GIN index of each clause's two-character
 * runs the shorter ones. Every value is a bound parameter.
 */
import { Prisma } from '@/lib/generated/prisma/client'
import { kwic, type KwicLine } from '@/lib/search/kwic'
import { quoteSpellings, unquotedPhrase } from '@/lib/search/quotes'
import { scriptSpellings } from '@/lib/search/script-spellings'
import { HITS_PER_STATEMENT, type SearchQuery } from '@/lib/url/search'
import { engineOf, type Db, type Tx } from './client'
import { getStatementSummaries, type StatementSummary } from './statements'

export interface SearchHit {
  /** position of the clause in its statement, from 0 (the statement page's anchor is c<position + 1>) */
  position: number
  label: string | null
  /** every occurrence of the term in the clause, in context */
  lines: KwicLine[]
}

export interface SearchGroup {
  statement: StatementSummary
  /** clauses of the statement that contain the term */
  hitCount: number
  /** the first HITS_PER_STATEMENT of them */
  hits: SearchHit[]
}

export interface SearchResults {
  query: SearchQuery
  /** clauses that contain the term, in all statements */
  clauseCount: number
  statementCount: number
  /** statements on this page, most matching clauses first */
  groups: SearchGroup[]
  /** how the term was looked up: always through an index now; kept in the JSON so a client can tell if that changes */
  method: 'index' | 'scan'
  /** the term read without the quotes around it ("free and open" as free and open), as no clause has it with them */
  readAs?: string
}

/** Characters a trigram index needs in a term. */
const TRIGRAM = 3

/** `%term%` for LIKE, with LIKE's own wildcards taken literally. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}

/** The FTS5 phrase for a term: quoted, inner quotes doubled, so no character is an operator. */
function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`
}

function statementFilter(query: SearchQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = []
  if (query.kind) parts.push(Prisma.sql`st."kind" = ${query.kind}`)
  if (query.language) parts.push(Prisma.sql`st."language" = ${query.language}`)
  // dates are ISO text: a year is a range, which the date index serves
  if (query.year) parts.push(Prisma.sql`st."date" >= ${`${query.year}-01-01`} AND st."date" < ${`${query.year + 1}-01-01`}`)
  if (query.party) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "StatementParty" sp JOIN "Party" p ON p."id" = sp."partyId" WHERE sp."statementId" = st."id" AND p."code" = ${query.party})`,
    )
  }
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty
}

/**
 * The clauses that contain the term: where they are read from (`source`, the
 * clause as `c`), the condition on them (`match`), and the condition on their
 * statements (`filter`, on `st`, empty or starting with AND).
 */
interface ClauseMatch {
  source: Prisma.Sql
  match: Prisma.Sql
  filter: Prisma.Sql
  method: SearchResults['method']
}

async function matchingClauses(db: Db | Tx, term: string, spellings: readonly string[], query: SearchQuery): Promise<ClauseMatch> {
  const long = [...term].length >= TRIGRAM
  const filter = statementFilter(query)
  if (engineOf(db) === 'postgresql') {
    // ILIKE (LIKE for a term without letter case, caseless): pg_trgm's GIN index serves it for three characters or more; a shorter term
    // narrows the clauses first by the GIN index of their two-character runs
    // (prisma/postgresql/migrations/…_clause_bigram_index), and (I)LIKE confirms
    // one containment test per spelling: @>, the query the bigram index was built and measured for (one spelling: the same SQL as before)
    const bigrams = long
      ? Prisma.empty
      : Prisma.sql`(${Prisma.join(
          spellings.map((spelling) => Prisma.sql`tongwen_bigrams(c."text") @> ARRAY[lower(${spelling})]::text[]`),
          ' OR ',
        )}) AND `
    return {
      source: Prisma.sql`FROM "Clause" c`,
      match: Prisma.sql`${bigrams}(${containsAny(clauseText, 'ILIKE', spellings)})`,
      filter,
      method: 'index',
    }
  }
  const matches = long
    ? spellings.map(ftsPhrase)
    : (await Promise.all(spellings.map((spelling) => shortTermMatch(db, spelling)))).filter((m) => m !== null)
  const match = matches.length ? matches.join(' OR ') : null
  if (match === null) return { source: Prisma.sql`FROM "Clause" c`, match: Prisma.sql`1 = 0`, filter, method: 'index' }
  return {
    source: Prisma.sql`FROM "ClauseSearch" JOIN "Clause" c ON c."id" = "ClauseSearch"."rowid"`,
    match: Prisma.sql`"ClauseSearch" MATCH ${match}`,
    filter,
    method: 'index',
  }
}

/** FROM … WHERE for the matching clauses (`c`), each joined to its statement (`st`). */
function clausesWithStatements({ source, match, filter }: ClauseMatch): Prisma.Sql {
  return Prisma.sql`${source} JOIN "Statement" st ON st."id" = c."statementId" WHERE ${match}${filter}`
}

/**
 * FROM for the statements with a matching clause (`st`), each with its number
 * of them (`m."hits"`): counted per statement before the join, so that a
 * common term joins each statement once rather than each of its clauses; the
 * statement filter (party, kind, year, language) narrows the clauses counted.
 */
function statementsWithHits({ source, match, filter }: ClauseMatch): Prisma.Sql {
  const narrowed =
    filter === Prisma.empty ? Prisma.empty : Prisma.sql` AND c."statementId" IN (SELECT st."id" FROM "Statement" st WHERE 1 = 1${filter})`
  return Prisma.sql`FROM (SELECT c."statementId" AS "statementId", COUNT(*) AS "hits" ${source} WHERE ${match}${narrowed} GROUP BY c."statementId") m JOIN "Statement" st ON st."id" = m."statementId"`
}

/**
 * The slugs of up to `limit` statements of a language with a clause that
 * contains `text` (three characters or more, as typed: case folded on
 * PostgreSQL, as the search is), through the search index: how an undated
 * paste finds the statement it may be a copy of (lib/services/same-text).
 */
export async function statementsContaining(db: Db | Tx, text: string, language: string, limit: number): Promise<string[]> {
  if ([...text].length < TRIGRAM) throw new RangeError('statementsContaining: the text must be at least three characters long.')
  const query: SearchQuery = { q: text, language: language as SearchQuery['language'], page: 1, perPage: limit }
  const from = clausesWithStatements(await matchingClauses(db, text, [text], query))
  const rows = await db.$queryRaw<{ slug: string }[]>`SELECT DISTINCT st."slug" AS "slug" ${from} LIMIT ${limit}`
  return rows.map((row) => row.slug)
}

/** Past every character: the upper bound of a prefix range of text. */
const LAST_CHARACTER = String.fromCodePoint(0x10ffff)

/**
 * The FTS5 query for a term shorter than a trigram, on SQLite: any of the
 * indexed trigrams that begin with it (every occurrence begins one, as the
 * index has an end mark after each clause), read from the index's vocabulary
 * by a range on the sorted terms. Null when no trigram begins with it.
 */
async function shortTermMatch(db: Db | Tx, term: string): Promise<string | null> {
  // the trigram tokenizer indexes folded case
  const folded = term.toLowerCase()
  const rows = await db.$queryRaw<
    { term: string }[]
  >`SELECT "term" FROM "ClauseSearchTerms" WHERE "term" >= ${folded} AND "term" < ${folded + LAST_CHARACTER}`
  if (rows.length === 0) return null
  return rows.map((row) => ftsPhrase(row.term)).join(' OR ')
}

const clauseText = Prisma.raw('c."text"')

/**
 * Whether a term has no letter that case folding could change (Chinese,
 * digits, punctuation): ILIKE then finds exactly what LIKE finds, as no
 * character of a text folds onto one of its characters, and LIKE is much
 * cheaper on PostgreSQL, which lowers every clause it checks for ILIKE
 * (a four-character Chinese term over 730,000 clauses: about 30 ms against 55).
 * @example caseless('一带一路') // true
 * @example caseless('AUKUS') // false
 */
export function caseless(term: string): boolean {
  return term.toLowerCase() === term && term.toUpperCase() === term
}

/**
 * `text LIKE %a% OR text ILIKE %b% …`: the text contains any of the spellings;
 * `ILIKE` folds case, and is only asked of a spelling with letters that have one.
 */
function containsAny(text: Prisma.Sql, like: 'LIKE' | 'ILIKE', spellings: readonly string[]): Prisma.Sql {
  return Prisma.join(
    spellings.map(
      (spelling) =>
        Prisma.sql`${text} ${Prisma.raw(like === 'ILIKE' && caseless(spelling) ? 'LIKE' : like)} ${likePattern(spelling)} ESCAPE '\\'`,
    ),
    ' OR ',
  )
}

/** The clauses of a few statements that contain the term (by the statements' index; no search index needed). */
function hitsIn(db: Db, spellings: readonly string[], statementIds: number[]): Prisma.Sql {
  const like = engineOf(db) === 'postgresql' ? 'ILIKE' : 'LIKE'
  return Prisma.sql`
    SELECT "statementId", "position", "label", "text" FROM (
      SELECT c."statementId", c."position", c."label", c."text",
             ROW_NUMBER() OVER (PARTITION BY c."statementId" ORDER BY c."position") AS "rank"
      FROM "Clause" c
      WHERE c."statementId" IN (${Prisma.join(statementIds)}) AND (${containsAny(clauseText, like, spellings)})
    ) ranked
    WHERE "rank" <= ${HITS_PER_STATEMENT}
    ORDER BY "statementId", "position"`
}

/**
 * One page of results for a search; the term must be at least two characters
 * (parseSearchQuery and searchTermProblem say why not).
 */
export async function searchClauses(db: Db, query: SearchQuery): Promise<SearchResults> {
  const term = query.q.trim()
  const results = await searchTerm(db, query, term)
  // quotes around the whole term mark a phrase, as a search engine reads them, when no clause has the term with them
  const phrase = results.statementCount === 0 ? unquotedPhrase(term) : null
  if (phrase === null) return results
  const unquoted = await searchTerm(db, query, phrase)
  return unquoted.statementCount > 0 ? { ...unquoted, readAs: phrase } : results
}

async function searchTerm(db: Db, query: SearchQuery, term: string): Promise<SearchResults> {
  // the term as typed and as printed (Russia's, Russia’s), in either script (和平统一, 和平統一)
  const scripts = scriptSpellings(term)
  const spellings = [...new Set(scripts.flatMap(quoteSpellings))]
  const matched = await matchingClauses(db, term, spellings, query)
  const { method } = matched
  const from = statementsWithHits(matched)
  // one pass over the matches: the page of statements, with the totals over all of them
  const rows = await db.$queryRaw<
    { id: number; slug: string; hits: bigint | number; statements: bigint | number; clauses: bigint | number }[]
  >`
    SELECT st."id" AS "id", st."slug" AS "slug", m."hits" AS "hits",
           COUNT(*) OVER () AS "statements", SUM(m."hits") OVER () AS "clauses"
    ${from}
    ORDER BY m."hits" DESC, st."date" DESC, st."id"
    LIMIT ${query.perPage} OFFSET ${(query.page - 1) * query.perPage}`
  let statementCount = Number(rows[0]?.statements ?? 0)
  let clauseCount = Number(rows[0]?.clauses ?? 0)
  if (rows.length === 0 && query.page > 1) {
    // past the last page: the totals still say what there is
    const [total] = await db.$queryRaw<{ statements: bigint | number; clauses: bigint | number }[]>`
      SELECT COUNT(*) AS "statements", SUM(m."hits") AS "clauses" ${from}`
    statementCount = Number(total?.statements ?? 0)
    clauseCount = Number(total?.clauses ?? 0)
  }
  if (rows.length === 0) return { query, clauseCount, statementCount, groups: [], method }
  const [summaries, hitRows] = await Promise.all([
    getStatementSummaries(
      db,
      rows.map((r) => r.slug),
    ),
    db.$queryRaw<{ statementId: number; position: number; label: string | null; text: string }[]>(
      hitsIn(
        db,
        spellings,
        rows.map((r) => Number(r.id)),
      ),
    ),
  ])
  const bySlug = new Map(summaries.map((s) => [s.slug, s]))
  const hitsById = new Map<number, SearchHit[]>()
  for (const row of hitRows) {
    const lines = kwic(row.text, scripts)
    const hit: SearchHit = {
      position: Number(row.position),
      label: row.label,
      lines: lines.length ? lines : [{ left: '', match: '', right: row.text.slice(0, 80), start: 0 }],
    }
    const id = Number(row.statementId)
    const list = hitsById.get(id)
    if (list) list.push(hit)
    else hitsById.set(id, [hit])
  }
  const groups = rows.flatMap((row) => {
    const statement = bySlug.get(row.slug)
    return statement ? [{ statement, hitCount: Number(row.hits), hits: hitsById.get(Number(row.id)) ?? [] }] : []
  })
  return { query, clauseCount, statementCount, groups, method }
}
