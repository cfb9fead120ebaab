/** Search results as JSON for machines. */
import type { SearchResults } from '@/lib/db/search'

/** Search results as GET /api/search and `cli search --json` give them. */
export function searchJson(results: SearchResults) {
  const { query } = results
  return {
    q: query.q,
    readAs: results.readAs ?? null,
    filters: { kind: query.kind ?? null, party: query.party ?? null, year: query.year ?? null, language: query.language ?? null },
    page: query.page,
    perPage: query.perPage,
    clauses: results.clauseCount,
    statements: results.statementCount,
    method: results.method,
    results: results.groups.map((group) => ({
      slug: group.statement.slug,
      title: group.statement.title,
      kind: group.statement.kind,
      date: group.statement.date,
      language: group.statement.language,
      parties: group.statement.parties.map((p) => p.code),
      clauses: group.hitCount,
      hits: group.hits.map((hit) => ({
        clause: hit.position + 1,
        label: hit.label,
        lines: hit.lines.map(({ left, match, right }) => ({ left, match, right })),
      })),
    })),
  }
}
