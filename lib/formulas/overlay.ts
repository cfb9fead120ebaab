/**
 * Underlining formulas in a text that is already cut into pieces (the diff's
 * equal / insert / delete spans): the pieces are cut again at the formulas'
 * edges and grouped under the formula they belong to.
 */

/** A formula occurrence in one clause: [start, end) of the text the pieces spell. */
export interface FormulaMark {
  start: number
  end: number
  formulaId: string
  statements: number
  /** the statement is the formula's first use in the collection (dated on its first date) */
  first?: true
}

export interface MarkedGroup<P> {
  mark: FormulaMark | null
  pieces: P[]
}

/**
 * The marks to underline: where occurrences overlap, the longer one (then the
 * more widely used) wins, since one underline cannot show two formulas.
 * @example chooseMarks([{ start: 0, end: 4, … }, { start: 2, end: 9, … }]) // the second only
 */
export function chooseMarks(marks: readonly FormulaMark[]): FormulaMark[] {
  const byPreference = [...marks].sort((x, y) => y.end - y.start - (x.end - x.start) || y.statements - x.statements || x.start - y.start)
  const chosen: FormulaMark[] = []
  for (const mark of byPreference) {
    if (chosen.every((other) => mark.end <= other.start || mark.start >= other.end)) chosen.push(mark)
  }
  return chosen.sort((x, y) => x.start - y.start)
}

/**
 * Cuts the pieces at the marks' edges: each group is either outside every
 * mark or inside one. The groups' pieces spell the pieces' text, in order.
 * @example overlayMarks([{ text: '实现国家统一' }], [{ start: 2, end: 4, … }]) // 实现 | (国家) | 统一
 */
export function overlayMarks<P extends { text: string }>(pieces: readonly P[], marks: readonly FormulaMark[]): MarkedGroup<P>[] {
  const sorted = chooseMarks(marks)
  const groups: MarkedGroup<P>[] = []
  let offset = 0
  let m = 0
  const push = (mark: FormulaMark | null, piece: P) => {
    const last = groups.at(-1)
    if (last && last.mark === mark) last.pieces.push(piece)
    else groups.push({ mark, pieces: [piece] })
  }
  for (const piece of pieces) {
    let at = 0
    while (at < piece.text.length) {
      const position = offset + at
      while (m < sorted.length && (sorted[m] as FormulaMark).end <= position) m++
      const mark = sorted[m]
      const inside = mark !== undefined && mark.start <= position
      // up to the mark's edge, or the piece's end
      const edge = inside ? mark.end : mark ? mark.start : Infinity
      const to = Math.min(piece.text.length, edge - offset)
      push(inside ? mark : null, to === piece.text.length && at === 0 ? piece : { ...piece, text: piece.text.slice(at, to) })
      at = to
    }
    offset += piece.text.length
  }
  return groups
}

/**
 * The marks worth underlining in a comparison of two statements: the formulas
 * that other statements use too. One that only these two share is already
 * shown by the diff; underlining it would only hide the stock phrases.
 */
export function comparisonMarks(
  a: ReadonlyMap<number, FormulaMark[]>,
  b: ReadonlyMap<number, FormulaMark[]>,
  same = false,
): Map<number, FormulaMark[]> {
  const ids = (marks: ReadonlyMap<number, FormulaMark[]>) => new Set([...marks.values()].flat().map((m) => m.formulaId))
  const inA = ids(a)
  const inB = ids(b)
  const kept = new Map<number, FormulaMark[]>()
  for (const marks of [a, b]) {
    for (const [clause, list] of marks) {
      const beyond = list.filter((m) => m.statements > (same ? 1 : Number(inA.has(m.formulaId)) + Number(inB.has(m.formulaId))))
      if (beyond.length) kept.set(clause, beyond)
    }
  }
  return kept
}
