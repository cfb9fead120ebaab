/**
 * One data model, two engines. prisma/schema.prisma (SQLite, the default) is
 * the data model; prisma/postgresql/schema.prisma is derived from it by
 * `postgresqlSchema` and kept in the repository for the ordinary Prisma CLI.
 * Each engine has its own migration history beside its schema. Tests fail
 * when the derived file, or either history, drifts from the model.
 */
import path from 'node:path'
import type { DatabaseProvider } from '@/lib/env'

export interface EngineLayout {
  provider: DatabaseProvider
  /** relative to the project root */
  schemaPath: string
  migrationsDir: string
  /** tables the schema cannot describe (made by hand-written migration SQL), ignored by the migration checks */
  externalTables: string[]
}

export const ENGINES: Record<DatabaseProvider, EngineLayout> = {
  sqlite: {
    provider: 'sqlite',
    schemaPath: path.join('prisma', 'schema.prisma'),
    migrationsDir: path.join('prisma', 'migrations'),
    // the FTS5 table of clause search, the shadow tables FTS5 makes for it, and its vocabulary
    externalTables: [
      'ClauseSearch',
      'ClauseSearch_config',
      'ClauseSearch_data',
      'ClauseSearch_docsize',
      'ClauseSearch_idx',
      'ClauseSearchTerms',
    ],
  },
  postgresql: {
    provider: 'postgresql',
    schemaPath: path.join('prisma', 'postgresql', 'schema.prisma'),
    migrationsDir: path.join('prisma', 'postgresql', 'migrations'),
    externalTables: [],
  },
}

export function engineFor(url: string): EngineLayout {
  return url.startsWith('file:') ? ENGINES.sqlite : ENGINES.postgresql
}

const HEADER = `// GENERATED from prisma/schema.prisma by lib/db/schemas.ts (npm run db:schemas).
// Do not edit: change prisma/schema.prisma, then run npm run db:schemas and
// npm run db:migrate -- <name>. A test fails when this file is out of date.
`

/**
 * The PostgreSQL schema for the SQLite one: the same models, the PostgreSQL
 * provider, a client generated into lib/generated/prisma-pg, and the trigram
 * index that clause search uses on PostgreSQL (SQLite's search table is made
 * by migration SQL instead).
 */
export function postgresqlSchema(sqlite: string): string {
  let out = sqlite
  const replace = (pattern: RegExp, by: string, what: string) => {
    if (!pattern.test(out)) throw new Error(`prisma/schema.prisma: cannot find ${what} to derive the PostgreSQL schema`)
    out = out.replace(pattern, by)
  }
  replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'the sqlite datasource')
  replace(/(output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-pg"', 'the client output')
  replace(
    /(model Clause \{[\s\S]*?)(\n\s*@@index\(\[sectionId\]\))/,
    '$1$2\n  /// substring search (lib/db/search.ts); needs the pg_trgm extension, created by the first migration\n  @@index([text(ops: raw("gin_trgm_ops"))], type: Gin, map: "Clause_text_trgm_idx")',
    'the Clause indexes',
  )
  return HEADER + out
}
