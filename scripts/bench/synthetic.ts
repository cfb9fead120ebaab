/**
 * Synthetic comparison inputs for the benchmark: a real pair scaled up k times,
 * each copy's clauses perturbed (characters replaced or dropped, neighbours
 * swapped, clauses dropped, clauses from other statements slipped in) so that
 * no two copies are alike and the aligner's index cannot take shortcuts.
 * Seeded, so every run measures the same texts.
 */
import type { CompareClause, CompareStatement } from '@/lib/compare/types'
import { editText, hanAlphabet, perturbText, swapCountry } from '@/lib/scale/perturb'
import { createRandom } from '@/lib/scale/random'

/** `statement` scaled `scale` times; `filler` are clauses of other statements to slip in. */
export function scaleStatement(statement: CompareStatement, scale: number, filler: readonly string[], seed: number): CompareStatement {
  const rnd = createRandom(seed)
  const alphabet = hanAlphabet(statement.clauses.map((c) => c.text))
  const clauses: CompareClause[] = []
  const sections = Array.from({ length: scale }, () => statement.sections).flat()
  for (let copy = 0; copy < scale; copy++) {
    const order = statement.clauses.map((_, k) => k)
    for (let k = 0; k + 1 < order.length; k++) if (rnd() < 0.08) [order[k], order[k + 1]] = [order[k + 1] as number, order[k] as number]
    for (const k of order) {
      const clause = statement.clauses[k] as CompareClause
      if (rnd() < 0.05) continue
      const section = copy * statement.sections.length + clause.section
      if (rnd() < 0.08)
        clauses.push({
          id: 0,
          position: 0,
          text: perturbText(filler[Math.floor(rnd() * filler.length)] as string, rnd, alphabet),
          label: null,
          section,
        })
      clauses.push({ id: 0, position: 0, text: perturbText(clause.text, rnd, alphabet), label: clause.label, section })
    }
  }
  clauses.forEach((clause, k) => {
    clause.id = k
    clause.position = k
  })
  return { ...statement, slug: `${statement.slug}-x${scale}`, sections, clauses }
}

/** A statement as the formula miner and the importer see it: its parties and its clause texts. */
export interface CorpusStatement {
  parties: string[]
  clauses: string[]
}

/**
 * The corpus `scale` times: each copy of each statement has its counterpart's
 * names swapped for another country's, neighbouring clauses swapped now and
 * then, and — as statements built on one template differ — a third of its
 * clauses edited in one or two places (a word of one or two characters
 * replaced, inserted or dropped).
 */
export function scaleCorpus(
  statements: readonly CorpusStatement[],
  scale: number,
  countries: readonly { code: string; names: readonly string[]; abbr: string }[],
  seed: number,
): CorpusStatement[] {
  const rnd = createRandom(seed)
  const alphabet = hanAlphabet(statements.flatMap((s) => s.clauses))
  const out: CorpusStatement[] = []
  for (let copy = 0; copy < scale; copy++) {
    for (const statement of statements) {
      const from = countries.find((c) => statement.parties.includes(c.code))
      const to = countries[Math.floor(rnd() * countries.length)] as (typeof countries)[number]
      const swap = !from || copy === 0 ? (text: string) => text : swapCountry(from, to)
      const clauses = statement.clauses.map(swap)
      for (let k = 0; k + 1 < clauses.length; k++)
        if (rnd() < 0.15) [clauses[k], clauses[k + 1]] = [clauses[k + 1] as string, clauses[k] as string]
      out.push({
        parties: copy === 0 || !from ? statement.parties : statement.parties.map((p) => (p === from.code ? to.code : p)),
        clauses: copy === 0 ? clauses : clauses.map((c) => (rnd() < 0.33 ? editText(c, 1 + Math.floor(rnd() * 2), rnd, alphabet) : c)),
      })
    }
  }
  return out
}
