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
  share: number
}

/**
 * For each statement, a stored statement of its date and language that has
 * the same text (at least SAME_TEXT_SHARE of the clauses of each in the
 * other), or null; an undated statement has none.
 */
export async function sameTextAs(client: Db | Tx, statements: readonly TextToMatch[]): Promise<(SameText | null)[]> {
  const dates = [...new Set(statements.flatMap((s) => (s.date ? [s.date] : [])))]
  if (dates.length === 0) return statements.map(() => null)
  const stored = await client.statement.findMany({
    where: { date: { in: dates } },
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
  return statements.map((statement) => {
    const found = firstSame(statement, keyed)
    const twin = found ? (keyed[found.index] as (typeof keyed)[number]) : null
    return found && twin ? { slug: twin.slug, title: twin.title, share: found.share } : null
  })
}

const keysOf = (clauses: TextToMatch['clauses']) => clauses.map((c) => clauseKey(c.text, c.label)).filter(Boolean)

/**
 * The first of `others` of the same date (or, like it, undated) and language
 * that has the same text as `statement`, and the share of its clauses found
 * there. The database's statements are only asked for by date, so there an
 * undated statement has none; in one upload two undated copies are found.
 */
function firstSame(
  statement: TextToMatch,
  others: readonly { date: string | null; language: string; keys: string[] }[],
  keys: string[] = keysOf(statement.clauses),
): { index: number; share: number } | null {
  for (const [index, other] of others.entries()) {
    if (other.date !== statement.date || other.language !== statement.language) continue
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
