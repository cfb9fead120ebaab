/**
 * The gold alignments made on the real collection (data/gold/collection, for
 * the aligner's eval) fit the importer's segmentation: each names its clauses
 * by number and records their openings, so an importer change that moves a
 * clause boundary fails here, with the clauses that moved, rather than
 * silently scoring the aligner against the wrong clauses.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectionNames, COLLECTIONS_DIR, corpusFiles } from '@/lib/collections/bundled'
import { parseStatements } from '@/lib/ingest/parse-statements'
import { assignSlugs } from '@/lib/ingest/slug'
import type { ParsedStatement } from '@/lib/ingest/types'
import { compareStatementFromParsed } from '@/lib/compare/from-parsed'
import { compareStatements, DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import { apartMargin } from '@/lib/compare/sure-link'
import { explainRow, rowSummary } from '@/lib/compare/explain-row'
import type { CompareRow, CompareStatement, RowClause } from '@/lib/compare/types'
import { compareToJson } from '@/lib/views/compare'
import { compareToCsv, compareToMarkdown } from '@/lib/compare/export'
import { formatCompare } from '@/lib/cli/format'
import { evaluateGold } from './evaluate-gold'
import { checkGold, goldSchema } from './gold'

const ROOT = path.join(import.meta.dirname, '../..')
const DIR = path.join(ROOT, 'data', 'gold', 'collection')

/** A statement by the name a gold gives it: a collection file's name without extension, or a Xinhua corpus slug. */
function statementNamed(name: string): ParsedStatement {
  for (const collection of collectionNames(ROOT)) {
    const folder = path.join(ROOT, COLLECTIONS_DIR, collection)
    const file = readdirSync(folder).find((f) => f.replace(/\.[a-z]+$/, '') === name)
    if (file) {
      const result = parseStatements(readFileSync(path.join(folder, file), 'utf8'), { fileName: file })
      if (result.ok && result.statements[0]) return result.statements[0]
    }
  }
  const corpus = corpusFiles(ROOT).flatMap((file) => {
    const result = parseStatements(readFileSync(file, 'utf8'))
    return result.ok ? result.statements : []
  })
  const slugs = assignSlugs(corpus)
  const k = slugs.indexOf(name)
  if (k < 0) throw new Error(`no statement named ${name}`)
  return corpus[k] as ParsedStatement
}

const clauses = (s: ParsedStatement) => s.sections.flatMap((x) => x.clauses.map((c) => c.text))

describe('gold alignments on the real collection', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'))

  it('has the four pairs issue 12 asks for, and four held out from tuning', () => {
    expect(files.sort()).toEqual([
      'china-kyrgyzstan-uae-2019.json',
      'quad-2021-2022.json',
      'us-egypt-uae-2022.json',
      'us-france-2021-2022.json',
      'us-israel-scg-2021-2022.json',
      'us-rok-japan-2021.json',
      'us-rok-japan-2022.json',
      'us-singapore-new-zealand-2022.json',
    ])
  })

  it.each(files)('%s fits the importer’s clauses', (file) => {
    const gold = goldSchema.parse(JSON.parse(readFileSync(path.join(DIR, file), 'utf8')))
    expect(checkGold(gold, clauses(statementNamed(gold.a.slug)), clauses(statementNamed(gold.b.slug)))).toEqual([])
  })

  // Floors, not targets (issue 12 asks for precision 0.95 and F1 0.90 on each): a fall below what the
  // aligner reaches now is a regression. English is scored on stemmed words, Chinese on character bigrams.
  it.each([
    ['quad-2021-2022.json', 0.9, 0.75],
    ['us-rok-japan-2021.json', 0.9, 0.5],
    ['us-rok-japan-2022.json', 0.6, 0.5],
    ['china-kyrgyzstan-uae-2019.json', 0.85, 0.45],
    ['us-singapore-new-zealand-2022.json', 0.9, 0.75],
    ['us-israel-scg-2021-2022.json', 0.95, 0.6],
  ])('%s: the aligner keeps precision ≥ %s and F1 ≥ %s', (file, precision, f1) => {
    const gold = goldSchema.parse(JSON.parse(readFileSync(path.join(DIR, file), 'utf8')))
    const statements = new Map([gold.a.slug, gold.b.slug].map((slug) => [slug, compareStatementFromParsed(statementNamed(slug), slug)]))
    const result = evaluateGold(gold, statements, DEFAULT_COMPARE_OPTIONS)
    if (!result.ok) throw new Error(result.problems.join('; '))
    expect(result.evaluation.score.precision).toBeGreaterThanOrEqual(precision)
    expect(result.evaluation.score.f1).toBeGreaterThanOrEqual(f1)
  })

  it('leaves apart, on an English pair, pairs under the sure bar that do not stand out from their rival, and says why on the page and in the JSON', () => {
    const gold = goldSchema.parse(JSON.parse(readFileSync(path.join(DIR, 'us-singapore-new-zealand-2022.json'), 'utf8')))
    const [a, b] = [gold.a.slug, gold.b.slug].map((slug) => compareStatementFromParsed(statementNamed(slug), slug))
    const result = compareStatements(a as CompareStatement, b as CompareStatement)
    const apart = result.rows.filter((row) => row.apart)
    expect(apart.length).toBeGreaterThan(0)
    for (const row of apart) {
      const { position, score, rival } = row.apart as NonNullable<CompareRow['apart']>
      expect(row.rule).toBe('single')
      expect(score).toBeLessThan(result.sureBar)
      expect(score).toBeLessThanOrEqual(apartMargin(true) * rival.score)
      // the other clause of the pair is alone too, naming this one, or its rival link was made instead
      const side = row.a.length ? 'a' : 'b'
      const own = (row[side][0] as RowClause).position
      const partner = result.rows.find((r) => r.apart && r[side === 'a' ? 'b' : 'a'][0]?.position === position)
      if (partner) expect(partner.apart?.position).toBe(own)
      else expect(result.rows.some((r) => r.a.some((c) => c.position === rival.a) && r.b.some((c) => c.position === rival.b))).toBe(true)
      const other = side === 'a' ? 'B' : 'A'
      expect(explainRow(row, { ...result.options, sureBar: result.sureBar })).toMatch(
        new RegExp(
          `^Left apart from ${other}${position + 1} \\(${Math.round(score * 100)}% similar, under the 45% sure bar\\): [AB]\\d+ is ${rival.score > score ? `more similar to [AB]\\d+ \\(${Math.round(rival.score * 100)}%\\)` : `also ${Math.round(rival.score * 100)}% similar to [AB]\\d+`}, `,
        ),
      )
      expect(rowSummary(row)).toBe('left apart')
    }
    const json = compareToJson(result).rows.filter((row) => row.apart)
    expect(json.map((row) => row.index)).toEqual(apart.map((row) => row.index))
    expect(json[0]?.apart?.from).toMatch(/^[AB]\d+$/)
    // the exports and the terminal say it too
    const first = apart[0] as CompareRow
    const from = `${first.a.length ? 'B' : 'A'}${(first.apart?.position ?? 0) + 1}`
    const csvLine = compareToCsv(result).split('\r\n')[first.index] ?? ''
    expect(csvLine.endsWith(`,${from}`)).toBe(true)
    expect(compareToMarkdown(result, 'http://localhost/')).toMatch(
      new RegExp(`^\\| r${first.index} only in [AB] \\(left apart from ${from}\\) \\|`, 'm'),
    )
    expect(formatCompare(result)).toContain(`#r${first.index} ${first.kind} — left apart from ${from} `)
    // and their summaries count such clauses beside the unsure pairs
    const unsure = result.rows.filter((row) => row.unsure).length
    expect(compareToMarkdown(result, 'http://localhost/')).toContain(
      `; ${unsure} of the pairs unsure (below 45% similar); ${apart.length} clauses left apart.`,
    )
    expect(formatCompare(result).split('\n')[2]).toMatch(new RegExp(` · ${unsure} unsure · ${apart.length} left apart$`))
  })

  it('says of an English clause alone when its most similar clause shares too few words with it in order to be its version', () => {
    const gold = goldSchema.parse(JSON.parse(readFileSync(path.join(DIR, 'us-singapore-new-zealand-2022.json'), 'utf8')))
    const [a, b] = [gold.a.slug, gold.b.slug].map((slug) => compareStatementFromParsed(statementNamed(slug), slug))
    const result = compareStatements(a as CompareStatement, b as CompareStatement)
    const refused = result.rows.filter((row) => row.best?.refused)
    expect(refused.length).toBeGreaterThan(0)
    for (const row of refused) {
      expect(row.rule).toBe('single')
      expect(explainRow(row, { ...result.options, sureBar: result.sureBar })).toMatch(
        /^No counterpart: the most similar clause of [AB] is [AB]\d+, at \d+%, but the two share fewer than 6 words in the same order: too few for one to be a version of the other\.$/,
      )
    }
  })
})
