/**
 * A statement already in the database under another form: the same text
 * pasted from its web page where the file had been imported, or its body
 * pasted alone with the title typed in. Its content hash differs (title, kind,
 * a clause cut otherwise), so the exact check misses it; its clauses do not.
 * A statement of the same date and language whose clauses are, for the most
 * part, the same clauses is the same text. It may still be wanted (another
 * release of one statement, to compare the two): the preview says so and
 * leaves it out unless the reader takes it, and a copy saved is noted as a
 * doubt, never refused.
 */
import type { Db, Tx } from '@/lib/db/client'
import { statementsContaining } from '@/lib/db/search'
import { normalizeForComparison } from '@/lib/text/normalize'

/**
 * The least share of each statement's clauses found word for word in the
 * other for the two to be one statement. Distinct statements share far less:
 * of every two bundled statements of one language, whatever their dates, none
 * has more than 17% of its clauses in the other (two U.S.–Israel statements of
 * 2022), and of the 2,228 pairs of one day and language among the scale
 * benchmark's 10,000 synthetic statements (variants of the same templates,
 * which it refuses to find present) none more than 49%; a web-page paste of a
 * bundled statement whose five headings ran into their sentences still has
 * 31 of its 36.
 */
export const SAME_TEXT_SHARE = 0.75

/** What telling a statement from the stored ones needs of it. */
export interface TextToMatch {
  date: string | null
  language: string
  clauses: readonly { text: string; label?: string | null }[]
}

/** A parsed statement as sameTextAs reads it. */
export const textToMatch = (statement: {
  date: string | null
  language: string
  sections: readonly { clauses: readonly { text: string; label: string | null }[] }[]
}): TextToMatch => ({ date: statement.date, language: statement.language, clauses: statement.sections.flatMap((s) => s.clauses) })

/** A clause's words and numbers only, as compared here: its number, spacing, case and punctuation left out. */
export function clauseKey(text: string, label?: string | null): string {
  const body = label && text.startsWith(label) ? text.slice(label.length) : text
  return normalizeForComparison(body).text.replace(/[^\p{L}\p{N}]/gu, '')
}

/** The share of `a`'s clauses that `b` has too (each of b's clauses matched once). */
function sharedShare(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return 0
  const left = new Map<string, number>()
  for (const key of b) left.set(key, (left.get(key) ?? 0) + 1)
  let shared = 0
  for (const key of a) {
    const n = left.get(key) ?? 0
    if (n > 0) {
      shared++
      left.set(key, n - 1)
    }
  }
  return shared / a.length
}

/** A stored statement with the same text, and the share of the new one's clauses it has word for word. */
export interface SameText {
  slug: string
  title: string
  /** the stored statement's date: the new one's, or any when the new one is undated */
  date: string | null
  share: number
}

/**
 * For each statement, a stored statement of its date and language that has
 * the same text (at least SAME_TEXT_SHARE of the clauses of each in the
 * other), or null. An undated statement (a body pasted alone) is the same text
 * as a stored statement of any date that its longest runs of words lead to
 * through the search index (walkthrough: such a paste had been taken for new).
 */
export async function sameTextAs(client: Db | Tx, statements: readonly TextToMatch[]): Promise<(SameText | null)[]> {
  const dates = [...new Set(statements.flatMap((s) => (s.date ? [s.date] : [])))]
  // an undated statement (a body pasted alone) is looked for by its text, among statements of any date
  const probed = await Promise.all(statements.map((s) => (s.date ? Promise.resolve<string[]>([]) : statementsWithProbes(client, s))))
  const slugs = [...new Set(probed.flat())]
  if (dates.length === 0 && slugs.length === 0) return statements.map(() => null)
  const stored = await client.statement.findMany({
    where: { OR: [...(dates.length ? [{ date: { in: dates } }] : []), ...(slugs.length ? [{ slug: { in: slugs } }] : [])] },
    orderBy: { id: 'asc' },
    select: {
      slug: true,
      title: true,
      date: true,
      language: true,
      clauses: { orderBy: { position: 'asc' }, select: { text: true, label: true } },
    },
  })
  const keyed = stored.map((s) => ({ slug: s.slug, title: s.title, date: s.date, language: s.language, keys: keysOf(s.clauses) }))
  return statements.map((statement, k) => {
    // a dated statement against those of its date; an undated one against those its probes found, whatever their date
    const candidates = statement.date ? keyed : keyed.filter((other) => probed[k]?.includes(other.slug))
    const found = firstSame(statement, candidates, keysOf(statement.clauses), !statement.date)
    const twin = found ? candidates[found.index] : undefined
    return found && twin ? { slug: twin.slug, title: twin.title, date: twin.date, share: found.share } : null
  })
}

/** How many of a statement's longest runs of words are looked up, and how many statements each may name. */
const PROBES = 3
const PROBE_HITS = 5
/** The shortest run worth looking up, and the longest looked up (its middle). */
const PROBE_MIN = 12
const PROBE_MAX = 60

/**
 * Runs of words (letters, digits and the spaces between them, no punctuation,
 * so quotes and dashes printed otherwise do not matter) from a statement's
 * clauses, the longest first, each from another clause, at most PROBE_MAX long.
 */
function probeTexts(statement: TextToMatch): string[] {
  // each clause's longest run, as code points (a run's length is counted once, not in every comparison of the sort)
  const runs = statement.clauses.map((clause) => {
    let longest: string[] = []
    for (const match of clause.text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}]| (?=[\p{L}\p{N}]))*/gu)) {
      const points = [...match[0]]
      if (points.length > longest.length) longest = points
    }
    return longest
  })
  return runs
    .filter((points) => points.length >= PROBE_MIN)
    .sort((x, y) => y.length - x.length)
    .slice(0, PROBES)
    .map((points) => {
      const start = Math.max(0, Math.floor((points.length - PROBE_MAX) / 2))
      return points
        .slice(start, start + PROBE_MAX)
        .join('')
        .trim()
    })
}

/** The statements of its language that have one of the statement's probe texts in a clause (through the search index). */
async function statementsWithProbes(client: Db | Tx, statement: TextToMatch): Promise<string[]> {
  const found = await Promise.all(probeTexts(statement).map((probe) => statementsContaining(client, probe, statement.language, PROBE_HITS)))
  return [...new Set(found.flat())]
}

const keysOf = (clauses: TextToMatch['clauses']) => clauses.map((c) => clauseKey(c.text, c.label)).filter(Boolean)

/**
 * The first of `others` of the same date (or, like it, undated; any date when
 * `anyDate`) and language that has the same text as `statement`, and the
 * share of its clauses found there.
 */
function firstSame(
  statement: TextToMatch,
  others: readonly { date: string | null; language: string; keys: string[] }[],
  keys: string[] = keysOf(statement.clauses),
  anyDate = false,
): { index: number; share: number } | null {
  for (const [index, other] of others.entries()) {
    if ((!anyDate && other.date !== statement.date) || other.language !== statement.language) continue
    const share = sharedShare(keys, other.keys)
    if (share >= SAME_TEXT_SHARE && sharedShare(other.keys, keys) >= SAME_TEXT_SHARE) return { index, share }
  }
  return null
}

/** What sameTextAmong's matcher answers: the earlier statement with the same text (its place in the order read) and the share. */
export type EarlierSame = { index: number; share: number } | null

/**
 * A matcher for statements read one after another — an upload's, a file's —
 * not yet saved: each statement given to it is compared, by the rule of
 * sameTextAs, with those given before it of its date and language (undated
 * with undated), and remembered; it answers the first with the same text (its
 * place in the order given) and the share, or null. Each statement's clauses
 * are keyed once, and only the earlier statements of its day that share one
 * of its clauses (found through an index of the clauses) are compared, so a
 * file of thousands of statements, undated ones included, costs what their
 * clauses do (review: every earlier statement had been keyed again for each).
 * @example const read = sameTextAmong(); read(original); read(copy) // { index: 0, share: 1 }
 */
export function sameTextAmong(): (statement: TextToMatch) => EarlierSame {
  type Read = { date: string | null; language: string; keys: string[]; index: number }
  // per day and language: the statements read, and where each clause key occurs among them
  const byDay = new Map<string, { read: Read[]; withKey: Map<string, number[]> }>()
  let count = 0
  return (statement) => {
    const index = count++
    const day = `${statement.date ?? ''}\u0000${statement.language}`
    let bucket = byDay.get(day)
    if (!bucket) byDay.set(day, (bucket = { read: [], withKey: new Map() }))
    const keys = keysOf(statement.clauses)
    const sharing = new Set<number>()
    for (const key of keys) for (const at of bucket.withKey.get(key) ?? []) sharing.add(at)
    // in the order read, so that the first with the same text is the one answered
    const candidates = [...sharing].sort((x, y) => x - y).map((at) => bucket.read[at] as Read)
    const found = firstSame(statement, candidates, keys)
    for (const key of new Set(keys)) {
      const list = bucket.withKey.get(key)
      if (list) list.push(bucket.read.length)
      else bucket.withKey.set(key, [bucket.read.length])
    }
    bucket.read.push({ date: statement.date, language: statement.language, keys, index })
    return found ? { index: (candidates[found.index] as Read).index, share: found.share } : null
  }
}
