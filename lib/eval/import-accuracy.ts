/**
 * How well the importer reads real statements: each statement of a collection
 * against the metadata its manifest gives (read from the published page by a
 * person, never from Tongwen's output), field by field, and its clause count
 * against the manifest's. Also the defects a reader would see in a clause: a
 * line break, markup left in, a sentence cut after an abbreviation or initial.
 */
import { z } from 'zod'
import type { ParseResult } from '@/lib/ingest/types'

export const manifestEntrySchema = z.object({
  file: z.string().min(1),
  source: z.string().min(1),
  /** why the file may be kept and shared: public domain, an official document … */
  legalBasis: z.string().min(1),
  split: z.enum(['tune', 'holdout']),
  /**
   * the importer review that read this file beside its import ("sample 48"), whose findings may have shaped the rules:
   * the held-out figures are given without such files too
   */
  readInReview: z.string().optional(),
  expected: z.object({
    title: z.string().min(1),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    place: z.string().nullable(),
    parties: z.array(z.string()),
    language: z.enum(['zh', 'en']),
    kind: z.string(),
    clauses: z.number().int().positive(),
  }),
  note: z.string().optional(),
})
export const manifestSchema = z.object({
  collection: z.string(),
  source: z.string(),
  legalBasis: z.string(),
  statements: z.array(manifestEntrySchema).min(1),
})
export type Manifest = z.infer<typeof manifestSchema>
export type ManifestEntry = z.infer<typeof manifestEntrySchema>

export const FIELDS = ['title', 'date', 'place', 'parties', 'language', 'kind'] as const
export type Field = (typeof FIELDS)[number]

/** What the importer made of one file (its first statement, and how many it found). */
export interface ImportedStatement {
  title: string
  date: string | null
  place: string | null
  parties: string[]
  language: string
  kind: string
  clauses: string[]
  /** each clause's paragraph, when known: a cut is only a cut inside one paragraph */
  paragraphs?: number[]
  /** statements the importer found in the file (a file of the collection holds one) */
  statementCount: number
}

export interface StatementCheck {
  file: string
  split: 'tune' | 'holdout'
  /** no importer review has read the file (readInReview) */
  unread: boolean
  /** null when the file was refused */
  got: ImportedStatement | null
  error: string | null
  right: Record<Field, boolean>
  clauseError: number | null
  defects: string[]
}

/** Titles compared as a reader would: same words, whatever the quotes, dashes, spacing, case and invisible format characters. */
export function sameTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b)
}

function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/[\u200b-\u200d\u2060\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

function samePlace(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b
  return titleKey(a) === titleKey(b)
}

const MARKUP = /\*\*|__|<\/?[a-z][a-z0-9]*[\s>/]|\\[[\]#*_]|^#{1,6}\s|###|\]\(http/i
/** A sentence that ends in an initial or a common abbreviation, and a next one that goes on with a name. */
const CUT_ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Amb|Sen|Rep|Gov|No|U\.S|U\.N|U\.K|E\.U|D\.C)\.$/

/** The defects a reader would see in a statement's clauses. */
export function clauseDefects(clauses: readonly string[], paragraphs?: readonly number[]): string[] {
  const defects: string[] = []
  clauses.forEach((clause, i) => {
    if (/[\r\n]/.test(clause)) defects.push(`clause ${i + 1} has a line break`)
    if (MARKUP.test(clause)) defects.push(`clause ${i + 1} has markup: ${clause.slice(0, 60)}`)
    if (/[\u00a0\u202f]/.test(clause)) defects.push(`clause ${i + 1} has a no-break space`)
    const next = clauses[i + 1]
    const sameParagraph = !paragraphs || paragraphs[i] === paragraphs[i + 1]
    if (
      next &&
      sameParagraph &&
      CUT_ABBREVIATION.test(clause) &&
      /^[A-Z][a-z]/.test(next) &&
      // (a sentence's first word after a letter ends it: "… to 1.5 degree C. And this coalition is growing.")
      !/^(The|This|These|Those|We|They|It|Its|In|On|At|As|To|For|By|With|From|Both|Our|Their|Each|All|A|An|He|She|Together|Through|Under|And|But|So|My|You|Your|Thank|Please|Let)\b/.test(
        next,
      )
    ) {
      defects.push(`clause ${i + 1} is cut after an abbreviation: …${clause.slice(-30)} | ${next.slice(0, 30)}…`)
    }
  })
  return defects
}

/** What the importer made of a file, from its parse: the first statement, and how many there were. */
export function importedFromParse(result: ParseResult): { got: ImportedStatement | null; error: string | null } {
  if (!result.ok) return { got: null, error: result.error }
  const first = result.statements[0]
  if (!first) return { got: null, error: 'no statement' }
  const clauses = first.sections.flatMap((s) => s.clauses)
  return {
    got: {
      title: first.title,
      date: first.date,
      place: first.place,
      parties: first.parties,
      language: first.language,
      kind: first.kind,
      clauses: clauses.map((c) => c.text),
      paragraphs: clauses.map((c) => c.paragraph),
      statementCount: result.statements.length,
    },
    error: null,
  }
}

/** One statement against its manifest entry. */
export function checkStatement(entry: ManifestEntry, got: ImportedStatement | null, error: string | null = null): StatementCheck {
  const e = entry.expected
  const right = {
    title: !!got && sameTitle(got.title, e.title),
    date: !!got && got.date === e.date,
    place: !!got && samePlace(got.place, e.place),
    parties: !!got && [...got.parties].sort().join(',') === [...e.parties].sort().join(','),
    language: !!got && got.language === e.language,
    kind: !!got && got.kind === e.kind,
  }
  const clauseError = got ? (got.clauses.length - e.clauses) / e.clauses : null
  const defects = got ? clauseDefects(got.clauses, got.paragraphs) : []
  if (got && got.statementCount !== 1) defects.push(`the file was read as ${got.statementCount} statements, not one`)
  return { file: entry.file, split: entry.split, unread: !entry.readInReview, got, error, right, clauseError, defects }
}

export interface AccuracyTable {
  statements: number
  refused: number
  /** share of statements with the field right */
  fields: Record<Field, number>
  /** share with title, date and parties all right */
  titleDateParties: number
  /** median and mean of |clauses − expected| / expected, and the share within 10% */
  clauseError: { median: number; mean: number; within10: number }
  defects: number
}

export function summarize(checks: readonly StatementCheck[]): AccuracyTable {
  const n = checks.length || 1
  const share = (f: (c: StatementCheck) => boolean) => checks.filter(f).length / n
  const fields = Object.fromEntries(FIELDS.map((field) => [field, share((c) => c.right[field])])) as Record<Field, number>
  const errors = checks.map((c) => Math.abs(c.clauseError ?? 1)).sort((a, b) => a - b)
  return {
    statements: checks.length,
    refused: checks.filter((c) => !c.got).length,
    fields,
    titleDateParties: share((c) => c.right.title && c.right.date && c.right.parties),
    clauseError: {
      median: errors[Math.floor((errors.length - 1) / 2)] ?? 0,
      mean: errors.reduce((s, x) => s + x, 0) / n,
      within10: share((c) => Math.abs(c.clauseError ?? 1) <= 0.1),
    },
    defects: checks.reduce((s, c) => s + c.defects.length, 0),
  }
}
