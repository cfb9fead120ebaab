/**
 * Synthetic comparison inputs for the benchmark: a real pair scaled up k times,
 * each copy's clauses perturbed (characters replaced or dropped, neighbours
 * swapped, clauses dropped, clauses from other statements slipped in) so that
 * no two copies are alike and the aligner's index cannot take shortcuts.
 * Seeded, so every run measures the same texts.
 */
import type { CompareClause, CompareStatement } from '@/lib/compare/types'

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function perturb(text: string, rnd: () => number, alphabet: readonly string[]): string {
  let out = ''
  for (const ch of text) {
    const roll = rnd()
    if (roll < 0.02) continue
    out += roll < 0.08 && /\p{Script=Han}/u.test(ch) ? (alphabet[Math.floor(rnd() * alphabet.length)] as string) : ch
  }
  return out || text
}

/** `statement` scaled `scale` times; `filler` are clauses of other statements to slip in. */
export function scaleStatement(statement: CompareStatement, scale: number, filler: readonly string[], seed: number): CompareStatement {
  const rnd = random(seed)
  const alphabet = [...new Set([...statement.clauses.map((c) => c.text).join('')].filter((ch) => /\p{Script=Han}/u.test(ch)))]
  const clauses: CompareClause[] = []
  const sections = Array.from({ length: scale }, () => statement.sections).flat()
  for (let copy = 0; copy < scale; copy++) {
    const order = statement.clauses.map((_, k) => k)
    for (let k = 0; k + 1 < order.length; k++) if (rnd() < 0.08) [order[k], order[k + 1]] = [order[k + 1] as number, order[k] as number]
    for (const k of order) {
      const clause = statement.clauses[k] as CompareClause
      if (rnd() < 0.05) continue
      const section = copy * statement.sections.length + clause.section
      if (rnd() < 0.08) clauses.push({ id: 0, position: 0, text: perturb(filler[Math.floor(rnd() * filler.length)] as string, rnd, alphabet), label: null, section })
      clauses.push({ id: 0, position: 0, text: perturb(clause.text, rnd, alphabet), label: clause.label, section })
    }
  }
  clauses.forEach((clause, k) => {
    clause.id = k
    clause.position = k
  })
  return { ...statement, slug: `${statement.slug}-x${scale}`, sections, clauses }
}
