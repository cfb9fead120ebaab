/**
 * Readable, stable slugs: date, parties (or speaker) and kind, so that a link to
 * a statement says what it is and survives re-import.
 * `2019-06-13-china-kyrgyzstan-joint-statement`, `2019-06-05-xi-jinping-speech`,
 * and for a statement in English `…-joint-statement-en`.
 * Two statements of the same day, parties and kind are told apart by the caller
 * (see uniqueSlug in lib/db), in the order they were imported.
 */
import { describeParty, romanizePerson, slugify } from '@/lib/parties/describe-party'
import type { ParsedStatement } from './types'

export function slugBase(
  statement: Pick<ParsedStatement, 'date' | 'dateline' | 'kind' | 'parties' | 'speaker'> & { language?: string; title?: string },
): string {
  const dateline = statement.dateline
  const date =
    statement.date ?? (dateline ? `undated-${String(dateline.month).padStart(2, '0')}-${String(dateline.day).padStart(2, '0')}` : 'undated')
  // a government's own statements and fact sheets are many a day, and a statement of thirty governments
  // cannot name them all: their title's words tell them apart
  const oneVoice = (statement.kind === 'statement' || statement.kind === 'fact-sheet') && statement.parties.length <= 1
  const topic = (oneVoice || statement.parties.length > MAX_SLUG_PARTIES) && statement.title ? titleWords(statement.title) : ''
  if (topic) return [date, topic, ...(statement.language && statement.language !== 'zh' ? [statement.language] : [])].join('-')
  const who =
    statement.kind === 'speech' && statement.speaker
      ? romanizePerson(statement.speaker)
      : statement.parties.map((code) => describeParty(code).code).join('-')
  // a translation gets its own slug: 2019-06-13-china-kyrgyzstan-joint-statement-en
  return [date, who || 'unknown', statement.kind, ...(statement.language && statement.language !== 'zh' ? [statement.language] : [])].join(
    '-',
  )
}

/** More parties than this, and a slug names the statement by its title instead. */
const MAX_SLUG_PARTIES = 4

/** "Statement by President Joe Biden on the Crisis in Ethiopia" → "statement-by-president-joe-biden-on-the-crisis-in-ethiopia", at most ten words. */
function titleWords(title: string): string {
  if (/\p{Script=Han}/u.test(title)) return ''
  return slugify(title).split('-').filter(Boolean).slice(0, 10).join('-')
}

/**
 * Slugs for statements imported in this order into an empty database: the
 * base, then base-2, base-3 … for statements that share it (the rule lib/db
 * applies on import).
 */
export function assignSlugs(statements: readonly Parameters<typeof slugBase>[0][]): string[] {
  const used = new Set<string>()
  return statements.map((statement) => {
    const base = slugBase(statement)
    let slug = base
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
    used.add(slug)
    return slug
  })
}
