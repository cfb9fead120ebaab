/**
 * A synthetic corpus of any size, made from real statements (the bundled ones),
 * for load tests and the scale benchmark: each synthetic statement is a
 * template statement with its counterpart swapped for another country of the
 * gazetteer, a date drawn from decades (the years in its text moved with it),
 * and its clauses varied as statements built on one template vary —
 * neighbours swapped, a clause dropped or borrowed from another statement, a
 * third of the clauses edited in a word or two.
 *
 * Guarantees: seeded (the same templates, options and seed give the same
 * statements, and a corpus of n is the first n of a larger one); every
 * statement's content (title, kind and clauses in comparison form) differs
 * from every other's; dates are valid days in the years asked for; parties
 * are gazetteer codes; slugs (date, parties or speaker, kind) are distinct as
 * long as there are days enough — beyond that the importer numbers them
 * (base-2, base-3 …), as it does for real statements of the same day.
 */
import { slugBase } from '@/lib/ingest/slug'
import type { ParsedClause, ParsedSection, ParsedStatement } from '@/lib/ingest/types'
import { chineseNames, findPartyByCode, HOME_PARTY_CODE, PARTIES, type PartyEntry } from '@/lib/parties/gazetteer'
import { editText, hanAlphabet, swapCountry } from './perturb'
import { createRandom, pickOne, randomInt, type Random } from './random'

export interface SyntheticCorpusOptions {
  /** how many statements */
  count: number
  /** default 1 */
  seed?: number
  /** first and last year of the dates, inclusive (default 1980–2024) */
  years?: readonly [number, number]
}

/** A synthetic statement and the release it was printed in; its offsets point into `text`. */
export interface SyntheticStatement {
  statement: ParsedStatement
  text: string
}

/** Synthetic statements as one file of several releases, as an import receives them. */
export interface SyntheticFile {
  name: string
  text: string
  statements: ParsedStatement[]
}

const DEFAULT_YEARS: readonly [number, number] = [1980, 2024]
/** Draws of a date before a statement settles for a slug another one has. */
const SLUG_ATTEMPTS = 20
// states with a compound abbreviation (中吉, 吉方): a grouping or a territory has none to swap in
const COUNTERPARTS = PARTIES.filter((party) => party.code !== HOME_PARTY_CODE && party.type === 'state' && party.abbr !== '')

/**
 * `count` synthetic statements made from `templates`, one after another
 * (templates in turn, so the corpus keeps their mix of kinds).
 * @example [...syntheticStatements(corpus, { count: 3 })].map((s) => s.statement.date) // ['2003-02-11', …]
 */
export function* syntheticStatements(
  templates: readonly ParsedStatement[],
  options: SyntheticCorpusOptions,
): Generator<SyntheticStatement> {
  if (templates.length === 0) throw new Error('syntheticStatements needs at least one template statement')
  const [firstYear, lastYear] = options.years ?? DEFAULT_YEARS
  if (!(Number.isInteger(firstYear) && Number.isInteger(lastYear) && firstYear <= lastYear && firstYear >= 1000 && lastYear <= 9999)) {
    throw new Error(`syntheticStatements: years must be two four-digit years, first ≤ last (got ${firstYear}–${lastYear})`)
  }
  const rnd = createRandom(options.seed ?? 1)
  const alphabet = hanAlphabet(templates.flatMap(clauseTexts))
  const borrowed = templates.flatMap(clauseTexts)
  const slugs = new Set<string>()
  const contents = new Set<number>()
  for (let index = 0; index < options.count; index++) {
    const template = templates[index % templates.length] as ParsedStatement
    const statement = varyStatement(template, rnd, { firstYear, lastYear, slugs, alphabet, borrowed })
    // the importer keeps one statement per content: make each one differ
    let fingerprint = contentFingerprint(statement)
    while (contents.has(fingerprint)) {
      editOneClause(statement, rnd, alphabet)
      fingerprint = contentFingerprint(statement)
    }
    contents.add(fingerprint)
    slugs.add(slugBase(statement))
    yield printRelease(statement)
  }
}

/**
 * The same statements, `perFile` to a file (default 100): the unit an import
 * saves in one transaction. Offsets point into the file's text.
 */
export function* syntheticFiles(
  templates: readonly ParsedStatement[],
  options: SyntheticCorpusOptions & { perFile?: number },
): Generator<SyntheticFile> {
  const perFile = options.perFile ?? 100
  if (!(Number.isInteger(perFile) && perFile > 0)) throw new Error(`syntheticFiles: perFile must be a positive integer (got ${perFile})`)
  let file: SyntheticFile | null = null
  let files = 0
  for (const { statement, text } of syntheticStatements(templates, options)) {
    file ??= { name: `synthetic-${options.seed ?? 1}-${String(++files).padStart(5, '0')}.txt`, text: '', statements: [] }
    if (file.text) file.text += '\n\n'
    file.statements.push(shiftOffsets(statement, file.text.length))
    file.text += text
    if (file.statements.length === perFile) {
      yield file
      file = null
    }
  }
  if (file) yield file
}

interface VaryContext {
  firstYear: number
  lastYear: number
  slugs: ReadonlySet<string>
  alphabet: readonly string[]
  borrowed: readonly string[]
}

function varyStatement(template: ParsedStatement, rnd: Random, context: VaryContext): ParsedStatement {
  const from = template.parties.map((code) => findPartyByCode(code)).find((party) => party && party.code !== HOME_PARTY_CODE)
  const to = from ? pickOne(rnd, COUNTERPARTS) : undefined
  const parties = from && to ? template.parties.map((code) => (code === from.code ? to.code : code)) : [...template.parties]
  const place = rnd() < 0.5 ? '北京' : template.place
  let date = randomDate(rnd, context.firstYear, context.lastYear)
  for (let attempt = 1; attempt < SLUG_ATTEMPTS && context.slugs.has(slugBase({ ...template, parties, date, dateline: null })); attempt++) {
    date = randomDate(rnd, context.firstYear, context.lastYear)
  }
  const delta = Number(date.slice(0, 4)) - Number((template.date ?? date).slice(0, 4))
  const swap = from && to ? swapCountry(swapForm(from), swapForm(to)) : (text: string) => text
  const rewrite = (text: string) => moveYears(swap(text), delta)
  const sections = template.sections.map((section) => varySection(section, rewrite, rnd, context))
  const [, month, day] = date.split('-').map(Number) as [number, number, number]
  return {
    ...template,
    title: rewrite(template.title),
    subtitle: template.subtitle === null ? null : rewrite(template.subtitle),
    date,
    place,
    parties,
    sections,
    notes: [{ kind: 'repair', message: `synthetic statement for load tests, made from “${template.title}”` }],
    dateline: place ? { agency: '新华社', place, month, day, text: `新华社${place}${month}月${day}日电` } : null,
    sourceStart: 0,
    sourceEnd: 0,
  }
}

/**
 * A section's clauses rewritten, then varied: neighbours swapped (15%),
 * dropped (4%, never the last one left), a clause of another statement
 * borrowed after one (3%), a third edited in one or two places.
 */
function varySection(section: ParsedSection, rewrite: (text: string) => string, rnd: Random, context: VaryContext): ParsedSection {
  const texts = section.clauses.map((clause) => rewrite(clause.text))
  for (let k = 0; k + 1 < texts.length; k++) if (rnd() < 0.15) [texts[k], texts[k + 1]] = [texts[k + 1] as string, texts[k] as string]
  const clauses: ParsedClause[] = []
  section.clauses.forEach((slot, k) => {
    if (rnd() < 0.04 && section.clauses.length - k > 1) return
    const text = texts[k] as string
    clauses.push({ ...slot, text: rnd() < 0.33 ? editText(text, 1 + randomInt(rnd, 2), rnd, context.alphabet) : text })
    if (rnd() < 0.03) clauses.push({ ...slot, label: null, text: rewrite(pickOne(rnd, context.borrowed)) })
  })
  return { ...section, clauses }
}

function editOneClause(statement: ParsedStatement, rnd: Random, alphabet: readonly string[]): void {
  const section = pickOne(
    rnd,
    statement.sections.filter((s) => s.clauses.length > 0),
  )
  const k = randomInt(rnd, section.clauses.length)
  const clause = section.clauses[k] as ParsedClause
  section.clauses[k] = { ...clause, text: editText(clause.text, 1, rnd, alphabet) }
}

function swapForm(party: PartyEntry) {
  return { names: chineseNames(party), abbr: party.abbr, people: party.people }
}

/** A day from 1 January of the first year to 31 December of the last, as YYYY-MM-DD. */
function randomDate(rnd: Random, firstYear: number, lastYear: number): string {
  const start = Date.UTC(firstYear, 0, 1)
  const days = Math.round((Date.UTC(lastYear, 11, 31) - start) / 86_400_000) + 1
  return new Date(start + randomInt(rnd, days) * 86_400_000).toISOString().slice(0, 10)
}

/** Years written before 年 moved by `delta`: a statement of 2003 recalls 1986, not 2002. */
function moveYears(text: string, delta: number): string {
  return delta === 0 ? text : text.replace(/(?<!\d)(1[89]\d\d|20\d\d)(?=\s*年)/g, (year) => String(Number(year) + delta))
}

function clauseTexts(statement: ParsedStatement): string[] {
  return statement.sections.flatMap((section) => section.clauses.map((clause) => clause.text))
}

/**
 * A 53-bit hash (cyrb53) of the statement's content as the importer's content
 * hash sees it — title, kind and clauses, NFKC without spacing — to tell
 * statements apart without keeping their texts.
 */
function contentFingerprint(statement: ParsedStatement): number {
  const text = [statement.title, statement.kind, ...clauseTexts(statement)].join('\n').normalize('NFKC').replace(/\s+/g, '')
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/**
 * The statement printed as a Xinhua release (dateline, title, subtitle,
 * speaker, section headings, paragraphs), with its offsets set into that text.
 */
function printRelease(statement: ParsedStatement): SyntheticStatement {
  let text = ''
  const line = (content: string) => {
    if (text) text += '\n\n'
    text += content
  }
  if (statement.dateline) line(statement.dateline.text)
  line(statement.title)
  if (statement.subtitle) line(statement.subtitle)
  if (statement.speaker) line(statement.speaker)
  const sections = statement.sections.map((section) => {
    if (section.label || section.heading)
      line(
        section.label && section.heading
          ? `${section.label}、${section.heading}`
          : section.label
            ? `${section.label}、`
            : (section.heading as string),
      )
    let paragraph: number | null = null
    const clauses = section.clauses.map((clause) => {
      if (clause.paragraph !== paragraph) {
        line('')
        paragraph = clause.paragraph
      }
      const sourceStart = text.length
      text += clause.text
      return { ...clause, sourceStart, sourceEnd: text.length }
    })
    return { ...section, clauses }
  })
  return { statement: { ...statement, sections, sourceStart: 0, sourceEnd: text.length }, text }
}

function shiftOffsets(statement: ParsedStatement, by: number): ParsedStatement {
  if (by === 0) return statement
  return {
    ...statement,
    sourceStart: statement.sourceStart + by,
    sourceEnd: statement.sourceEnd + by,
    sections: statement.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((clause) => ({ ...clause, sourceStart: clause.sourceStart + by, sourceEnd: clause.sourceEnd + by })),
    })),
  }
}
