/**
 * The gold standards in data/gold/*.json: which clauses of two statements
 * correspond, annotated by hand (see data/gold/README.md). Each file names its
 * statements by slug, lists its links by clause number, lists the clauses
 * without counterpart, and records the opening words of every clause, so that
 * a change in how the importer segments the texts is caught instead of
 * silently scoring against the wrong clauses.
 */
import { z } from 'zod'
import { linksOfRows, type Link } from './score-links'

const side = z.object({ slug: z.string(), title: z.string(), clauses: z.number().int().positive() })

export const goldSchema = z.object({
  name: z.string(),
  description: z.string(),
  a: side,
  b: side,
  links: z.array(
    z.object({
      a: z.array(z.number().int().positive()).min(1),
      b: z.array(z.number().int().positive()).min(1),
      type: z.string(),
      moved: z.boolean().optional(),
      note: z.string().optional(),
    }),
  ),
  unmatched: z.object({
    a: z.array(z.number().int().positive()),
    b: z.array(z.number().int().positive()),
    notes: z.record(z.string(), z.string()).optional(),
  }),
  openings: z.object({ a: z.record(z.string(), z.string()), b: z.record(z.string(), z.string()) }),
})

export type Gold = z.infer<typeof goldSchema>

/** The gold's links, one per clause pair, sure and possible alike. */
export function goldLinks(gold: Gold): Link[] {
  return linksOfRows(gold.links)
}

/** Whether a link of the gold is only arguable: its note begins "possible" (data/gold/README.md). */
const isPossible = (link: Gold['links'][number]) => /^possible\b/i.test(link.note ?? '')

/**
 * The gold's links split as the score uses them: sure ones (required) and
 * possible ones (allowed). A clause pair both sure and possible is sure.
 */
export function goldLinkSets(gold: Gold): { sure: Link[]; possible: Link[] } {
  return { sure: linksOfRows(gold.links.filter((l) => !isPossible(l))), possible: linksOfRows(gold.links.filter(isPossible)) }
}

/**
 * Problems that make the gold unusable against these clause texts: a clause
 * whose opening words changed, a clause annotated twice or not at all, a
 * count that no longer matches. Empty when the gold fits.
 */
export function checkGold(gold: Gold, clausesA: readonly string[], clausesB: readonly string[]): string[] {
  const problems: string[] = []
  for (const [name, clauses, spec, openings] of [
    ['A', clausesA, gold.a, gold.openings.a],
    ['B', clausesB, gold.b, gold.openings.b],
  ] as const) {
    if (clauses.length !== spec.clauses) problems.push(`${name} has ${clauses.length} clauses now; the gold was made for ${spec.clauses}`)
    for (const [number, opening] of Object.entries(openings)) {
      const text = clauses[Number(number) - 1]
      if (text === undefined || !text.startsWith(opening))
        problems.push(`${name}${number} was "${opening}…" in the gold but is "${(text ?? '').slice(0, 12)}…" now`)
    }
  }
  for (const [name, key, count] of [
    ['A', 'a', gold.a.clauses],
    ['B', 'b', gold.b.clauses],
  ] as const) {
    const seen = new Map<number, number>()
    for (const n of [...new Set(gold.links.flatMap((l) => l[key])), ...gold.unmatched[key]]) seen.set(n, (seen.get(n) ?? 0) + 1)
    for (let n = 1; n <= count; n++) {
      if (!seen.has(n)) problems.push(`${name}${n} is neither linked nor listed as unmatched`)
      else if ((seen.get(n) as number) > 1) problems.push(`${name}${n} is both linked and listed as unmatched`)
    }
  }
  return problems
}
